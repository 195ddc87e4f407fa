#pragma once

#include "report/chart_spec.h"

#include <QImage>
#include <QPen>
#include <QSet>
#include <QSize>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace yufang {

// The only place that knows Qt Charts: turns a ChartSpec (core data) into a QChart, and renders
// one to PNG or SVG without a window, for "save chart" and for printed reports.
class ChartAdapter {
public:
    // Series whose key is in `hidden` are left out (the user unticked them). Line colours
    // follow seriesPen, so a list beside the chart can stand in for the legend on screen.
    static std::unique_ptr<QChart>
    createChart(const ChartSpec& spec, const QSet<QString>& hidden = {}, bool legend = true);
    static QPen seriesPen(const ChartSpec& spec, const QString& key);

    static QImage renderImage(const ChartSpec& spec, QSize size, const QSet<QString>& hidden = {});
    static bool savePng(const ChartSpec& spec, const QString& path, QSize size, QString* error,
                        const QSet<QString>& hidden = {});
    static bool saveSvg(const ChartSpec& spec, const QString& path, QSize size, QString* error,
                        const QSet<QString>& hidden = {});

    // Tooltip text of the point of `series` nearest to x (lines) or at index x (bars).
    static QString tooltipAt(const ChartSeries& series, double x);
};

} // namespace yufang
