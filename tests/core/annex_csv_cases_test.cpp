// Every annex file shape of DESIGN.md "Annex CSV" and issue 3 as one data table: what Excel and
// WPS really write (padded rows, two-line header cells, "1,000", "91.67%", #DIV/0!, an empty
// 填报人 line, a trailing 校核人 line), in every encoding, good and bad. Each case states the
// exact diagnostics expected (severity, FILE line, field, words of the message) and, when the
// file is good, what lands in the database; a rejected file must leave it untouched.
#include "excel_sheet.h"
#include "test_support.h"

#include "annex_form_import.h"
#include "storage/annex_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Want {
    Severity severity;
    int line;
    QString field;        // empty: any
    QStringList mentions; // words the message must contain
};

struct Case {
    std::string name;
    QByteArray bytes;
    bool accepted = true;
    QList<Want> diagnostics{}; // exactly these: no other error, warning or note
    CsvLayout layout = CsvLayout::Form;
    QString encoding{}; // checked when set
    QStringList units = {u"371302"_s};
    int year = 2020;
    AnnexCounts total = counts(30, 23, 6000, 4800, 16);
    std::optional<QString> preparer{};
    std::optional<QString> phone{};
    std::optional<QDate> filledOn{};
    QString remarkOf{}; // industry whose remark is checked
    QString remark{};
    FormImportOptions options{};
};

Want error(int line, const QString& field, const QStringList& mentions = {}) {
    return {Severity::Error, line, field, mentions};
}
Want warning(int line, const QString& field, const QStringList& mentions = {}) {
    return {Severity::Warning, line, field, mentions};
}

FormImportOptions yearOption(int year) {
    FormImportOptions o;
    o.year = year;
    return o;
}

QString csv(const Sheet& s) {
    return excelText(s, QLatin1Char(','));
}
QString tabs(const Sheet& s) {
    return excelText(s, QLatin1Char('\t'));
}

// The official header with its cells broken over two lines, as the seed prints it.
Sheet twoLineHeader(Sheet s, int year = 2020) {
    s[2] = QStringList{u"重点行业名称"_s,
                       u"企业户数"_s,
                       u"参保企业\n户数"_s,
                       u"从业总\n人数"_s,
                       u"参加工伤保险\n人数"_s,
                       u"工伤保险\n参保率"_s,
                       u"%1年工伤\n事故数量"_s.arg(year),
                       u"工伤事故\n发生率"_s,
                       u"备注"_s};
    return s;
}

Sheet withThousands(Sheet s) {
    rowStartingWith(s, u"危险化学品"_s)[3] = u"1,000"_s;
    rowStartingWith(s, u"建筑施工"_s)[3] = u"5,000"_s;
    rowStartingWith(s, u"建筑施工"_s)[4] = u"4,000"_s;
    rowStartingWith(s, u"合计"_s)[3] = u"6,000"_s;
    rowStartingWith(s, u"合计"_s)[4] = u"4,800"_s;
    return s;
}

// Excel's "Unicode text" of a clerk's sheet: two-line header, thousands, empty footer, 校核人.
Sheet excelUnicodeSheet() {
    Sheet s = withThousands(twoLineHeader(annexSheet()));
    s[7] = QStringList{u"填报人："_s, {}, {}, {}, u"联系电话："_s};
    s << QStringList{u"校核人："_s};
    return s;
}

template <typename F> Sheet edited(F edit, Sheet s = annexSheet()) {
    edit(s);
    return s;
}

