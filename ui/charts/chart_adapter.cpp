#include "chart_adapter.h"
#include "chart_axes.h"

#include "io/file_output.h"
#include "print/chart_style.h"
#include "print/report_renderer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace yufang {

namespace {
using chart_style::consecutiveRuns;
using chart_style::valueText;

void showTooltip(const ChartSeries& s, double x, bool on) {
    if (on)
        QToolTip::showText(QCursor::pos(), ChartAdapter::tooltipAt(s, x));
    else
        QToolTip::hideText();
}

// vertical: a bar chart's reference line, whose points were transposed (value, position).
QLineSeries* lineSeries(const ChartSeries& s, const QPen& pen, bool vertical) {
    auto* line = new QLineSeries;
    line->setName(s.label);
    for (const QPointF& p : s.points)
        line->append(p);
    line->setPen(pen);
    line->setPointsVisible(s.role != ChartSeries::Role::Reference ||
                           s.key == QLatin1String("glide_path"));
    QObject::connect(line, &QLineSeries::hovered, line, [s, vertical](const QPointF& p, bool on) {
        showTooltip(s, vertical ? p.y() : p.x(), on);
    });
    return line;
}

void styleAxis(QAbstractAxis* axis, const QString& title) {
    QFont font(ReportRenderer::fontFamily(), 9);
    axis->setLabelsFont(font);
    font.setPointSize(10);
    axis->setTitleFont(font);
    axis->setTitleText(title);
}

// Text pinned to a value of a series and moved with the plot area (a resize, a print size):
// the names of baseline, glide path and target on their lines, and the value of each bar with
// the tables' decimals (Qt's own bar labels count significant digits: "3.647" beside "11.44").
class PinnedLabels : public QObject {
public:
    explicit PinnedLabels(QChart* chart) : QObject(chart), m_chart(chart) {
        connect(chart, &QChart::plotAreaChanged, this, &PinnedLabels::place);
    }
    // `side`: where the text sits from the point (AlignLeft/AlignRight, AlignTop/AlignBottom,
    // AlignVCenter).
    void add(QAbstractSeries* series, QPointF value, const QString& text, const QColor& colour,
             Qt::Alignment side, const QFont& font) {
        auto* item = new QGraphicsSimpleTextItem(text, m_chart);
        item->setBrush(colour);
        item->setFont(font);
        item->setZValue(10);
        m_pins.append(Pin{series, value, item, side});
        place();
    }
    void place() {
        for (const Pin& p : std::as_const(m_pins)) {
            const QPointF at = m_chart->mapToPosition(p.value, p.series);
            const QRectF r = p.item->boundingRect();
            QPointF pos(p.side & Qt::AlignLeft ? at.x() - r.width() - 4 : at.x() + 4,
                        p.side & Qt::AlignTop      ? at.y() - r.height() - 1
                        : p.side & Qt::AlignBottom ? at.y() + 1
                                                   : at.y() - r.height() / 2);
            // Kept inside the plot area, so a label never runs into an axis or off the chart.
            const QRectF plot = m_chart->plotArea();
            pos.setX(std::clamp(pos.x(), plot.left() + 2,
                                std::max(plot.left() + 2, plot.right() - r.width() - 2)));
            pos.setY(
                std::clamp(pos.y(), plot.top(), std::max(plot.top(), plot.bottom() - r.height())));
            p.item->setPos(pos);
            p.item->setVisible(plot.width() > 0);
        }
    }

private:
    struct Pin {
        QAbstractSeries* series;
        QPointF value;
        QGraphicsSimpleTextItem* item;
        Qt::Alignment side;
    };
    QChart* m_chart;
    QList<Pin> m_pins;
};

} // namespace

QString ChartAdapter::tooltipAt(const ChartSeries& s, double x) {
    qsizetype best = -1;
    double distance = 0;
    for (qsizetype i = 0; i < s.points.size(); ++i) {
        const double d = std::abs(s.points.at(i).x() - x);
        if (best < 0 || d < distance) {
            best = i;
            distance = d;
        }
    }
    return best < 0 ? QString() : s.tooltips.value(best);
}

