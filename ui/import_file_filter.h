#pragma once

#include <QString>

namespace yufang {

// The file-dialog filter of every import: CSV (and tab-separated text) and Excel workbooks,
// which all importers read (docs/spreadsheets.md), then all files (the content decides, not
// the name).
QString importFileFilter();

} // namespace yufang
