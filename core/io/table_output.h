#pragma once

#include "csv_writer.h"
#include "table_sink.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace yufang {

// The two files an export can be: chosen by the output's extension, `.xlsx` (any case) for a
// workbook, anything else (`.csv`, standard output) for a CSV.
enum class TableFormat { Csv, Xlsx };
TableFormat tableFormatForPath(const QString& path);

using TableFill = std::function<void(TableSink&)>;

// Runs `fill` against the sink of `format` and returns the file's bytes (a CSV in `encoding`);
// false with the cause. `sheetName` names the workbook's sheet.
bool renderTable(TableFormat format, CsvEncoding encoding, const TableFill& fill, QByteArray* bytes,
                 QString* error, const QString& sheetName = {});

// True when a CSV of this table would hold text a spreadsheet mangles on opening (a leading
// zero, 12 digits or more: CsvWriter::spreadsheetWouldMangle), so the GUI can offer .xlsx.
bool tableHasFragileCodes(const TableFill& fill);

} // namespace yufang
