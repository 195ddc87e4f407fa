#pragma once

#include "annex.h"
#include "disease.h"
#include "form_table.h"
#include "training.h"

// The three tables that keep their own stacks this session (annex, training coverage,
// occupational disease), seen as the generic FormTable the indicator engine reads
// (docs/indicators.md, "Sources"). Cells are keyed as in their form definitions and CSV
// headers (countFieldKey, trainingFieldKey, diseaseFieldKey); only what an indicator sums is
// carried: numbers, not remarks or 填报人.
namespace yufang {

// One row per industry; local as the table marks it.
FormTable annexAsFormTable(const AnnexTable& table);
// Back: the form `annex` (its five counts, remark and 填报人 / 联系电话 / 填报日期) as the
// annex's own storage writes it. Only for an import's save through AnnexRepository, which
// keeps the annex's versions, per-cell audit events and lock; it goes once the engine's save
// (FormRepository) keeps them for every form.
AnnexTable formTableAsAnnex(const FormTable& table);
// One row per industry × category: key the category, group the industry (the form's
// IndustriesByKeyPersonnel rows), so rows of one key sum to the category's total.
FormTable trainingAsFormTable(const TrainingTable& table);
// One row per industry.
FormTable diseaseAsFormTable(const DiseaseTable& table);

} // namespace yufang
