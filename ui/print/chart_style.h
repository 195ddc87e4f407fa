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

// Where a reference line is named on a line chart: baseline at its start, glide path half-way,
// target at its end, so the three never sit on one another.
QPointF referenceLabelPoint(const ChartSeries& s);

} // namespace yufang::chart_style
