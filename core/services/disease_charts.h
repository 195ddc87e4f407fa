#pragma once

#include "domain/disease.h"
#include "report/chart_spec.h"

namespace yufang::disease_charts {

// New occupational-disease cases by year, one line for pneumoconiosis and one for the other
// occupational diseases, from the trend DiseaseExport::trend computes (years without a figure
// are left out of that line rather than drawn as zero).
ChartSpec newCasesChart(const QString& unitName, const QList<DiseaseTrendPoint>& trend);

} // namespace yufang::disease_charts
