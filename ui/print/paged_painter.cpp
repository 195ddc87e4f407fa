#include "paged_painter.h"

#include "chart_painter.h"
#include "report_renderer.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace yufang {

namespace {
// A page being filled from the top: where the next line goes, and a fresh page when it is full.
class Pages {
public:
    Pages(QPagedPaintDevice* device, QPainter* painter)
        : m_device(device), m_painter(painter), m_width(device->width()),
          m_bottom(device->height() - 2 * lineHeight(8)) {}

    qreal points(qreal pt) const { return pt * m_device->logicalDpiY() / 72.0; }
    QFont font(qreal pt, bool bold) const {
        QFont f(ReportRenderer::fontFamily());
        f.setPointSizeF(pt);
        f.setBold(bold);
        return f;
    }
    qreal lineHeight(qreal pt) const { return QFontMetricsF(font(pt, false), m_device).height(); }
    qreal textHeight(const QString& text, const QFont& f, qreal width) const {
        return QFontMetricsF(f, m_device)
            .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text)
            .height();
    }

    qreal width() const { return m_width; }
    qreal bottom() const { return m_bottom; }
    qreal y() const { return m_y; }
    void advance(qreal h) { m_y += h; }
    bool fits(qreal h) const { return m_y + h <= m_bottom || m_y == 0; }
    void newPage() {
        finishPage();
        m_device->newPage();
        m_y = 0;
    }
    // The page number at the foot, as QTextDocument::print numbers its pages.
    void finishPage() {
        m_painter->setFont(font(8, false));
        m_painter->drawText(QRectF(0, m_bottom, m_width, m_device->height() - m_bottom),
                            Qt::AlignRight | Qt::AlignBottom, QString::number(++m_page));
    }

private:
    QPagedPaintDevice* m_device;
    QPainter* m_painter;
    qreal m_width;
    qreal m_bottom;
    qreal m_y = 0;
    int m_page = 0;
};

void paintText(Pages& pages, QPainter& p, const QString& text, Qt::Alignment align, qreal size,
               bool bold, qreal spaceAfter) {
    const QFont f = pages.font(size, bold);
    const qreal h = std::max(pages.textHeight(text, f, pages.width()), pages.lineHeight(size));
    if (!pages.fits(h))
        pages.newPage();
    p.setFont(f);
    p.drawText(QRectF(0, pages.y(), pages.width(), h), int(align) | Qt::TextWordWrap, text);
    pages.advance(h + pages.points(spaceAfter));
}

void paintTable(Pages& pages, QPainter& p, const ReportTable& t) {
    const int columns = int(t.header.size());
    if (columns == 0)
        return;
    QList<qreal> widths;
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += t.columnWeights.value(c, 1);
    for (int c = 0; c < columns; ++c)
        widths << pages.width() * t.columnWeights.value(c, 1) / total;
    const qreal pad = pages.points(3);
    const QFont normal = pages.font(9, false);
    const QFont bold = pages.font(9, true);
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        qreal h = pages.lineHeight(9);
        for (int c = 0; c < columns; ++c)
            h = std::max(h, pages.textHeight(cells.value(c), f, widths[c] - 2 * pad));
        return h + 2 * pad;
    };
    auto paintRow = [&](const QStringList& cells, const QFont& f, qreal h, bool header) {
        p.setFont(f);
        qreal x = 0;
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(x, pages.y(), widths[c], h);
            p.drawRect(cell);
            const Qt::Alignment align = header ? Qt::AlignCenter
                                        : t.numericColumns.contains(c)
                                            ? Qt::AlignRight | Qt::AlignVCenter
                                            : Qt::AlignLeft | Qt::AlignVCenter;
            p.drawText(cell.adjusted(pad, pad, -pad, -pad), int(align) | Qt::TextWordWrap,
                       cells.value(c));
            x += widths[c];
        }
        pages.advance(h);
    };
    const qreal headerHeight = rowHeight(t.header, bold);
    p.setPen(QPen(Qt::black, pages.points(0.8)));
    paintRow(t.header, bold, headerHeight, true);
    for (int r = 0; r < t.rows.size(); ++r) {
        const QFont& f = t.boldRows.contains(r) ? bold : normal;
        const qreal h = rowHeight(t.rows.at(r), f);
        if (!pages.fits(h)) {
            pages.newPage();
            paintRow(t.header, bold, headerHeight, true); // the header on every page
        }
        paintRow(t.rows.at(r), f, h, false);
    }
    pages.advance(pages.points(4));
}

void paintImage(Pages& pages, QPainter& p, const QString& path) {
    const QImage image(path);
    if (image.isNull())
        return;
    const qreal w = std::min(pages.width(), pages.points(480)); // QTextDocument's 640 px
    const qreal h = w * image.height() / image.width();
    if (!pages.fits(h))
        pages.newPage();
    p.drawImage(QRectF((pages.width() - w) / 2, pages.y(), w, h), image);
    pages.advance(h + pages.points(4));
}
void paintChart(Pages& pages, QPainter& p, const ChartSpec& spec, const QPaintDevice* device) {
    const qreal h = ChartPainter::heightFor(spec, pages.width(), device, pages.bottom() * 0.9);
    if (!pages.fits(h))
        pages.newPage();
    ChartPainter::paint(p, QRectF(0, pages.y(), pages.width(), h), spec);
    pages.advance(h + pages.points(4));
}
} // namespace

bool PagedPainter::wanted(const ReportDocument& report) {
    return std::any_of(report.blocks.cbegin(), report.blocks.cend(), [](const ReportBlock& b) {
        return b.kind == ReportBlock::Kind::Table && b.table.rows.size() > kLongTableRows;
    });
}

void PagedPainter::paint(const ReportDocument& report, QPagedPaintDevice* device) {
    QPainter painter(device);
    if (!painter.isActive())
        return;
    Pages pages(device, &painter);
    for (const ReportBlock& b : report.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            paintText(pages, painter, b.text, Qt::AlignHCenter, 15, true, 8);
            break;
        case ReportBlock::Kind::Subtitle:
            paintText(pages, painter, b.text, Qt::AlignLeft, 11, false, 6);
            break;
        case ReportBlock::Kind::Paragraph:
            paintText(pages, painter, b.text, b.alignRight ? Qt::AlignRight : Qt::AlignLeft, 10,
                      false, 4);
            break;
        case ReportBlock::Kind::Footnote:
            paintText(pages, painter, b.text, Qt::AlignLeft, 8, false, 2);
            break;
        case ReportBlock::Kind::Table:
            paintTable(pages, painter, b.table);
            break;
        case ReportBlock::Kind::Image:
            paintImage(pages, painter, b.text);
            break;
        case ReportBlock::Kind::Chart:
            paintChart(pages, painter, b.chart, device);
            break;
        case ReportBlock::Kind::PageBreak:
            if (pages.y() > 0)
                pages.newPage();
            break;
        }
    }
    pages.finishPage();
}

} // namespace yufang
