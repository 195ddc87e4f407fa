#include "annex_version_repository.h"

#include "audit_log.h"
#include "database_account.h"
#include "domain/annex_diff.h"
#include "sql_values.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
const QString kColumns =
    QStringLiteral("id, unit_code, year, saved_at, account, source, sha256, snapshot");

AnnexVersion versionAt(const QSqlQuery& q) {
    AnnexVersion v;
    v.id = q.value(0).toLongLong();
    v.unitCode = q.value(1).toString();
    v.year = q.value(2).toInt();
    v.savedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    v.savedAt.setTimeSpec(Qt::UTC);
    v.account = q.value(4).toString();
    v.source = q.value(5).toString();
    v.sha256 = q.value(6).toString();
    v.table = annexFromJson(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
    return v;
}
} // namespace

bool AnnexVersionRepository::addWithinTransaction(const AnnexTable& table, const QString& source,
                                                  const QString& sha256, QString* error) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO annex_version (unit_code, year, saved_at, account, source, sha256,"
        " snapshot) VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(databaseAccount(m_db));
    q.addBindValue(notNullText(source));
    q.addBindValue(notNullText(sha256));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(annexToJson(table)).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QList<AnnexVersion> AnnexVersionRepository::versions(const QString& unitCode, int year) const {
    QList<AnnexVersion> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM annex_version WHERE unit_code = ? AND year = ? ORDER BY id")
            .arg(kColumns));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (q.exec())
        while (q.next())
            out << versionAt(q);
    return out;
}

std::optional<AnnexVersion> AnnexVersionRepository::find(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM annex_version WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return versionAt(q);
    return std::nullopt;
}

} // namespace yufang
