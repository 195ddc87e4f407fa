#pragma once

#include "sheet_cells.h"
#include "sheet_source.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

struct zip;

namespace yufang {

class ZipEntryDevice;
class XlsxSheetScanner;

// Reads an Office Open XML workbook (.xlsx, as Excel, WPS and LibreOffice save it): the zip
// container through libzip, the workbook's small parts with QXmlStreamReader and the sheet's
// data with io/xlsx_sheet_scanner (a general XML parser cost several times the whole CSV
// import on a million-row sheet). The sheet is streamed row by row from the compressed entry, so a
// million-row register never sits in memory as XML; only the shared strings (each distinct text
// once, kept as one UTF-8 block) and the styles are held. Cells: shared strings (rich-text runs
// joined, phonetic guides left out), inline strings, numbers (numberCellText: exact whole numbers,
// dates as ISO dates, % formats as "1.52%"), booleans as 1/0, error values as written (#DIV/0!),
// and a formula's cached value. A merged range holds its text in its top-left cell and nothing in
// the others, as a CSV saved from it.
class XlsxReader : public SheetSource {
public:
    ~XlsxReader() override;
    // nullptr with *error set when the bytes are no workbook that can be read (a damaged or
    // truncated zip, a password, no xl/workbook.xml, an OpenDocument file).
    static std::unique_ptr<XlsxReader> open(const QByteArray& bytes, QString* error);
    static std::unique_ptr<XlsxReader> openFile(const QString& path, QString* error);

    int sheetCount() const override { return int(m_sheets.size()); }
    QString sheetName(int index) const override { return m_sheets.value(index).name; }
    bool sheetHidden(int index) const override { return m_sheets.value(index).hidden; }
    bool selectSheet(int index) override;
    bool next(SheetRow& row) override;
    double progress() const override;

private:
    XlsxReader() = default;
    bool load(QString* error);
    bool readSmallEntry(const QString& name, QByteArray* out, bool required, QString* error);
    bool openEntry(const QString& name, std::unique_ptr<ZipEntryDevice>* device, QString* error);
    bool loadSharedStrings(const QString& name, QString* error);
    bool loadStyles(const QString& name, QString* error);
    bool finishCell(SheetRow& row, QByteArrayView value, bool inlineString);

    struct Sheet {
        QString name;
        QString path; // inside the zip, e.g. xl/worksheets/sheet1.xml
        bool hidden = false;
    };

    QByteArray m_bytes; // the file when opened from memory: libzip reads it in place
    zip* m_zip = nullptr;
    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    std::vector<NumberStyle> m_cellStyles; // by the cell's s attribute (cellXfs index)
    QByteArray m_strings;                  // the shared strings, UTF-8, one after another
    std::vector<qsizetype> m_stringEnds;   // where shared string i ends in m_strings

    std::unique_ptr<ZipEntryDevice> m_device;
    std::unique_ptr<XlsxSheetScanner> m_scanner; // the selected sheet's <sheetData>
    int m_lastRow = 0;
    bool m_sheetDone = false;
    // The cell being read.
    int m_row = 0;
    int m_column = -1;
    enum class CellType { Number, Shared, Text, Boolean, Date, Error };
    CellType m_type = CellType::Number;
    int m_style = 0;
};

} // namespace yufang
