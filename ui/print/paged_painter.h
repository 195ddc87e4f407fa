#pragma once

#include "report/report_document.h"

class QPagedPaintDevice;

namespace yufang {

// Paints a ReportDocument page by page with QPainter alone: text blocks, tables with the header
// repeated at the top of each page, grid lines, bold and right-aligned cells, page numbers.
// For reports with long tables: Qt's text-document layout of a table spanning pages grows
// faster than its rows (a province's 23,578 uninsured enterprises took 7.5 minutes), while
// this is linear. The official forms, a page or two, keep the QTextDocument layout.
class PagedPainter {
public:
    // More rows than this in one table, and ReportRenderer paints with PagedPainter.
    static constexpr int kLongTableRows = 300;
    static bool wanted(const ReportDocument& report);

    static void paint(const ReportDocument& report, QPagedPaintDevice* device);
};

} // namespace yufang
