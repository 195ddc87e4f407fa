#pragma once

#include "io/table_output.h"

#include <QString>

class QWidget;

namespace yufang {

// The file filters of every table export: an Excel workbook and a CSV. With `preferXlsx` the
// workbook comes first (the dialog's default).
QString tableFileFilter(bool preferXlsx);

// The save dialog of a table export. When a CSV of the table would hold codes a spreadsheet
// mangles (tableHasFragileCodes: 统一社会信用代码, phone numbers with a leading 0, 12-digit
// codes), it offers the .xlsx first and suggests a .xlsx name. A name typed without an
// extension gets the chosen filter's. Empty when cancelled.
QString askTableFile(QWidget* parent, const QString& title, const QString& suggested,
                     const TableFill& fill);
// The same dialog for a table too long to probe (the register): the caller knows whether it
// holds fragile codes.
QString askTableFile(QWidget* parent, const QString& title, const QString& suggested,
                     bool preferXlsx);

// Writes the table to `path` as an .xlsx workbook or a CSV, by its extension
// (tableFormatForPath), through io/file_output.
bool writeTableFile(const QString& path, const TableFill& fill, QString* error,
                    CsvEncoding encoding = CsvEncoding::Utf8Bom, const QString& sheetName = {});

} // namespace yufang
