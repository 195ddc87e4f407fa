#pragma once

#include "domain/indicator_definition.h"
#include "domain/plan.h"

#include <QList>

#include <optional>

// A plan's two headline targets (the accident-rate reduction and the training coverage) are the
// targets of two of its indicators: one truth. The plan's fields are read from those indicators,
// and the plan editor's and the CLI's edits of the fields are written into them, so progress (which
// reads the plan) and the indicator cards on 概览 (which read the indicators) never disagree.
// A plan without such an indicator keeps its own field (docs/indicators.md, "One truth").
namespace yufang::plan_targets {

// The first indicator that measures the annex's accident rate (accidents ÷ the plan's
// denominator) against a relative target that should go down.
std::optional<qsizetype> accidentRateIndex(const QList<IndicatorDefinition>& indicators);
// The first indicator of training coverage (trained ÷ key personnel) against a level.
std::optional<qsizetype> trainingCoverageIndex(const QList<IndicatorDefinition>& indicators);
// The first count of occupational-disease cases (the form `disease`, down): its relative target
// is the plan's reduction target of new cases, if any ("clearly down" has none).
std::optional<qsizetype> diseaseCasesIndex(const QList<IndicatorDefinition>& indicators);

// The disease-cases indicator's reduction target as a positive fraction (0.5: new cases down
// 50 %); none without such an indicator or a numeric target.
std::optional<double> diseaseReduction(const QList<IndicatorDefinition>& indicators);
// The disease-cases indicator carrying `reduction` (none: "clearly down", no number), measured
// against the baseline year without a glide path; none when the plan has no such indicator.
std::optional<IndicatorDefinition>
withDiseaseReduction(const QList<IndicatorDefinition>& indicators, std::optional<double> reduction);

// The plan's target fields as its indicators say; a field whose indicator is missing (or whose
// target the plan cannot hold, e.g. a level above 100 %) is left as it was.
void readInto(const QList<IndicatorDefinition>& indicators, Plan& plan);

// The indicators whose targets differ from the plan's fields, changed to carry them; empty
// when nothing is to be written.
QList<IndicatorDefinition> carrying(const Plan& plan, const QList<IndicatorDefinition>& indicators);

} // namespace yufang::plan_targets
