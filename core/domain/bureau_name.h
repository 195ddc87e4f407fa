#pragma once

#include "unit.h"

#include <optional>

namespace yufang {

// The bureau that fills in a unit's forms, as 填报单位 names it on the official annex: the
// place's human-resources and social-security bureau (a province's 厅), with the city in front
// of a county's name: 兰山区 under 临沂市 → 临沂市兰山区人力资源和社会保障局. The importers
// resolve it back to the unit (UnitRepository::resolveReportingName).
QString bureauName(const Unit& unit, const std::optional<Unit>& parent);

} // namespace yufang
