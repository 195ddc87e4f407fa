#pragma once

// Internal to core/io: the one place that drives libxlsxwriter. Included by .cpp files only, so
// nothing outside io sees the C library.

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
    XlsxWorkbook();
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

// UTF-8 for the C API: text kept in a QByteArray for the length of one call.
inline QByteArray lxwText(const QString& s) {
    return s.toUtf8();
}
lxw_datetime lxwDate(const QDate& d);
// The width of a column that shows `text`: CJK characters count twice, as a spreadsheet
// renders them.
int displayWidth(const QString& text);

} // namespace yufang
