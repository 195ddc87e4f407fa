#pragma once

#include "report/report_document.h"

#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace yufang {

// Turns a ReportDocument into a paginated QTextDocument and paints it: table header rows
// repeat on every page, pages are numbered, the font is one whose glyphs extract from PDFs
// (WenQuanYi, see TOOLCHAIN.md). Needs only Qt Gui, so the CLI prints without widgets.
class ReportRenderer {
public:
    static QString fontFamily();
    static std::unique_ptr<QTextDocument> layout(const ReportDocument& report);
    // Paints on a printer or PDF writer whose page layout is already set; a report with a long
    // table goes to PagedPainter, whose layout time grows only with its rows.
    static void paint(const ReportDocument& report, QPagedPaintDevice* device);
    // A4 PDF in the report's orientation, written to a temporary file and renamed, so a
    // failure never leaves half a PDF.
    static bool writePdf(const ReportDocument& report, const QString& path, QString* error);
};

} // namespace yufang