std::vector<Case> formCases() {
    std::vector<Case> cases;
    cases.push_back({.name = "form: Excel CSV, UTF-8 with BOM",
                     .bytes = utf8WithBom(csv(annexSheet())),
                     .encoding = u"UTF-8 (BOM)"_s,
                     .preparer = u"张三"_s,
                     .phone = u"0539-1234567"_s});
    cases.push_back({.name = "form: UTF-8 without BOM",
                     .bytes = utf8(csv(annexSheet())),
                     .encoding = u"UTF-8"_s});
    cases.push_back({.name = "form: GB18030",
                     .bytes = gb18030(csv(annexSheet())),
                     .encoding = u"GB18030"_s,
                     .preparer = u"张三"_s});
    cases.push_back({.name = "form: GBK as older WPS saves it",
                     .bytes = gbk(csv(annexSheet())),
                     .encoding = u"GB18030"_s,
                     .preparer = u"张三"_s});
    cases.push_back(
        {.name = "form: Excel Unicode text with two-line header cells and a 校核人 line",
         .bytes = utf16LeWithBom(tabs(excelUnicodeSheet())),
         .encoding = u"UTF-16LE"_s,
         .preparer = u""_s,
         .phone = u""_s});
    {
        Sheet s = excelUnicodeSheet();
        rowStartingWith(s, u"建筑施工"_s)[5] = u"90.00%"_s;
        cases.push_back(
            {.name = "form: Excel Unicode text counts lines inside header cells",
             .bytes = utf16LeWithBom(tabs(s)),
             .diagnostics = {warning(12, u"coverage_rate"_s, {u"90.00%"_s, u"80.00"_s})}});
    }
    cases.push_back(
        {.name = "form: WPS Unicode text with unpadded rows and LF line ends",
         .bytes = utf16LeWithBom(excelText(twoLineHeader(annexSheet()), QLatin1Char('\t'), -1)
                                     .replace(u"\r\n"_s, u"\n"_s)),
         .encoding = u"UTF-16LE"_s,
         .preparer = u"张三"_s,
         .phone = u"0539-1234567"_s});
    {
        Sheet s = annexSheet();
        rowStartingWith(s, u"危险化学品"_s)[8] = u"含\"园区\"企业,\n另计"_s; // lines 4-5
        rowStartingWith(s, u"建筑施工"_s)[5] = u"90.00%"_s;                  // line 7
        cases.push_back({.name = "form: quoted commas, doubled quotes and embedded newlines",
                         .bytes = utf8WithBom(csv(s)),
                         .diagnostics = {warning(7, u"coverage_rate"_s, {u"建筑施工"_s})},
                         .remarkOf = u"危险化学品"_s,
                         .remark = u"含\"园区\"企业,\n另计"_s});
    }
    {
        Sheet s = withThousands(annexSheet());
        rowStartingWith(s, u"建筑施工"_s)[3] = u"5\u00A0000"_s;
        rowStartingWith(s, u"建筑施工"_s)[4] = u"4,000.00"_s;
        rowStartingWith(s, u"合计"_s)[3] = u"6，000"_s;
        cases.push_back(
            {.name = "form: thousands separators of every kind", .bytes = gb18030(csv(s))});
    }
    {
        Sheet s = annexSheet();
        s[1] = QStringList{u"填报单位：\u3000临沂市兰山区人力资源和社会保障局"_s};
        s[2][1] = u"企业\u3000户数"_s;
        s[2][6] = u"２０２０年工伤事故数量"_s;
        s[3] = QStringList{
            u"危险\u3000化学品"_s, u"１０"_s, u"\u3000８\u3000"_s, u"１，０００"_s, u"８００"_s,
            u"８０．００％"_s,     u"４"_s,   u"５．００"_s,       u"ＯＫ"_s};
        s[7] = QStringList{u"填报人：张三"_s, {}, {}, {}, u"联系电话：０５３９－１２３４５６７"_s};
        cases.push_back({.name = "form: full-width digits, letters and spaces",
                         .bytes = utf8WithBom(csv(s)),
                         .preparer = u"张三"_s,
                         .phone = u"0539-1234567"_s,
                         .remarkOf = u"危险化学品"_s,
                         .remark = u"ＯＫ"_s});
    }
    {
        Sheet s = annexSheet();
        for (QStringList& row : s)
            while (row.size() < 14)
                row << QString();
        s.insert(2, QStringList{});
        s.insert(5, QStringList{u" "_s, {}, {}, u"\u3000"_s});
        for (int i = 0; i < 20; ++i)
            s << QStringList{};
        cases.push_back({.name = "form: blank lines, trailing empty columns, a sheet's empty rows",
                         .bytes = utf8WithBom(csv(s)),
                         .preparer = u"张三"_s});
    }
    {
        Sheet s = annexSheet();
        s[2] = QStringList{u" 重点行业名称"_s,
                           u" 企业户数 "_s,
                           u"参保企业 户数"_s,
                           u"从业总 人数"_s,
                           u"参加工伤保险 人数 "_s,
                           u"工伤保险参保率（%）"_s,
                           u" 2020年工伤 事故数量（起）"_s,
                           u"工伤事故发生率(‰)"_s,
                           u"备 注"_s};
        cases.push_back({.name = "form: header text with stray spaces and unit suffixes",
                         .bytes = utf8WithBom(csv(s))});
    }
    cases.push_back({.name = "form: 填报单位： with the name in the next cell",
                     .bytes = utf8WithBom(csv(edited([](Sheet& s) {
                         s[1] = QStringList{u"填报单位："_s, u"临沂市兰山区人力资源和社会保障局"_s};
                     })))});
    cases.push_back(
        {.name = "form: 填报单位（盖章）： an empty cell the name and 填报日期 on one line",
         .bytes = utf8WithBom(csv(edited([](Sheet& s) {
             s[1] = QStringList{u"填报单位（盖章）："_s,     {}, u"兰山区人社局"_s, {}, {}, {},
                                u"填报日期：2021年9月10日"_s};
         }))),
         .filledOn = QDate(2021, 9, 10)});
    cases.push_back(
        {.name = "form: 填报单位 and 填报日期 typed into one cell",
         .bytes = utf8WithBom(csv(edited([](Sheet& s) {
             s[1] = QStringList{
                 u"填报单位：临沂市兰山区人力资源和社会保障局　　填报日期：2021-09-10"_s};
         }))),
         .filledOn = QDate(2021, 9, 10)});
    cases.push_back({.name = "form: the year from a two-line 2023年工伤事故数量 header",
                     .bytes = utf8WithBom(csv(twoLineHeader(annexSheet(2023), 2023))),
                     .year = 2023});
    {
        Sheet s = annexSheet();
        s.insert(6, QStringList{u"物流仓储"_s, u"5"_s, u"5"_s, u"300"_s, u"300"_s, u"100.00%"_s,
                                u"1"_s, u"3.33"_s});
        s[7] = QStringList{u"合计"_s, u"35"_s,     u"28"_s, u"6300"_s,
                           u"5100"_s, u"80.95%"_s, u"17"_s, u"3.33"_s};
        cases.push_back(
            {.name = "form: an unknown industry becomes a local key industry with a note",
             .bytes = utf8WithBom(csv(s)),
             .diagnostics = {{Severity::Info, 7, u"row"_s, {u"物流仓储"_s, u"兰山区"_s}}},
             .total = counts(35, 28, 6300, 5100, 17)});
    }
    {
        Sheet s = annexSheet();
        rowStartingWith(s, u"危险化学品"_s)[5] = u"0.8"_s; // percent format lost: a fraction
        rowStartingWith(s, u"危险化学品"_s)[7] = u"5"_s;
        rowStartingWith(s, u"建筑施工"_s)[5] = u"80.4%"_s; // off by more than rounding
        rowStartingWith(s, u"建筑施工"_s)[7] = u"3.004"_s;
        cases.push_back({.name = "form: rates are recomputed and a wrong one warns",
                         .bytes = utf8WithBom(csv(s)),
                         .diagnostics = {warning(6, u"coverage_rate"_s, {u"80.4%"_s, u"80.00"_s}),
                                         warning(6, u"accident_rate"_s, {u"3.004"_s, u"3.00"_s})}});
    }
    {
        Sheet s = annexSheet();
        s[2].prepend(u"序号"_s);
        for (int i = 3; i <= 5; ++i)
            s[i].prepend(QString::number(i - 2));
        s[6][0] = QString();
        s[6].prepend(u"合  计"_s); // merged over 序号 and 重点行业名称
        cases.push_back({.name = "form: a 序号 column and 合计 merged across two cells",
                         .bytes = utf8WithBom(csv(s))});
    }
    cases.push_back({.name = "form: an empty 填报人 line and a trailing 校核人 line",
                     .bytes = utf8WithBom(csv(edited([](Sheet& s) {
                         s[7] = QStringList{u"填报人："_s, {}, {}, {}, u"联系电话："_s};
                         s << QStringList{u"校核人："_s};
                     }))),
                     .preparer = u""_s,
                     .phone = u""_s});
    cases.push_back({.name = "form: 填报人 and 联系电话 typed into one cell",
                     .bytes = utf8WithBom(csv(edited([](Sheet& s) {
                         s[7] = QStringList{u"填报人：张三　　联系电话：0539-1234567"_s};
                     }))),
                     .preparer = u"张三"_s,
                     .phone = u"0539-1234567"_s});
    cases.push_back({.name = "form: a 校核人 line straight after the rows without 合计",
                     .bytes = utf8WithBom(csv(edited([](Sheet& s) {
                         s.erase(s.begin() + 6, s.end());
                         s << QStringList{u"校核人：李四"_s}
                           << QStringList{u"临沂市兰山区人力资源和社会保障局"_s};
                     })))});
    cases.push_back({.name = "form: a row of units under the header",
                     .bytes = utf8WithBom(csv(edited([](Sheet& s) {
                         s.insert(3, QStringList{{},
                                                 u"（户）"_s,
                                                 u"（户）"_s,
                                                 u"（人）"_s,
                                                 u"（人）"_s,
                                                 u"（%）"_s,
                                                 u"（起）"_s,
                                                 u"（‰）"_s});
                     })))});
    cases.push_back({.name = "form: spare template rows that show only #DIV/0!",
                     .bytes = utf8WithBom(csv(edited([](Sheet& s) {
                         const QStringList spare{{}, {},           {}, {},
                                                 {}, u"#DIV/0!"_s, {}, u"#DIV/0!"_s};
                         s.insert(6, spare);
                         s.insert(6, spare);
                     })))});
    {
        Sheet s = annexSheet();
        Sheet second = annexSheet();
        second[1] = QStringList{u"填报单位：临沂市罗庄区人力资源和社会保障局"_s};
        s << QStringList{} << second;
        cases.push_back({.name = "form: two forms one under the other in one sheet",
                         .bytes = utf8WithBom(csv(s)),
                         .units = {u"371302"_s, u"371311"_s}});
    }
    return cases;
}

