#pragma once

// Internal to core/io: the one place that drives libxlsxwriter. Included by .cpp files only, so
// nothing outside io sees the C library.

#include "table_sink.h"

#include <xlsxwriter.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

namespace yufang {

// A workbook written by libxlsxwriter into a private temporary folder (the library writes only
// to a path), read back as bytes by finish() so the caller saves it through io/file_output like
// every other file.
class XlsxWorkbook {
public:
    // `constantMemory`: each row goes to the library's temporary file as soon as the next one
    // starts (rows strictly in order, no merged cells), for lists of a million rows.
    explicit XlsxWorkbook(bool constantMemory = false);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    lxw_workbook* book() const { return m_book; }
    // A sheet named `name` made valid for Excel (at most 31 characters, none of []:*?/\).
    lxw_worksheet* addSheet(const QString& name);

    // The format for `key`, made by `make` the first time it is asked for.
    template <typename Make> lxw_format* format(const QString& key, Make make) {
        if (lxw_format* f = m_formats.value(key))
            return f;
        lxw_format* f = workbook_add_format(m_book);
        make(f);
        m_formats.insert(key, f);
        return f;
    }

    // Closes the workbook and returns its bytes; false with the cause.
    bool finish(QByteArray* bytes, QString* error);

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_tmpDir; // the library keeps the pointer until close
    lxw_workbook* m_book = nullptr;
    QHash<QString, lxw_format*> m_formats;
};

// The format of a table cell: its number format (numberFormat), bold for a header or 合计,
// a thin border inside the table, a header's grey wrapped centred caption.
lxw_format* tableCellFormat(XlsxWorkbook& book, const TableCell& cell, bool bold, bool border,
                            bool head);
// Writes one cell as what it is: numbers and rates as numbers, dates as dates, text always as
// a string cell (text from data is never a formula). A header's caption is text. Returns the
// width the cell needs (displayWidth of what it shows).
int writeTableCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const TableCell& cell,
                   lxw_format* format, bool head);

// UTF-8 for the C API: text kept in a QByteArray for the length of one call.
inline QByteArray lxwText(const QString& s) {
    return s.toUtf8();
}
lxw_datetime lxwDate(const QDate& d);
// The width of a column that shows `text`: CJK characters count twice, as a spreadsheet
// renders them.
int displayWidth(const QString& text);

} // namespace yufang
