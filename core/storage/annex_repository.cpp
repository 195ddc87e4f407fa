#include "annex_repository.h"

#include "annex_lock.h"
#include "annex_version_repository.h"
#include "audit_log.h"
#include "domain/annex_diff.h"
#include "unit_repository.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
const QString kSubtree =
    QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM unit WHERE code = :unit"
                   " UNION ALL SELECT u.code FROM unit u JOIN sub ON u.parent_code = sub.code) ");

Count countAt(const QSqlQuery& q, int column) {
    const QVariant v = q.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// Empty text binds as '' rather than NULL, so NOT NULL text columns accept a blank cell.
QVariant text(const QString& s) {
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant toVariant(const Count& c) {
    return c ? QVariant(*c) : QVariant(QMetaType(QMetaType::LongLong));
}

void fillCounts(AnnexCounts& counts, const QSqlQuery& q, int first) {
    counts.enterprises = countAt(q, first);
    counts.insuredEnterprises = countAt(q, first + 1);
    counts.employees = countAt(q, first + 2);
    counts.insuredPersons = countAt(q, first + 3);
    counts.accidents = countAt(q, first + 4);
}

bool fail(const QSqlQuery& q, QString* error) {
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

QStringList AnnexRepository::planIndustriesOf(const QString& unitCode) const {
    QStringList out;
    const qint64 planId = UnitRepository(m_db).effectivePlanId(unitCode);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM plan_industry WHERE plan_id = ? ORDER BY position"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList AnnexRepository::industriesOf(const QString& unitCode) const {
    QStringList out = planIndustriesOf(unitCode);
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT name FROM local_industry WHERE unit_code = ? ORDER BY position"));
    q.addBindValue(unitCode);
    q.exec();
    while (q.next())
        if (!out.contains(q.value(0).toString()))
            out << q.value(0).toString();
    return out;
}

AnnexTable AnnexRepository::load(const QString& unitCode, int year) const {
    AnnexTable table;
    table.unitCode = unitCode;
    table.year = year;
    const QStringList planIndustries = planIndustriesOf(unitCode);
    QHash<QString, int> index;
    for (const QString& name : industriesOf(unitCode)) {
        index.insert(name, int(table.rows.size()));
        table.rows.append(AnnexRow{name, !planIndustries.contains(name), {}, {}});
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT industry, enterprises, insured_enterprises, employees, insured_persons, accidents,"
        " remark FROM annex_row WHERE unit_code = ? AND year = ? ORDER BY position"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        const QString industry = q.value(0).toString();
        if (!index.contains(industry)) {
            index.insert(industry, int(table.rows.size()));
            table.rows.append(AnnexRow{industry, !planIndustries.contains(industry), {}, {}});
        }
        AnnexRow& row = table.rows[index.value(industry)];
        fillCounts(row.counts, q, 1);
        row.remark = q.value(6).toString();
    }
    q.prepare(QStringLiteral(
        "SELECT preparer, phone, filled_on FROM annex_meta WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        table.meta.preparer = q.value(0).toString();
        table.meta.phone = q.value(1).toString();
        table.meta.filledOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return table;
}

AnnexTable AnnexRepository::consolidated(const QString& unitCode, int year) const {
    AnnexTable table;
    table.unitCode = unitCode;
    table.year = year;
    const QStringList planIndustries = planIndustriesOf(unitCode);
    QHash<QString, int> index;
    for (const QString& name : planIndustries) {
        index.insert(name, int(table.rows.size()));
        table.rows.append(AnnexRow{name, false, {}, {}});
    }
    // Local industries of the whole subtree, each once, in unit then list order.
    QSqlQuery q(m_db);
    q.prepare(
        kSubtree +
        QStringLiteral("SELECT li.name FROM local_industry li JOIN sub ON li.unit_code = sub.code"
                       " JOIN unit u ON u.code = li.unit_code ORDER BY u.position, li.position"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.exec();
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!index.contains(name)) {
            index.insert(name, int(table.rows.size()));
            table.rows.append(AnnexRow{name, true, {}, {}});
        }
    }
    q.prepare(
        kSubtree +
        QStringLiteral(
            "SELECT a.industry, SUM(a.enterprises), SUM(a.insured_enterprises), SUM(a.employees),"
            " SUM(a.insured_persons), SUM(a.accidents) FROM annex_row a JOIN sub ON a.unit_code = "
            "sub.code"
            " WHERE a.year = :year GROUP BY a.industry"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next()) {
        const QString industry = q.value(0).toString();
        if (!index.contains(industry)) {
            index.insert(industry, int(table.rows.size()));
            table.rows.append(AnnexRow{industry, true, {}, {}});
        }
        fillCounts(table.rows[index.value(industry)].counts, q, 1);
    }
    if (!UnitRepository(m_db).hasChildren(unitCode))
        table.meta = load(unitCode, year).meta;
    return table;
}

bool AnnexRepository::hasData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM annex_meta WHERE unit_code = ? AND year = ?"
                             " UNION SELECT 1 FROM annex_row WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.addBindValue(unitCode);
    q.addBindValue(year);
    return q.exec() && q.next();
}

int AnnexRepository::unitsWithData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(kSubtree +
              QStringLiteral("SELECT COUNT(DISTINCT a.unit_code) FROM annex_row a"
                             " JOIN sub ON a.unit_code = sub.code WHERE a.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<int> AnnexRepository::years(const QString& unitCode) const {
    QList<int> out;
    QSqlQuery q(m_db);
    q.prepare(kSubtree + QStringLiteral("SELECT DISTINCT a.year FROM annex_row a"
                                        " JOIN sub ON a.unit_code = sub.code ORDER BY a.year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.exec();
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

bool AnnexRepository::save(const AnnexTable& table, const QString& source, QString* error,
                           const QString& sha256) {
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    if (!saveWithinTransaction(table, source, error, sha256) || !m_db.commit()) {
        if (error && error->isEmpty())
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

AnnexTable AnnexRepository::stored(const QString& unitCode, int year) const {
    AnnexTable table;
    table.unitCode = unitCode;
    table.year = year;
    const QStringList planIndustries = planIndustriesOf(unitCode);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT industry, enterprises, insured_enterprises, employees, insured_persons, accidents,"
        " remark FROM annex_row WHERE unit_code = ? AND year = ? ORDER BY position"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        AnnexRow row;
        row.industry = q.value(0).toString();
        row.local = !planIndustries.contains(row.industry);
        fillCounts(row.counts, q, 1);
        row.remark = q.value(6).toString();
        table.rows << row;
    }
    q.prepare(QStringLiteral(
        "SELECT preparer, phone, filled_on FROM annex_meta WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        table.meta.preparer = q.value(0).toString();
        table.meta.phone = q.value(1).toString();
        table.meta.filledOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    }
    return table;
}

bool AnnexRepository::saveWithinTransaction(const AnnexTable& given, const QString& source,
                                            QString* error, const QString& sha256) {
    const QStringList planIndustries = planIndustriesOf(given.unitCode);
    if (const auto lock = AnnexLocks(m_db).lockOf(given.unitCode, given.year)) {
        const auto unit = UnitRepository(m_db).find(given.unitCode);
        if (error)
            *error =
                AnnexLocks::lockedMessage(unit ? unit->name : given.unitCode, given.year, *lock);
        return false;
    }
    // Whether a row is local follows the plan, whatever the caller's flags say.
    AnnexTable table = given;
    for (AnnexRow& row : table.rows)
        row.local = !planIndustries.contains(row.industry);
    const AnnexTable before = stored(table.unitCode, table.year);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM annex_row WHERE unit_code = ? AND year = ?"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    if (!q.exec())
        return fail(q, error);
    int position = 0;
    // Prepared once per form: derive-annex saves the forms of a whole province in one go.
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO annex_row (unit_code, year, industry, position, enterprises,"
                       " insured_enterprises, employees, insured_persons, accidents, remark)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?)"));
    for (const AnnexRow& row : table.rows) {
        if (!planIndustries.contains(row.industry)) {
            q.prepare(QStringLiteral(
                "INSERT INTO local_industry (unit_code, name, position) VALUES (?, ?,"
                " (SELECT COALESCE(MAX(position), 0) + 1 FROM local_industry WHERE unit_code = ?))"
                " ON CONFLICT (unit_code, name) DO NOTHING"));
            q.addBindValue(table.unitCode);
            q.addBindValue(row.industry);
            q.addBindValue(table.unitCode);
            if (!q.exec())
                return fail(q, error);
        }
        insert.addBindValue(table.unitCode);
        insert.addBindValue(table.year);
        insert.addBindValue(row.industry);
        insert.addBindValue(position++);
        insert.addBindValue(toVariant(row.counts.enterprises));
        insert.addBindValue(toVariant(row.counts.insuredEnterprises));
        insert.addBindValue(toVariant(row.counts.employees));
        insert.addBindValue(toVariant(row.counts.insuredPersons));
        insert.addBindValue(toVariant(row.counts.accidents));
        insert.addBindValue(text(row.remark));
        if (!insert.exec())
            return fail(insert, error);
    }
    // A local industry lives as long as some year's form of the unit still lists it.
    q.prepare(QStringLiteral("DELETE FROM local_industry WHERE unit_code = ? AND name NOT IN"
                             " (SELECT industry FROM annex_row WHERE unit_code = ?)"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.unitCode);
    if (!q.exec())
        return fail(q, error);
    q.prepare(QStringLiteral(
        "INSERT INTO annex_meta (unit_code, year, preparer, phone, filled_on, source, updated_at)"
        " VALUES (?,?,?,?,?,?,?) ON CONFLICT (unit_code, year) DO UPDATE SET"
        " preparer = excluded.preparer, phone = excluded.phone, filled_on = excluded.filled_on,"
        " source = excluded.source, updated_at = excluded.updated_at"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    q.addBindValue(text(table.meta.preparer));
    q.addBindValue(text(table.meta.phone));
    q.addBindValue(table.meta.filledOn.isValid()
                       ? QVariant(table.meta.filledOn.toString(Qt::ISODate))
                       : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(text(source));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return fail(q, error);
    return recordChange(before, table, source, sha256, error);
}

bool AnnexRepository::recordChange(const AnnexTable& before, const AnnexTable& after,
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
    return AuditLog(m_db).append(events, error) &&
           AnnexVersionRepository(m_db).addWithinTransaction(after, source, sha256, error);
}

} // namespace yufang
