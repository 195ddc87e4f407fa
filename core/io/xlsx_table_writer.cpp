#include "xlsx_table_writer.h"

#include "xlsx_workbook.h"

#include <algorithm>

namespace yufang {

namespace {
// The number format of a typed cell; empty for General.
QString numberFormat(const TableCell& c) {
    const QString places =
        c.decimals > 0 ? QLatin1Char('.') + QString(c.decimals, QLatin1Char('0')) : QString();
    switch (c.kind) {
    case CellKind::Percent:
        return QLatin1Char('0') + places + QLatin1Char('%');
    case CellKind::Permille:
        return QLatin1Char('0') + places + QStringLiteral("\"‰\"");
    case CellKind::Number:
        return c.decimals > 0 ? QLatin1Char('0') + places : QString();
    case CellKind::Date:
        return QStringLiteral("yyyy-mm-dd");
    case CellKind::Text:
        break;
    }
    return QStringLiteral("@");
}

// What a typed cell shows, for the column width.
QString shownText(const TableCell& c) {
    switch (c.kind) {
    case CellKind::Percent:
        return c.text + QLatin1Char('%');
    case CellKind::Permille:
        return c.text + QLatin1Char('x');
    default:
        return c.text;
    }
}
} // namespace

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

    auto cellFormat = [&](const TableCell& c, bool bold, bool border, bool head) {
        const QString code = head ? QString() : numberFormat(c);
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(code).arg(bold).arg(border).arg(head);
        return book.format(key, [&](lxw_format* f) {
            if (!code.isEmpty())
                format_set_num_format(f, lxwText(code).constData());
            if (bold)
                format_set_bold(f);
            if (border)
                format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            if (head) {
                format_set_text_wrap(f);
                format_set_align(f, LXW_ALIGN_CENTER);
                format_set_bg_color(f, 0xEDEDED);
            }
        });
    };
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
            lxw_format* f = cellFormat(cell, bold, inTable, head);
            const auto col = lxw_col_t(c);
            if (cell.text.isEmpty() && cell.kind != CellKind::Date) {
                if (inTable)
                    worksheet_write_blank(sheet, row, col, f);
                continue;
            }
            switch (head ? CellKind::Text : cell.kind) {
            case CellKind::Number:
            case CellKind::Permille:
                worksheet_write_number(sheet, row, col, cell.value, f);
                break;
            case CellKind::Percent:
                worksheet_write_number(sheet, row, col, cell.value / 100.0, f);
                break;
            case CellKind::Date: {
                lxw_datetime d = lxwDate(cell.date);
                worksheet_write_datetime(sheet, row, col, &d, f);
                break;
            }
            case CellKind::Text:
                // Always a string cell: text from data is never a formula.
                worksheet_write_string(sheet, row, col, lxwText(cell.text).constData(), f);
                break;
            }
            const int w = displayWidth(shownText(cell)) + (head ? 1 : 2);
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
