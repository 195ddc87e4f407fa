#include "unit_plans.h"

#include <QSqlQuery>

namespace yufang {

UnitPlans::UnitPlans(QSqlDatabase db) : m_db(std::move(db)) {
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT code, name, parent_code, plan_id FROM unit"));
    while (q.next())
        m_units.insert(q.value(0).toString(),
                       UnitPlan{q.value(1).toString(),
                                UnitPlanLinks{q.value(2).toString(), q.value(3).toLongLong(), {}}});
    q.exec(QStringLiteral("SELECT unit_code, from_year, plan_id FROM unit_plan_period"));
    while (q.next())
        if (auto it = m_units.find(q.value(0).toString()); it != m_units.end())
            it->links.fromYears.insert(q.value(1).toInt(), q.value(2).toLongLong());
}

QString UnitPlans::nameOf(const QString& unitCode) const {
    return m_units.value(unitCode).name;
}

qint64 UnitPlans::effectivePlanId(const QString& unitCode, int year) const {
    return plan_assignment::effectivePlanId(unitCode, year,
                                            [this](const QString& code) -> const UnitPlanLinks* {
                                                const auto it = m_units.constFind(code);
                                                return it == m_units.cend() ? nullptr : &it->links;
                                            });
}

const QStringList& UnitPlans::planIndustriesOf(const QString& unitCode, int year) {
    const qint64 planId = effectivePlanId(unitCode, year);
    auto it = m_industries.find(planId);
    if (it == m_industries.end()) {
        QStringList names;
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT name FROM plan_industry WHERE plan_id = ? ORDER BY position"));
        q.addBindValue(planId);
        q.exec();
        while (q.next())
            names << q.value(0).toString();
        it = m_industries.insert(planId, names);
    }
    return *it;
}

} // namespace yufang
