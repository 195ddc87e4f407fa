#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include "table_sink.h"

namespace yufang {

// Output encodings of every CSV Yufang writes. UTF-8 with BOM is what Excel needs to show
// Chinese; GB18030 is for older Excel and WPS set-ups that ignore the BOM.
enum class CsvEncoding { Utf8Bom, Gb18030 };

bool parseCsvEncoding(const QString& name, CsvEncoding* out); // "utf-8", "gb18030" (any case)
QByteArray encodeCsv(const QString& text, CsvEncoding encoding);

// The cells of every table Yufang exports (io/table_sink): a CSV writes their text.
using CsvField = TableCell;

// RFC 4180 writer for spreadsheets: CRLF, quoting where needed, and text cells that a
// spreadsheet would evaluate (=, +, -, @, tab, CR first) prefixed with an apostrophe so a
// remark typed as =HYPERLINK(...) arrives as text. Text cells of digits that a spreadsheet
// would take for a number and mangle (spreadsheetWouldMangle) get the same apostrophe, which
// Excel, WPS and LibreOffice keep through an open and a save. The reader strips it again.
// A CSV knows no types: numbers, rates and dates are written as their text.
class CsvWriter : public TableSink {
public:
    void addRow(const QList<CsvField>& fields) override;

    QString text() const { return m_text; }
    QByteArray encoded(CsvEncoding encoding) const;

    static QString neutralise(const QString& cell);
    // All ASCII digits and either a leading zero (remark 0012, phone 05398888888: the zero is
    // dropped) or 12 digits or more (a 12-digit unit code saved back as 3.71302E+11, an
    // 18-digit 统一社会信用代码 as 9.13713029458073E+17: the digits are gone).
    static bool spreadsheetWouldMangle(QStringView cell);
    static QString quote(const QString& cell);

private:
    QString m_text;
};

} // namespace yufang
