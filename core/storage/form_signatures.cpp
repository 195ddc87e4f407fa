#include "form_signatures.h"

#include "annex_values.h"
#include "audit_log.h"
#include "domain/form_definition.h"
#include "domain/form_diff.h"
#include "sql_values.h"
#include "transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
// The footer fields with their own columns; the rest go into other_fields as JSON, as in
// form_record.
const QStringList kColumnFields{form_fields::kPreparer, form_fields::kPhone,
                                form_fields::kFilledOn};
} // namespace

QMap<QString, QString> FormSignatures::load(const QString& formCode, const QString& unitCode,
                                            int year) const {
    QMap<QString, QString> fields;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT preparer, phone, filled_on, other_fields FROM form_signature"
                             " WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(formCode);
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        const QJsonObject other = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        for (auto it = other.begin(); it != other.end(); ++it)
            if (!it.value().toString().isEmpty())
                fields.insert(it.key(), it.value().toString());
        for (int i = 0; i < kColumnFields.size(); ++i)
            if (!q.value(i).toString().isEmpty())
                fields.insert(kColumnFields.at(i), q.value(i).toString());
    }
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
    QJsonObject other;
    for (auto it = after.fields.begin(); it != after.fields.end(); ++it)
        if (!kColumnFields.contains(it.key()))
            other.insert(it.key(), it.value());
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
    q.addBindValue(notNullText(after.field(form_fields::kPreparer)));
    q.addBindValue(notNullText(after.field(form_fields::kPhone)));
    const QString filledOn = after.field(form_fields::kFilledOn);
    q.addBindValue(filledOn.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(filledOn));
    q.addBindValue(QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Compact)));
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
