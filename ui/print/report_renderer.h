#pragma once

#include "paged_painter.h"
#include "report/report_document.h"

#include <QString>

class QPagedPaintDevice;
class QPdfWriter;

namespace yufang {

// Paints a ReportDocument through PagedPainter, the one layout of every printed document (page
// x of N, running header, tables broken with 续表 and their header, blocks kept together,
// portrait and landscape sections), in a font whose glyphs extract from PDFs (WenQuanYi, see
// TOOLCHAIN.md). Needs only Qt Gui, so the CLI prints without widgets.
class ReportRenderer {
public:
    static QString fontFamily();
    // Paints on a printer or PDF writer whose page size and margins are already set; each
    // section sets its own orientation.
    static void paint(const ReportDocument& report, QPagedPaintDevice* device);
    // The pages exactly as writePdf places them: what tests check the paging rules on.
    static QList<PrintedPage> pages(const ReportDocument& report);
    // A4 PDF, written to a temporary file and renamed, so a failure never leaves half a PDF.
    static bool writePdf(const ReportDocument& report, const QString& path, QString* error);

private:
    static void setUp(QPdfWriter& writer, const ReportDocument& report);
};

} // namespace yufang
