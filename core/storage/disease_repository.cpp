#include "disease_repository.h"

#include "annex_repository.h"
#include "sql_values.h"
#include "transaction.h"
#include "unit_repository.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {

void fill(DiseaseCounts& c, const QSqlQuery& q, int first) {
    for (int f = 0; f < kDiseaseFieldCount; ++f)
        diseaseRef(c, static_cast<DiseaseField>(f)) = countColumn(q, first + f);
}

DiseaseRow& rowFor(DiseaseTable& t, const QString& industry, const QStringList& planIndustries) {
    for (DiseaseRow& r : t.rows)
        if (r.industry == industry)
            return r;
    t.rows.append(DiseaseRow{industry, !planIndustries.contains(industry), {}, {}});
    return t.rows.last();
}
} // namespace

DiseaseTable DiseaseRepository::load(const QString& unitCode, int year) const {
    DiseaseTable t;
    t.unitCode = unitCode;
    t.year = year;
    const AnnexRepository annexes(m_db);
    const QStringList plan = annexes.planIndustriesOf(unitCode, year);
    for (const QString& i : annexes.industriesOf(unitCode, year))
        rowFor(t, i, plan);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT industry, pneumoconiosis, other_diseases, dust_exposed, remark FROM disease_row"
        " WHERE unit_code = ? AND year = ? ORDER BY position"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.exec();
    while (q.next()) {
        DiseaseRow& r = rowFor(t, q.value(0).toString(), plan);
        fill(r.counts, q, 1);
        r.remark = q.value(4).toString();
    }
    q.prepare(QStringLiteral(
        "SELECT preparer, phone FROM disease_meta WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    if (q.exec() && q.next()) {
        t.preparer = q.value(0).toString();
        t.phone = q.value(1).toString();
    }
    return t;
}

DiseaseTable DiseaseRepository::consolidated(const QString& unitCode, int year) const {
    DiseaseTable t;
    t.unitCode = unitCode;
    t.year = year;
    const AnnexRepository annexes(m_db);
    const QStringList plan = annexes.planIndustriesOf(unitCode, year);
    for (const AnnexRow& r : annexes.consolidated(unitCode, year).rows)
        rowFor(t, r.industry, plan);
    QSqlQuery q(m_db);
    q.prepare(
        subtreeCte() +
        QStringLiteral("SELECT d.industry, SUM(d.pneumoconiosis), SUM(d.other_diseases),"
                       " SUM(d.dust_exposed) FROM disease_row d JOIN sub ON d.unit_code = sub.code"
                       " WHERE d.year = :year GROUP BY d.industry"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next())
        fill(rowFor(t, q.value(0).toString(), plan).counts, q, 1);
    return t;
}

DiseaseTable DiseaseRepository::figures(const QString& unitCode, int year) const {
    return UnitRepository(m_db).hasChildren(unitCode) ? consolidated(unitCode, year)
                                                      : load(unitCode, year);
}

bool DiseaseRepository::hasData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM disease_meta WHERE unit_code = ? AND year = ?"
                             " UNION SELECT 1 FROM disease_row WHERE unit_code = ? AND year = ?"));
    q.addBindValue(unitCode);
    q.addBindValue(year);
    q.addBindValue(unitCode);
    q.addBindValue(year);
    return q.exec() && q.next();
}

int DiseaseRepository::unitsWithData(const QString& unitCode, int year) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT COUNT(DISTINCT d.unit_code) FROM disease_row d"
                             " JOIN sub ON d.unit_code = sub.code WHERE d.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int DiseaseRepository::unitsWithSource(const QString& unitCode, int year,
                                       const QString& source) const {
    QSqlQuery q(m_db);
    q.prepare(subtreeCte() + QStringLiteral("SELECT COUNT(*) FROM disease_meta m"
                                            " JOIN sub ON m.unit_code = sub.code"
                                            " WHERE m.year = :year AND m.source = :source"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    q.bindValue(QStringLiteral(":source"), source);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QMap<int, DiseaseCounts> DiseaseRepository::history(const QString& unitCode) const {
    QMap<int, DiseaseCounts> out;
    QSqlQuery q(m_db);
    q.prepare(
        subtreeCte() +
        QStringLiteral("SELECT d.year, SUM(d.pneumoconiosis), SUM(d.other_diseases),"
                       " SUM(d.dust_exposed) FROM disease_row d JOIN sub ON d.unit_code = sub.code"
                       " GROUP BY d.year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.exec();
    while (q.next())
        fill(out[q.value(0).toInt()], q, 1);
    return out;
}

bool DiseaseRepository::save(const DiseaseTable& table, const QString& source, QString* error,
                             RevisionTicket* ticket) {
    return inTransactionWithTicket(m_db, ticket, error, [&](RevisionTicket* t) {
        return saveWithinTransaction(table, source, error, t);
    });
}

bool DiseaseRepository::saveWithinTransaction(const DiseaseTable& table, const QString& source,
                                              QString* error, RevisionTicket* ticket) {
    if (!RecordRevisions(m_db).claim(RecordKey::disease(table.unitCode, table.year), ticket, error))
        return false;
    auto fail = [&](const QSqlQuery& q) {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM disease_row WHERE unit_code = ? AND year = ?"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    if (!q.exec())
        return fail(q);
    int position = 0;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO disease_row (unit_code, year, industry, position, pneumoconiosis,"
        " other_diseases, dust_exposed, remark) VALUES (?,?,?,?,?,?,?,?)"));
    for (const DiseaseRow& r : table.rows) {
        insert.addBindValue(table.unitCode);
        insert.addBindValue(table.year);
        insert.addBindValue(r.industry);
        insert.addBindValue(position++);
        for (int f = 0; f < kDiseaseFieldCount; ++f)
            insert.addBindValue(countParam(diseaseValue(r.counts, static_cast<DiseaseField>(f))));
        insert.addBindValue(notNullText(r.remark));
        if (!insert.exec())
            return fail(insert);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO disease_meta (unit_code, year, preparer, phone, source, updated_at)"
        " VALUES (?,?,?,?,?,?) ON CONFLICT (unit_code, year) DO UPDATE SET"
        " preparer = excluded.preparer, phone = excluded.phone, source = excluded.source,"
        " updated_at = excluded.updated_at"));
    q.addBindValue(table.unitCode);
    q.addBindValue(table.year);
    q.addBindValue(notNullText(table.preparer));
    q.addBindValue(notNullText(table.phone));
    q.addBindValue(notNullText(source));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec() || fail(q);
}

std::optional<double> DiseaseRepository::targetOf(qint64 planId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT disease_reduction_target FROM plan WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toDouble();
}

bool DiseaseRepository::setTarget(qint64 planId, std::optional<double> target, QString* error) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE plan SET disease_reduction_target = ? WHERE id = ?"));
    q.addBindValue(target ? QVariant(*target) : QVariant(QMetaType(QMetaType::Double)));
    q.addBindValue(planId);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace yufang
