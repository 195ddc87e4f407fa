#include "annex_repository.h"

#include "annex_values.h"
#include "annex_writer.h"
#include "domain/annex_form_table.h"
#include "form_signatures.h"
#include "sql_values.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

namespace yufang {

namespace {

void fillCounts(AnnexCounts& counts, const QSqlQuery& q, int first) {
    counts.enterprises = countColumn(q, first);
    counts.insuredEnterprises = countColumn(q, first + 1);
    counts.employees = countColumn(q, first + 2);
    counts.insuredPersons = countColumn(q, first + 3);
    counts.accidents = countColumn(q, first + 4);
}

} // namespace

QStringList AnnexRepository::planIndustriesOf(const QString& unitCode, int year) const {
    QStringList out;
    const qint64 planId = UnitRepository(m_db).effectivePlanId(unitCode, year);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM plan_industry WHERE plan_id = ? ORDER BY position"));
    q.addBindValue(planId);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QStringList AnnexRepository::industriesOf(const QString& unitCode, int year) const {
    QStringList out = planIndustriesOf(unitCode, year);
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
    const QStringList planIndustries = planIndustriesOf(unitCode, year);
    QHash<QString, int> index;
    for (const QString& name : industriesOf(unitCode, year)) {
        index.insert(name, int(table.rows.size()));
        table.rows.append(AnnexRow{name, !planIndustries.contains(name), {}, {}});
    }
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT v.row_key, %1, %2 FROM form_value v WHERE v.unit_code = ?"
                       " AND v.form_code = ? AND v.year = ? GROUP BY v.row_key"
                       " ORDER BY MIN(v.row_position)")
            .arg(annex_values::countSelect(QStringLiteral("MAX")), annex_values::remarkSelect()));
    q.addBindValue(unitCode);
    q.addBindValue(annex_values::formCode());
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
    q.prepare(QStringLiteral("SELECT preparer, phone, filled_on FROM form_record"
                             " WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(annex_values::formCode());
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
    const QStringList planIndustries = planIndustriesOf(unitCode, year);
    QHash<QString, int> index;
    for (const QString& name : planIndustries) {
        index.insert(name, int(table.rows.size()));
        table.rows.append(AnnexRow{name, false, {}, {}});
    }
    // Local industries of the whole subtree, each once, in unit then list order.
    QSqlQuery q(m_db);
    q.prepare(
        subtreeCte() +
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
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT v.row_key, %1 FROM form_value v JOIN sub ON v.unit_code ="
                             " sub.code WHERE v.form_code = :form AND v.year = :year"
                             " GROUP BY v.row_key ORDER BY v.row_key")
                  .arg(annex_values::countSelect(QStringLiteral("SUM"))));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
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
    // A unit without sub-units signs its own form; a parent signs the total it sends up.
    if (UnitRepository(m_db).hasChildren(unitCode)) {
        const QString form = annex_values::formCode();
        table.meta =
            formTableAsAnnex(
                FormTable{
                    form, unitCode, year, {}, FormSignatures(m_db).load(form, unitCode, year)})
                .meta;
    } else {
        table.meta = load(unitCode, year).meta;
    }
    return table;
}

bool AnnexRepository::hasData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM form_record WHERE unit_code = ? AND form_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(annex_values::formCode());
    q.addBindValue(year);
    return q.exec() && q.next();
}

int AnnexRepository::unitsWithData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT COUNT(DISTINCT v.unit_code) FROM form_value v"
                                            " JOIN sub ON v.unit_code = sub.code"
                                            " WHERE v.form_code = :form AND v.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.bindValue(QStringLiteral(":year"), year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<int> AnnexRepository::years(const QString& unitCode) const {
    QList<int> out;
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT DISTINCT v.year FROM form_value v JOIN sub ON v.unit_code ="
                             " sub.code WHERE v.form_code = :form ORDER BY v.year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.exec();
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

bool AnnexRepository::save(const AnnexTable& table, const QString& source, QString* error,
                           const QString& sha256, RevisionTicket* ticket) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return saveWithinTransaction(table, source, error, sha256, t);
    });
}

AnnexTable AnnexRepository::stored(const QString& unitCode, int year) const {
    return AnnexWriter(m_db).stored(unitCode, year);
}

bool AnnexRepository::saveWithinTransaction(const AnnexTable& table, const QString& source,
                                            QString* error, const QString& sha256,
                                            RevisionTicket* ticket) {
    return AnnexWriter(m_db).save(table, source, error, sha256, ticket);
}

} // namespace yufang
