#include "chart_painter.h"

#include "chart_style.h"
#include "report_renderer.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace yufang {

namespace {
constexpr int kWrapCentred = int(Qt::AlignHCenter) | Qt::TextWordWrap;

// Text sizes in points. Nothing is smaller than ChartPainter::kSmallestPointSize.
constexpr qreal kTitlePt = 11, kFootnotePt = 9, kAxisTitlePt = 9, kTickPt = 8.5, kLegendPt = 8.5,
                kLabelPt = 8, kCategoryPt = 9;

// Sizes of one device: points to pixels, fonts and their metrics.
class Scale {
public:
    explicit Scale(const QPaintDevice* device)
        : m_device(device), m_dpi(device ? device->logicalDpiY() : 96) {}
    qreal pt(qreal points) const { return points * m_dpi / 72.0; }
    QFont font(qreal points, bool bold = false) const {
        QFont f(ReportRenderer::fontFamily());
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    QFontMetricsF metrics(const QFont& f) const {
        return m_device ? QFontMetricsF(f, m_device) : QFontMetricsF(f);
    }
    qreal wrappedHeight(const QString& text, const QFont& f, qreal width) const {
        if (text.isEmpty())
            return 0;
        return metrics(f).boundingRect(QRectF(0, 0, width, 1e9), kWrapCentred, text).height();
    }

private:
    const QPaintDevice* m_device;
    qreal m_dpi;
};

using chart_style::valueAxis;
using Axis = chart_style::ValueAxis;

QPen printPen(const ChartSpec& spec, const QString& key, const Scale& s) {
    QPen pen = chart_style::seriesPen(spec, key);
    pen.setWidthF(s.pt(pen.widthF() * 0.6)); // screen pixels to print points
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

// Title and footnote (the units left out), centred; returns the height used.
qreal paintHeader(QPainter* p, const QRectF& r, const ChartSpec& spec, const Scale& s) {
    const QFont title = s.font(kTitlePt, true), note = s.font(kFootnotePt);
    const qreal th = s.wrappedHeight(spec.title, title, r.width());
    const qreal nh = s.wrappedHeight(spec.footnote, note, r.width());
    if (p) {
        p->setPen(Qt::black);
        p->setFont(title);
        p->drawText(QRectF(r.left(), r.top(), r.width(), th), kWrapCentred, spec.title);
        p->setFont(note);
        p->drawText(QRectF(r.left(), r.top() + th, r.width(), nh), kWrapCentred, spec.footnote);
    }
    return th + nh + s.pt(4);
}

struct LegendEntry {
    QString label;
    QPen pen;
    bool bar = false;
};

QList<LegendEntry> legendEntries(const ChartSpec& spec, const Scale& s) {
    QList<LegendEntry> entries;
    for (const ChartSeries& series : spec.series) {
        const bool bar =
            spec.kind == ChartSpec::Kind::Bar && series.role != ChartSeries::Role::Reference;
        entries.append({series.label, printPen(spec, series.key, s), bar});
    }
    return entries;
}

// The legend below the plot, flowing into as many rows as it needs; returns its height.
qreal paintLegend(QPainter* p, const QRectF& r, const QList<LegendEntry>& entries, const Scale& s) {
    const QFont f = s.font(kLegendPt);
    const QFontMetricsF m = s.metrics(f);
    const qreal sample = s.pt(20), gap = s.pt(4), spacing = s.pt(12), row = m.height() * 1.25;
    qreal x = r.left(), y = r.top();
    bool any = false;
    for (const LegendEntry& e : entries) {
        const qreal w = sample + gap + m.horizontalAdvance(e.label);
        if (any && x + w > r.right()) {
            x = r.left();
            y += row;
        }
        if (p) {
            const qreal mid = y + row / 2;
            if (e.bar) {
                p->fillRect(QRectF(x, mid - s.pt(3.5), sample, s.pt(7)), chart_style::barColour());
            } else {
                p->setPen(e.pen);
                p->drawLine(QPointF(x, mid), QPointF(x + sample, mid));
            }
            p->setPen(Qt::black);
            p->setFont(f);
            p->drawText(QRectF(x + sample + gap, y, w, row), Qt::AlignLeft | Qt::AlignVCenter,
                        e.label);
        }
        x += w + spacing;
        any = true;
    }
    return any ? y - r.top() + row : 0;
}

// Text placed beside a point, kept inside `bounds`, on a white ground so lines do not cross it.
void paintLabel(QPainter& p, const QString& text, QPointF at, Qt::Alignment side,
                const QColor& colour, const QRectF& bounds, const Scale& s) {
    const QFont f = s.font(kLabelPt);
    const QFontMetricsF m = s.metrics(f);
    const QSizeF size(m.horizontalAdvance(text) + s.pt(2), m.height());
    const qreal pad = s.pt(3);
    QPointF pos(side & Qt::AlignLeft ? at.x() - size.width() - pad : at.x() + pad,
                side & Qt::AlignTop      ? at.y() - size.height() - s.pt(1)
                : side & Qt::AlignBottom ? at.y() + s.pt(1)
                                         : at.y() - size.height() / 2);
    pos.setX(
        std::clamp(pos.x(), bounds.left(), std::max(bounds.left(), bounds.right() - size.width())));
    pos.setY(
        std::clamp(pos.y(), bounds.top(), std::max(bounds.top(), bounds.bottom() - size.height())));
    const QRectF box(pos, size);
    p.fillRect(box, QColor(255, 255, 255, 220));
    p.setPen(colour);
    p.setFont(f);
    p.drawText(box, Qt::AlignCenter, text);
}

double lowest(const ChartSpec& spec) {
    double v = 0;
    for (const ChartSeries& s : spec.series)
        for (const QPointF& p : s.points)
            v = std::min(v, p.y());
    return v;
}
double highest(const ChartSpec& spec) {
    double v = 0;
    for (const ChartSeries& s : spec.series)
        for (const QPointF& p : s.points)
            v = std::max(v, p.y());
    return v;
}

void paintLine(QPainter& p, const QRectF& rect, const ChartSpec& spec, const Scale& s) {
    const qreal headerH = paintHeader(&p, rect, spec, s);
    const QList<LegendEntry> legend = legendEntries(spec, s);
    const qreal legendH = paintLegend(nullptr, rect, legend, s);
    const QFont tick = s.font(kTickPt), axisTitle = s.font(kAxisTitlePt);
    const QFontMetricsF tm = s.metrics(tick), am = s.metrics(axisTitle);
    const Axis y = valueAxis(lowest(spec), highest(spec), spec.countValues);
    qreal tickW = 0;
    for (double v : y.ticks())
        tickW = std::max(tickW, tm.horizontalAdvance(y.text(v)));
    double first = 0, last = 0;
    bool any = false;
    for (const ChartSeries& series : spec.series)
        for (const QPointF& pt : series.points) {
            first = any ? std::min(first, pt.x()) : pt.x();
            last = any ? std::max(last, pt.x()) : pt.x();
            any = true;
        }
    if (!any)
        return;
    const qreal left = rect.left() + am.height() + s.pt(4) + tickW + s.pt(4);
    const qreal bottomAxisH = tm.height() + s.pt(3) + am.height() + s.pt(4);
    const QRectF plot(QPointF(left, rect.top() + headerH),
                      QPointF(rect.right() - s.pt(6), rect.bottom() - legendH - bottomAxisH));
    const double x0 = first - 0.3, x1 = last + 0.3;
    auto map = [&](QPointF v) {
        return QPointF(plot.left() + (v.x() - x0) / (x1 - x0) * plot.width(),
                       plot.bottom() - (v.y() - y.low) / (y.high - y.low) * plot.height());
    };
    // Grid and axes.
    p.setFont(tick);
    for (double v : y.ticks()) {
        const qreal py = map(QPointF(x0, v)).y();
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), s.pt(0.4)));
        p.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() - s.pt(4) - tickW, py - tm.height() / 2, tickW, tm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, y.text(v));
    }
    for (int year = int(std::ceil(first)); year <= int(last); ++year) {
        const qreal px = map(QPointF(year, y.low)).x();
        p.drawText(QRectF(px - s.pt(20), plot.bottom() + s.pt(3), s.pt(40), tm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
    }
    p.setPen(QPen(Qt::black, s.pt(0.6)));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setFont(axisTitle);
    p.drawText(QRectF(plot.left(), plot.bottom() + s.pt(3) + tm.height() + s.pt(2), plot.width(),
                      am.height()),
               Qt::AlignHCenter, spec.xTitle);
    p.save();
    p.translate(rect.left(), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), am.height()), Qt::AlignHCenter,
               spec.yTitle);
    p.restore();
    // Series: industries, the total, then the reference lines, each broken where a year is
    // missing; a single year is a dot.
    p.save();
    p.setClipRect(plot.adjusted(-s.pt(3), -s.pt(3), s.pt(3), s.pt(3)));
    p.setRenderHint(QPainter::Antialiasing);
    for (const ChartSeries& series : spec.series) {
        const QPen pen = printPen(spec, series.key, s);
        const bool reference = series.role == ChartSeries::Role::Reference;
        const QList<QList<QPointF>> runs = reference ? QList<QList<QPointF>>{series.points}
                                                     : chart_style::consecutiveRuns(series.points);
        for (const QList<QPointF>& run : runs) {
            QPainterPath path;
            for (qsizetype i = 0; i < run.size(); ++i)
                i == 0 ? path.moveTo(map(run.at(i))) : path.lineTo(map(run.at(i)));
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            if (!reference || series.key == QLatin1String("glide_path")) {
                p.setPen(Qt::NoPen);
                p.setBrush(pen.color());
                const qreal r = series.role == ChartSeries::Role::Total ? s.pt(2.2) : s.pt(1.6);
                for (const QPointF& v : run)
                    p.drawEllipse(map(v), r, r);
            }
        }
    }
    p.restore();
    for (const ChartSeries& series : spec.series) {
        if (series.role != ChartSeries::Role::Reference || series.points.isEmpty())
            continue;
        const bool glide = series.key == QLatin1String("glide_path");
        const bool target = series.key == QLatin1String("target");
        paintLabel(p, series.label, map(chart_style::referenceLabelPoint(series)),
                   target ? (Qt::AlignLeft | Qt::AlignBottom)
                          : (Qt::AlignRight | (glide ? Qt::AlignBottom : Qt::AlignTop)),
                   chart_style::seriesPen(spec, series.key).color(), plot, s);
    }
    paintLegend(&p, QRectF(rect.left(), rect.bottom() - legendH, rect.width(), legendH), legend, s);
}

