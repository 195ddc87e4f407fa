#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace yufang {

struct CsvRecord {
    int line = 0; // 1-based line where the record starts in the file
    QStringList fields;

    bool isBlank() const; // every field empty or whitespace
    // Field i trimmed; empty when the record is shorter (trailing empty columns dropped).
    QString at(int i) const;
};

// RFC 4180 reader, lenient the way spreadsheets are: quoted fields with commas, doubled
// quotes and embedded newlines; CRLF, LF or CR line ends; a quote inside an unquoted field
// is kept literally. The delimiter is a comma, or a tab when the first line has more tabs
// than commas (Excel's "Unicode text").
class CsvReader {
public:
    static QList<CsvRecord> parse(const QString& text, QChar delimiter);
    static QChar detectDelimiter(const QString& text);
    // Strips the apostrophe our writer (and Excel users) put before =, +, -, @.
    static QString unneutralise(const QString& cell);
};

} // namespace yufang
