#pragma once

#include "domain/disease.h"
#include "domain/indicator_evaluation.h"
#include "report/chart_spec.h"

namespace yufang::disease_charts {

// New occupational-disease cases by year, one line for pneumoconiosis and one for the other
// occupational diseases, from the disease-cases indicator's trend (IndicatorService::trend: each
// year's summed cells; years without a figure are left out of that line rather than drawn as
// zero).
ChartSpec newCasesChart(const QString& unitName, const QList<IndicatorFigure>& trend);

} // namespace yufang::disease_charts
