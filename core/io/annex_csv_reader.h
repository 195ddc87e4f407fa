#pragma once

#include "domain/annex.h"
#include "domain/diagnostic.h"
#include "form_csv_writer.h"

#include <QByteArray>

#include <optional>

namespace yufang {

struct ParsedAnnexRow {
    AnnexRow row;
    int line = 0;
    QString fileCoverageRate; // as the file states it; recomputed and compared, never trusted
    QString fileAccidentRate;
    bool unreadable = false; // some count cell could not be read: its rates are not compared
};

// One unit and year as found in a file, before the unit and year are resolved.
struct ParsedAnnex {
    QString unitCode; // from a 单位代码 column
    QString unitText; // 填报单位 or 单位名称 as written
    int unitLine = 0;
    std::optional<int> year; // from 年度 or the YYYY年工伤事故数量 header
    int yearLine = 0;
    QList<ParsedAnnexRow> rows;
    AnnexMeta meta;
    AnnexMetaFields metaFields;           // which of meta the file states; none in the data layout
    std::optional<AnnexCounts> fileTotal; // the 合计 row, checked against the sum
    int totalLine = 0;
    // Count columns with an unreadable cell in some row: their 合计 is not checked, since the
    // cell's own error already rejects the file and a "wrong total" would only repeat it.
    QList<CountField> unreadableColumns;
};

struct ParsedAnnexFile {
    QString file;
    QString encoding;
    CsvLayout layout = CsvLayout::Form;
    QList<ParsedAnnex> annexes;
    Diagnostics diagnostics; // parse errors and warnings, each with file and line
};

// Reads both annex layouts in whatever encoding Excel or WPS saved them (DESIGN.md,
// "Annex CSV"). Collects every problem instead of stopping at the first.
class AnnexCsvReader {
public:
    static ParsedAnnexFile read(const QByteArray& bytes, const QString& fileName);
};

} // namespace yufang
