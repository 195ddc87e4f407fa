#include "annex_xlsx_sheet.h"

#include "xlsx_workbook.h"

#include "domain/annex_form_text.h"
#include "domain/rates.h"

namespace yufang {

namespace {
// Columns of the official form (annexFormHeader): A 重点行业名称, B 企业户数, C 参保企业户数,
// D 从业总人数, E 参加工伤保险人数, F 工伤保险参保率, G 工伤事故数量, H 工伤事故发生率, I 备注.
constexpr int kColumns = 9;
constexpr lxw_col_t kLastCol = kColumns - 1;
const int kCountCols[] = {1, 2, 3, 4, 6};
const double kWidths[kColumns] = {18, 10, 11, 11, 13, 11, 12, 11, 22};

QString colName(int c) {
    return QString(QChar(u'A' + c));
}

class Sheet {
public:
    Sheet(XlsxWorkbook& book, lxw_worksheet* ws) : m_book(book), m_ws(ws) {}

    // Formats are made once per kind; `input` cells stay unlocked on a protected template.
    lxw_format* fmt(const QString& kind, bool input = false) {
        return m_book.format(kind + (input ? QStringLiteral("+in") : QString()),
                             [&](lxw_format* f) {
                                 format_set_font_name(f, "宋体");
                                 format_set_font_size(f, 11);
                                 format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
                                 style(kind, f);
                                 if (input)
                                     format_set_unlocked(f);
                             });
    }

    void text(int r, int c, const QString& s, lxw_format* f) {
        worksheet_write_string(m_ws, lxw_row_t(r), lxw_col_t(c), lxwText(s).constData(), f);
    }
    void merged(int r, int c0, int c1, const QString& s, lxw_format* f) {
        worksheet_merge_range(m_ws, lxw_row_t(r), lxw_col_t(c0), lxw_row_t(r), lxw_col_t(c1),
                              lxwText(s).constData(), f);
    }
    void number(int r, int c, const Count& v, lxw_format* f) {
        if (v)
            worksheet_write_number(m_ws, lxw_row_t(r), lxw_col_t(c), double(*v), f);
        else
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
    static void style(const QString& kind, lxw_format* f) {
        const bool cell = kind.startsWith(QStringLiteral("cell"));
        if (cell)
            format_set_border(f, LXW_BORDER_THIN);
        if (kind == QStringLiteral("annexMark")) {
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
        } else if (kind == QStringLiteral("fill")) {
            format_set_bottom(f, LXW_BORDER_THIN);
        }
        if (kind == QStringLiteral("plainRight"))
            format_set_align(f, LXW_ALIGN_RIGHT);
        if (kind == QStringLiteral("cellText"))
            format_set_indent(f, 1);
        if (kind.endsWith(QStringLiteral("Label")))
            format_set_align(f, LXW_ALIGN_CENTER);
        if (kind.endsWith(QStringLiteral("Count")))
            format_set_num_format(f, "0");
        else if (kind.endsWith(QStringLiteral("Percent")))
            format_set_num_format(f, "0.00%");
        else if (kind.endsWith(QStringLiteral("Permille")))
            format_set_num_format(f, "0.00\"‰\"");
        else if (kind.endsWith(QStringLiteral("Text")) || kind == QStringLiteral("fill"))
            format_set_num_format(f, "@");
        else if (kind == QStringLiteral("fillDate"))
            format_set_num_format(f, "yyyy-mm-dd");
        if (kind == QStringLiteral("fillDate"))
            format_set_bottom(f, LXW_BORDER_THIN);
    }

    XlsxWorkbook& m_book;
    lxw_worksheet* m_ws;
};

std::optional<double> shownRate(const std::optional<rates::Ratio>& r, int scale) {
    if (!r)
        return std::nullopt;
    return r->format(scale).toDouble();
}

// The note lines' height: a merged cell does not grow by itself.
double noteHeight(const QString& text) {
    const int perLine = 2 * 110; // about the sheet's width in half-width characters
    int width = 0;
    for (const QChar c : text)
        width += c.unicode() >= 0x2E80 ? 2 : 1;
    return 15.0 * std::max(1, (width + perLine - 1) / perLine);
}
} // namespace

bool annexOfficialXlsx(const Plan& plan, const AnnexTable& table, const AnnexSheetOptions& o,
                       QByteArray* bytes, QString* error) {
    XlsxWorkbook book;
    if (!book.book())
        return book.finish(bytes, error);
    Sheet s(book, book.addSheet(QStringLiteral("重点行业企业基本情况表")));
    lxw_worksheet* ws = s.ws();
    const bool tpl = o.blankTemplate;

    for (int c = 0; c < kColumns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), kWidths[c], nullptr);

