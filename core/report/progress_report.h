#pragma once

#include "report_document.h"
#include "services/progress_service.h"

#include <QStringList>

namespace yufang {

// The progress report a bureau attaches to its evaluation: where the key-industry accident rate
// stands against the plan's target, year by year and industry by industry, the units below
// ranked worst first, the charts (PNG files the caller rendered), and the formulas as footnotes.
ReportDocument progressReport(const UnitProgress& progress, const QList<ChildProgress>& children,
                              const QStringList& chartImages = {});

// One-line summary of the total, e.g. "2025: 2.00‰ against 2.50‰ in 2020, down 20.00%
// (target 20.00%): Target met". Shared by the report and the dashboard.
QString progressSummary(const UnitProgress& progress, int year);

} // namespace yufang
