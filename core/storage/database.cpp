#include "database.h"

#include "migrations.h"
#include "preset_loader.h"
#include "sql_dialect.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace yufang {

namespace {
QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("yufang-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(QString path) : m_path(std::move(path)), m_connectionName(nextConnectionName()) {}

Database::~Database() { close(); }

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("yufang.sqlite"));
}

bool Database::open(QString* error) {
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Database", "%1: cannot create the folder")
                         .arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, db.lastError().text());
        close();
        return false;
    }
    QString why;
    if (!sql::configureConnection(db, &why) || !migrate(db, &why) || !PresetLoader::load(db, &why)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, why);
        close();
        return false;
    }
    return true;
}

void Database::close() {
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::schemaVersion() const { return currentSchemaVersion(connection()); }

} // namespace yufang
