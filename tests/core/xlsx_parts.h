#pragma once

// Reading a written workbook back in the tests: its zip entries (libzip, as io/xlsx_reader
// reads them), a cell's XML, the number format a cell uses, and every cell as the importers'
// reader shows it.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace yufang::test {

// One entry of a zip held in memory, e.g. "xl/worksheets/sheet1.xml"; empty when absent.
QByteArray zipEntry(const QByteArray& zipBytes, const char* name);
// The <c> element of a cell reference, e.g. cellXml(sheet, "B2").
QString cellXml(const QByteArray& sheet, const QString& ref);
// The number format code of the style index a cell uses (styles.xml's cellXfs → numFmts).
QString formatOf(const QByteArray& styles, const QString& cell);
// The first sheet's non-empty cells by reference ("B5"), as io/xlsx_reader reads them (a
// formula's cached value, % formats as "80%", dates as ISO dates).
QHash<QString, QString> sheetCells(const QByteArray& book);

} // namespace yufang::test
