#pragma once

#include "domain/training_coverage.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace yufang {

// Training coverage over the years (%) against the target line and the path to it; small, it
// sits beside the grid. Its legend is a wrapped line of text under the plot: Qt Charts' own
// legend keeps to one row and, in the side panel at 1024 px, showed three coloured squares with
// their names elided away.
class CoverageChart : public QWidget {
    Q_OBJECT
public:
    explicit CoverageChart(QWidget* parent = nullptr);

    void setSeries(const QList<TrainingAssessment>& series, double target);
    // Points of the coverage line (year, %), for tests.
    QList<QPointF> coveragePoints() const;
    // The legend as shown (rich text), for tests.
    QString legendText() const;

private:
    QChartView* m_view;
    QLabel* m_legend;
};

} // namespace yufang
