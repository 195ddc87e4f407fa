#pragma once

#include "domain/training_coverage.h"

#include <QChartView>

namespace yufang {

// Training coverage over the years (%) against the 100 % target line and the path to it; small,
// it sits beside the grid.
class CoverageChart : public QChartView {
    Q_OBJECT
public:
    explicit CoverageChart(QWidget* parent = nullptr);

    void setSeries(const QList<TrainingAssessment>& series, double target);
    // Points of the coverage line (year, %), for tests.
    QList<QPointF> coveragePoints() const;
};

} // namespace yufang
