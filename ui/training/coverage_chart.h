#pragma once

#include "domain/indicator_evaluation.h"

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

    // The training-coverage indicator's totals, a year each; target: the level, a fraction.
    void setSeries(const QList<IndicatorFigure>& series, double target);
    // Points of the coverage line (year, %), for tests.
    QList<QPointF> coveragePoints() const;
    // The legend as shown (rich text), for tests.
    QString legendText() const;

private:
    QChartView* m_view;
    QLabel* m_legend;
};

} // namespace yufang
