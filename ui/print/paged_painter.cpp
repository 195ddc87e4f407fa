#include "paged_painter.h"

#include "chart_painter.h"
#include "report_renderer.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace yufang {

namespace {
using Kind = ReportBlock::Kind;
using Item = PrintedItem::Kind;

// The words of the paging rules are those of Chinese official documents (GB/T 9704 and the
// forms' own practice), printed in Chinese whatever the interface language, like 合计 and
// 填报单位 on the forms themselves.
QString pageNumberText(int page, int pages) {
    return QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages);
}
const QString kContinued = QStringLiteral("续表");

constexpr qreal kCellPt = 9;
constexpr qreal kGridPt = 0.8;
constexpr qreal kClosingRulePt = 1.2;
constexpr qreal kHeaderRulePt = 0.5;

QFont fontOf(qreal pt, bool bold) {
    QFont f(ReportRenderer::fontFamily());
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

struct TextStyle {
    qreal pt;
    bool bold;
    Qt::Alignment align;
    qreal spaceAfter;
};

TextStyle styleOf(const ReportBlock& b) {
    switch (b.kind) {
    case Kind::Marker:
        return {12, true, Qt::AlignLeft, 4};
    case Kind::Title:
        return {15, true, Qt::AlignHCenter, 8};
    case Kind::Subtitle:
        return {11, false, Qt::AlignLeft, 6};
    case Kind::Footnote:
        return {8, false, Qt::AlignLeft, 2};
    default:
        return {10, false, b.alignRight ? Qt::AlignRight : Qt::AlignLeft, 4};
    }
}

bool isText(Kind k) {
    return k == Kind::Title || k == Kind::Subtitle || k == Kind::Paragraph || k == Kind::Footnote ||
           k == Kind::Marker;
}

// Lays the blocks out on pages: a page is filled from the top of its printable area, below the
// running header and above the page number.
class Layout {
public:
    Layout(const ReportDocument& report, QPagedPaintDevice* device)
        : m_report(report), m_device(device),
          m_deviceOrientation(device->pageLayout().orientation() == QPageLayout::Landscape
                                  ? PageOrientation::Landscape
                                  : PageOrientation::Portrait) {}

    QList<PrintedPage> run() {
        startPage(m_report.orientation(), headerFor(m_report.runningHeader, 0));
        const QList<ReportBlock>& blocks = m_report.blocks;
        for (int i = 0; i < blocks.size(); ++i) {
            const ReportBlock& b = blocks.at(i);
            if (keepsWithNext(i)) {
                const qreal chain = chainHeight(i);
                if (!fits(chain) && chain <= m_bottom - m_top)
                    newPage();
            }
            if (isText(b.kind)) {
                const TextStyle s = styleOf(b);
                placeText(Item::Text, b.text, s);
            } else if (b.kind == Kind::Table) {
                placeTable(b.table);
            } else if (b.kind == Kind::Image) {
                placeImage(b.text);
            } else if (b.kind == Kind::Chart) {
                placeChart(b.chart);
            } else if (b.kind == Kind::PageBreak) {
                if (!pageEmpty())
                    newPage();
            } else if (b.kind == Kind::Section) {
                const ReportRunningHeader header = headerFor(b.runningHeader, i + 1);
                if (pageEmpty())
                    m_pages.removeLast(); // nothing on it yet: it takes the new section's form
                startPage(b.orientation, header);
            }
        }
        numberPages();
        return m_pages;
    }

private:
    qreal points(qreal pt) const { return pt * m_device->logicalDpiY() / 72.0; }
    qreal lineHeight(qreal pt, bool bold = false) const {
        return QFontMetricsF(fontOf(pt, bold), m_device).height();
    }
    qreal textHeight(const QString& text, qreal pt, bool bold, qreal width) const {
        const qreal h = QFontMetricsF(fontOf(pt, bold), m_device)
                            .boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text)
                            .height();
        return std::max(h, lineHeight(pt, bold));
    }

    // An empty title takes the section's first Title block (from `from` to the next section).
    ReportRunningHeader headerFor(ReportRunningHeader header, int from) const {
        if (!header.title.isEmpty())
            return header;
        for (int i = from; i < m_report.blocks.size(); ++i) {
            const ReportBlock& b = m_report.blocks.at(i);
            if (b.kind == Kind::Section)
                break;
            if (b.kind == Kind::Title) {
                header.title = b.text;
                break;
            }
        }
        return header;
    }

    // The orientation the printer is set to (a clerk's choice in the print dialog) stands for
    // the document's own; sections in the other orientation keep theirs.
    PageOrientation effective(PageOrientation o) const {
        return o == m_report.orientation() ? m_deviceOrientation : o;
    }

    void startPage(PageOrientation requested, const ReportRunningHeader& header) {
        const PageOrientation orientation = effective(requested);
        m_orientation = requested;
        m_header = header;
        PrintedPage page;
        page.orientation = orientation;
        m_pages << page;
        QPageLayout layout = m_device->pageLayout();
        layout.setOrientation(orientation == PageOrientation::Landscape ? QPageLayout::Landscape
                                                                        : QPageLayout::Portrait);
        const QRect area = layout.paintRectPixels(m_device->logicalDpiX());
        m_width = area.width();
        m_height = area.height();
        m_top = 0;
        if (!header.issuer.isEmpty() || !header.title.isEmpty()) {
            const qreal h = lineHeight(8);
            add({Item::RunningHeader, QRectF(0, 0, m_width, h), header.issuer, 8, false,
                 int(Qt::AlignLeft | Qt::AlignVCenter)});
            add({Item::RunningHeader, QRectF(0, 0, m_width, h), header.title, 8, false,
                 int(Qt::AlignRight | Qt::AlignVCenter)});
            addRule(h + points(2), m_width, kHeaderRulePt);
            m_top = h + points(10);
        }
        m_bottom = m_height - lineHeight(9) - points(8);
        m_y = m_top;
    }
    void newPage() { startPage(m_orientation, m_header); }
    bool pageEmpty() const { return m_y <= m_top; }
    // An empty page takes anything, even a row taller than the page.
    bool fits(qreal h) const { return m_y + h <= m_bottom || pageEmpty(); }

    void add(const PrintedItem& item) { m_pages.last().items << item; }
    void addRule(qreal y, qreal width, qreal pt) {
        add({Item::Rule, QRectF(0, y, width, 0), QString(), pt, false, 0});
    }

    void numberPages() {
        const int n = int(m_pages.size());
        for (int i = 0; i < n; ++i) {
            PrintedPage& page = m_pages[i];
            QPageLayout layout = m_device->pageLayout();
            layout.setOrientation(page.orientation == PageOrientation::Landscape
                                      ? QPageLayout::Landscape
                                      : QPageLayout::Portrait);
            const QRect area = layout.paintRectPixels(m_device->logicalDpiX());
            const qreal h = lineHeight(9);
            page.items << PrintedItem{Item::PageNumber,
                                      QRectF(0, area.height() - h, area.width(), h),
                                      pageNumberText(i + 1, n),
                                      9,
                                      false,
                                      int(Qt::AlignHCenter | Qt::AlignBottom)};
        }
    }

    // Text blocks -----------------------------------------------------------------------------
    qreal textBlockHeight(const ReportBlock& b) const {
        const TextStyle s = styleOf(b);
        return textHeight(b.text, s.pt, s.bold, m_width) + points(s.spaceAfter);
    }
    void placeText(Item kind, const QString& text, const TextStyle& s) {
        const qreal h = textHeight(text, s.pt, s.bold, m_width);
        if (!fits(h))
            newPage();
        add({kind, QRectF(0, m_y, m_width, h), text, s.pt, s.bold, int(s.align | Qt::AlignTop)});
        m_y += h + points(s.spaceAfter);
    }

    // Keeping blocks together -----------------------------------------------------------------
    bool keepsWithNext(int i) const {
        const QList<ReportBlock>& blocks = m_report.blocks;
        if (i + 1 >= blocks.size())
            return false;
        const Kind next = blocks.at(i + 1).kind;
        if (next == Kind::Section || next == Kind::PageBreak)
            return false;
        const ReportBlock& b = blocks.at(i);
        return b.keepWithNext || b.kind == Kind::Marker || b.kind == Kind::Title ||
               b.kind == Kind::Subtitle;
    }
    // The height of blocks i.. that must start on one page: up to and including the first
    // block that does not keep with its next; of a table, its header and first row.
    qreal chainHeight(int i) const {
        qreal h = 0;
        for (int k = i; k < m_report.blocks.size(); ++k) {
            h += blockStartHeight(m_report.blocks.at(k));
            if (!keepsWithNext(k))
                break;
        }
        return h;
    }
    qreal blockStartHeight(const ReportBlock& b) const {
        if (isText(b.kind))
            return textBlockHeight(b);
        if (b.kind == Kind::Table) {
            const QList<qreal> widths = columnWidths(b.table);
            qreal h = rowHeight(b.table.header, true, widths);
            if (!b.table.rows.isEmpty())
                h += rowHeight(b.table.rows.first(), b.table.boldRows.contains(0), widths);
            return h;
        }
        if (b.kind == Kind::Image)
            return imageHeight(b.text);
        if (b.kind == Kind::Chart)
            return chartHeight(b.chart);
        return 0;
    }

    // Tables ----------------------------------------------------------------------------------
    QList<qreal> columnWidths(const ReportTable& t) const {
        const int columns = int(t.header.size());
        int total = 0;
        for (int c = 0; c < columns; ++c)
            total += t.columnWeights.value(c, 1);
        QList<qreal> widths;
        for (int c = 0; c < columns; ++c)
            widths << m_width * t.columnWeights.value(c, 1) / std::max(total, 1);
        return widths;
    }
    qreal rowHeight(const QStringList& cells, bool bold, const QList<qreal>& widths) const {
        const qreal pad = points(3);
        qreal h = lineHeight(kCellPt, bold);
        for (int c = 0; c < widths.size(); ++c)
            if (!cells.value(c).isEmpty())
                h = std::max(h, textHeight(cells.value(c), kCellPt, bold, widths[c] - 2 * pad));
        return h + 2 * pad;
    }
    void placeRow(const ReportTable& t, const QStringList& cells, bool bold, bool header, qreal h,
                  const QList<qreal>& widths) {
        qreal x = 0;
        for (int c = 0; c < widths.size(); ++c) {
            const Qt::Alignment align = header ? Qt::AlignCenter
                                        : t.numericColumns.contains(c)
                                            ? Qt::AlignRight | Qt::AlignVCenter
                                            : Qt::AlignLeft | Qt::AlignVCenter;
            add({header ? Item::HeaderCell : Item::Cell, QRectF(x, m_y, widths[c], h),
                 cells.value(c), kCellPt, bold, int(align)});
            x += widths[c];
        }
        m_y += h;
    }
    void placeTable(const ReportTable& t) {
        if (t.header.isEmpty())
            return;
        const QList<qreal> widths = columnWidths(t);
        const qreal tableWidth = m_width;
        const qreal headerHeight = rowHeight(t.header, true, widths);
        // The header row is never left alone at the foot of a page.
        const qreal firstRow =
            t.rows.isEmpty() ? 0 : rowHeight(t.rows.first(), t.boldRows.contains(0), widths);
        if (!fits(headerHeight + firstRow))
            newPage();
        placeRow(t, t.header, true, true, headerHeight, widths);
        for (int r = 0; r < t.rows.size(); ++r) {
            const bool bold = t.boldRows.contains(r);
            const qreal h = r == 0 ? firstRow : rowHeight(t.rows.at(r), bold, widths);
            if (!fits(h)) {
                // The closing rule where the table breaks, 续表 and the header on the next page.
                addRule(m_y, tableWidth, kClosingRulePt);
                m_pages.last().tableBreaksAfter = true;
                newPage();
                placeText(Item::Continued, kContinued, {kCellPt, true, Qt::AlignLeft, 2});
                placeRow(t, t.header, true, true, headerHeight, widths);
            }
            placeRow(t, t.rows.at(r), bold, false, h, widths);
        }
        m_y += points(6);
    }

    // Images ----------------------------------------------------------------------------------
    qreal imageWidth() const { return std::min(m_width, points(480)); }
    qreal imageHeight(const QString& path) const {
        const QImage image(path);
        if (image.isNull() || image.width() == 0)
            return 0;
        return imageWidth() * image.height() / image.width() + points(4);
    }
    void placeImage(const QString& path) {
        const qreal h = imageHeight(path);
        if (h == 0)
            return;
        if (!fits(h))
            newPage();
        const qreal w = imageWidth();
        add({Item::Image, QRectF((m_width - w) / 2, m_y, w, h - points(4)), path, 0, false, 0});
        m_y += h;
    }

    // Charts ----------------------------------------------------------------------------------
    // Laid out at the size they print, so their text keeps its point sizes (at least 8 pt).
    qreal chartHeight(const ChartSpec& spec) const {
        return ChartPainter::heightFor(spec, m_width, m_device, (m_bottom - m_top) * 0.9) +
               points(4);
    }
    void placeChart(const ChartSpec& spec) {
        const qreal h = chartHeight(spec);
        if (!fits(h))
            newPage();
        PrintedItem item{Item::Chart, QRectF(0, m_y, m_width, h - points(4)), {}, 0, false, 0};
        item.chart = spec;
        add(item);
        m_y += h;
    }

    const ReportDocument& m_report;
    QPagedPaintDevice* m_device;
    PageOrientation m_deviceOrientation;
    QList<PrintedPage> m_pages;
    PageOrientation m_orientation = PageOrientation::Landscape;
    ReportRunningHeader m_header;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
};

