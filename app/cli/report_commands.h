#pragma once

#include "cli_context.h"

namespace yufang::cli {

// report --unit U [--plan P] [--year Y] [--kind final|annual] -o FILE.pdf|DIR
//        [--each-child] [--encoding utf-8|gb18030] [--date YYYY-MM-DD]
// The final evaluation or annual report (docs/evaluation.md): a PDF, or the CSV file of each of
// its tables in a folder; --each-child: one PDF per child in DIR, or one combined PDF with a
// contents page. Needs a QGuiApplication for the PDF (fonts).
int runReport(Context& ctx, const QStringList& words);

// report-narrative --unit U [--plan P] [--year Y] [--kind final|annual]
//        [--achievements FILE] [--problems FILE] [--next-steps FILE] [--preparer NAME]
// Sets the narrative sections from UTF-8 text files (the GUI's editor is the everyday way);
// with none of them, prints the stored narrative.
int runReportNarrative(Context& ctx, const QStringList& words);

} // namespace yufang::cli
