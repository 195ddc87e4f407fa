#include "chart_adapter.h"

#include "print/report_renderer.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace yufang {

namespace {
// A palette that stays apart in print and for colour-blind readers (Okabe-Ito).
const QList<QColor> kPalette = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                QColor(0xF0, 0xE4, 0x42), QColor(0x66, 0x66, 0x66)};

QPen referencePen(const QString& key) {
    QPen pen(key == QLatin1String("target")       ? QColor(0x1B, 0x7F, 0x3B)
             : key == QLatin1String("glide_path") ? QColor(0xC0, 0x39, 0x2B)
                                                  : QColor(0x55, 0x55, 0x55));
    pen.setWidthF(1.6);
    pen.setStyle(key == QLatin1String("glide_path") ? Qt::DashLine : Qt::DashDotLine);
    return pen;
}

void showTooltip(const ChartSeries& s, double x, bool on) {
    if (on)
        QToolTip::showText(QCursor::pos(), ChartAdapter::tooltipAt(s, x));
    else
        QToolTip::hideText();
}

QLineSeries* lineSeries(const ChartSeries& s, int colour) {
    auto* line = new QLineSeries;
    line->setName(s.label);
    for (const QPointF& p : s.points)
        line->append(p);
    QPen pen = s.role == ChartSeries::Role::Reference
                   ? referencePen(s.key)
                   : QPen(kPalette.value(colour % kPalette.size()));
    if (s.role == ChartSeries::Role::Total) {
        pen.setColor(Qt::black);
        pen.setWidthF(3.5);
    } else if (s.role == ChartSeries::Role::Data) {
        pen.setWidthF(1.8);
    }
    line->setPen(pen);
    line->setPointsVisible(s.role != ChartSeries::Role::Reference ||
                           s.key == QLatin1String("glide_path"));
    QObject::connect(line, &QLineSeries::hovered, line,
                     [s](const QPointF& p, bool on) { showTooltip(s, p.x(), on); });
    return line;
}

void fitValueAxis(QValueAxis* axis, double low, double high) {
    low = std::min(0.0, low);
    high = std::max(high, low + 1.0);
    const double span = high - low;
    axis->setRange(low < 0 ? low - span * 0.08 : 0.0, high + span * 0.12);
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->applyNiceNumbers();
}

void styleAxis(QAbstractAxis* axis, const QString& title) {
    QFont font(ReportRenderer::fontFamily(), 9);
    axis->setLabelsFont(font);
    font.setPointSize(10);
    axis->setTitleFont(font);
    axis->setTitleText(title);
}
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

std::unique_ptr<QChart> ChartAdapter::createChart(const ChartSpec& spec,
                                                  const QSet<QString>& hidden) {
    auto chart = std::make_unique<QChart>();
    chart->setTitle(spec.title);
    chart->setTitleFont(QFont(ReportRenderer::fontFamily(), 12, QFont::Bold));
    chart->legend()->setFont(QFont(ReportRenderer::fontFamily(), 9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* y = new QValueAxis;
    styleAxis(y, spec.yTitle);
    chart->addAxis(y, Qt::AlignLeft);
    double low = 0, high = 0;
    for (const ChartSeries& s : spec.series)
        for (const QPointF& p : s.points)
            if (!hidden.contains(s.key)) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
    fitValueAxis(y, low, high);

    if (spec.kind == ChartSpec::Kind::Line) {
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
        x->setRange(first - 0.3, last + 0.3);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(first);
        x->setTickInterval(1);
        x->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        int colour = 0;
        for (const ChartSeries& s : spec.series) {
            const int c = s.role == ChartSeries::Role::Data ? colour++ : 0;
            if (hidden.contains(s.key))
                continue;
            QLineSeries* line = lineSeries(s, c);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
        return chart;
    }

    auto* categories = new QBarCategoryAxis;
    categories->append(spec.categories);
    styleAxis(categories, spec.xTitle);
    chart->addAxis(categories, Qt::AlignBottom);
    // Reference lines span the category axis on a hidden value axis from -0.5 to n-0.5.
    auto* across = new QValueAxis;
    across->setRange(-0.5, spec.categories.size() - 0.5);
    across->setVisible(false);
    chart->addAxis(across, Qt::AlignBottom);
    for (const ChartSeries& s : spec.series) {
        if (hidden.contains(s.key))
            continue;
        if (s.role == ChartSeries::Role::Reference) {
            QLineSeries* line = lineSeries(s, 0);
            chart->addSeries(line);
            line->attachAxis(across);
            line->attachAxis(y);
            continue;
        }
        auto* set = new QBarSet(s.label);
        set->setColor(kPalette.first());
        set->setSelectedColor(QColor(0xC0, 0x39, 0x2B)); // bars flagged as behind
        QList<qreal> values(spec.categories.size(), 0.0);
        for (const QPointF& p : s.points)
            values[qsizetype(p.x())] = p.y();
        set->append(values);
        for (int i : s.highlight)
            set->selectBar(i);
        auto* bars = new QBarSeries;
        bars->append(set);
        bars->setLabelsVisible(true);
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        bars->setLabelsFormat(QStringLiteral("@value"));
        bars->setLabelsPrecision(4);
        QObject::connect(set, &QBarSet::hovered, set,
                         [s](bool on, int index) { showTooltip(s, index, on); });
        chart->addSeries(bars);
        bars->attachAxis(categories);
        bars->attachAxis(y);
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !renderImage(spec, size, hidden).save(&file, "PNG") ||
        !file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("ChartAdapter", "%1: cannot write the image").arg(path);
        return false;
    }
    return true;
}

bool ChartAdapter::saveSvg(const ChartSpec& spec, const QString& path, QSize size, QString* error,
                           const QSet<QString>& hidden) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("ChartAdapter", "%1: cannot write the image").arg(path);
        return false;
    }
    {
        QGraphicsScene scene;
        std::unique_ptr<QChart> chart = createChart(spec, hidden);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.addItem(chart.get());
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(spec.title);
        QPainter painter(&svg);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        painter.end();
        scene.removeItem(chart.get());
    }
    if (!file.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("ChartAdapter", "%1: cannot write the image").arg(path);
        return false;
    }
    return true;
}

} // namespace yufang
