#include "form_signatures.h"

#include "annex_values.h"
#include "audit_log.h"
#include "domain/form_definition.h"
#include "domain/form_diff.h"
#include "form_field_columns.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

QMap<QString, QString> FormSignatures::load(const QString& formCode, const QString& unitCode,
                                            int year) const {
    QMap<QString, QString> fields;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT preparer, phone, filled_on, other_fields FROM form_signature"
                             " WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(formCode);
    q.addBindValue(year);
    if (q.exec() && q.next())
        fields = form_field_columns::read(q, 0);
    return fields;
}

bool FormSignatures::save(const FormTable& table, const QString& source, QString* error,
                          RevisionTicket* ticket) {
    return inTransaction(m_db, error, [&] {
        return RecordRevisions(m_db).claim(
                   RecordKey::form(table.formCode, table.unitCode, table.year), ticket, error) &&
               saveWithinTransaction(table, source, error);
    });
}

bool FormSignatures::saveWithinTransaction(const FormTable& table, const QString& source,
                                           QString* error) {
    FormTable before{table.formCode, table.unitCode, table.year, {}, {}};
    before.fields = load(table.formCode, table.unitCode, table.year);
    FormTable after{table.formCode, table.unitCode, table.year, {}, {}};
    for (auto it = table.fields.begin(); it != table.fields.end(); ++it)
        if (!it.value().isEmpty())
            after.fields.insert(it.key(), it.value());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO form_signature (unit_code, form_code, year, preparer, phone, filled_on,"
        " other_fields, updated_at) VALUES (?,?,?,?,?,?,?,?)"
        " ON CONFLICT (unit_code, form_code, year) DO UPDATE SET preparer = excluded.preparer,"
        " phone = excluded.phone, filled_on = excluded.filled_on,"
        " other_fields = excluded.other_fields, updated_at = excluded.updated_at"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.formCode);
    q.addBindValue(table.year);
    form_field_columns::bind(q, after.fields);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    // The 基本情况表's events keep the action they had before every form could be signed.
    const bool annex = table.formCode == annex_values::formCode();
    QList<AuditEvent> events;
    for (const FormChange& c : diffForms(FormDefinition{}, before, after)) {
        AuditEvent e;
        e.action = annex ? audit::kConsolidatedMeta : audit::kFormSignature;
        e.unitCode = table.unitCode;
        e.year = table.year;
        e.entity = annex ? QString() : table.formCode;
        e.field = c.field;
        e.oldValue = c.oldValue;
        e.newValue = c.newValue;
        e.reason = source;
        events << e;
    }
    return AuditLog(m_db).append(events, error);
}

} // namespace yufang
