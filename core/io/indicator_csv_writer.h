#pragma once

#include "io/table_sink.h"
#include "domain/indicator_evaluation.h"
#include "domain/plan.h"
#include "domain/unit.h"

#include <QList>
#include <QString>

// `yufang-cli indicators` (docs/indicators.md, "CSV"): one row per indicator and row, the
// total (合计) last, under a fixed Chinese header whatever the UI language. Not applicable is an
// empty cell (as in the progress CSV); status words come from the glossary.
namespace yufang {

QStringList indicatorCsvHeader();
void writeIndicators(TableSink& sink, const Unit& unit, const Plan& plan, int year,
                     const QList<IndicatorResult>& results);
QString indicatorCsv(const Unit& unit, const Plan& plan, int year,
                     const QList<IndicatorResult>& results);

} // namespace yufang
