#pragma once

#include <QString>
#include <QStringView>

namespace yufang {

// Limits on what an imported file may hold, chosen so that no real form reaches them and a
// damaged or hostile file is refused before it fills the database or the screen
// (docs/csv.md, "Limits"). A field is at most what Excel itself keeps in one cell.
namespace input_limits {
constexpr qsizetype kMaxFieldChars = 32767;    // Excel's own limit for one cell
constexpr qsizetype kMaxRecordChars = 1 << 20; // one record (line) of a file
constexpr qsizetype kMaxNameChars = 200;       // a name or code of a unit, industry, enterprise
constexpr qsizetype kExcerptChars = 40;        // how much of a cell a message quotes
} // namespace input_limits

// At most kExcerptChars of `cell`, control characters and line breaks shown as visible
// symbols (␀, ␊), and "…" when cut: the one way a message quotes what a file holds.
QString excerpt(QStringView cell);

// The first control character of `text` that no spreadsheet writes into a cell (everything
// below U+0020 except tab, LF and CR, i.e. NUL and its kin), or -1.
qsizetype firstForbiddenControl(QStringView text);

// Why `cell` cannot be a name or code (a unit, an industry, an enterprise, a credit code): it
// holds a line break, a tab or a control character, or is longer than kMaxNameChars. Empty
// when it can.
QString nameProblem(QStringView cell);

} // namespace yufang
