#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace yufang {

// Output encodings of every CSV Yufang writes. UTF-8 with BOM is what Excel needs to show
// Chinese; GB18030 is for older Excel and WPS set-ups that ignore the BOM.
enum class CsvEncoding { Utf8Bom, Gb18030 };

bool parseCsvEncoding(const QString& name, CsvEncoding* out); // "utf-8", "gb18030" (any case)
QByteArray encodeCsv(const QString& text, CsvEncoding encoding);

struct CsvField {
    QString text;
    bool number = false; // numbers are never neutralised (they are never negative here)

    static CsvField str(const QString& s) { return {s, false}; }
    static CsvField num(qint64 v) { return {QString::number(v), true}; }
    static CsvField num(const QString& formatted) { return {formatted, true}; }
};

// RFC 4180 writer for spreadsheets: CRLF, quoting where needed, and text cells that a
// spreadsheet would evaluate (=, +, -, @, tab, CR first) prefixed with an apostrophe so a
// remark typed as =HYPERLINK(...) arrives as text. The reader strips that apostrophe again.
class CsvWriter {
public:
    void addRow(const QList<CsvField>& fields);
    void addTextRow(const QStringList& cells);
    void addBlankRow() { addRow({}); }

    QString text() const { return m_text; }
    QByteArray encoded(CsvEncoding encoding) const;

    static QString neutralise(const QString& cell);
    static QString quote(const QString& cell);

private:
    QString m_text;
};

} // namespace yufang
