#include "register_derivation.h"

#include "storage/annex_repository.h"
#include "storage/register_layout.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterDerivation)
};

const QString kSubtree =
    QStringLiteral("WITH RECURSIVE sub(code) AS (SELECT code FROM unit WHERE code = :unit"
                   " UNION ALL SELECT u.code FROM unit u JOIN sub ON u.parent_code = sub.code) ");

bool sameCount(const Count& a, const Count& b) {
    return a.value_or(0) == b.value_or(0);
}

bool sameCounts(const AnnexCounts& a, const AnnexCounts& b) {
    for (int f = 0; f < kCountFieldCount; ++f)
        if (!sameCount(countValue(a, CountField(f)), countValue(b, CountField(f))))
            return false;
    return true;
}

struct StoredMeta {
    QString source;
    AnnexMeta meta;
};
} // namespace

QString RegisterDerivation::source() {
    return QStringLiteral("derived from register");
}

bool DerivedAnnex::differs() const {
    if (!existing)
        return false;
    QStringList industries;
    for (const AnnexRow& r : derived.rows)
        industries << r.industry;
    for (const AnnexRow& r : existing->rows)
        if (!industries.contains(r.industry))
            industries << r.industry;
    static const AnnexRow none;
    for (const QString& industry : industries) {
        const AnnexRow* a = derived.find(industry);
        const AnnexRow* b = existing->find(industry);
        if (!sameCounts(a ? a->counts : none.counts, b ? b->counts : none.counts))
            return true;
    }
    return false;
}

QList<const DerivedAnnex*> RegisterDerivationPlan::conflicts() const {
    QList<const DerivedAnnex*> out;
    for (const DerivedAnnex& a : annexes)
        if (a.differs())
            out << &a;
    return out;
}

RegisterDerivationPlan RegisterDerivation::compute(const QString& unitCode, int year,
                                                   QString* error) const {
    RegisterDerivationPlan plan;
    plan.unitCode = unitCode;
    plan.year = year;
    // Each unit's rows for the year are one id range (register_layout.h): the query reads
    // those ranges of the clustered table and nothing else.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSubtree +
              QStringLiteral("SELECT r.unit_code, r.industry, COUNT(*), SUM(CASE WHEN "
                             "r.insured_employees > 0 THEN 1 ELSE 0 END),"
                             " SUM(r.employees), SUM(r.insured_employees), SUM(r.accidents)"
                             " FROM sub JOIN register_unit s ON s.unit_code = sub.code"
                             " JOIN register_enterprise r ON r.id BETWEEN s.slot * :slotUnit + "
                             ":first AND s.slot * :slotUnit + :last"
                             " GROUP BY r.unit_code, r.industry"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":slotUnit"),
                register_layout::firstId(register_layout::kFirstYear, 1));
    q.bindValue(QStringLiteral(":first"), register_layout::firstId(year, 0));
    q.bindValue(QStringLiteral(":last"), register_layout::lastId(year, 0));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return plan;
    }
    QHash<QString, QList<AnnexRow>> byUnit;
    QStringList order;
    while (q.next()) {
        const QString unit = q.value(0).toString();
        if (!byUnit.contains(unit))
            order << unit;
        AnnexRow row;
        row.industry = q.value(1).toString();
        row.counts =
            AnnexCounts{q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                        q.value(5).toLongLong(), q.value(6).toLongLong()};
        byUnit[unit] << row;
    }
    // What is stored for these units now, in one query.
    QHash<QString, StoredMeta> stored;
    q.prepare(kSubtree +
              QStringLiteral(
                  "SELECT m.unit_code, m.source, m.preparer, m.phone, m.filled_on"
                  " FROM annex_meta m JOIN sub ON m.unit_code = sub.code WHERE m.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next())
        stored.insert(q.value(0).toString(),
                      StoredMeta{q.value(1).toString(),
                                 AnnexMeta{q.value(2).toString(), q.value(3).toString(),
                                           QDate::fromString(q.value(4).toString(), Qt::ISODate)}});

    const AnnexRepository annexes(m_db);
    const UnitRepository units(m_db);
    QHash<qint64, QStringList> planIndustries; // units share a handful of plans
    for (const QString& code : order) {
        DerivedAnnex d;
        d.unitCode = code;
        const auto unit = units.find(code);
        d.unitName = unit ? unit->name : code;
        const qint64 planId = units.effectivePlanId(code);
        if (!planIndustries.contains(planId))
            planIndustries.insert(planId, annexes.planIndustriesOf(code));
        const QStringList& industries = planIndustries.value(planId);
        d.derived.unitCode = code;
        d.derived.year = year;
        // Every plan industry, 0 where the register has no enterprise; then the others as
        // local industries, each its own row (分别列出).
        for (const QString& industry : industries)
            d.derived.rows << AnnexRow{industry, false, AnnexCounts{0, 0, 0, 0, 0}, {}};
        for (const AnnexRow& row : byUnit.value(code)) {
            const int i = int(industries.indexOf(row.industry));
            if (i >= 0)
                d.derived.rows[i].counts = row.counts;
            else
                d.derived.rows << AnnexRow{row.industry, true, row.counts, {}};
        }
        const auto s = stored.constFind(code);
        if (s != stored.constEnd()) {
            d.derived.meta = s->meta;
            if (s->source != source()) {
                d.existing = annexes.load(code, year);
                d.existingSource = s->source;
            }
        }
        plan.annexes << d;
    }
    return plan;
}

bool RegisterDerivation::apply(const RegisterDerivationPlan& plan, bool replace,
                               QString* error) const {
    const QList<const DerivedAnnex*> conflicts = plan.conflicts();
    if (!conflicts.isEmpty() && !replace) {
        QStringList names;
        for (const DerivedAnnex* a : conflicts)
            names << QStringLiteral("%1 %2").arg(a->unitCode, a->unitName);
        if (error)
            *error = Text::tr("%n unit(s) hold a typed or imported annex for %1 that the register "
                              "would change: %2;"
                              " replace them explicitly (--replace)",
                              nullptr, int(conflicts.size()))
                         .arg(plan.year)
                         .arg(names.join(QStringLiteral(", ")));
        return false;
    }
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    AnnexRepository annexes(m_db);
    for (const DerivedAnnex& a : plan.annexes) {
        if (!annexes.saveWithinTransaction(a.derived, source(), error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace yufang