    int r = 0;
    s.text(r++, 0, QStringLiteral("附件"), s.fmt(QStringLiteral("annexMark")));
    worksheet_set_row(ws, lxw_row_t(r), 42, nullptr);
    s.merged(r++, 0, int(kLastCol), annexFormTitle(plan), s.fmt(QStringLiteral("title")));
    s.merged(r++, 0, 5, QStringLiteral("填报单位：%1").arg(o.bureau),
             s.fmt(QStringLiteral("plain")));
    if (!o.statusNote.isEmpty() && !tpl)
        s.merged(r++, 0, int(kLastCol), o.statusNote, s.fmt(QStringLiteral("plain")));

    const int headerRow = r;
    worksheet_set_row(ws, lxw_row_t(r), 36, nullptr);
    const QStringList header = annexFormHeader(table.year);
    for (int c = 0; c < kColumns; ++c)
        s.text(r, c, header.at(c), s.fmt(QStringLiteral("cellHeader")));
    ++r;

    const int firstData = r;
    const int rows = int(table.rows.size()) + (tpl ? std::max(0, o.spareRows) : 0);
    const int lastData = firstData + rows - 1;
    // The accident rate's denominator column: 参加工伤保险人数 (E) or 从业总人数 (D).
    const QString den = plan.rateDenominator == RateDenominator::Employees ? QStringLiteral("D")
                                                                           : QStringLiteral("E");
    auto rateFormulas = [&](int row, bool total, const AnnexCounts& c) {
        const QString n = QString::number(row + 1);
        const QString pct =
            total ? QStringLiteral("cellTotalPercent") : QStringLiteral("cellPercent");
        const QString pml =
            total ? QStringLiteral("cellTotalPermille") : QStringLiteral("cellPermille");
        const auto coverage = rates::coverage(c);
        const auto accident = rates::accident(c, plan.rateDenominator);
        s.formula(row, 5, QStringLiteral("=IF(N(D%1)>0,E%1/D%1,\"\")").arg(n), s.fmt(pct),
                  coverage ? std::optional<double>(*coverage->value()) : std::nullopt);
        s.formula(row, 7, QStringLiteral("=IF(N(%2%1)>0,G%1/%2%1*1000,\"\")").arg(n, den),
                  s.fmt(pml), accident ? accident->value(1000) : std::nullopt);
    };

    for (int i = 0; i < rows; ++i, ++r) {
        const bool spare = i >= table.rows.size();
        const AnnexRow row = spare ? AnnexRow{} : table.rows.at(i);
        const AnnexCounts counts = tpl ? AnnexCounts{} : row.counts;
        worksheet_set_row(ws, lxw_row_t(r), 20, nullptr);
        s.text(r, 0, row.industry, s.fmt(QStringLiteral("cellText"), tpl && spare));
        s.number(r, 1, counts.enterprises, s.fmt(QStringLiteral("cellCount"), tpl));
        s.number(r, 2, counts.insuredEnterprises, s.fmt(QStringLiteral("cellCount"), tpl));
        s.number(r, 3, counts.employees, s.fmt(QStringLiteral("cellCount"), tpl));
        s.number(r, 4, counts.insuredPersons, s.fmt(QStringLiteral("cellCount"), tpl));
        s.number(r, 6, counts.accidents, s.fmt(QStringLiteral("cellCount"), tpl));
        if (tpl) {
            rateFormulas(r, false, counts);
        } else {
            const auto coverage = shownRate(rates::coverage(counts), 100);
            const auto accident = shownRate(rates::accident(counts, plan.rateDenominator), 1000);
            if (coverage)
                worksheet_write_number(ws, lxw_row_t(r), 5, *coverage / 100.0,
                                       s.fmt(QStringLiteral("cellPercent")));
            else
                worksheet_write_blank(ws, lxw_row_t(r), 5, s.fmt(QStringLiteral("cellPercent")));
            if (accident)
                worksheet_write_number(ws, lxw_row_t(r), 7, *accident,
                                       s.fmt(QStringLiteral("cellPermille")));
            else
                worksheet_write_blank(ws, lxw_row_t(r), 7, s.fmt(QStringLiteral("cellPermille")));
        }
        s.text(r, 8, tpl ? QString() : row.remark, s.fmt(QStringLiteral("cellText"), tpl));
    }