void paintBars(QPainter& p, const QRectF& rect, const ChartSpec& spec, const Scale& s) {
    const qreal headerH = paintHeader(&p, rect, spec, s);
    const QList<LegendEntry> legend = legendEntries(spec, s);
    const qreal legendH = paintLegend(nullptr, rect, legend, s);
    const QFont tick = s.font(kTickPt), axisTitle = s.font(kAxisTitlePt),
                category = s.font(kCategoryPt), label = s.font(kLabelPt);
    const QFontMetricsF tm = s.metrics(tick), am = s.metrics(axisTitle), cm = s.metrics(category),
                        lm = s.metrics(label);
    const int n = int(spec.categories.size());
    if (n == 0)
        return;
    qreal nameW = 0;
    for (const QString& c : spec.categories)
        nameW = std::max(nameW, cm.horizontalAdvance(c));
    nameW = std::min(nameW, rect.width() * 0.4); // longer names wrap
    const Axis x = valueAxis(lowest(spec), highest(spec), spec.countValues);
    // Room right of the longest bar for its value.
    const qreal valueW = lm.horizontalAdvance(chart_style::valueText(-888.88, spec.decimals));
    const qreal bottomAxisH = tm.height() + s.pt(3) + am.height() + s.pt(4);
    const QRectF plot(
        QPointF(rect.left() + nameW + s.pt(6), rect.top() + headerH),
        QPointF(rect.right() - valueW - s.pt(6), rect.bottom() - legendH - bottomAxisH));
    const qreal row = plot.height() / n;
    auto px = [&](double v) { return plot.left() + (v - x.low) / (x.high - x.low) * plot.width(); };
    p.setFont(tick);
    for (double v : x.ticks()) {
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), s.pt(0.4)));
        p.drawLine(QPointF(px(v), plot.top()), QPointF(px(v), plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(px(v) - s.pt(25), plot.bottom() + s.pt(3), s.pt(50), tm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, x.text(v));
    }
    p.setFont(axisTitle);
    p.drawText(QRectF(plot.left(), plot.bottom() + s.pt(3) + tm.height() + s.pt(2), plot.width(),
                      am.height()),
               Qt::AlignHCenter, spec.yTitle);
    p.setFont(category);
    for (int i = 0; i < n; ++i)
        p.drawText(QRectF(rect.left(), plot.top() + i * row, nameW, row),
                   int(Qt::AlignRight | Qt::AlignVCenter) | Qt::TextWordWrap,
                   spec.categories.at(i));
    const qreal zero = px(0);
    for (const ChartSeries& series : spec.series) {
        if (series.role == ChartSeries::Role::Reference)
            continue;
        for (qsizetype k = 0; k < series.points.size(); ++k) {
            const QPointF v = series.points.at(k);
            const int i = int(v.x());
            const qreal top = plot.top() + i * row + row * 0.2;
            const QRectF bar(QPointF(std::min(zero, px(v.y())), top),
                             QPointF(std::max(zero, px(v.y())), top + row * 0.6));
            p.fillRect(bar, series.highlight.contains(i) ? chart_style::alertColour()
                                                         : chart_style::barColour());
            p.setPen(Qt::black);
            p.setFont(label);
            const QString text = chart_style::valueText(v.y(), spec.decimals);
            const qreal w = lm.horizontalAdvance(text) + s.pt(2);
            p.drawText(v.y() < 0 ? QRectF(bar.left() - w - s.pt(2), top, w, row * 0.6)
                                 : QRectF(bar.right() + s.pt(2), top, w, row * 0.6),
                       (v.y() < 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, text);
        }
    }
    p.setPen(QPen(Qt::black, s.pt(0.6)));
    p.drawLine(QPointF(zero, plot.top()), QPointF(zero, plot.bottom()));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Reference lines (target, expected by the year) across all bars, named at their top end.
    for (const ChartSeries& series : spec.series) {
        if (series.role != ChartSeries::Role::Reference || series.points.isEmpty())
            continue;
        const qreal at = px(series.points.first().y());
        p.setPen(printPen(spec, series.key, s));
        p.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
        paintLabel(p, series.label, QPointF(at, plot.top()), Qt::AlignRight | Qt::AlignBottom,
                   chart_style::seriesPen(spec, series.key).color(), plot, s);
    }
    paintLegend(&p, QRectF(rect.left(), rect.bottom() - legendH, rect.width(), legendH), legend, s);
}
} // namespace

void ChartPainter::paint(QPainter& painter, const QRectF& rect, const ChartSpec& spec) {
    const Scale s(painter.device());
    painter.save();
    if (spec.kind == ChartSpec::Kind::Line)
        paintLine(painter, rect, spec, s);
    else
        paintBars(painter, rect, spec, s);
    painter.restore();
}

qreal ChartPainter::heightFor(const ChartSpec& spec, qreal width, const QPaintDevice* device,
                              qreal maxHeight) {
    const Scale s(device);
    if (spec.kind == ChartSpec::Kind::Line) {
        const qreal h = width * 0.5;
        return maxHeight > 0 ? std::min(h, maxHeight) : h;
    }
    const QRectF r(0, 0, width, 0);
    const qreal fixed = paintHeader(nullptr, r, spec, s) +
                        paintLegend(nullptr, r, legendEntries(spec, s), s) + s.pt(40);
    const qreal h = fixed + std::max<qsizetype>(spec.categories.size(), 1) * s.pt(15);
    return maxHeight > 0 ? std::min(h, maxHeight) : h;
}

} // namespace yufang
