#include "register_derivation.h"

#include "storage/annex_repository.h"
#include "storage/annex_values.h"
#include "storage/annex_writer.h"
#include "storage/register_summary.h"
#include "storage/transaction.h"
#include "storage/unit_plans.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterDerivation)
};

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
        if (!a.locked && a.differs())
            out << &a;
    return out;
}

QList<const DerivedAnnex*> RegisterDerivationPlan::locked() const {
    QList<const DerivedAnnex*> out;
    for (const DerivedAnnex& a : annexes)
        if (a.locked)
            out << &a;
    return out;
}

RegisterDerivationPlan RegisterDerivation::compute(const QString& unitCode, int year,
                                                   QString* error) const {
    RegisterDerivationPlan plan;
    plan.unitCode = unitCode;
    plan.year = year;
    // The subtree's per-industry totals, kept by the import (register_summary).
    QString why;
    const QList<RegisterUnitTotals> totals = readRegisterSummary(m_db, unitCode, year, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return plan;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QHash<QString, QList<AnnexRow>> byUnit;
    QStringList order;
    for (const RegisterUnitTotals& t : totals) {
        order << t.unitCode;
        for (const RegisterIndustryTotals& i : t.industries)
            byUnit[t.unitCode] << AnnexRow{i.industry, false, i.counts, {}};
    }
    // What is stored for these units now, in one query.
    QHash<QString, StoredMeta> stored;
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT m.unit_code, m.source, m.preparer, m.phone, m.filled_on"
                             " FROM form_record m JOIN sub ON m.unit_code = sub.code"
                             " WHERE m.form_code = :form AND m.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next())
        stored.insert(q.value(0).toString(),
                      StoredMeta{q.value(1).toString(),
                                 AnnexMeta{q.value(2).toString(), q.value(3).toString(),
                                           QDate::fromString(q.value(4).toString(), Qt::ISODate)}});

    QSet<QString> locks;
    q.prepare(subtreeCte() +
              QStringLiteral("SELECT l.unit_code FROM form_lock l JOIN sub ON l.unit_code ="
                             " sub.code WHERE l.form_code = :form AND l.year = :year"));
    q.bindValue(QStringLiteral(":unit"), unitCode);
    q.bindValue(QStringLiteral(":form"), annex_values::formCode());
    q.bindValue(QStringLiteral(":year"), year);
    q.exec();
    while (q.next())
        locks.insert(q.value(0).toString());

    UnitPlans units(m_db);
    const AnnexRepository annexes(m_db);
    for (const QString& code : order) {
        DerivedAnnex d;
        d.unitCode = code;
        d.revision = RecordRevisions(m_db).ticket(RecordKey::annex(code, year));
        d.unitName = units.nameOf(code);
        d.locked = locks.contains(code);
        const QStringList& industries = units.planIndustriesOf(code, year);
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
            *error = Text::tr("%1 unit(s) hold a typed or imported annex for %2 that the register "
                              "would change: %3")
                         .arg(conflicts.size())
                         .arg(plan.year)
                         .arg(names.join(QStringLiteral(", ")));
        return false;
    }
    return inTransaction(m_db, error, [&] {
        AnnexWriter writer(m_db);
        for (const DerivedAnnex& a : plan.annexes) {
            RevisionTicket revision = a.revision;
            if (!a.locked && !writer.save(a.derived, source(), error, {}, &revision))
                return false;
        }
        return true;
    });
}

} // namespace yufang
