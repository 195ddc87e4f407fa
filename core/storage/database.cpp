#include "database.h"

#include "migrations.h"
#include "preset_loader.h"
#include "sql_dialect.h"
#include "task_preset_loader.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace yufang {

namespace {
// SQLite opens any file lazily; the first read tells whether it is a database at all.
bool isSqliteFile(QSqlDatabase& db, QString* why) {
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
        return true;
    *why = QCoreApplication::translate("Database",
                                       "not a Yufang database (%1); the file was not changed")
               .arg(q.lastError().databaseText());
    return false;
}

// A read-only copy cannot migrate or load presets; the copy that holds the file did both.
bool isCurrentForReading(const QSqlDatabase& db, QString* why) {
    if (currentSchemaVersion(db) == latestSchemaVersion())
        return true;
    *why = QCoreApplication::translate("Database",
                                       "the database must first be upgraded by the copy of "
                                       "Yufang that has it open; it cannot be opened read-only");
    return false;
}

QString nextConnectionName() {
    static QAtomicInt counter;
    return QStringLiteral("yufang-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::Database(QString path)
    : m_path(std::move(path)), m_connectionName(nextConnectionName()) {}

Database::~Database() {
    close();
}

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
    QString why;
    bool ok = false;
    {
        // The handle must be gone before close() removes the connection, or Qt warns that
        // the connection is still in use.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (m_readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            why = db.lastError().text();
        } else if (!isSqliteFile(db, &why)) {
            // why is set
        } else {
            ok = sql::configureConnection(db, &why) &&
                 (m_readOnly ? isCurrentForReading(db, &why)
                             : migrate(db, &why) && PresetLoader::load(db, &why) &&
                                   TaskPresetLoader::load(db, &why));
        }
    }
    if (!ok) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_path, why);
        close();
    }
    return ok;
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

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    return currentSchemaVersion(connection());
}

} // namespace yufang
