#include "form_xlsx_sheet.h"

#include "form_csv_writer.h"
#include "xlsx_workbook.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace yufang {

namespace {
// The width of the sheet's columns together, in characters, as an A4 page fitted to one page
// wide shows them; the definition's relative print widths are spread over it.
constexpr double kLandscapeWidth = 119;
constexpr double kPortraitWidth = 85;
// A merged note line wraps a little before the columns' full width.
constexpr double kNoteFill = 110.0 / 119.0;

// "A", …, "Z", "AA", …: a column's letters in a formula.
QString colName(int c) {
    QString s;
    for (int n = c + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

QString cellRef(int row, int col) {
    return colName(col) + QString::number(row + 1);
}

// The number format of a number column: counts "0", decimals and derived columns with their
// digits, % and ‰ by the derived column's scale.
QString numberFormat(const FormColumn& c) {
    const int decimals =
        c.type == FormColumnType::Decimal || c.type == FormColumnType::Derived ? c.decimals : 0;
    QString code = QStringLiteral("0");
    if (decimals > 0)
        code += QLatin1Char('.') + QString(decimals, QLatin1Char('0'));
    if (c.type == FormColumnType::Derived && c.scale == 100)
        return code + QLatin1Char('%');
    if (c.type == FormColumnType::Derived && c.scale == 1000)
        return code + QStringLiteral("\"‰\"");
    return code;
}

class Sheet {
public:
    Sheet(XlsxWorkbook& book, lxw_worksheet* ws) : m_book(book), m_ws(ws) {}

    // Formats are made once per kind; `input` cells stay unlocked on a protected template.
    lxw_format* fmt(const QString& kind, bool input = false) {
        return m_book.format(kind + (input ? QStringLiteral("+in") : QString()),
                             [&](lxw_format* f) {
                                 base(f);
                                 style(kind, f);
                                 if (input)
                                     format_set_unlocked(f);
                             });
    }
    // A number cell of the table: bordered, bold on 合计, in the column's number format.
    lxw_format* numberFmt(const QString& code, bool total, bool input) {
        const QString key = QStringLiteral("number|%1|%2|%3").arg(code).arg(total).arg(input);
        return m_book.format(key, [&](lxw_format* f) {
            base(f);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_num_format(f, lxwText(code).constData());
            if (total)
                format_set_bold(f);
            if (input)
                format_set_unlocked(f);
        });
    }

    void text(int r, int c, const QString& s, lxw_format* f) {
        worksheet_write_string(m_ws, lxw_row_t(r), lxw_col_t(c), lxwText(s).constData(), f);
    }
    void merged(int r, int c0, int c1, const QString& s, lxw_format* f) {
        if (c1 <= c0) { // one cell is no range
            text(r, c0, s, f);
            return;
        }
        worksheet_merge_range(m_ws, lxw_row_t(r), lxw_col_t(c0), lxw_row_t(r), lxw_col_t(c1),
                              lxwText(s).constData(), f);
    }
    void number(int r, int c, std::optional<double> v, lxw_format* f) {
        if (v)
            worksheet_write_number(m_ws, lxw_row_t(r), lxw_col_t(c), *v, f);
        else
            worksheet_write_blank(m_ws, lxw_row_t(r), lxw_col_t(c), f);
    }
    void blank(int r, int c, lxw_format* f) {
        worksheet_write_blank(m_ws, lxw_row_t(r), lxw_col_t(c), f);
    }
    // A formula with its cached value: `shown` empty gives the empty text a blank row shows,
    // so a template imported unopened reads as blank rows.
    void formula(int r, int c, const QString& f, lxw_format* format, std::optional<double> shown) {
        const QByteArray text = lxwText(f);
        if (shown)
            worksheet_write_formula_num(m_ws, lxw_row_t(r), lxw_col_t(c), text.constData(), format,
                                        *shown);
        else
            worksheet_write_formula_str(m_ws, lxw_row_t(r), lxw_col_t(c), text.constData(), format,
                                        "");
    }
    lxw_worksheet* ws() const { return m_ws; }

private:
    static void base(lxw_format* f) {
        format_set_font_name(f, "宋体");
        format_set_font_size(f, 11);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    }
    static void style(const QString& kind, lxw_format* f) {
        if (kind.startsWith(QStringLiteral("cell")))
            format_set_border(f, LXW_BORDER_THIN);
        if (kind == QStringLiteral("marker")) {
            format_set_font_name(f, "黑体");
            format_set_font_size(f, 14);
        } else if (kind == QStringLiteral("title")) {
            format_set_font_name(f, "方正小标宋简体");
            format_set_bold(f);
            format_set_font_size(f, 16);
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_text_wrap(f);
        } else if (kind == QStringLiteral("cellHeader")) {
            format_set_font_name(f, "黑体");
            format_set_align(f, LXW_ALIGN_CENTER);
            format_set_text_wrap(f);
        } else if (kind.startsWith(QStringLiteral("cellTotal"))) {
            format_set_bold(f);
        } else if (kind == QStringLiteral("note")) {
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        } else if (kind == QStringLiteral("fill") || kind == QStringLiteral("fillDate")) {
            format_set_bottom(f, LXW_BORDER_THIN);
        }
        if (kind == QStringLiteral("plainRight"))
            format_set_align(f, LXW_ALIGN_RIGHT);
        if (kind == QStringLiteral("cellText"))
            format_set_indent(f, 1);
        if (kind.endsWith(QStringLiteral("Label")))
            format_set_align(f, LXW_ALIGN_CENTER);
        if (kind.endsWith(QStringLiteral("Text")) || kind == QStringLiteral("fill"))
            format_set_num_format(f, "@");
        else if (kind == QStringLiteral("fillDate"))
            format_set_num_format(f, "yyyy-mm-dd");
    }

    XlsxWorkbook& m_book;
    lxw_worksheet* m_ws;
};

// The note lines' height: a merged cell does not grow by itself.
double noteHeight(const QString& text, double sheetWidth) {
    const int perLine = 2 * int(sheetWidth * kNoteFill + 0.5); // in half-width characters
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return 15.0 * std::max(1, (width + perLine - 1) / perLine);
}

// The columns' widths: the printed form's relative widths spread over the page, else as wide
// as their headers.
QList<double> columnWidths(const FormDefinition& d, const QStringList& header, double sheetWidth) {
    QList<double> widths;
    const QList<int>& relative = d.print.columnWidths;
    int sum = 0;
    for (const int w : relative)
        sum += w;
    if (relative.size() == header.size() && sum > 0) {
        for (const int w : relative)
            widths << std::round(10.0 * w * sheetWidth / sum) / 10.0;
        return widths;
    }
    const int labels = header.size() - int(d.columns.size());
    for (int c = 0; c < header.size(); ++c) {
        int shown = 0;
        for (const QString& line : header.at(c).split(QLatin1Char('\n')))
            shown = std::max(shown, displayWidth(line));
        if (c < labels)
            widths << std::max(14, shown + 4);
        else if (d.columns.at(c - labels).type == FormColumnType::Text)
            widths << 22;
        else
            widths << std::clamp(shown + 2, 10, 18);
    }
    return widths;
}

// A number column's figure of a row as the sheet holds it: counts and decimals as numbers,
// a derived column as its shown value (the fraction for %), a sum column its sum.
std::optional<double> figure(const FormDefinition& d, const FormRow& row, const FormColumn& c) {
    switch (c.type) {
    case FormColumnType::Count:
    case FormColumnType::Sum: {
        const auto v = c.type == FormColumnType::Sum ? sumValue(row, c) : row.number(c.key);
        return v ? std::optional<double>(double(*v)) : std::nullopt;
    }
    case FormColumnType::Decimal: {
        const auto v = row.number(c.key);
        return v ? std::optional<double>(formatScaled(*v, c.decimals).toDouble()) : std::nullopt;
    }
    case FormColumnType::Derived: {
        if (!derivedRatio(d, row, c))
            return std::nullopt; // not applicable: an empty cell
        const double shown = formatFormCell(d, row, c).toDouble();
        return c.scale == 100 ? shown / 100.0 : shown;
    }
    case FormColumnType::Text:
        break;
    }
    return std::nullopt;
}
} // namespace

bool formOfficialXlsx(const FormDefinition& d, const FormTable& table, const FormSheetOptions& o,
                      QByteArray* bytes, QString* error) {
    XlsxWorkbook book;
    if (!book.book())
        return book.finish(bytes, error);
    Sheet s(book, book.addSheet(d.title));
    lxw_worksheet* ws = s.ws();
    const bool tpl = o.blankTemplate;

    const QStringList header = formLayoutHeader(d, table.year);
    const int columns = int(header.size());
    const int lastCol = columns - 1;
    const int firstValueCol = d.hasGroups() ? 2 : 1;
    const int rowCol = firstValueCol - 1;
    const bool landscape = d.print.orientation == FormOrientation::Auto
                               ? d.columns.size() > 6
                               : d.print.orientation == FormOrientation::Landscape;
    const QList<double> widths =
        columnWidths(d, header, landscape ? kLandscapeWidth : kPortraitWidth);
    double sheetWidth = 0;
    for (int c = 0; c < columns; ++c) {
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr);
        sheetWidth += widths.at(c);
    }
    // 填报单位 over two thirds of the width, 年度 (where the form has it) in the rest.
    const int unitLastCol = std::max(0, columns * 2 / 3 - 1);

    int r = 0;
    if (!d.print.marker.isEmpty())
        s.text(r++, 0, d.print.marker, s.fmt(QStringLiteral("marker")));
    worksheet_set_row(ws, lxw_row_t(r), 42, nullptr);
    s.merged(r++, 0, lastCol, d.effectivePrintTitle(), s.fmt(QStringLiteral("title")));
    s.merged(r, 0, unitLastCol, QStringLiteral("填报单位：%1").arg(o.bureau),
             s.fmt(QStringLiteral("plain")));
    if (d.yearLine && unitLastCol < lastCol) {
        QString year = QStringLiteral("年度：%1").arg(table.year);
        if (o.consolidated && !tpl)
            year += d.print.consolidatedMark;
        s.merged(r, unitLastCol + 1, lastCol, year, s.fmt(QStringLiteral("plainRight")));
    }
    ++r;
    // The form's own header fields: the label, then the value to fill in beside it.
    for (const FormField& f : d.headerFields) {
        s.text(r, 0, f.caption + QStringLiteral("："), s.fmt(QStringLiteral("plain")));
        s.merged(r, 1, std::max(1, unitLastCol), tpl ? QString() : table.field(f.key),
                 s.fmt(QStringLiteral("fill"), tpl));
        ++r;
    }
    if (!o.statusNote.isEmpty() && !tpl)
        s.merged(r++, 0, lastCol, o.statusNote, s.fmt(QStringLiteral("plain")));

    const int headerRow = r;
    worksheet_set_row(ws, lxw_row_t(r), 36, nullptr);
    for (int c = 0; c < columns; ++c)
        s.text(r, c, header.at(c), s.fmt(QStringLiteral("cellHeader")));
    ++r;

    // Spare rows only where an import takes a row the plan does not list: local rows the
    // unit adds itself, not those that must come from its 基本情况表.
    const bool spareAllowed = tpl && d.localRowsAllowed && !d.localRowsFromAnnex;
    const int firstData = r;
    const int rows = int(table.rows.size()) + (spareAllowed ? std::max(0, o.spareRows) : 0);
    const int lastData = firstData + rows - 1;
    const int totalRow = firstData + rows;

    // The template's formulas of a row's computed columns; their cached values are what a
    // spreadsheet computes from the row (blank rows: empty text, 合计's sums of blanks: 0).
    const auto computedFormula = [&](int row, int col, const FormColumn& c, lxw_format* f,
                                     bool total) {
        const auto refOf = [&](const QString& key) {
            return cellRef(row, firstValueCol + d.columnIndex(key));
        };
        if (c.type == FormColumnType::Sum) {
            QStringList refs;
            for (const QString& key : c.summands)
                refs << refOf(key);
            const QString list = refs.join(QLatin1Char(','));
            s.formula(row, col, QStringLiteral("=IF(COUNT(%1)=0,\"\",SUM(%1))").arg(list), f,
                      total && rows > 0 ? std::optional<double>(0.0) : std::nullopt);
            return;
        }
        // % is a number format: the formula gives the fraction.
        const QString scale =
            c.scale == 100 || c.scale == 1 ? QString() : QStringLiteral("*%1").arg(c.scale);
        const QString den = refOf(c.denominatorKey);
        s.formula(
            row, col,
            QStringLiteral("=IF(N(%1)>0,%2/%1%3,\"\")").arg(den, refOf(c.numeratorKey), scale), f,
            std::nullopt);
    };

    for (int i = 0; i < rows; ++i, ++r) {
        const bool spare = i >= table.rows.size();
        const FormRow row = spare ? FormRow{} : table.rows.at(i);
        worksheet_set_row(ws, lxw_row_t(r), 20, nullptr);
        if (d.hasGroups())
            s.text(r, 0, row.group, s.fmt(QStringLiteral("cellText"), tpl && spare));
        s.text(r, rowCol, row.key, s.fmt(QStringLiteral("cellText"), tpl && spare));
        for (int k = 0; k < d.columns.size(); ++k) {
            const FormColumn& c = d.columns.at(k);
            const int col = firstValueCol + k;
            if (c.type == FormColumnType::Text) {
                s.text(r, col, tpl ? QString() : row.text(c.key),
                       s.fmt(QStringLiteral("cellText"), tpl));
                continue;
            }
            lxw_format* f = s.numberFmt(numberFormat(c), false, tpl && c.isNumber());
            if (tpl && c.isComputed())
                computedFormula(r, col, c, f, false);
            else
                s.number(r, col, tpl ? std::nullopt : figure(d, row, c), f);
        }
    }

    worksheet_set_row(ws, lxw_row_t(totalRow), 20, nullptr);
    const FormRow total = tpl ? FormRow{} : table.total(d);
    // 合计 where the form layout puts it; the other label column of a grouped form stays empty.
    const int totalLabelCol = d.hasGroups() && d.totalLabel == FormTotalLabel::Group ? 0 : rowCol;
    for (int c = 0; c < firstValueCol; ++c)
        if (c == totalLabelCol)
            s.text(totalRow, c, QStringLiteral("合计"), s.fmt(QStringLiteral("cellTotalLabel")));
        else
            s.blank(totalRow, c, s.fmt(QStringLiteral("cellTotalText")));
    for (int k = 0; k < d.columns.size(); ++k) {
        const FormColumn& c = d.columns.at(k);
        const int col = firstValueCol + k;
        if (c.type == FormColumnType::Text) {
            s.blank(totalRow, col, s.fmt(QStringLiteral("cellTotalText")));
            continue;
        }
        lxw_format* f = s.numberFmt(numberFormat(c), true, false);
        if (tpl && c.isComputed())
            computedFormula(totalRow, col, c, f, true);
        else if (tpl && rows > 0)
            s.formula(totalRow, col,
                      QStringLiteral("=SUM(%1%2:%1%3)")
                          .arg(colName(col))
                          .arg(firstData + 1)
                          .arg(lastData + 1),
                      f, 0.0);
        else
            s.number(totalRow, col, tpl ? std::nullopt : figure(d, total, c), f);
    }
    r = totalRow + 1;

    // The footer fields (填报人 / 联系电话 / 填报日期): each label in its cell, the value in the
    // next and underlined to the next label, so the unit types into a cell of its own and the
    // importers read the value beside its label. As many to a line as the width takes.
    ++r;
    const int fields = int(d.footerFields.size());
    const int perLine = std::max(1, std::min(fields, columns / 2));
    const int step = columns / perLine;
    for (int i = 0; i < fields; ++i) {
        const FormField& f = d.footerFields.at(i);
        const int line = r + i / perLine;
        const int label = (i % perLine) * step;
        worksheet_set_row(ws, lxw_row_t(line), 22, nullptr);
        s.text(line, label, f.caption + QStringLiteral("："), s.fmt(QStringLiteral("plainRight")));
        const QString value = tpl ? QString() : table.field(f.key);
        if (f.key == form_fields::kFilledOn) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (date.isValid()) {
                lxw_datetime dt = lxwDate(date);
                worksheet_write_datetime(ws, lxw_row_t(line), lxw_col_t(label + 1), &dt,
                                         s.fmt(QStringLiteral("fillDate")));
            } else {
                s.blank(line, label + 1, s.fmt(QStringLiteral("fillDate"), tpl));
            }
        } else {
            s.text(line, label + 1, value, s.fmt(QStringLiteral("fill"), tpl));
        }
        for (int c = label + 2; c < std::min(label + step, columns); ++c)
            s.blank(line, c, s.fmt(QStringLiteral("fill"), tpl));
    }
    r += (fields + perLine - 1) / perLine;

