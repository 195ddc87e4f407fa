#include "form_versions.h"

#include "database_account.h"
#include "io/form_table_json.h"
#include "sql_values.h"

#include <QJsonDocument>
#include <QSqlError>

namespace yufang {

namespace {
const QString kColumns =
    QStringLiteral("id, form_code, unit_code, year, saved_at, account, source, sha256, snapshot");

FormVersion versionAt(const QSqlQuery& q) {
    FormVersion v;
    v.id = q.value(0).toLongLong();
    v.formCode = q.value(1).toString();
    v.unitCode = q.value(2).toString();
    v.year = q.value(3).toInt();
    v.savedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    v.savedAt.setTimeSpec(Qt::UTC);
    v.account = q.value(5).toString();
    v.source = q.value(6).toString();
    v.sha256 = q.value(7).toString();
    v.table = formTableFromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    return v;
}
} // namespace

bool FormVersions::addWithinTransaction(const FormTable& table, const QString& source,
                                        const QString& sha256, QString* error) {
    if (!m_insert) {
        m_insert.emplace(m_db);
        m_insert->prepare(QStringLiteral(
            "INSERT INTO form_version (form_code, unit_code, year, saved_at, account, source,"
            " sha256, snapshot) VALUES (?,?,?,?,?,?,?,?)"));
    }
    QSqlQuery& q = *m_insert;
    q.addBindValue(table.formCode);
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(databaseAccount(m_db));
    q.addBindValue(notNullText(source));
    q.addBindValue(notNullText(sha256));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(formTableToJson(table)).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QList<FormVersion> FormVersions::versions(const QString& formCode, const QString& unitCode,
                                          int year) const {
    QList<FormVersion> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM form_version WHERE form_code = ? AND unit_code = ?"
                             " AND year = ? ORDER BY id")
                  .arg(kColumns));
    q.addBindValue(formCode);
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (q.exec())
        while (q.next())
            out << versionAt(q);
    return out;
}

std::optional<FormVersion> FormVersions::find(qint64 id) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM form_version WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return versionAt(q);
    return std::nullopt;
}

} // namespace yufang
