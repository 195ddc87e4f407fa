#pragma once

// What Excel and WPS write when a clerk saves the annex sheet: every row padded to the used
// width, a cell quoted when it holds the delimiter, a quote or a newline, CRLF between rows and
// LF inside cells. The import case table builds its files with these helpers.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace yufang::test {

using Sheet = QList<QStringList>;

// The official form as a Linyi county fills it in (year in the accident header):
//   1 title, 2 填报单位, 3 header, 4 危险化学品, 5 矿山 (zeros), 6 建筑施工, 7 合计,
//   8 填报人/联系电话, 9-11 notes (1)-(3).
// Totals 30, 23, 6000, 4800, 16; rates are what Excel shows (80.00%, 5.00, ...).
Sheet annexSheet(int year = 2020);
// The same rows in the data layout for 371302 兰山区 (lines: 1 header, 2-4 rows).
Sheet annexDataSheet(int year = 2020);

// The row whose first cell is `first` (for edits); fails the test when missing.
QStringList& rowStartingWith(Sheet& sheet, const QString& first);

// Excel's "CSV (comma delimited)" and "Unicode text" (tab) renderings; width 0 pads to the
// widest row, like Excel's used range; -1 leaves rows unpadded, like WPS.
QString excelText(const Sheet& sheet, QChar delimiter, int width = 0);

QByteArray gbk(const QString& text);

} // namespace yufang::test
