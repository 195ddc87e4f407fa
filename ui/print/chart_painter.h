#pragma once

#include "report/chart_spec.h"

#include <QRectF>

class QPaintDevice;
class QPainter;

namespace yufang {

// Paints a ChartSpec on paper: vector lines and text, laid out at the size it is printed, with
// every text size in points of the device it is painted on (title 11 pt, axis and legend text
// 8.5-9 pt, labels on the lines and bars 8 pt). Qt Gui only, so the CLI prints the same charts as
// the GUI. The screen and "save chart" use ui/charts/chart_adapter (Qt Charts, interactive); both
// take colours, dashes, gaps and decimals from chart_style.
class ChartPainter {
public:
    static constexpr qreal kSmallestPointSize = 8.0;

    static void paint(QPainter& painter, const QRectF& rect, const ChartSpec& spec);
    // The height the chart needs at `width` (pixels of `device`): a line chart half its width
    // (at most `maxHeight` when > 0), a bar chart a row of at least 15 pt per bar.
    static qreal heightFor(const ChartSpec& spec, qreal width, const QPaintDevice* device,
                           qreal maxHeight = 0);
};

} // namespace yufang
