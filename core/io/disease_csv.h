#pragma once

#include "domain/disease.h"
#include "domain/plan.h"
#include "domain/unit.h"

namespace yufang {

// What the occupational disease table's printed page still takes from code: its
// title and header. Its CSV layout is the form engine's, set by the `disease` definition.
QString diseaseFormTitle(const Plan& plan);
QStringList diseaseHeader();

} // namespace yufang
