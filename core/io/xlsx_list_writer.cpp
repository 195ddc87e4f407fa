#include "xlsx_list_writer.h"

#include "xlsx_workbook.h"

#include <QCoreApplication>

#include <algorithm>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(XlsxListWriter)
};
// Column widths come from the header and this many rows: enough to see a column's usual
// width, and a million rows are not measured.
constexpr qint64 kMeasuredRows = 2000;
} // namespace

struct XlsxListWriter::Sheet {
    lxw_worksheet* sheet = nullptr;
    int header = -1; // the header's row, or -1
    int columns = 0;
};

XlsxListWriter::XlsxListWriter(const QString& sheetName)
    : m_book(std::make_unique<XlsxWorkbook>(true)), m_sheet(std::make_unique<Sheet>()) {
    if (m_book->book())
        m_sheet->sheet = m_book->addSheet(sheetName);
}

XlsxListWriter::~XlsxListWriter() = default;

void XlsxListWriter::addRow(const QList<TableCell>& cells) {
    write(cells, false);
}

void XlsxListWriter::addHeaderRow(const QStringList& captions) {
    QList<TableCell> cells;
    for (const QString& c : captions)
        cells << TableCell::str(c);
    if (m_sheet->header < 0)
        m_sheet->header = int(m_row);
    write(cells, true);
}

void XlsxListWriter::write(const QList<TableCell>& cells, bool head) {
    const qint64 r = m_row++;
    if (!m_sheet->sheet || r >= kMaxRows)
        return;
    m_sheet->columns = std::max(m_sheet->columns, int(cells.size()));
    if (m_widths.size() < cells.size())
        m_widths.resize(cells.size(), 6);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const TableCell& cell = cells.at(c);
        lxw_format* f = tableCellFormat(*m_book, cell, head, true, head);
        if (cell.text.isEmpty() && cell.kind != CellKind::Date) {
            worksheet_write_blank(m_sheet->sheet, lxw_row_t(r), lxw_col_t(c), f);
            continue;
        }
        const int w = writeTableCell(m_sheet->sheet, lxw_row_t(r), lxw_col_t(c), cell, f, head) +
                      (head ? 1 : 2);
        if (r <= kMeasuredRows)
            m_widths[c] = std::max(m_widths[c], std::min(w, head ? 24 : 60));
    }
}

bool XlsxListWriter::finish(QByteArray* out, QString* error) {
    if (m_row > kMaxRows) {
        *error = Text::tr("%1 rows do not fit into one .xlsx sheet (at most %2): narrow the "
                          "selection or export a CSV")
                     .arg(m_row)
                     .arg(kMaxRows);
        return false;
    }
    if (lxw_worksheet* sheet = m_sheet->sheet) {
        for (int c = 0; c < m_widths.size(); ++c)
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c), nullptr);
        const int header = m_sheet->header;
        if (header >= 0) {
            worksheet_freeze_panes(sheet, lxw_row_t(header + 1), 0);
            if (m_row > header + 1 && m_sheet->columns > 0)
                worksheet_autofilter(sheet, lxw_row_t(header), 0, lxw_row_t(m_row - 1),
                                     lxw_col_t(m_sheet->columns - 1));
        }
    }
    return m_book->finish(out, error);
}

} // namespace yufang
