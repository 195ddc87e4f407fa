#pragma once

#include "sheet_source.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryFile;

namespace yufang {

// Reads an Excel 97-2003 workbook (.xls, BIFF5/BIFF8, as Excel, WPS and LibreOffice save it)
// through libfreexl. FreeXL reads the whole workbook when it opens it (an .xls holds at most
// 65,536 rows a sheet) and hands out cells by row and column. Numbers follow numberCellText
// (whole values exact; codes of more than 15 digits refused); FreeXL reports date cells as
// ISO dates; text is UTF-8 whatever code page the file used. FreeXL does not tell number
// formats, so a % cell arrives as its value (0.0152), which the annex's rate check accepts.
class XlsReader : public SheetSource {
public:
    ~XlsReader() override;
    static std::unique_ptr<XlsReader> open(const QByteArray& bytes, QString* error);
    static std::unique_ptr<XlsReader> openFile(const QString& path, QString* error);

    int sheetCount() const override { return int(m_names.size()); }
    QString sheetName(int index) const override { return m_names.value(index); }
    bool sheetHidden(int) const override { return false; }
    bool selectSheet(int index) override;
    bool next(SheetRow& row) override;
    double progress() const override;

private:
    XlsReader() = default;
    bool load(const QString& path, QString* error);

    std::unique_ptr<QTemporaryFile> m_copy; // the bytes on disk: FreeXL opens only paths
    const void* m_handle = nullptr;
    QStringList m_names;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    unsigned int m_next = 0; // the next row to read, 0-based
};

} // namespace yufang
