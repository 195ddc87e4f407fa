#include "chart_style.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace yufang::chart_style {

namespace {
// Okabe-Ito, then Paul Tol's muted scheme: apart on screen and for colour-blind readers; with
// the dash patterns, nine industries of a county with two local ones never share a line, even
// in grey print.
const QList<QColor> kPalette = {
    QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
    QColor(0x88, 0x22, 0x55), QColor(0x44, 0xAA, 0x99), QColor(0x99, 0x99, 0x33),
    QColor(0x33, 0x22, 0x88), QColor(0xAA, 0x44, 0x99), QColor(0x66, 0x66, 0x66)};
const QList<Qt::PenStyle> kDashes = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

QPen referencePen(const QString& key) {
    QPen pen(key == QLatin1String("target")       ? QColor(0x1B, 0x7F, 0x3B)
             : key == QLatin1String("glide_path") ? QColor(0xC0, 0x39, 0x2B)
                                                  : QColor(0x55, 0x55, 0x55));
    pen.setWidthF(1.6);
    pen.setStyle(key == QLatin1String("glide_path") ? Qt::DashLine : Qt::DashDotLine);
    return pen;
}
} // namespace

QPen seriesPen(const ChartSpec& spec, const QString& key) {
    int colour = 0;
    for (const ChartSeries& s : spec.series) {
        if (s.key == key) {
            if (s.role == ChartSeries::Role::Reference)
                return referencePen(s.key);
            QPen pen(s.role == ChartSeries::Role::Total ? QColor(Qt::black)
                                                        : kPalette.value(colour % kPalette.size()));
            pen.setWidthF(s.role == ChartSeries::Role::Total ? 3.5 : 1.8);
            if (s.role == ChartSeries::Role::Data)
                pen.setStyle(kDashes.value(colour % kDashes.size()));
            return pen;
        }
        colour += s.role == ChartSeries::Role::Data;
    }
    return QPen();
}

QColor barColour() {
    return kPalette.first();
}
QColor alertColour() {
    return QColor(0xC0, 0x39, 0x2B);
}

QList<QList<QPointF>> consecutiveRuns(const QList<QPointF>& points) {
    QList<QList<QPointF>> runs;
    for (const QPointF& p : points) {
        if (runs.isEmpty() || p.x() - runs.last().last().x() > 1.5)
            runs.append(QList<QPointF>());
        runs.last().append(p);
    }
    return runs;
}

QString valueText(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QPointF referenceLabelPoint(const ChartSeries& s) {
    if (s.points.isEmpty())
        return {};
    if (s.key == QLatin1String("glide_path"))
        return s.points.at(s.points.size() / 2);
    if (s.key == QLatin1String("target"))
        return s.points.last();
    return s.points.first();
}

QList<double> ValueAxis::ticks() const {
    QList<double> t;
    for (int i = 0;; ++i) {
        const double v = low + step * i; // multiplied, not summed: no drift over the ticks
        if (v > high + step * 1e-6)
            break;
        t << (std::abs(v) < step * 1e-9 ? 0.0 : v);
    }
    return t;
}

ValueAxis valueAxis(double low, double high, bool counts, bool headroom) {
    low = std::min(0.0, low);
    high = std::max(high, low + (counts ? 1.0 : 0.1));
    const double raw = (high - low) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude * 10;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude) {
            step = m * magnitude;
            break;
        }
    if (counts)
        step = std::max(1.0, std::ceil(step));
    ValueAxis a;
    a.step = step;
    a.low = std::floor(low / step + 1e-9) * step; // 0 stays 0, not one step below
    a.high = std::ceil(high * (headroom ? 1.04 : 1.0) / step - 1e-9) * step;
    if (headroom && a.high <= high) // room above the highest point for its label
        a.high += step;
    while (a.decimals < 3 && std::abs(step * std::pow(10.0, a.decimals) -
                                      std::round(step * std::pow(10.0, a.decimals))) > 1e-6)
        ++a.decimals;
    return a;
}

int yearStep(double span, double plotWidth, double labelWidth) {
    const double perYear = plotWidth / std::max(span, 1.0);
    for (int step : {1, 2, 5})
        if (perYear * step >= labelWidth * 1.15)
            return step;
    return 10;
}

} // namespace yufang::chart_style
