#pragma once

#include "diagnostic.h"
#include "form_table.h"
#include "training.h"

namespace yufang {

// Rules on one training row (errors block saving and importing, warnings do not):
// - every count a whole number ≥ 0 (the CSV reader and the editor accept only whole numbers;
//   a negative count is an error);
// - trained ≤ key personnel: error, nobody can be trained twice into the coverage;
// - online ≤ sessions and offline ≤ sessions: error, each "of which" is part of the total;
// - online + offline > sessions: WARNING only. The plans ask for "线上培训与线下培训相结合",
//   and a blended training is legitimately counted under both headings; a sum below the total
//   is fine too (trainings not classified);
// - trained given without key personnel, or class hours without any training held: warnings,
//   the coverage cannot be computed or the row looks incomplete.
Diagnostics validateTrainingRow(const TrainingRow& row, int rowIndex);

// Every row plus table-wide rules (duplicate industry × category).
Diagnostics validateTrainingTable(const TrainingTable& table);

// "Trained" is cumulative since the plan began, so it should not fall from one year to the next:
// a WARNING (not an error: the previous year may itself have been wrong, or people left the key
// positions) on each row whose trained is below the same industry × category of `previous`
// (the unit's stored table of the year before). Rows empty in either year are not compared.
Diagnostics validateTrainedAgainstPrevious(const TrainingTable& table,
                                           const TrainingTable& previous);

// The training form of the form engine (a row's group is the industry, its key the category,
// its cells keyed by trainingFieldKey) as a TrainingTable, row for row, with 填报人 and 联系电话.
TrainingTable trainingTableOf(const FormTable& form);

// What the rules of the plans' `training` definition cannot state, on the engine's training
// form: the WARNINGS of validateTrainingRow (trained without key personnel, online plus offline
// above the trainings held, class hours without a training) and validateTrainedAgainstPrevious
// (`previous`: the unit's form of the year before, or empty). Its errors are the definition's
// rules, so the 培训 tab, an import and a save refuse the same figures.
Diagnostics trainingFormWarnings(const FormTable& table, const FormTable& previous);

} // namespace yufang
