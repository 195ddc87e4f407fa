#include "chart_axes.h"

#include "print/chart_style.h"

#include <QChart>
#include <QFontMetricsF>
#include <QValueAxis>

namespace yufang::chart_axes {

void fitValues(QValueAxis* axis, double low, double high, bool counts, const QString& suffix,
               bool headroom) {
    const chart_style::ValueAxis a = chart_style::valueAxis(low, high, counts, headroom);
    axis->setRange(a.low, a.high);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(a.low);
    axis->setTickInterval(a.step);
    // printf-style, as QValueAxis wants it: a literal % is %%.
    QString escaped = suffix;
    escaped.replace(QLatin1Char('%'), QLatin1String("%%"));
    // Whole steps print as integers; the ticks are multiples of the step, so nothing is cut.
    const QString number =
        a.decimals == 0 ? QStringLiteral("%d") : QStringLiteral("%.%1f").arg(a.decimals);
    axis->setLabelFormat(number + escaped);
}

void fitYears(QChart* chart, QValueAxis* axis, int first, int last, double margin) {
    axis->setRange(first - margin, last + margin);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(first);
    axis->setTickInterval(1);
    axis->setLabelFormat(QStringLiteral("%d"));
    const double span = last - first + 2 * margin;
    auto fit = [axis, span](const QRectF& plot) {
        const double label =
            QFontMetricsF(axis->labelsFont()).horizontalAdvance(QStringLiteral("2026"));
        const int step = chart_style::yearStep(span, plot.width(), label);
        if (axis->tickInterval() != step)
            axis->setTickInterval(step);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
    fit(chart->plotArea());
}

} // namespace yufang::chart_axes
