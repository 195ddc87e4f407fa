#include "xlsx_workbook.h"

#include "c_library_path.h"

#include <QFile>

namespace yufang {

XlsxWorkbook::XlsxWorkbook(bool constantMemory) {
    if (!m_dir.isValid())
        return;
    m_path = m_dir.filePath(QStringLiteral("book.xlsx"));
    lxw_workbook_options options{};
    // The library's own temporary files go into the same private folder. On Windows it opens
    // the workbook through minizip's UTF-16 calls (the name is read as UTF-8) but its temporary
    // files with fopen() (the ANSI code page), so the two names are spelt differently.
    m_tmpDir = ansiApiPath(m_dir.path());
    options.tmpdir = m_tmpDir.data();
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    m_book = workbook_new_opt(utf8ApiPath(m_path).constData(), &options);
}

XlsxWorkbook::~XlsxWorkbook() {
    if (m_book) {
        // Not finished: close it anyway to free it; the file goes with the folder.
        workbook_close(m_book);
    }
}

lxw_worksheet* XlsxWorkbook::addSheet(const QString& name) {
    QString n = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        n.replace(c, QLatin1Char(' '));
    n = n.trimmed().left(31);
    return workbook_add_worksheet(m_book, n.isEmpty() ? nullptr : lxwText(n).constData());
}

bool XlsxWorkbook::finish(QByteArray* bytes, QString* error) {
    if (!m_book) {
        *error = QStringLiteral("cannot create a temporary folder for the .xlsx");
        return false;
    }
    const lxw_error rc = workbook_close(m_book);
    m_book = nullptr;
    if (rc != LXW_NO_ERROR) {
        *error =
            QStringLiteral("cannot write the .xlsx: %1").arg(QString::fromUtf8(lxw_strerror(rc)));
        return false;
    }
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the .xlsx back: %1").arg(f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

lxw_datetime lxwDate(const QDate& d) {
    lxw_datetime t{};
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    return t;
}

namespace {
// The number format of a typed cell; "@" (text) for text.
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

lxw_format* tableCellFormat(XlsxWorkbook& book, const TableCell& cell, bool bold, bool border,
                            bool head) {
    const QString code = head ? QString() : numberFormat(cell);
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
}

int writeTableCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const TableCell& cell,
                   lxw_format* format, bool head) {
    switch (head ? CellKind::Text : cell.kind) {
    case CellKind::Number:
    case CellKind::Permille:
        worksheet_write_number(sheet, row, col, cell.value, format);
        break;
    case CellKind::Percent:
        worksheet_write_number(sheet, row, col, cell.value / 100.0, format);
        break;
    case CellKind::Date: {
        lxw_datetime d = lxwDate(cell.date);
        worksheet_write_datetime(sheet, row, col, &d, format);
        break;
    }
    case CellKind::Text:
        // Always a string cell: text from data is never a formula.
        worksheet_write_string(sheet, row, col, lxwText(cell.text).constData(), format);
        break;
    }
    return displayWidth(shownText(cell));
}

int displayWidth(const QString& text) {
    int w = 0;
    int longest = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            longest = qMax(longest, w);
            w = 0;
            continue;
        }
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    }
    return qMax(longest, w);
}

} // namespace yufang
