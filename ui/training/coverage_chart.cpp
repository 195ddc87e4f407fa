#include "coverage_chart.h"

#include "charts/chart_axes.h"

#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace yufang {

namespace {
const QColor kCoverage(0x1F, 0x5F, 0xAF), kPath(0x88, 0x88, 0x88), kGoal(0xC0, 0x39, 0x2B);

// A legend entry: a short stroke in the line's colour (solid or dashed), then its name.
QString legendEntry(const QColor& colour, bool dashed, const QString& name) {
    // nowrap: the label wraps between entries, never inside one ("应达进 / 度").
    return QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\"><b>%2</b>"
                          "</span>&nbsp;%3</span>")
        .arg(colour.name(), dashed ? QStringLiteral("- -") : QStringLiteral("——"),
             name.toHtmlEscaped());
}
} // namespace

CoverageChart::CoverageChart(QWidget* parent) : QWidget(parent) {
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    auto* chart = new QChart;
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setChart(chart);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAlignment(Qt::AlignHCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
}

QString CoverageChart::legendText() const {
    return m_legend->text();
}

void CoverageChart::setSeries(const QList<IndicatorFigure>& series, double target) {
    QChart* c = m_view->chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes())
        c->removeAxis(axis);
    m_legend->clear();
    if (series.isEmpty())
        return;
    auto* coverage = new QLineSeries;
    coverage->setName(tr("Coverage"));
    coverage->setPen(QPen(kCoverage, 2.5));
    auto* points = new QScatterSeries;
    points->setMarkerSize(7);
    points->setColor(kCoverage);
    auto* path = new QLineSeries;
    path->setName(tr("Path to target"));
    path->setPen(QPen(kPath, 1.5, Qt::DashLine));
    auto* goal = new QLineSeries;
    goal->setName(tr("Target %1%").arg(target * 100.0, 0, 'f', 0));
    goal->setPen(QPen(kGoal, 1.5, Qt::DashLine));
    const int first = series.first().year;
    const int last = series.last().year;
    goal->append(first, target * 100.0);
    goal->append(last, target * 100.0);
    for (const IndicatorFigure& f : series) {
        if (const auto v = f.value ? f.value->value(100.0) : std::nullopt) {
            coverage->append(f.year, *v);
            points->append(f.year, *v);
        }
        if (const auto e = f.expected ? f.expected->value(100.0) : std::nullopt)
            path->append(f.year, *e);
    }
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(goal), static_cast<QAbstractSeries*>(path),
          static_cast<QAbstractSeries*>(coverage), static_cast<QAbstractSeries*>(points)})
        c->addSeries(s);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    chart_axes::fitYears(c, x, first, last, 0.2);
    // 0 to 100 %, further only for a coverage above it (more trained than key persons).
    double top = target * 100.0;
    for (const QPointF& p : coverage->points())
        top = std::max(top, p.y());
    chart_axes::fitValues(y, 0, std::max(100.0, top), false, QStringLiteral("%"), false);
    for (QAbstractSeries* s : c->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_legend->setText(QStringList{legendEntry(kCoverage, false, coverage->name()),
                                  legendEntry(kPath, true, path->name()),
                                  legendEntry(kGoal, true, goal->name())}
                          .join(QStringLiteral(" &nbsp; ")));
}

QList<QPointF> CoverageChart::coveragePoints() const {
    for (QAbstractSeries* s : m_view->chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->name() == tr("Coverage"))
            return line->points();
    return {};
}

} // namespace yufang
