#include "annex_writer.h"

#include "annex_lock.h"
#include "annex_version_repository.h"
#include "domain/annex_diff.h"
#include "sql_values.h"
#include "unit_repository.h"

#include <QDateTime>
#include <QSqlError>

namespace yufang {

namespace {
enum Statement {
    kSelectRows,
    kSelectMeta,
    kDeleteRows,
    kInsertRow,
    kInsertLocal,
    kDeleteLocal,
    kUpsertMeta,
    kStatementEnd,
};

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

AnnexWriter::AnnexWriter(QSqlDatabase db) : m_db(db), m_audit(db), m_plans(db) {
    static_assert(kStatementEnd == kStatementCount);
}

QSqlQuery& AnnexWriter::statement(int id, const char* sql) {
    std::optional<QSqlQuery>& s = m_statements.at(size_t(id));
    if (!s) {
        s.emplace(m_db);
        s->prepare(QString::fromLatin1(sql));
    }
    return *s;
}

AnnexTable AnnexWriter::stored(const QString& unitCode, int year) {
    const QStringList planIndustries = m_plans.planIndustriesOf(unitCode, year);
    AnnexTable table;
    table.unitCode = unitCode;
    table.year = year;
    QSqlQuery& rows = statement(
        kSelectRows,
        "SELECT industry, enterprises, insured_enterprises, employees, insured_persons, accidents,"
        " remark FROM annex_row WHERE unit_code = ? AND year = ? ORDER BY position");
    rows.addBindValue(unitCode);
    rows.addBindValue(year);
    rows.exec();
    while (rows.next()) {
        AnnexRow row;
        row.industry = rows.value(0).toString();
        row.local = !planIndustries.contains(row.industry);
        row.counts = AnnexCounts{countColumn(rows, 1), countColumn(rows, 2), countColumn(rows, 3),
                                 countColumn(rows, 4), countColumn(rows, 5)};
        row.remark = rows.value(6).toString();
        table.rows << row;
    }
    rows.finish();
    QSqlQuery& meta = statement(
        kSelectMeta,
        "SELECT preparer, phone, filled_on FROM annex_meta WHERE unit_code = ? AND year = ?");
    meta.addBindValue(unitCode);
    meta.addBindValue(year);
    if (meta.exec() && meta.next()) {
        table.meta.preparer = meta.value(0).toString();
        table.meta.phone = meta.value(1).toString();
        table.meta.filledOn = QDate::fromString(meta.value(2).toString(), Qt::ISODate);
    }
    meta.finish();
    return table;
}

bool AnnexWriter::save(const AnnexTable& given, const QString& source, QString* error,
                       const QString& sha256, RevisionTicket* ticket) {
    const QStringList planIndustries = m_plans.planIndustriesOf(given.unitCode, given.year);
    if (const auto lock = AnnexLocks(m_db).lockOf(given.unitCode, given.year)) {
        const auto unit = UnitRepository(m_db).find(given.unitCode);
        if (error)
            *error =
                AnnexLocks::lockedMessage(unit ? unit->name : given.unitCode, given.year, *lock);
        return false;
    }
    if (!RecordRevisions(m_db).claim(RecordKey::annex(given.unitCode, given.year), ticket, error))
        return false;
    // Whether a row is local follows the plan, whatever the caller's flags say.
    AnnexTable table = given;
    for (AnnexRow& row : table.rows)
        row.local = !planIndustries.contains(row.industry);
    const AnnexTable before = stored(table.unitCode, table.year);
    QSqlQuery& remove =
        statement(kDeleteRows, "DELETE FROM annex_row WHERE unit_code = ? AND year = ?");
    remove.addBindValue(table.unitCode);
    remove.addBindValue(table.year);
    if (!remove.exec())
        return fail(remove, error);
    int position = 0;
    QSqlQuery& insert = statement(
        kInsertRow, "INSERT INTO annex_row (unit_code, year, industry, position, enterprises,"
                    " insured_enterprises, employees, insured_persons, accidents, remark)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?)");
    for (const AnnexRow& row : table.rows) {
        if (row.local) {
            QSqlQuery& local = statement(
                kInsertLocal,
                "INSERT INTO local_industry (unit_code, name, position) VALUES (?, ?,"
                " (SELECT COALESCE(MAX(position), 0) + 1 FROM local_industry WHERE unit_code = ?))"
                " ON CONFLICT (unit_code, name) DO NOTHING");
            local.addBindValue(table.unitCode);
            local.addBindValue(row.industry);
            local.addBindValue(table.unitCode);
            if (!local.exec())
                return fail(local, error);
        }
        insert.addBindValue(table.unitCode);
        insert.addBindValue(table.year);
        insert.addBindValue(row.industry);
        insert.addBindValue(position++);
        insert.addBindValue(countParam(row.counts.enterprises));
        insert.addBindValue(countParam(row.counts.insuredEnterprises));
        insert.addBindValue(countParam(row.counts.employees));
        insert.addBindValue(countParam(row.counts.insuredPersons));
        insert.addBindValue(countParam(row.counts.accidents));
        insert.addBindValue(notNullText(row.remark));
        if (!insert.exec())
            return fail(insert, error);
    }
    // A local industry lives as long as some year's form of the unit still lists it.
    QSqlQuery& prune =
        statement(kDeleteLocal, "DELETE FROM local_industry WHERE unit_code = ? AND name NOT IN"
                                " (SELECT industry FROM annex_row WHERE unit_code = ?)");
    prune.addBindValue(table.unitCode);
    prune.addBindValue(table.unitCode);
    if (!prune.exec())
        return fail(prune, error);
    QSqlQuery& meta = statement(
        kUpsertMeta,
        "INSERT INTO annex_meta (unit_code, year, preparer, phone, filled_on, source, updated_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT (unit_code, year) DO UPDATE SET"
        " preparer = excluded.preparer, phone = excluded.phone, filled_on = excluded.filled_on,"
        " source = excluded.source, updated_at = excluded.updated_at");
    meta.addBindValue(table.unitCode);
    meta.addBindValue(table.year);
    meta.addBindValue(notNullText(table.meta.preparer));
    meta.addBindValue(notNullText(table.meta.phone));
    meta.addBindValue(table.meta.filledOn.isValid()
                          ? QVariant(table.meta.filledOn.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString)));
    meta.addBindValue(notNullText(source));
    meta.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!meta.exec())
        return fail(meta, error);
    return recordChange(before, table, source, sha256, error);
}

bool AnnexWriter::recordChange(const AnnexTable& before, const AnnexTable& after,
                               const QString& source, const QString& sha256, QString* error) {
    QList<AuditEvent> events;
    for (const AnnexChange& c : diffAnnex(before, after)) {
        AuditEvent e;
        switch (c.kind) {
        case AnnexChange::Kind::Cell:
            e.action = audit::kAnnexCell;
            break;
        case AnnexChange::Kind::Meta:
            e.action = audit::kAnnexMeta;
            break;
        case AnnexChange::Kind::RowAdded:
            e.action = audit::kAnnexRowAdded;
            break;
        case AnnexChange::Kind::RowRemoved:
            e.action = audit::kAnnexRowRemoved;
            break;
        }
        e.unitCode = after.unitCode;
        e.year = after.year;
        e.entity = c.industry;
        e.field = c.field;
        e.oldValue = c.oldValue;
        e.newValue = c.newValue;
        e.reason = source; // where the change came from: manual, import:FILE, ...
        events << e;
    }
    return m_audit.append(events, error) &&
           AnnexVersionRepository(m_db).addWithinTransaction(after, source, sha256, error);
}

} // namespace yufang
