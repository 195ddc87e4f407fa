#include "migrations.h"

#include "io/form_table_json.h"
#include "sql_dialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

// Migration 25: versions, locks and the per-cell audit trail are every form's (issue 13), so
// the 基本情况表's own tables become form-wide ones keyed by form code (docs/forms.md,
// "Migration 25"): every annex_lock row becomes a form_lock of form `annex`, every
// annex_version row a form_version of form `annex` with its id, time, account, source and
// SHA-256, its snapshot rewritten from the annex's JSON to the FormTable's (io/form_table_json)
// with every value kept. The audit trail is not touched: its annex.* events keep their meaning.
namespace {
const QStringList kStatements{
    QStringLiteral("CREATE TABLE form_lock ("
                   " form_code TEXT NOT NULL,"
                   " unit_code TEXT NOT NULL REFERENCES unit(code),"
                   " year INTEGER NOT NULL,"
                   " locked_at TEXT NOT NULL,"
                   " locked_by TEXT NOT NULL,"
                   " reason TEXT NOT NULL DEFAULT '',"
                   " PRIMARY KEY (form_code, unit_code, year))"),
    QStringLiteral(
        "INSERT INTO form_lock (form_code, unit_code, year, locked_at, locked_by, reason)"
        " SELECT 'annex', unit_code, year, locked_at, locked_by, reason FROM annex_lock"),
    QStringLiteral("CREATE TABLE form_version ("
                   " id {{ID}},"
                   " form_code TEXT NOT NULL,"
                   " unit_code TEXT NOT NULL REFERENCES unit(code),"
                   " year INTEGER NOT NULL,"
                   " saved_at TEXT NOT NULL,"
                   " account TEXT NOT NULL,"
                   " source TEXT NOT NULL DEFAULT '',"
                   " sha256 TEXT NOT NULL DEFAULT '',"
                   " snapshot TEXT NOT NULL)"),
    QStringLiteral("INSERT INTO form_version (id, form_code, unit_code, year, saved_at, account,"
                   " source, sha256, snapshot) SELECT id, 'annex', unit_code, year, saved_at,"
                   " account, source, sha256, snapshot FROM annex_version"),
    QStringLiteral("CREATE INDEX form_version_form ON form_version(form_code, unit_code, year)"),
    QStringLiteral("DROP TABLE annex_lock"),
    QStringLiteral("DROP TABLE annex_version"),
};

// The annex's snapshot as annex_version stored it (domain/annex_diff's annexToJson until this
// migration): {"unit_code", "year", "rows": [{"industry", "local", "enterprises", …,
// "remark"}], "meta": {"preparer", "phone", "filled_on"}}, counts null when empty.
FormTable annexSnapshot(const QJsonObject& json) {
    static const QStringList counts{QStringLiteral("enterprises"),
                                    QStringLiteral("insured_enterprises"),
                                    QStringLiteral("employees"), QStringLiteral("insured_persons"),
                                    QStringLiteral("accidents")};
    FormTable t;
    t.formCode = QStringLiteral("annex");
    t.unitCode = json.value(QStringLiteral("unit_code")).toString();
    t.year = json.value(QStringLiteral("year")).toInt();
    for (const QJsonValue& v : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        FormRow row;
        row.key = r.value(QStringLiteral("industry")).toString();
        row.local = r.value(QStringLiteral("local")).toBool();
        for (const QString& key : counts)
            if (r.value(key).isDouble())
                row.setNumber(key, qint64(r.value(key).toDouble()));
        row.setText(QStringLiteral("remark"), r.value(QStringLiteral("remark")).toString());
        t.rows << row;
    }
    const QJsonObject meta = json.value(QStringLiteral("meta")).toObject();
    for (const QString& key :
         {QStringLiteral("preparer"), QStringLiteral("phone"), QStringLiteral("filled_on")})
        if (const QString value = meta.value(key).toString(); !value.isEmpty())
            t.fields.insert(key, value);
    return t;
}

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}

bool convertSnapshots(QSqlDatabase& db, QString* error) {
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT id, snapshot FROM form_version ORDER BY id")))
        return fail(read, error);
    QList<std::pair<qint64, QString>> converted;
    while (read.next()) {
        const QJsonObject old = QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object();
        converted.append({read.value(0).toLongLong(),
                          QString::fromUtf8(QJsonDocument(formTableToJson(annexSnapshot(old)))
                                                .toJson(QJsonDocument::Compact))});
    }
    read.finish();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE form_version SET snapshot = ? WHERE id = ?"));
    for (const auto& [id, snapshot] : converted) {
        write.addBindValue(snapshot);
        write.addBindValue(id);
        if (!write.exec())
            return fail(write, error);
    }
    // The rows kept their ids; on the server the identity continues after them.
    if (sql::isPostgres(db)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('form_version', 'id'),"
                                   " GREATEST((SELECT MAX(id) FROM form_version), 1),"
                                   " (SELECT MAX(id) FROM form_version) IS NOT NULL)")))
            return fail(q, error);
    }
    return true;
}
} // namespace

Migration formHistoryMigration() {
    return Migration{25, kStatements, &convertSnapshots};
}

} // namespace yufang
