#pragma once

#include "rates.h"
#include "training.h"

#include <QString>

#include <optional>

// Training coverage of key personnel (DESIGN.md, "Formulas"): trained ÷ key personnel, per
// category, industry, unit and overall, always from summed counts, never an average of rates.
// Its path and status are the training-coverage indicator's (domain/indicator_evaluation): one
// engine for every indicator.
namespace yufang::rates {

// 培训覆盖率: trained ÷ key personnel; none when either is missing or key personnel is zero.
std::optional<Ratio> trainingCoverage(const TrainingCounts& counts);
QString formatTrainingCoverage(const TrainingCounts& counts); // "85.27" or "—"
// The formula as the printed 培训 page's footnote says it.
QString trainingCoverageDefinition();

} // namespace yufang::rates
