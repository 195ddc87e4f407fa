#include "xlsx_table_writer.h"

#include "xlsx_workbook.h"

#include <algorithm>

namespace yufang {

XlsxTableWriter::XlsxTableWriter(QString sheetName) : m_sheetName(std::move(sheetName)) {}

void XlsxTableWriter::addRow(const QList<TableCell>& cells) {
    m_rows.append({Role::Data, cells});
}

void XlsxTableWriter::addHeaderRow(const QStringList& captions) {
    QList<TableCell> cells;
    for (const QString& c : captions)
        cells << TableCell::str(c);
    m_rows.append({Role::Header, cells});
}

void XlsxTableWriter::addTotalRow(const QList<TableCell>& cells) {
    m_rows.append({Role::Total, cells});
}

void XlsxTableWriter::addTextLine(const QString& text) {
    m_rows.append({Role::Line, {TableCell::str(text)}});
}

bool XlsxTableWriter::bytes(QByteArray* out, QString* error) const {
    return workbook({this}, out, error);
}

bool XlsxTableWriter::workbook(const QList<const XlsxTableWriter*>& sheets, QByteArray* out,
                               QString* error) {
    XlsxWorkbook book;
    if (book.book())
        for (const XlsxTableWriter* sheet : sheets)
            sheet->writeSheet(book);
    return book.finish(out, error);
}

void XlsxTableWriter::writeSheet(XlsxWorkbook& book) const {
    lxw_worksheet* sheet = book.addSheet(m_sheetName);

    // The table is every row from the header on that is not a line of text; without a
    // header, every data row.
    int header = -1;
    for (int i = 0; i < m_rows.size() && header < 0; ++i)
        if (m_rows.at(i).role == Role::Header)
            header = i;
    int columns = 0;
    for (const Row& r : m_rows)
        if (r.role != Role::Line)
            columns = std::max(columns, int(r.cells.size()));
    int lastTableRow = -1;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).role != Role::Line && (header < 0 || i >= header))
            lastTableRow = i;

    lxw_format* titleFormat = book.format(QStringLiteral("title"), [](lxw_format* f) {
        format_set_bold(f);
        format_set_font_size(f, 14);
        format_set_align(f, LXW_ALIGN_CENTER);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });

    QList<int> widths(columns, 6);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        const auto row = lxw_row_t(i);
        if (r.role == Role::Line) {
            const QString text = r.cells.value(0).text;
            if (i == 0 && columns > 1) {
                worksheet_merge_range(sheet, 0, 0, 0, lxw_col_t(columns - 1),
                                      lxwText(text).constData(), titleFormat);
                worksheet_set_row(sheet, 0, 24, nullptr);
            } else if (!text.isEmpty()) {
                worksheet_write_string(sheet, row, 0, lxwText(text).constData(), nullptr);
            }
            continue;
        }
        const bool inTable = header < 0 || i >= header;
        const bool head = r.role == Role::Header;
        const bool bold = head || r.role == Role::Total;
        for (int c = 0; c < columns; ++c) {
            const TableCell cell = r.cells.value(c);
            lxw_format* f = tableCellFormat(book, cell, bold, inTable, head);
            const auto col = lxw_col_t(c);
            if (cell.text.isEmpty() && cell.kind != CellKind::Date) {
                if (inTable)
                    worksheet_write_blank(sheet, row, col, f);
                continue;
            }
            const int w = writeTableCell(sheet, row, col, cell, f, head) + (head ? 1 : 2);
            widths[c] = std::max(widths[c], std::min(w, head ? 24 : 60));
        }
    }
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
    if (header >= 0) {
        worksheet_freeze_panes(sheet, lxw_row_t(header + 1), 0);
        if (header == 0 && lastTableRow > 0 && columns > 0)
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(lastTableRow), lxw_col_t(columns - 1));
    }
}

} // namespace yufang