QPen ChartAdapter::seriesPen(const ChartSpec& spec, const QString& key) {
    return chart_style::seriesPen(spec, key);
}

std::unique_ptr<QChart> ChartAdapter::createChart(const ChartSpec& spec,
                                                  const QSet<QString>& hidden, bool legend) {
    auto chart = std::make_unique<QChart>();
    chart->setTitle(spec.footnote.isEmpty()
                        ? spec.title
                        : QStringLiteral("%1<br><span style=\"font-size:8pt; font-weight:normal\">"
                                         "%2</span>")
                              .arg(spec.title.toHtmlEscaped(), spec.footnote.toHtmlEscaped()));
    auto* pins = new PinnedLabels(chart.get());
    const QFont pinFont(ReportRenderer::fontFamily(), 8);
    chart->setTitleFont(QFont(ReportRenderer::fontFamily(), 11, QFont::Bold));
    chart->legend()->setFont(QFont(ReportRenderer::fontFamily(), 9));
    // Lines: many industries, so the legend goes to the right where names fit; bars: one set
    // and one or two reference lines fit below.
    chart->legend()->setAlignment(spec.kind == ChartSpec::Kind::Line ? Qt::AlignRight
                                                                     : Qt::AlignBottom);
    chart->legend()->setVisible(legend);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 4, 6, 4)); // room for the plot, not for a frame
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    auto* values = new QValueAxis;
    styleAxis(values, spec.yTitle);
    double low = 0, high = 0;
    for (const ChartSeries& s : spec.series)
        for (const QPointF& p : s.points)
            if (!hidden.contains(s.key)) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
    chart_axes::fitValues(values, low, high, spec.countValues);

    if (spec.kind == ChartSpec::Kind::Line) {
        chart->addAxis(values, Qt::AlignLeft);
        auto* x = new QValueAxis;
        styleAxis(x, spec.xTitle);
        double first = 0, last = 0;
        bool any = false;
        for (const ChartSeries& s : spec.series)
            for (const QPointF& p : s.points) {
                first = any ? std::min(first, p.x()) : p.x();
                last = any ? std::max(last, p.x()) : p.x();
                any = true;
            }
        chart->addAxis(x, Qt::AlignBottom);
        chart_axes::fitYears(chart.get(), x, int(first), int(last));
        for (const ChartSeries& s : spec.series) {
            if (hidden.contains(s.key))
                continue;
            const QPen pen = seriesPen(spec, s.key);
            const bool reference = s.role == ChartSeries::Role::Reference;
            const QList<QList<QPointF>> runs =
                reference ? QList<QList<QPointF>>{s.points} : consecutiveRuns(s.points);
            for (qsizetype r = 0; r < runs.size(); ++r) {
                ChartSeries part = s;
                part.points = runs.at(r);
                QLineSeries* line = lineSeries(part, pen, false);
                line->setPointsVisible(line->pointsVisible() || part.points.size() == 1);
                chart->addSeries(line);
                line->attachAxis(x);
                line->attachAxis(values);
                if (r > 0) // one legend entry per series, however many pieces it has
                    for (QLegendMarker* m : chart->legend()->markers(line))
                        m->setVisible(false);
                if (!reference || part.points.isEmpty())
                    continue;
                // Named on the line itself: baseline at its start, the glide path half-way,
                // the target at its end, so the three never sit on one another.
                const bool glide = s.key == QLatin1String("glide_path");
                const bool target = s.key == QLatin1String("target");
                pins->add(line, chart_style::referenceLabelPoint(part), s.label, pen.color(),
                          target ? (Qt::AlignLeft | Qt::AlignBottom)
                                 : (Qt::AlignRight | (glide ? Qt::AlignBottom : Qt::AlignTop)),
                          pinFont);
            }
        }
        return chart;
    }

    // Bars run horizontally so every industry and county name is readable, first at the top:
    // Qt puts category 0 at the bottom, so positions are reversed (n − 1 − i).
    const int n = int(spec.categories.size());
    chart->addAxis(values, Qt::AlignBottom);
    auto* categories = new QBarCategoryAxis;
    QStringList reversed = spec.categories;
    std::reverse(reversed.begin(), reversed.end());
    categories->append(reversed);
    // The names say what they are: no axis title, and a smaller font for a long list, since
    // Qt Charts elides every label once they no longer fit one row each.
    styleAxis(categories, QString());
    if (n > 10)
        categories->setLabelsFont(QFont(ReportRenderer::fontFamily(), 8));
    chart->addAxis(categories, Qt::AlignLeft);
    // Reference lines span the category axis on a hidden axis from -0.5 to n-0.5.
    auto* across = new QValueAxis;
    across->setRange(-0.5, n - 0.5);
    across->setVisible(false);
    chart->addAxis(across, Qt::AlignLeft);
    for (const ChartSeries& s : spec.series) {
        if (hidden.contains(s.key))
            continue;
        if (s.role == ChartSeries::Role::Reference) {
            ChartSeries vertical = s;
            vertical.points.clear();
            for (const QPointF& p : s.points)
                vertical.points << QPointF(p.y(), p.x());
            QLineSeries* line = lineSeries(vertical, seriesPen(spec, s.key), true);
            chart->addSeries(line);
            line->attachAxis(values);
            line->attachAxis(across);
            if (!vertical.points.isEmpty()) // its name at the top end of the line
                pins->add(line, vertical.points.last(), s.label, seriesPen(spec, s.key).color(),
                          Qt::AlignRight | Qt::AlignBottom, pinFont);
            continue;
        }
        auto* set = new QBarSet(s.label);
        set->setColor(chart_style::barColour());
        set->setSelectedColor(chart_style::alertColour()); // bars flagged as behind
        set->setLabelColor(Qt::black);
        set->setLabelFont(QFont(ReportRenderer::fontFamily(), 8));
        QList<qreal> bars(n, 0.0);
        for (const QPointF& p : s.points)
            bars[n - 1 - qsizetype(p.x())] = p.y();
        set->append(bars);
        for (int i : s.highlight)
            set->selectBar(n - 1 - i);
        auto* series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(false); // our own labels, with the tables' decimals
        QObject::connect(set, &QBarSet::hovered, set,
                         [s, n](bool on, int index) { showTooltip(s, n - 1 - index, on); });
        chart->addSeries(series);
        series->attachAxis(values);
        series->attachAxis(categories);
        for (const QPointF& p : s.points)
            pins->add(series, QPointF(p.y(), n - 1 - p.x()), valueText(p.y(), spec.decimals),
                      Qt::black, (p.y() < 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                      pinFont);
    }
    return chart;
}