    const int totalRow = r++;
    worksheet_set_row(ws, lxw_row_t(totalRow), 20, nullptr);
    const AnnexCounts total = tpl ? AnnexCounts{} : table.total();
    s.text(totalRow, 0, QStringLiteral("合计"), s.fmt(QStringLiteral("cellTotalLabel")));
    const Count totals[] = {total.enterprises, total.insuredEnterprises, total.employees,
                            total.insuredPersons, total.accidents};
    for (int k = 0; k < 5; ++k) {
        const int c = kCountCols[k];
        if (tpl && rows > 0)
            s.formula(totalRow, c,
                      QStringLiteral("=SUM(%1%2:%1%3)")
                          .arg(colName(c))
                          .arg(firstData + 1)
                          .arg(lastData + 1),
                      s.fmt(QStringLiteral("cellTotalCount")), 0.0);
        else
            s.number(totalRow, c, totals[k], s.fmt(QStringLiteral("cellTotalCount")));
    }
    if (tpl) {
        rateFormulas(totalRow, true, total);
    } else {
        const auto coverage = shownRate(rates::coverage(total), 100);
        const auto accident = shownRate(rates::accident(total, plan.rateDenominator), 1000);
        if (coverage)
            worksheet_write_number(ws, lxw_row_t(totalRow), 5, *coverage / 100.0,
                                   s.fmt(QStringLiteral("cellTotalPercent")));
        else
            worksheet_write_blank(ws, lxw_row_t(totalRow), 5,
                                  s.fmt(QStringLiteral("cellTotalPercent")));
        if (accident)
            worksheet_write_number(ws, lxw_row_t(totalRow), 7, *accident,
                                   s.fmt(QStringLiteral("cellTotalPermille")));
        else
            worksheet_write_blank(ws, lxw_row_t(totalRow), 7,
                                  s.fmt(QStringLiteral("cellTotalPermille")));
    }
    worksheet_write_blank(ws, lxw_row_t(totalRow), 8, s.fmt(QStringLiteral("cellTotalText")));

    // 填报人 / 联系电话 / 填报日期: each label in its cell, the value in the next, so a county
    // types into a cell of its own and the importer reads the value beside its label.
    ++r;
    const int footer = r++;
    worksheet_set_row(ws, lxw_row_t(footer), 22, nullptr);
    s.text(footer, 0, QStringLiteral("填报人："), s.fmt(QStringLiteral("plainRight")));
    s.text(footer, 1, tpl ? QString() : table.meta.preparer, s.fmt(QStringLiteral("fill"), tpl));
    worksheet_write_blank(ws, lxw_row_t(footer), 2, s.fmt(QStringLiteral("fill"), tpl));
    s.text(footer, 3, QStringLiteral("联系电话："), s.fmt(QStringLiteral("plainRight")));
    s.text(footer, 4, tpl ? QString() : table.meta.phone, s.fmt(QStringLiteral("fill"), tpl));
    s.text(footer, 6, QStringLiteral("填报日期："), s.fmt(QStringLiteral("plainRight")));
    if (!tpl && table.meta.filledOn.isValid()) {
        lxw_datetime d = lxwDate(table.meta.filledOn);
        worksheet_write_datetime(ws, lxw_row_t(footer), 7, &d, s.fmt(QStringLiteral("fillDate")));
    } else {
        worksheet_write_blank(ws, lxw_row_t(footer), 7, s.fmt(QStringLiteral("fillDate"), tpl));
    }

    const QStringList& notes = o.notes;
    for (int i = 0; i < notes.size(); ++i, ++r) {
        const QString line =
            (i == 0 ? QStringLiteral("备注：") : QStringLiteral("　　　")) + notes.at(i);
        worksheet_set_row(ws, lxw_row_t(r), noteHeight(line), nullptr);
        s.merged(r, 0, int(kLastCol), line, s.fmt(QStringLiteral("note")));
    }
    const int lastRow = r - 1;

    if (tpl) {
        // Whole numbers ≥ 0 in the count cells of every row, spare rows included.
        lxw_data_validation v{};
        v.validate = LXW_VALIDATION_TYPE_INTEGER;
        v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        v.value_number = 0;
        v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        const QByteArray title = lxwText(QStringLiteral("只能填写整数"));
        const QByteArray message =
            lxwText(QStringLiteral("请填写大于或等于 0 的整数（户数、人数、起数）。"));
        v.error_title = const_cast<char*>(title.constData());
        v.error_message = const_cast<char*>(message.constData());
        for (const int c : kCountCols)
            worksheet_data_validation_range(ws, lxw_row_t(firstData), lxw_col_t(c),
                                            lxw_row_t(lastData), lxw_col_t(c), &v);
        // Only the cells to fill can be typed into; no password, so a clerk who must change
        // the form can lift it (审阅 → 撤消工作表保护).
        lxw_protection p{};
        p.format_columns = 1;
        p.format_rows = 1;
        worksheet_protect(ws, nullptr, &p);
    }

    // Print: A4 landscape, the header row on every page, the width fitted to one page.
    worksheet_set_paper(ws, 9);
    worksheet_set_landscape(ws);
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.6);
    worksheet_center_horizontally(ws);
    worksheet_repeat_rows(ws, lxw_row_t(headerRow), lxw_row_t(headerRow));
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_print_area(ws, 0, 0, lxw_row_t(lastRow), kLastCol);
    worksheet_set_footer(ws, lxwText(QStringLiteral("&C第 &P 页，共 &N 页")).constData());
    worksheet_freeze_panes(ws, lxw_row_t(headerRow + 1), 0);
    return book.finish(bytes, error);
}

} // namespace yufang
