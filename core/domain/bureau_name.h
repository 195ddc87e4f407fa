#pragma once

#include "unit.h"

#include <QString>

#include <optional>

namespace yufang {

// The bureau that reports for a unit: what 填报单位 says on a printed or .xlsx form and what the
// running header of its pages names (the place is the unit, the bureau is who signs). The unit
// table stores places only (临沂市, 兰山区), so the name is derived here, once, for every output
// (services/unit_bureau looks the unit up; the importers resolve the name back:
// UnitRepository::resolveReportingName):
//   a province: 山东省人力资源和社会保障厅 (a province's department is a 厅)
//   a city:     临沂市人力资源和社会保障局
//   below:      the city's name before the county's unless it is already there:
//               临沂市兰山区人力资源和社会保障局, 临沂高新技术产业开发区人力资源和社会保障局
//   市本级:      the parent's bureau (the city bureau reports its own level)
//   a unit already named as an office (…局, …厅, …中心) keeps its name.
QString bureauName(const Unit& unit, const std::optional<Unit>& parent);

} // namespace yufang
