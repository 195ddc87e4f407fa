#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace yufang {

// A chart as data: what it shows, not how it is painted. Core builds these from figures so tests
// check series by value; ui/charts/chart_adapter turns them into Qt Charts for the screen, PNG,
// SVG and printed reports.
struct ChartSeries {
    enum class Role {
        Data,      // an industry's line, or the bars of a bar chart
        Total,     // the key-industry total: drawn bold
        Reference, // baseline level, glide path, target: dashed, labelled
    };
    QString key;   // stable: industry name, "baseline", "glide_path", "target"
    QString label; // legend text
    Role role = Role::Data;
    QList<QPointF> points; // line: (year, value); bars: (category index, value)
    QStringList tooltips;  // one per point: the exact value with its unit
    QList<int> highlight;  // bars: indices of points that are behind (drawn in the alert colour)
};

struct ChartSpec {
    enum class Kind { Line, Bar };
    Kind kind = Kind::Line;
    QString key; // stable, used in file names: "accident_rate", "reduction", "children"
    QString title;
    QString xTitle;
    QString yTitle;         // with the unit, e.g. "工伤事故发生率（‰）"
    QStringList categories; // bar charts: one label per bar
    QList<ChartSeries> series;
    bool countValues = false; // whole numbers (cases): an integer value axis
    int decimals = 2;         // value labels, as in the tables
    QString footnote;         // under the title, e.g. the units a bar chart leaves out

    const ChartSeries* find(const QString& seriesKey) const {
        for (const ChartSeries& s : series)
            if (s.key == seriesKey)
                return &s;
        return nullptr;
    }
    bool isEmpty() const {
        for (const ChartSeries& s : series)
            if (s.role != ChartSeries::Role::Reference && !s.points.isEmpty())
                return false;
        return true;
    }
};

} // namespace yufang
