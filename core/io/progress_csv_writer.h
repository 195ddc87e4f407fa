#pragma once

#include "io/table_sink.h"
#include "domain/unit_progress.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace yufang {

// The progress table as CSV (yufang-cli progress): one row per unit, year and industry, then the
// year's 合计 row. Headers are the official Chinese names and stay fixed whatever the UI language
// or the plan, so spreadsheets built on the file keep working. Not-applicable numbers (no
// baseline, no data, zero denominator) are EMPTY cells, not "—": a spreadsheet then sums and
// charts the column as numbers, and 状态 says why a value is missing.
QStringList progressCsvHeader();
// Only `year` when given, else every year of the progress table.
void writeProgress(TableSink& sink, const UnitProgress& progress,
                   std::optional<int> year = std::nullopt);
QString progressCsv(const UnitProgress& progress, std::optional<int> year = std::nullopt);

} // namespace yufang