    const QStringList notes = d.notesFor(table.year);
    // Notes as the printed form words them: the prefix before the first, the others indented
    // by its width where the notes are paragraphs.
    const QString prefix = d.print.notesPrefix;
    const QString indent = d.print.notesAsParagraphs
                               ? QString(prefix.size(), QChar(0x3000)) // 　 ideographic space
                               : QString();
    for (int i = 0; i < notes.size(); ++i, ++r) {
        const QString line = (i == 0 ? prefix : indent) + notes.at(i);
        worksheet_set_row(ws, lxw_row_t(r), noteHeight(line, sheetWidth), nullptr);
        s.merged(r, 0, lastCol, line, s.fmt(QStringLiteral("note")));
    }
    const int lastRow = r - 1;

    if (tpl && rows > 0) {
        // Whole numbers (or decimals) ≥ 0 in the number cells of every row, spare rows too; the
        // stop message names the column.
        for (int k = 0; k < d.columns.size(); ++k) {
            const FormColumn& c = d.columns.at(k);
            if (!c.isNumber())
                continue;
            const bool whole = c.type == FormColumnType::Count;
            const QByteArray title =
                lxwText(whole ? QStringLiteral("只能填写整数") : QStringLiteral("只能填写数字"));
            const QByteArray message = lxwText(
                QStringLiteral("%1：请填写大于或等于 0 的%2。")
                    .arg(c.caption, whole ? QStringLiteral("整数") : QStringLiteral("数字")));
            lxw_data_validation v{};
            v.validate = whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
            v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
            v.value_number = 0;
            v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
            v.error_title = const_cast<char*>(title.constData());
            v.error_message = const_cast<char*>(message.constData());
            const int col = firstValueCol + k;
            worksheet_data_validation_range(ws, lxw_row_t(firstData), lxw_col_t(col),
                                            lxw_row_t(lastData), lxw_col_t(col), &v);
        }
    }
    if (tpl) {
        // Only the cells to fill can be typed into; no password, so a clerk who must change
        // the form can lift it (审阅 → 撤消工作表保护).
        lxw_protection p{};
        p.format_columns = 1;
        p.format_rows = 1;
        worksheet_protect(ws, nullptr, &p);
    }

    // Print: A4 as the printed form turns, the header row on every page, one page wide.
    worksheet_set_paper(ws, 9);
    if (landscape)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
    worksheet_center_horizontally(ws);
    worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow));
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_print_area(ws, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastCol));
    worksheet_set_footer(ws, lxwText(QStringLiteral("&C第 &P 页，共 &N 页")).constData());
    worksheet_freeze_panes(ws, lxw_row_t(headerRow + 1), 0);
    return book.finish(bytes, error);
}

} // namespace yufang
