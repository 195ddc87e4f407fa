#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace yufang::chart_axes {

// The axes of every chart on screen, from the ticks the printed charts use
// (chart_style::valueAxis): no two tick labels read the same, at any size of the window.

// A value axis over [low, high] (counts: whole-number ticks), its labels followed by `suffix`
// ("%" for a percentage); headroom: room above the highest value (chart_style::valueAxis).
void fitValues(QValueAxis* axis, double low, double high, bool counts,
               const QString& suffix = QString(), bool headroom = true);

// A year axis from `first` to `last`, `margin` years of room on either side, labelled every
// year while the labels fit the plot and every 2, 5 or 10 years once they no longer do (a
// narrow side panel at 1024 px showed "… … …" under each year); kept so as the chart resizes.
void fitYears(QChart* chart, QValueAxis* axis, int first, int last, double margin = 0.3);

} // namespace yufang::chart_axes
