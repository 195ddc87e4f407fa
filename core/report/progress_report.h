#pragma once

#include "domain/unit_progress.h"
#include "report_document.h"

#include <QStringList>

namespace yufang {

// The progress report a bureau attaches to its evaluation: where the key-industry accident rate
// stands against the plan's target, year by year and industry by industry, the units below
// ranked worst first, the charts (one page each, painted as vectors by ui/print/chart_painter), and
// the formulas as footnotes.
ReportDocument progressReport(const UnitProgress& progress, const QList<ChildProgress>& children,
                              const QList<ChartSpec>& charts = {});

// Summary of the total, e.g. "2025, like for like (13 of 15 units): 2.00‰ against 2.50‰ in
// 2020, down 20.00% (expected 20.00%, target 20.00%): Target met", then the figure of all
// reported units and which units the figures cover. Shared by the report and the dashboard.
QString progressSummary(const UnitProgress& progress, int year);

// "Expected 15, reported: 15 in 2020, 13 in 2025; not reported in 2025: 兰陵县、费县" — which
// units a figure covers, in the UI language.
QString coverageSentence(const ReportingCoverage& coverage);

// Children (units below) with no baseline or no data for the year, named: the province view
// lists the cities that a consolidated figure is missing. Empty when every child has both.
QString missingChildrenSentence(const QList<ChildProgress>& children, int year);

} // namespace yufang
