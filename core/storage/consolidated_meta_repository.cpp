#include "consolidated_meta_repository.h"

#include "audit_log.h"
#include "domain/annex_form_table.h"
#include "domain/form_diff.h"
#include "sql_values.h"
#include "transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

AnnexMeta ConsolidatedMetaRepository::load(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT preparer, phone, filled_on FROM consolidated_meta"
                             " WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    AnnexMeta meta;
    if (q.exec() && q.next()) {
        meta.preparer = q.value(0).toString();
        meta.phone = q.value(1).toString();
        meta.filledOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return meta;
}

bool ConsolidatedMetaRepository::save(const QString& unitCode, int year, const AnnexMeta& meta,
                                      const QString& source, QString* error,
                                      RevisionTicket* ticket) {
    return inTransaction(m_db, error, [&] {
        return RecordRevisions(m_db).claim(RecordKey::annex(unitCode, year), ticket, error) &&
               saveWithinTransaction(unitCode, year, meta, source, error);
    });
}

bool ConsolidatedMetaRepository::saveWithinTransaction(const QString& unitCode, int year,
                                                       const AnnexMeta& meta, const QString& source,
                                                       QString* error) {
    AnnexTable before;
    before.meta = load(unitCode, year);
    AnnexTable after;
    after.meta = meta;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO consolidated_meta (unit_code, year, preparer, phone, filled_on, updated_at)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT (unit_code, year) DO UPDATE SET"
        " preparer = excluded.preparer, phone = excluded.phone, filled_on = excluded.filled_on,"
        " updated_at = excluded.updated_at"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.addBindValue(notNullText(meta.preparer));
    q.addBindValue(notNullText(meta.phone));
    q.addBindValue(meta.filledOn.isValid() ? QVariant(meta.filledOn.toString(Qt::ISODate))
                                           : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QList<AuditEvent> events;
    for (const FormChange& c :
         diffForms(annexStackDefinition(), annexAsFormTable(before), annexAsFormTable(after))) {
        AuditEvent e;
        e.action = audit::kConsolidatedMeta;
        e.unitCode = unitCode;
        e.year = year;
        e.field = c.field;
        e.oldValue = c.oldValue;
        e.newValue = c.newValue;
        e.reason = source;
        events << e;
    }
    return AuditLog(m_db).append(events, error);
}

} // namespace yufang
