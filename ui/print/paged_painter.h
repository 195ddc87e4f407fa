#pragma once

#include "report/chart_spec.h"
#include "report/report_document.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace yufang {

// One thing placed on a printed page, in device units from the top left of the printable area.
struct PrintedItem {
    enum class Kind {
        RunningHeader, // the issuer (left) or the title (right) above the rule at the top
        PageNumber,    // 第 x 页 共 N 页
        Text,          // a title, paragraph, footnote or marker
        Continued,     // 续表 above a table's repeated header
        HeaderCell,    // a cell of a table's header row
        Cell,          // a cell of a table's body
        Rule,          // a line: under the running header, or closing a table at a page break
        Image,
        Chart, // painted as vector lines and text by ChartPainter
    };
    Kind kind = Kind::Text;
    QRectF rect;
    QString text; // Image: the path
    qreal pointSize = 10;
    bool bold = false;
    int alignment = 0; // Qt::Alignment flags
    ChartSpec chart;   // Chart
};

// A page of the document as placed, before painting: what tests read to check the paging rules
// without a PDF reader.
struct PrintedPage {
    PageOrientation orientation = PageOrientation::Landscape;
    QList<PrintedItem> items;
    // The texts of the items of one kind, in the order placed.
    QStringList texts(PrintedItem::Kind kind) const;
    // Every text on the page, in the order placed.
    QStringList texts() const;
    // Whether a table was cut at the foot of this page (it closes with a Rule there).
    bool tableBreaksAfter = false;
};

// Lays a ReportDocument out page by page with font metrics alone, then paints it with QPainter:
// the one renderer of every printed document. Layout time grows only with the rows (Qt's
// text-document layout of a table spanning pages grew faster: a province's 23,578 uninsured
// enterprises took 7.5 minutes).
class PagedPainter {
public:
    // The pages of the report on `device` (its resolution and page size; orientation per
    // section), with the running header and 第 x 页 共 N 页 on every page.
    static QList<PrintedPage> layout(const ReportDocument& report, QPagedPaintDevice* device);
    static void paint(const ReportDocument& report, QPagedPaintDevice* device);
};

} // namespace yufang
