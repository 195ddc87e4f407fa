#pragma once

#include "table_sink.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace yufang {

class XlsxWorkbook;

// A long list export (the enterprise register: up to a sheet's 1,048,575 data rows) streamed
// into a one-sheet .xlsx: each row goes to libxlsxwriter's temporary file as it is added
// (constant-memory mode), so memory stays flat however long the list. The same cells as
// XlsxTableWriter (numbers as numbers, codes as text, bold frozen header, autofilter, column
// widths from the header and the first rows), without what a list has no use for (titles,
// 合计 rows, merged cells).
class XlsxListWriter : public TableSink {
public:
    // The most rows a sheet holds, the header included (Excel's and LibreOffice's limit).
    static constexpr qint64 kMaxRows = 1048576;

    explicit XlsxListWriter(const QString& sheetName = {});
    ~XlsxListWriter() override;

    void addRow(const QList<TableCell>& cells) override;
    void addHeaderRow(const QStringList& captions) override;

    // Rows added so far, the header included; past kMaxRows the rest is dropped and finish()
    // says so.
    qint64 rows() const { return m_row; }
    // The workbook's bytes; false with the cause (too many rows, no temporary folder).
    bool finish(QByteArray* out, QString* error);

private:
    void write(const QList<TableCell>& cells, bool head);

    std::unique_ptr<XlsxWorkbook> m_book;
    struct Sheet;
    std::unique_ptr<Sheet> m_sheet;
    qint64 m_row = 0;
    QList<int> m_widths;
};

} // namespace yufang
