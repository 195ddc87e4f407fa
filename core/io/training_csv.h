#pragma once

#include "domain/plan.h"
#include "domain/training.h"
#include "domain/unit.h"

namespace yufang {

// What the training table's printed page still takes from code: its title, header
// and notes. Its CSV layout is the form engine's, set by the `training` definition.
QString trainingFormTitle(const Plan& plan);
QStringList trainingHeader();
QStringList trainingNotes();

} // namespace yufang