std::vector<Case> dataCases() {
    std::vector<Case> cases;
    auto add = [&](Case c) {
        c.layout = CsvLayout::Data;
        cases.push_back(std::move(c));
    };
    add({.name = "data: UTF-8 with BOM",
         .bytes = utf8WithBom(csv(annexDataSheet())),
         .total = counts(30, 23, 6000, 4800, 16)});
    add({.name = "data: GB18030 with quoted thousands",
         .bytes = gb18030(csv(edited([](Sheet& s) { s[1][6] = u"1,000"_s; }, annexDataSheet()))),
         .encoding = u"GB18030"_s});
    add({.name = "data: Excel Unicode text",
         .bytes = utf16LeWithBom(tabs(annexDataSheet())),
         .encoding = u"UTF-16LE"_s});
    add({.name = "data: a code typed with an apostrophe, full-width code and year",
         .bytes = utf8WithBom(csv(edited(
             [](Sheet& s) {
                 s[1][0] = u"'371302"_s;
                 s[2][0] = u"３７１３０２"_s;
                 s[2][2] = u"２０２０年"_s;
             },
             annexDataSheet())))});
    add({.name = "data: English headers in full-width letters",
         .bytes = utf8WithBom(csv(edited(
             [](Sheet& s) {
                 s[0] = QStringList{u"ｕｎｉｔ＿ｃｏｄｅ"_s,
                                    u"unit_name"_s,
                                    u"Year"_s,
                                    u"Industry"_s,
                                    u"enterprises"_s,
                                    u"insured_enterprises"_s,
                                    u"employees"_s,
                                    u"insured_persons"_s,
                                    u"accidents"_s,
                                    u"remark"_s};
             },
             annexDataSheet())))});
    return cases;
}

