#include "plan_assignment.h"

namespace yufang::plan_assignment {

qint64 ownPlanFor(const UnitPlanLinks& unit, int year) {
    if (!unit.fromYears.isEmpty()) {
        if (year <= 0)
            return unit.fromYears.last();
        // upperBound: the first period starting after the year; the one before it applies.
        auto it = unit.fromYears.upperBound(year);
        if (it != unit.fromYears.begin())
            return std::prev(it).value();
    }
    return unit.planId;
}

qint64 effectivePlanId(const QString& unitCode, int year,
                       const std::function<const UnitPlanLinks*(const QString&)>& lookup) {
    QString code = unitCode;
    for (int depth = 0; depth < 64 && !code.isEmpty(); ++depth) {
        const UnitPlanLinks* unit = lookup(code);
        if (!unit)
            return 0;
        if (const qint64 plan = ownPlanFor(*unit, year))
            return plan;
        code = unit->parentCode;
    }
    return 0;
}

} // namespace yufang::plan_assignment
