#include "chart_style.h"

#include <QLocale>

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

} // namespace yufang::chart_style
