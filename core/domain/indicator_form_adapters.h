#pragma once

#include "annex_form_table.h"
#include "disease.h"
#include "form_table.h"
#include "training.h"

// The three tables that keep their own stacks this session (annex, training coverage,
// occupational disease), seen as the generic FormTable the indicator engine reads
// (docs/indicators.md, "Sources"). Cells are keyed as in their form definitions and CSV
// headers (countFieldKey, trainingFieldKey, diseaseFieldKey); only what an indicator sums is
// carried: numbers, not remarks or 填报人.
namespace yufang {

// The annex: annexAsFormTable (annex_form_table.h).
// One row per industry × category: key the category, group the industry (the form's
// IndustriesByKeyPersonnel rows), so rows of one key sum to the category's total.
FormTable trainingAsFormTable(const TrainingTable& table);
// One row per industry.
FormTable diseaseAsFormTable(const DiseaseTable& table);

} // namespace yufang
