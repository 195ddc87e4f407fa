#include "coverage_chart.h"

#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace yufang {

CoverageChart::CoverageChart(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    setChart(chart);
}

void CoverageChart::setSeries(const QList<TrainingAssessment>& series, double target) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    if (series.isEmpty())
        return;
    auto* coverage = new QLineSeries;
    coverage->setName(tr("Coverage"));
    coverage->setPen(QPen(QColor(0x1F, 0x5F, 0xAF), 2.5));
    auto* points = new QScatterSeries;
    points->setMarkerSize(7);
    points->setColor(QColor(0x1F, 0x5F, 0xAF));
    auto* path = new QLineSeries;
    path->setName(tr("Path to target"));
    path->setPen(QPen(QColor(0x88, 0x88, 0x88), 1.5, Qt::DashLine));
    auto* goal = new QLineSeries;
    goal->setName(tr("Target %1%").arg(target * 100.0, 0, 'f', 0));
    goal->setPen(QPen(QColor(0xC0, 0x39, 0x2B), 1.5, Qt::DashLine));
    const int first = series.first().year;
    const int last = series.last().year;
    goal->append(first, target * 100.0);
    goal->append(last, target * 100.0);
    for (const TrainingAssessment& a : series) {
        if (a.coverage) {
            coverage->append(a.year, *a.coverage->value(100.0));
            points->append(a.year, *a.coverage->value(100.0));
        }
        if (a.expected)
            path->append(a.year, *a.expected * 100.0);
    }
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(goal), static_cast<QAbstractSeries*>(path),
          static_cast<QAbstractSeries*>(coverage), static_cast<QAbstractSeries*>(points)})
        c->addSeries(s);
    auto* x = new QValueAxis;
    x->setRange(first, last);
    x->setTickCount(last - first + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->legend()->markers(points).first()->setVisible(false);
}

QList<QPointF> CoverageChart::coveragePoints() const {
    for (QAbstractSeries* s : chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->name() == tr("Coverage"))
            return line->points();
    return {};
}

} // namespace yufang
