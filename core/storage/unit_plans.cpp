#include "unit_plans.h"

#include <QSqlQuery>

namespace yufang {

UnitPlans::UnitPlans(QSqlDatabase db) : m_db(std::move(db)) {
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT code, name, parent_code, plan_id FROM unit"));
    while (q.next())
        m_units.insert(q.value(0).toString(), UnitPlan{q.value(1).toString(), q.value(2).toString(),
                                                       q.value(3).toLongLong()});
}

QString UnitPlans::nameOf(const QString& unitCode) const {
    return m_units.value(unitCode).name;
}

qint64 UnitPlans::effectivePlanId(const QString& unitCode) const {
    QString code = unitCode;
    // The depth bounds a cycle typed into an imported unit list.
    for (int depth = 0; depth < 64 && m_units.contains(code); ++depth) {
        const UnitPlan& u = m_units[code];
        if (u.planId)
            return u.planId;
        code = u.parent;
    }
    return 0;
}

const QStringList& UnitPlans::planIndustriesOf(const QString& unitCode) {
    const qint64 planId = effectivePlanId(unitCode);
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