std::vector<Case> rejectedCases() {
    std::vector<Case> cases;
    auto add = [&](Case c) {
        c.accepted = false;
        cases.push_back(std::move(c));
    };
    add({.name = "rejected: 合计 mismatch names column, expected and found",
         .bytes = utf8WithBom(
             csv(edited([](Sheet& s) { rowStartingWith(s, u"合计"_s)[3] = u"6001"_s; }))),
         .diagnostics = {error(7, u"employees"_s, {u"从业总人数"_s, u"6000"_s, u"6001"_s})}});
    {
        Sheet s = excelUnicodeSheet();
        rowStartingWith(s, u"合计"_s)[6] = u"17"_s;
        add({.name = "rejected: 合计 mismatch in Excel Unicode text is reported on its line",
             .bytes = utf16LeWithBom(tabs(s)),
             .diagnostics = {
                 error(13, u"accidents"_s, {u"2020年工伤事故数量"_s, u"16"_s, u"17"_s})}});
    }
    add({.name = "rejected: every error at once, none hidden by another",
         .bytes = gb18030(csv(edited([](Sheet& s) {
             s[3][1] = u"abc"_s; // line 4
             s[4][6] = u"1.5"_s; // line 5
             s[5][2] = u"25"_s;  // line 6: more insured enterprises than enterprises
             s[5][6] = u"-2"_s;
             s[6][2] = u"33"_s; // the total agrees with the rows as written
         }))),
         .diagnostics = {error(4, u"enterprises"_s, {u"abc"_s}),
                         error(5, u"accidents"_s, {u"1.5"_s}), error(6, u"accidents"_s, {u"-2"_s}),
                         error(6, u"insured_enterprises"_s, {u"建筑施工"_s})}});
    add({.name = "rejected: an error after an embedded newline names the physical line",
         .bytes = utf8WithBom(csv(edited([](Sheet& s) {
             s[3][8] = u"第一行\n第二行"_s;
             s[5][1] = u"x"_s; // 建筑施工, line 7
         }))),
         .diagnostics = {error(7, u"enterprises"_s, {u"建筑施工"_s, u"x"_s})}});
    add({.name = "rejected: an unknown 填报单位",
         .bytes = utf8WithBom(csv(
             edited([](Sheet& s) { s[1][0] = u"填报单位：北京市朝阳区人力资源和社会保障局"_s; }))),
         .diagnostics = {error(2, u"unit"_s, {u"北京市朝阳区"_s})}});
    add({.name = "rejected: a header without 从业总人数",
         .bytes = utf8WithBom(csv(edited([](Sheet& s) {
             for (QStringList& row : s)
                 if (row.size() > 3)
                     row.removeAt(3);
         }))),
         .diagnostics = {error(3, {}, {u"从业总人数"_s})}});
    add({.name = "rejected: no header row at all",
         .bytes = utf8WithBom(u"a,b,c\r\n1,2,3\r\n"_s),
         .diagnostics = {error(0, {}, {u"重点行业名称"_s})}});
    add({.name = "rejected: bytes that are text in no encoding",
         .bytes = QByteArray("\x81\x30\xff\x41\xff\x41"),
         .diagnostics = {error(0, {})}});
    add({.name = "rejected: a row with figures below 合计",
         .bytes = utf8WithBom(csv(edited([](Sheet& s) {
             s.insert(7,
                      QStringList{u"物流仓储"_s, u"5"_s, u"5"_s, u"300"_s, u"300"_s, {}, u"1"_s});
         }))),
         .diagnostics = {error(8, u"row"_s, {u"物流仓储"_s, u"合计"_s})}});
    add({.name = "rejected: --year that contradicts the header",
         .bytes = utf8WithBom(csv(annexSheet())),
         .diagnostics = {error(3, u"year"_s, {u"2020"_s, u"2021"_s})},
         .options = yearOption(2021)});
    add({.name = "rejected: data with a year that is no year",
         .bytes = utf8WithBom(csv(edited([](Sheet& s) { s[2][2] = u"20x0"_s; }, annexDataSheet()))),
         .diagnostics = {error(3, u"year"_s, {u"20x0"_s})}});
    add({.name = "rejected: data with a 合计 mismatch",
         .bytes = utf8WithBom(csv(edited(
             [](Sheet& s) {
                 s << QStringList{u"371302"_s, u"兰山区"_s, u"2020"_s, u"合计"_s, u"31"_s,
                                  u"23"_s,     u"6000"_s,   u"4800"_s, u"16"_s};
             },
             annexDataSheet()))),
         .diagnostics = {error(5, u"enterprises"_s, {u"30"_s, u"31"_s})}});
    return cases;
}