void setOrientation(QPagedPaintDevice* device, PageOrientation o) {
    device->setPageOrientation(o == PageOrientation::Landscape ? QPageLayout::Landscape
                                                               : QPageLayout::Portrait);
}
} // namespace

QStringList PrintedPage::texts(PrintedItem::Kind kind) const {
    QStringList out;
    for (const PrintedItem& item : items)
        if (item.kind == kind)
            out << item.text;
    return out;
}

QStringList PrintedPage::texts() const {
    QStringList out;
    for (const PrintedItem& item : items)
        if (!item.text.isEmpty() && item.kind != PrintedItem::Kind::Image)
            out << item.text;
    return out;
}

QList<PrintedPage> PagedPainter::layout(const ReportDocument& report, QPagedPaintDevice* device) {
    return Layout(report, device).run();
}

void PagedPainter::paint(const ReportDocument& report, QPagedPaintDevice* device) {
    const QList<PrintedPage> pages = layout(report, device);
    // The first page's orientation must be set before painting begins; later ones before each
    // newPage(), which starts the next page in the layout set then.
    setOrientation(device, pages.first().orientation);
    QPainter p(device);
    if (!p.isActive())
        return;
    const qreal dpi = device->logicalDpiY();
    auto points = [dpi](qreal pt) { return pt * dpi / 72.0; };
    const qreal pad = points(3);
    const QPen grid(Qt::black, points(kGridPt));
    QFont current;
    bool haveFont = false;
    auto useFont = [&](qreal pt, bool bold) {
        if (haveFont && current.pointSizeF() == pt && current.bold() == bold)
            return;
        current = fontOf(pt, bold);
        haveFont = true;
        p.setFont(current);
    };
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0) {
            setOrientation(device, pages.at(i).orientation);
            device->newPage();
        }
        for (const PrintedItem& item : pages.at(i).items) {
            switch (item.kind) {
            case Item::HeaderCell:
            case Item::Cell:
                p.setPen(grid);
                p.drawRect(item.rect);
                useFont(item.pointSize, item.bold);
                p.drawText(item.rect.adjusted(pad, pad, -pad, -pad),
                           item.alignment | Qt::TextWordWrap, item.text);
                break;
            case Item::Rule:
                p.setPen(QPen(Qt::black, points(item.pointSize)));
                p.drawLine(item.rect.topLeft(), item.rect.topRight());
                break;
            case Item::Image: {
                const QImage image(item.text);
                if (!image.isNull())
                    p.drawImage(item.rect, image);
                break;
            }
            case Item::Chart:
                p.save();
                ChartPainter::paint(p, item.rect, item.chart);
                p.restore();
                haveFont = false; // the chart set its own fonts
                break;
            default:
                p.setPen(Qt::black);
                useFont(item.pointSize, item.bold);
                p.drawText(item.rect, item.alignment | Qt::TextWordWrap, item.text);
                break;
            }
        }
    }
}

} // namespace yufang
