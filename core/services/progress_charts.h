#pragma once

#include "progress_service.h"
#include "report/chart_spec.h"

namespace yufang::progress_charts {

// Accident rate (‰) by year: one line per industry with data, the total (bold), and the
// total's baseline level, glide path and target level as labelled reference lines.
ChartSpec accidentRateChart(const UnitProgress& progress);
// Reduction (%) against the baseline by industry in `year`, with the target line (and the
// glide-path expectation while the plan still runs). Industries without a reduction are left
// out: a zero-height bar would read as "no progress".
ChartSpec industryReductionChart(const UnitProgress& progress, int year);
// The children's total reduction (%) in `year` side by side, in the order given, with the
// target and glide-path lines.
ChartSpec childrenChart(const UnitProgress& progress, const QList<ChildProgress>& children,
                        int year);

} // namespace yufang::progress_charts
