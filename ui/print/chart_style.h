#pragma once

#include "report/chart_spec.h"

#include <QList>
#include <QPen>
#include <QPointF>
#include <QString>

namespace yufang::chart_style {

// How a series looks, wherever a ChartSpec is drawn: on screen (ui/charts/chart_adapter, Qt
// Charts) and on paper (ChartPainter). One place, so a line keeps its colour and dashes from the
// window to the printed report.

// Twelve qualitative colours, each with a dash pattern (industries); black and bold (the total);
// named colours and dashes for baseline, glide path and target.
QPen seriesPen(const ChartSpec& spec, const QString& key);
QColor barColour();
QColor alertColour(); // bars flagged as behind

// Runs of consecutive years: a line with figures for 2020 and 2025 only is two points, not a
// line drawn through four years nobody reported.
QList<QList<QPointF>> consecutiveRuns(const QList<QPointF>& points);

// A value as the tables show it (locale digits, the spec's decimals).
QString valueText(double value, int decimals);

// A value axis, on screen and on paper alike: about five ticks at 1, 2, 2.5 or 5 × 10^k from 0
// (or below 0), room above the highest point for its label, whole numbers for counts, and as
// many decimals as the step needs, so no two tick labels read the same ("0, 0, 1, 1" for an
// empty count chart, "75% 75%" for ticks 0.25 apart shown without decimals).
struct ValueAxis {
    double low = 0, high = 1, step = 1;
    int decimals = 0;
    QList<double> ticks() const;
    QString text(double v) const { return valueText(v, decimals); }
};
// headroom false: the axis ends at the first tick at or above `high` (a percentage that stops
// at 100 %).
ValueAxis valueAxis(double low, double high, bool counts, bool headroom = true);

// Every how many years a year axis labels, so that labels labelWidth wide (and a small gap) fit:
// 1 while they do, else 2, 5 or 10 (2020, 2022, 2024 rather than "…" under each year). `span`:
// the years the plot's width stands for (last − first plus the margins).
int yearStep(double span, double plotWidth, double labelWidth);

// Where a reference line is named on a line chart: baseline at its start, glide path half-way,
// target at its end, so the three never sit on one another.
QPointF referenceLabelPoint(const ChartSeries& s);

} // namespace yufang::chart_style
