#include "audit_log.h"

#include "database_account.h"
#include "io/csv_writer.h"
#include "sql_values.h"
#include "unit_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

QString utcText(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

QString auditActionCaption(const QString& action) {
    if (action == audit::kAnnexCell || action == audit::kFormCell)
        return Text::tr("Form cell changed");
    if (action == audit::kAnnexMeta || action == audit::kFormField)
        return Text::tr("Form details changed");
    if (action == audit::kAnnexRowAdded)
        return Text::tr("Local industry row added");
    if (action == audit::kAnnexRowRemoved)
        return Text::tr("Local industry row removed");
    if (action == audit::kReturnStatus)
        return Text::tr("Return status changed");
    if (action == audit::kConsolidatedMeta || action == audit::kFormSignature)
        return Text::tr("Consolidated form details changed");
    if (action == audit::kReturnReceivedOn)
        return Text::tr("Receipt date corrected");
    if (action == audit::kAnnexLocked || action == audit::kFormLocked)
        return Text::tr("Form locked");
    if (action == audit::kAnnexUnlocked || action == audit::kFormUnlocked)
        return Text::tr("Form unlocked");
    if (action == audit::kFormRowAdded)
        return Text::tr("Form row added");
    if (action == audit::kFormRowRemoved)
        return Text::tr("Form row removed");
    if (action == audit::kRecordOverwritten)
        return Text::tr("Newer change overwritten");
    if (action == audit::kFormSaved)
        return Text::tr("Form saved");
    if (action == audit::kFormImported)
        return Text::tr("Form imported");
    if (action == audit::kFormDefinition)
        return Text::tr("Form definition changed");
    return action;
}

bool AuditLog::append(AuditEvent e, QString* error) {
    return append(QList<AuditEvent>{std::move(e)}, error);
}

bool AuditLog::append(const QList<AuditEvent>& events, QString* error) {
    if (events.isEmpty())
        return true;
    // One timestamp for one change set, so the events of one save sort together.
    const QString now = utcText(QDateTime::currentDateTimeUtc());
    const QString account = databaseAccount(m_db);
    if (!m_insert) {
        m_insert.emplace(m_db);
        m_insert->prepare(QStringLiteral(
            "INSERT INTO audit_event (occurred_at, account, action, unit_code, year, entity,"
            " field, old_value, new_value, reason) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    }
    QSqlQuery& q = *m_insert;
    for (const AuditEvent& e : events) {
        q.addBindValue(e.when.isValid() ? utcText(e.when) : now);
        q.addBindValue(e.account.isEmpty() ? account : e.account);
        q.addBindValue(e.action);
        q.addBindValue(e.unitCode.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(e.unitCode));
        q.addBindValue(e.year > 0 ? QVariant(e.year) : QVariant(QMetaType(QMetaType::Int)));
        // NOT NULL text columns: a null QString would bind as NULL.
        for (const QString* s : {&e.entity, &e.field, &e.oldValue, &e.newValue, &e.reason})
            q.addBindValue(notNullText(*s));
        if (!q.exec()) {
            if (error)
                *error = Text::tr("recording the audit trail failed: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

QList<AuditEvent> AuditLog::events(const AuditFilter& filter) const {
    QString sql =
        QStringLiteral("SELECT id, occurred_at, account, action, unit_code, year, entity, field,"
                       " old_value, new_value, reason FROM audit_event WHERE 1 = 1");
    QVariantList binds;
    if (!filter.unitCode.isEmpty()) {
        const QStringList codes = UnitRepository(m_db).subtreeCodes(filter.unitCode);
        QStringList marks;
        for (const QString& code : codes.isEmpty() ? QStringList{filter.unitCode} : codes) {
            marks << QStringLiteral("?");
            binds << code;
        }
        sql += QStringLiteral(" AND unit_code IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.year > 0) {
        sql += QStringLiteral(" AND year = ?");
        binds << filter.year;
    }
    // The user picks local calendar days; the trail is stored in UTC.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND occurred_at >= ?");
        binds << utcText(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND occurred_at < ?");
        binds << utcText(filter.to.addDays(1).startOfDay());
    }
    sql += QStringLiteral(" ORDER BY occurred_at, id");
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<AuditEvent> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditEvent e;
        e.id = q.value(0).toLongLong();
        e.when = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.when.setTimeSpec(Qt::UTC);
        e.account = q.value(2).toString();
        e.action = q.value(3).toString();
        e.unitCode = q.value(4).toString();
        e.year = q.value(5).toInt();
        e.entity = q.value(6).toString();
        e.field = q.value(7).toString();
        e.oldValue = q.value(8).toString();
        e.newValue = q.value(9).toString();
        e.reason = q.value(10).toString();
        out << e;
    }
    return out;
}

QStringList auditCsvHeader() {
    return {QStringLiteral("时间(UTC)"), QStringLiteral("操作系统用户"), QStringLiteral("操作"),
            QStringLiteral("单位代码"),  QStringLiteral("单位名称"),     QStringLiteral("年度"),
            QStringLiteral("对象"),      QStringLiteral("字段"),         QStringLiteral("原值"),
            QStringLiteral("新值"),      QStringLiteral("原因")};
}

void writeAudit(TableSink& w, const QList<AuditEvent>& events, const QSqlDatabase& db) {
    const UnitRepository units(db);
    QHash<QString, QString> names;
    w.addHeaderRow(auditCsvHeader());
    for (const AuditEvent& e : events) {
        if (!e.unitCode.isEmpty() && !names.contains(e.unitCode)) {
            const auto unit = units.find(e.unitCode);
            names.insert(e.unitCode, unit ? unit->name : QString());
        }
        w.addRow({CsvField::str(e.when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                  CsvField::str(e.account), CsvField::str(e.action), CsvField::str(e.unitCode),
                  CsvField::str(names.value(e.unitCode)),
                  e.year > 0 ? CsvField::num(e.year) : CsvField::str({}), CsvField::str(e.entity),
                  CsvField::str(e.field), CsvField::str(e.oldValue), CsvField::str(e.newValue),
                  CsvField::str(e.reason)});
    }
}

QString auditCsv(const QList<AuditEvent>& events, const QSqlDatabase& db) {
    CsvWriter w;
    writeAudit(w, events, db);
    return w.text();
}

} // namespace yufang
