#pragma once

#include <QMap>
#include <QString>

#include <functional>

// Which plan a unit follows in a year: the one rule (docs/indicators.md, "A unit's plan by
// year"), used by every repository that asks for a unit's plan. A unit names a plan itself
// (unit.plan_id) and may follow other plans FROM a year (unit_plan_period): 兰山区 follows
// shandong-2021 up to 2025 and national-2026 from 2026. A unit that names nothing for the year
// follows its nearest ancestor's plan for that year. A unit with one plan and no periods reads
// exactly as before.
namespace yufang {

struct UnitPlanLinks {
    QString parentCode;
    qint64 planId = 0;           // unit.plan_id: followed before the first period (0: none)
    QMap<int, qint64> fromYears; // from year → plan
};

namespace plan_assignment {

// What the unit itself names for the year (0: nothing, ask the parent): the period with the
// latest from-year ≤ year, else its own plan. year ≤ 0 means "now": its latest period's plan.
qint64 ownPlanFor(const UnitPlanLinks& unit, int year);

// Walks from the unit up its ancestors; lookup returns nullptr for an unknown code. 0: none.
// The depth bounds a cycle typed into an imported unit list.
qint64 effectivePlanId(const QString& unitCode, int year,
                       const std::function<const UnitPlanLinks*(const QString&)>& lookup);

} // namespace plan_assignment
} // namespace yufang