QImage ChartAdapter::renderImage(const ChartSpec& spec, QSize size, const QSet<QString>& hidden) {
    QGraphicsScene scene;
    std::unique_ptr<QChart> chart = createChart(spec, hidden);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.addItem(chart.get());
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter);
    }
    scene.removeItem(chart.get());
    return image;
}

bool ChartAdapter::savePng(const ChartSpec& spec, const QString& path, QSize size, QString* error,
                           const QSet<QString>& hidden) {
    FileOutput file(path);
    if (!file.open(error))
        return false;
    if (!renderImage(spec, size, hidden).save(file.device(), "PNG")) {
        if (error)
            *error =
                QCoreApplication::translate("ChartAdapter", "%1: cannot write the image").arg(path);
        return false;
    }
    return file.commit(error);
}

bool ChartAdapter::saveSvg(const ChartSpec& spec, const QString& path, QSize size, QString* error,
                           const QSet<QString>& hidden) {
    FileOutput file(path);
    if (!file.open(error))
        return false;
    {
        QGraphicsScene scene;
        std::unique_ptr<QChart> chart = createChart(spec, hidden);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.addItem(chart.get());
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(spec.title);
        QPainter painter(&svg);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        painter.end();
        scene.removeItem(chart.get());
    }
    return file.commit(error);
}

} // namespace yufang
