#pragma once

#include "domain/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace yufang {

struct CsvRecord {
    int line = 0; // 1-based line where the record starts in the file
    QStringList fields;

    bool isBlank() const; // every field empty or whitespace
    // Field i trimmed, with the apostrophe CsvWriter::neutralise put before a formula sign
    // removed: the one place every importer's cell text comes through, so names and remarks
    // come back as they were written. Empty when the record is shorter (trailing empty
    // columns dropped). `fields` holds the cells as they are in the file.
    QString at(int i) const;
};

// Why a text is not a well-formed CSV file, and where.
struct CsvProblem {
    int line = 0; // 0: none
    QString message;
};

// RFC 4180 reader: quoted fields with commas, doubled quotes and embedded newlines (what Excel
// writes for a remark typed with Alt+Enter); CRLF, LF or CR line ends; spaces around a quoted
// field. Strict where leniency loses data: a quote inside an unquoted field, text after a
// closing quote, a quoted field still open at the end, a control character such as NUL, and a
// field or record over the limits of domain/input_text.h are problems, and parsing stops there.
// The delimiter is a comma, or a tab when the first lines hold more tabs than commas (Excel's
// "Unicode text").
class CsvReader {
public:
    // The records before the first problem; *problem says what and where (line 0: none).
    static QList<CsvRecord> parse(const QString& text, QChar delimiter,
                                  CsvProblem* problem = nullptr);
    static QChar detectDelimiter(const QString& text);
    // Strips the apostrophe our writer (and Excel users) put before =, +, -, @, and before the
    // digits CsvWriter protects from a spreadsheet (a leading zero, 12 digits or more).
    static QString unneutralise(const QString& cell);
};

// A file as every importer reads it: decoded (decodeText), delimiter detected and parsed;
// or, when its first bytes are a workbook's (.xlsx, .xls: io/spreadsheet_reader), the rows of
// the sheet that holds the form, chosen by `sheetHints` (header texts or the title), each row
// a record whose line is the row's number. `diagnostics` holds the error that stopped
// reading, if any, as "FILE:LINE: message"; then `records` is empty, so nothing half-read is
// ever imported.
struct CsvDocument {
    QString encoding; // "UTF-8", "GB18030", …, or "Excel .xlsx, sheet 表1"
    QList<CsvRecord> records;
    Diagnostics diagnostics;
};

CsvDocument readCsvDocument(const QByteArray& bytes, const QString& fileName,
                            const QStringList& sheetHints = {});

} // namespace yufang
