#pragma once

#include "domain/evaluation_document.h"
#include "io/csv_writer.h"

#include <QStringList>

namespace yufang {

// The evaluation's tables as CSV files in a folder, one per table of the printed document
// (evaluationTables: the same cells), named in print order ("02_indicators.csv"), each written
// through io/file_output. Not applicable ("—") is an empty cell, as in every Yufang CSV.
// *written gets the paths in order. Stops at the first file that cannot be written.
bool writeEvaluationCsvFolder(const EvaluationDocument& document, const QString& folder,
                              CsvEncoding encoding, QStringList* written, QString* error);
// The same tables as one .xlsx workbook, a sheet each named as the CSV file is ("02_indicators"),
// numbers as numbers; written through io/file_output.
bool writeEvaluationWorkbook(const EvaluationDocument& document, const QString& path,
                             QString* error);

} // namespace yufang