std::vector<Case> allCases() {
    std::vector<Case> all = formCases();
    for (auto* more : {&dataCases, &rejectedCases})
        for (Case& c : more())
            all.push_back(std::move(c));
    return all;
}

std::string describe(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds)
        out += d.toString().toStdString() + " [" + d.field.toStdString() + "]\n";
    return out;
}

bool matches(const Diagnostic& d, const Want& w) {
    if (d.severity != w.severity || d.line != w.line || (!w.field.isEmpty() && d.field != w.field))
        return false;
    for (const QString& m : w.mentions)
        if (!d.message.contains(m))
            return false;
    return true;
}
} // namespace

TEST_CASE("Annex import case table: every file shape Excel and WPS write", "[import][cases]") {
    const Case c = GENERATE(from_range(allCases()));
    CAPTURE(c.name);
    TempDatabase t;
    const QString file = u"/tmp/returns/lanshan.csv"_s;
    const AnnexFormImporter importer(t.connection());
    FormTableFileImport import = importer.prepare(c.bytes, file, c.options);
    INFO(describe(import.diagnostics));

    for (const Want& w : c.diagnostics) {
        CAPTURE(w.line, w.field, w.mentions);
        CHECK(std::any_of(import.diagnostics.cbegin(), import.diagnostics.cend(),
                          [&](const Diagnostic& d) { return matches(d, w); }));
    }
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        CAPTURE(int(s));
        CHECK(countOf(import.diagnostics, s) ==
              std::count_if(c.diagnostics.cbegin(), c.diagnostics.cend(),
                            [&](const Want& w) { return w.severity == s; }));
    }
    for (const Diagnostic& d : import.diagnostics)
        CHECK(d.toString().startsWith(d.line > 0 ? u"%1:%2: "_s.arg(file).arg(d.line)
                                                 : file + u": "_s));
    if (!c.encoding.isEmpty())
        CHECK(import.encoding == c.encoding);

    const AnnexRepository repository(t.connection());
    if (!c.accepted) {
        CHECK_FALSE(import.acceptable());
        CHECK_FALSE(importer.commit(import));
        CHECK_FALSE(repository.hasData(u"371302"_s, 2020));
        CHECK(import.summary().contains(u"rejected"_s));
        return;
    }
    CHECK(import.layout == c.layout);
    REQUIRE(import.acceptable());
    REQUIRE(annexesOf(import).size() == c.units.size());
    for (qsizetype i = 0; i < c.units.size(); ++i) {
        CHECK(annexesOf(import)[i].unit.code == c.units[i]);
        CHECK(annexesOf(import)[i].table.year == c.year);
    }
    const AnnexTable table = annexesOf(import).first().table;
    CHECK(table.total() == c.total);
    CHECK(table.find(u"危险化学品"_s) != nullptr);
    if (c.preparer)
        CHECK(table.meta.preparer == *c.preparer);
    if (c.phone)
        CHECK(table.meta.phone == *c.phone);
    if (c.filledOn)
        CHECK(table.meta.filledOn == *c.filledOn);
    if (!c.remarkOf.isEmpty()) {
        REQUIRE(table.find(c.remarkOf) != nullptr);
        CHECK(table.find(c.remarkOf)->remark == c.remark);
    }

    REQUIRE(importer.commit(import));
    CHECK(import.landed);
    CHECK(repository.load(c.units.first(), c.year).total() == c.total);
}
