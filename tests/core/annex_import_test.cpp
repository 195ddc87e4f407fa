// Annex files into the database through the form engine (services/form_table_import.h, the form
// `annex`; DESIGN.md "Annex CSV"): FILE:LINE diagnostics, all errors collected, the 合计 check,
// local industries, replace, unit and year resolution, and one file = one transaction.
#include "../test_server.h"
#include "test_support.h"

#include "annex_form_import.h"
#include "domain/annex_form_table.h"
#include "io/form_csv_reader.h"
#include "services/form_definitions.h"
#include "storage/annex_repository.h"
#include "storage/unit_repository.h"

#include <QRegularExpression>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kFile = u"lanshan.csv"_s;
const QString kTitle =
    u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s;
const QString kUnitLine = u"填报单位：临沂市兰山区人力资源和社会保障局"_s;

QString header(int year) {
    return u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,%1年工伤事故数量,工伤事故发生率,备注"_s
        .arg(year);
}

QString lines(const QStringList& l) {
    return l.join(u"\r\n"_s) + u"\r\n"_s;
}

// A form as 兰山区 sends it: lines 1 title, 2 填报单位, 3 header, 4-5 rows, 6 合计, 7-9 footer.
QString goodForm(const QString& unitLine = kUnitLine, int year = 2020) {
    return lines({kTitle, unitLine, header(year), u"危险化学品,10,8,1000,800,80.00%,4,5.00‰,"_s,
                  u"建筑施工,20,15,5000,6000,120.00%,12,2.00‰,按项目参保"_s,
                  u"合计,30,23,6000,6800,113.33%,16,2.35‰,"_s, u"填报人：张三"_s,
                  u"联系电话：0539-1234567"_s, u"备注：（1）请填写2020年底的数据。"_s});
}

FormTableFileImport prepare(const TempDatabase& t, const QByteArray& bytes,
                            const FormImportOptions& options = {}, const QString& file = kFile) {
    return AnnexFormImporter(t.connection()).prepare(bytes, file, options);
}

FormTableFileImport importText(const TempDatabase& t, const QString& text,
                               const FormImportOptions& options = {}) {
    FormTableFileImport import = prepare(t, utf8WithBom(text), options);
    AnnexFormImporter(t.connection()).commit(import);
    return import;
}

Diagnostics only(const Diagnostics& ds, Severity s) {
    Diagnostics out;
    for (const Diagnostic& d : ds)
        if (d.severity == s)
            out << d;
    return out;
}

std::string describe(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds)
        out += d.toString().toStdString() + " [" + d.field.toStdString() + "]\n";
    return out;
}

const AnnexRow& rowOf(const AnnexTable& t, const QString& industry) {
    const AnnexRow* r = t.find(industry);
    INFO(industry.toStdString());
    REQUIRE(r != nullptr);
    return *r;
}

// Every row padded to nine columns, the way Excel saves a sheet as "Unicode text".
QString asExcelTabText(const QString& csv) {
    QStringList out;
    for (const QString& line : csv.split(u"\r\n"_s)) {
        if (line.isEmpty())
            continue;
        QStringList cells = line.split(QLatin1Char(','));
        while (cells.size() < 9)
            cells << QString();
        out << cells.join(QLatin1Char('\t'));
    }
    return out.join(u"\r\n"_s) + u"\r\n"_s;
}
} // namespace

TEST_CASE("A county's form lands whatever encoding Excel or WPS saved it in", "[import]") {
    TempDatabase t;
    const QString text = goodForm();
    const auto [kind, bytes] = GENERATE_COPY(table<const char*, QByteArray>({
        {"UTF-8 with BOM", utf8WithBom(text)},
        {"UTF-8 without BOM", utf8(text)},
        {"GB18030", gb18030(text)},
        {"UTF-16LE tab-separated with BOM", utf16LeWithBom(asExcelTabText(text))},
    }));
    CAPTURE(kind);
    FormTableFileImport import = prepare(t, bytes);
    INFO(describe(import.diagnostics));
    REQUIRE(import.acceptable());
    CHECK(import.layout == CsvLayout::Form);
    REQUIRE(annexesOf(import).size() == 1);
    const ImportedAnnex a = annexesOf(import).first();
    CHECK(a.unit.code == u"371302"_s);
    CHECK(a.table.year == 2020);
    CHECK_FALSE(a.replacesExisting);
    // insured persons > employees in 建筑施工 is a warning only
    const Diagnostics warnings = only(import.diagnostics, Severity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].line == 5);
    CHECK(warnings[0].field == u"insured_persons"_s);

    REQUIRE(AnnexFormImporter(t.connection()).commit(import));
    CHECK(import.landed);
    const AnnexTable stored = AnnexRepository(t.connection()).load(u"371302"_s, 2020);
    CHECK(rowOf(stored, u"危险化学品"_s).counts == counts(10, 8, 1000, 800, 4));
    CHECK(rowOf(stored, u"建筑施工"_s).counts == counts(20, 15, 5000, 6000, 12));
    CHECK(rowOf(stored, u"建筑施工"_s).remark == u"按项目参保"_s);
    CHECK(rowOf(stored, u"矿山"_s).counts.isEmpty());
    CHECK(stored.meta.preparer == u"张三"_s);
    CHECK(stored.meta.phone == u"0539-1234567"_s);
}

TEST_CASE("A tab-separated file whose first line is a lone title is still read", "[import][bug]") {
    // Our own form starts with a title line that has no delimiter; saved as "Unicode text"
    // without padding, only the later lines carry tabs.
    TempDatabase t;
    QString text = goodForm();
    text.replace(QLatin1Char(','), QLatin1Char('\t'));
    FormTableFileImport import = prepare(t, utf16LeWithBom(text));
    INFO(describe(import.diagnostics));
    REQUIRE(import.acceptable());
    REQUIRE(annexesOf(import).size() == 1);
    CHECK(rowOf(annexesOf(import).first().table, u"危险化学品"_s).counts ==
          counts(10, 8, 1000, 800, 4));
}

TEST_CASE(
    "Thousands separators - full-width digits - blank lines and trailing columns are accepted",
    "[import]") {
    TempDatabase t;
    const QString text = lines({kTitle, u"填报单位：,兰山区,,,"_s, u""_s, header(2020) + u",,,"_s,
                                u"危险化学品,１０,８,\"1,000\",８００,,4,,,,"_s, u""_s,
                                u"  建筑施工 ,20,15,\"5 000\",\"6,000\",,１２,,\" 按项目参保\""_s,
                                u"合计,30,23,\"6,000\",6800,,16,,"_s});
    FormTableFileImport import = prepare(t, utf8WithBom(text));
    INFO(describe(import.diagnostics));
    REQUIRE(import.acceptable());
    REQUIRE(annexesOf(import).size() == 1);
    const AnnexTable table = annexesOf(import).first().table;
    CHECK(annexesOf(import).first().unit.code == u"371302"_s);
    CHECK(rowOf(table, u"危险化学品"_s).counts == counts(10, 8, 1000, 800, 4));
    CHECK(rowOf(table, u"建筑施工"_s).counts == counts(20, 15, 5000, 6000, 12));
}

TEST_CASE("Every error is reported as FILE:LINE with its field - all of them at once", "[import]") {
    TempDatabase t;
    const QString text =
        lines({kTitle, kUnitLine, header(2020),
               u"危险化学品,abc,8,1000,800,,4,,"_s, // line 4: not a number
               u"矿山,5,6,100,100,,1,,"_s,          // line 5: insured enterprises > enterprises
               u"冶金,5,5,100,100,,-3,,"_s,         // line 6: negative accidents
               u"建材,5,5,100,100,,1,,"_s});        // line 7: fine
    FormTableFileImport import = prepare(t, utf8WithBom(text), {}, u"/tmp/in/lanshan.csv"_s);
    INFO(describe(import.diagnostics));
    const Diagnostics errors = only(import.diagnostics, Severity::Error);
    REQUIRE(errors.size() == 3);
    struct Want {
        int line;
        const char* field;
        const char16_t* mentions;
    };
    const QList<Want> want = {
        {4, "enterprises", u"abc"}, {5, "insured_enterprises", u"矿山"}, {6, "accidents", u"-3"}};
    for (qsizetype i = 0; i < want.size(); ++i) {
        CAPTURE(i);
        CHECK(errors[i].file == u"/tmp/in/lanshan.csv"_s);
        CHECK(errors[i].line == want[i].line);
        CHECK(errors[i].field == QString::fromLatin1(want[i].field));
        CHECK(errors[i].message.contains(QString::fromUtf16(want[i].mentions)));
        CHECK(errors[i].toString().startsWith(u"/tmp/in/lanshan.csv:%1: "_s.arg(want[i].line)));
    }
    CHECK_FALSE(import.acceptable());
    CHECK_FALSE(AnnexFormImporter(t.connection()).commit(import));
    CHECK_FALSE(import.landed);
    CHECK_FALSE(AnnexRepository(t.connection()).hasData(u"371302"_s, 2020));
    CHECK(import.summary().contains(u"3"_s));
}

TEST_CASE("A 合计 row that does not match the rows rejects the file naming column and values",
          "[import]") {
    TempDatabase t;
    QString text = goodForm();
    text.replace(u"合计,30,23,6000,6800"_s, u"合计,30,23,6001,6800"_s);
    FormTableFileImport import = prepare(t, utf8WithBom(text));
    const Diagnostics errors = only(import.diagnostics, Severity::Error);
    INFO(describe(import.diagnostics));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 6);
    CHECK(errors[0].field == u"employees"_s);
    CHECK(errors[0].message.contains(u"从业总人数"_s));
    CHECK(errors[0].message.contains(u"6000"_s));
    CHECK(errors[0].message.contains(u"6001"_s));
    CHECK_FALSE(import.acceptable());

    SECTION("the accident column is named with its year") {
        QString accidents = goodForm();
        accidents.replace(u"合计,30,23,6000,6800,113.33%,16"_s,
                          u"合计,30,23,6000,6800,113.33%,17"_s);
        const Diagnostics e = only(prepare(t, utf8WithBom(accidents)).diagnostics, Severity::Error);
        REQUIRE(e.size() == 1);
        CHECK(e[0].field == u"accidents"_s);
        CHECK(e[0].message.contains(u"2020年工伤事故数量"_s));
        CHECK(e[0].message.contains(u"16"_s));
        CHECK(e[0].message.contains(u"17"_s));
    }
}

TEST_CASE("An unknown industry becomes a local key industry with a note", "[import]") {
    TempDatabase t;
    const QString text =
        lines({kTitle, kUnitLine, header(2020), u"危险化学品,10,8,1000,800,,4,,"_s,
               u"物流仓储,5,5,300,300,,1,,"_s, u"建筑施工,20,15,5000,5000,,12,,"_s});
    FormTableFileImport import = prepare(t, utf8WithBom(text));
    INFO(describe(import.diagnostics));
    REQUIRE(import.acceptable());
    const Diagnostics notes = only(import.diagnostics, Severity::Info);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].line == 5);
    CHECK(notes[0].field == u"row"_s);
    CHECK(notes[0].message.contains(u"物流仓储"_s));
    REQUIRE(annexesOf(import).size() == 1);
    CHECK(annexesOf(import)[0].newLocalIndustries == QStringList{u"物流仓储"_s});
    // plan industries first, in the plan's order, then the local one
    QStringList order;
    const ImportedAnnex imported = annexesOf(import)[0];
    for (const AnnexRow& r : imported.table.rows)
        order << r.industry;
    CHECK(order == QStringList{u"危险化学品"_s, u"建筑施工"_s, u"物流仓储"_s});

    REQUIRE(AnnexFormImporter(t.connection()).commit(import));
    const AnnexRepository repo(t.connection());
    CHECK(repo.industriesOf(u"371302"_s).contains(u"物流仓储"_s));
    CHECK_FALSE(repo.planIndustriesOf(u"371302"_s).contains(u"物流仓储"_s));
    const AnnexTable stored = repo.load(u"371302"_s, 2020);
    CHECK(rowOf(stored, u"物流仓储"_s).local);
    CHECK(rowOf(stored, u"物流仓储"_s).counts == counts(5, 5, 300, 300, 1));

    SECTION("a known industry spelt with full-width spaces is the plan's industry, no note") {
        const QString spaced = lines(
            {kTitle, u"填报单位：罗庄区"_s, header(2020), u"危险\u3000化学品,1,1,10,10,,0,,"_s});
        const FormTableFileImport i2 = prepare(t, utf8WithBom(spaced));
        INFO(describe(i2.diagnostics));
        REQUIRE(i2.acceptable());
        CHECK(only(i2.diagnostics, Severity::Info).isEmpty());
        CHECK(annexesOf(i2)[0].table.rows[0].industry == u"危险化学品"_s);
        CHECK_FALSE(annexesOf(i2)[0].table.rows[0].local);
    }
}

TEST_CASE("Existing data is replaced only when asked", "[import]") {
    TempDatabase t;
    REQUIRE(importText(t, goodForm()).landed);

    QString changed = goodForm();
    changed.replace(u"危险化学品,10,8,1000,800,80.00%,4,5.00‰,"_s,
                    u"危险化学品,11,9,1100,900,,5,,"_s);
    changed.replace(u"合计,30,23,6000,6800,113.33%,16,2.35‰,"_s, u"合计,31,24,6100,6900,,17,,"_s);

    SECTION("without replace it is an error and nothing changes") {
        FormTableFileImport import = importText(t, changed);
        CHECK_FALSE(import.landed);
        const Diagnostics errors = only(import.diagnostics, Severity::Error);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].message.contains(u"already"_s));
        CHECK(errors[0].line == 2); // the 填报单位 line
        CHECK(rowOf(AnnexRepository(t.connection()).load(u"371302"_s, 2020), u"危险化学品"_s)
                  .counts == counts(10, 8, 1000, 800, 4));
    }
    SECTION("with replace the new figures replace the old ones") {
        FormImportOptions options;
        options.replace = true;
        FormTableFileImport import = importText(t, changed, options);
        INFO(describe(import.diagnostics));
        REQUIRE(import.landed);
        REQUIRE(annexesOf(import).size() == 1);
        CHECK(annexesOf(import)[0].replacesExisting);
        const AnnexTable stored = AnnexRepository(t.connection()).load(u"371302"_s, 2020);
        CHECK(rowOf(stored, u"危险化学品"_s).counts == counts(11, 9, 1100, 900, 5));
        CHECK(stored.total() == counts(31, 24, 6100, 6900, 17));
    }
    SECTION("a replacement without a row drops that row") {
        FormImportOptions options;
        options.replace = true;
        const QString smaller = lines({kTitle, kUnitLine, header(2020), u"冶金,1,1,10,10,,0,,"_s});
        REQUIRE(importText(t, smaller, options).landed);
        const AnnexTable stored = AnnexRepository(t.connection()).load(u"371302"_s, 2020);
        CHECK(rowOf(stored, u"危险化学品"_s).counts.isEmpty());
        CHECK(stored.total() == counts(1, 1, 10, 10, 0));
    }
}

TEST_CASE("A rejected import leaves the database file byte-for-byte unchanged", "[import]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    REQUIRE(importText(
                t, lines({kTitle, u"填报单位：罗庄区"_s, header(2020), u"冶金,3,3,900,900,,3,,"_s}))
                .landed);
    t.close();
    const QByteArray before = readBytes(t.path());
    t.reopen();

    const auto [kind, text] = GENERATE_COPY(table<const char*, QString>({
        {"parse errors",
         lines({kTitle, kUnitLine, header(2020), u"危险化学品,x,8,1000,800,,4,,"_s})},
        {"合计 mismatch", QString(goodForm()).replace(u"合计,30"_s, u"合计,31"_s)},
        {"existing data without replace",
         lines({kTitle, u"填报单位：罗庄区"_s, header(2020), u"冶金,4,4,900,900,,3,,"_s})},
        {"unknown unit", goodForm(u"填报单位：北京市朝阳区人力资源和社会保障局"_s)},
        {"validation error",
         lines({kTitle, kUnitLine, header(2020), u"危险化学品,1,2,1000,800,,4,,"_s})},
        {"second unit of a data file is wrong",
         lines(
             {u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s,
              u"371302,兰山区,2020,冶金,1,1,10,10,0,"_s,
              u"371312,河东区,2020,冶金,1,1,10,10,11,"_s})},
    }));
    CAPTURE(kind);
    FormTableFileImport import = importText(t, text);
    CHECK_FALSE(import.landed);
    CHECK(hasErrors(import.diagnostics));
    t.close();
    CHECK(readBytes(t.path()) == before);
}

TEST_CASE("The unit comes from 填报单位 - matched by name", "[import]") {
    TempDatabase t;
    const auto [unitLine, code] = GENERATE(table<const char16_t*, const char*>({
        {u"填报单位：临沂市兰山区人力资源和社会保障局", "371302"},
        {u"填报单位：兰山区", "371302"},
        {u"填报单位:  临沂市罗庄区人社局", "371311"},
        {u"填报单位：临沂市人力资源和社会保障局", "371300"},
        {u"填报单位：山东省人力资源和社会保障厅", "370000"},
        {u"填报单位：费县人力资源和社会保障局", "371325"},
        {u"填报单位：临沂高新技术产业开发区", "371371"},
    }));
    const QString line = QString::fromUtf16(unitLine);
    CAPTURE(line);
    const FormTableFileImport import = prepare(t, utf8WithBom(goodForm(line)));
    INFO(describe(import.diagnostics));
    REQUIRE(annexesOf(import).size() == 1);
    CHECK(annexesOf(import)[0].unit.code == QString::fromLatin1(code));
    CHECK(import.acceptable());
}

TEST_CASE("An unknown or ambiguous 填报单位 is an error on its line", "[import]") {
    TempDatabase t;
    SECTION("unknown") {
        const FormTableFileImport import =
            prepare(t, utf8WithBom(goodForm(u"填报单位：北京市朝阳区人力资源和社会保障局"_s)));
        const Diagnostics errors = only(import.diagnostics, Severity::Error);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].field == u"unit"_s);
        CHECK(errors[0].message.contains(u"北京市朝阳区"_s));
        CHECK(annexesOf(import).isEmpty());
    }
    SECTION("ambiguous: two units called 市本级") {
        UnitRepository units(t.connection());
        QString error;
        REQUIRE(
            units.add(Unit{u"371301"_s, u"市本级"_s, UnitLevel::Other, u"371300"_s, 0}, &error));
        REQUIRE(
            units.add(Unit{u"370101"_s, u"市本级"_s, UnitLevel::Other, u"370100"_s, 0}, &error));
        const FormTableFileImport import = prepare(t, utf8WithBom(goodForm(u"填报单位：市本级"_s)));
        const Diagnostics errors = only(import.diagnostics, Severity::Error);
        INFO(describe(import.diagnostics));
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].message.contains(u"371301"_s));
        CHECK(errors[0].message.contains(u"370101"_s));
    }
    SECTION("no 填报单位 and no --unit") {
        const QString text = lines({kTitle, header(2020), u"冶金,1,1,10,10,,0,,"_s});
        const Diagnostics errors = only(prepare(t, utf8WithBom(text)).diagnostics, Severity::Error);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].field == u"unit"_s);
    }
}

TEST_CASE("The year comes from the YYYY年工伤事故数量 header", "[import]") {
    TempDatabase t;
    const int year = GENERATE(2020, 2023, 2025);
    const FormTableFileImport import = prepare(t, utf8WithBom(goodForm(kUnitLine, year)));
    INFO(describe(import.diagnostics));
    REQUIRE(import.acceptable());
    CHECK(annexesOf(import)[0].table.year == year);
}

TEST_CASE("Options unit and year override the file only when they agree with it", "[import]") {
    TempDatabase t;
    FormImportOptions options;
    SECTION("agreeing options are fine") {
        options.unit = u"兰山区"_s;
        options.year = 2020;
        const FormTableFileImport import = prepare(t, utf8WithBom(goodForm()), options);
        INFO(describe(import.diagnostics));
        CHECK(import.acceptable());
        CHECK(annexesOf(import)[0].unit.code == u"371302"_s);
    }
    SECTION("a different year is an error on the header line") {
        options.year = 2021;
        const Diagnostics errors =
            only(prepare(t, utf8WithBom(goodForm()), options).diagnostics, Severity::Error);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].field == u"year"_s);
        CHECK(errors[0].line == 3);
        CHECK(errors[0].message.contains(u"2020"_s));
        CHECK(errors[0].message.contains(u"2021"_s));
    }
    SECTION("a different unit is an error on the 填报单位 line") {
        options.unit = u"371311"_s;
        const Diagnostics errors =
            only(prepare(t, utf8WithBom(goodForm()), options).diagnostics, Severity::Error);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].field == u"unit"_s);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].message.contains(u"371302"_s));
        CHECK(errors[0].message.contains(u"371311"_s));
    }
    SECTION("an unknown --unit is an error") {
        options.unit = u"999999"_s;
        CHECK(hasErrors(prepare(t, utf8WithBom(goodForm()), options).diagnostics));
    }
    SECTION("options fill in what the file leaves out") {
        QString text =
            lines({kTitle,
                   u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量"_s,
                   u"冶金,1,1,10,10,0"_s});
        const Diagnostics missing =
            only(prepare(t, utf8WithBom(text)).diagnostics, Severity::Error);
        CHECK(missing.size() == 2); // neither unit nor year
        options.unit = u"371311"_s;
        options.year = 2022;
        const FormTableFileImport import = prepare(t, utf8WithBom(text), options);
        INFO(describe(import.diagnostics));
        REQUIRE(import.acceptable());
        CHECK(annexesOf(import)[0].unit.code == u"371311"_s);
        CHECK(annexesOf(import)[0].table.year == 2022);
    }
}

TEST_CASE("Rate columns are recomputed and a different stated rate is a warning", "[import]") {
    TempDatabase t;
    QString text = goodForm();
    text.replace(u"危险化学品,10,8,1000,800,80.00%,4,5.00‰,"_s,
                 u"危险化学品,10,8,1000,800,85.00%,4,6.00‰,"_s);
    const FormTableFileImport import = prepare(t, utf8WithBom(text));
    INFO(describe(import.diagnostics));
    CHECK(import.acceptable());
    QStringList fields;
    for (const Diagnostic& d : only(import.diagnostics, Severity::Warning))
        if (d.line == 4)
            fields << d.field;
    CHECK(fields.contains(u"coverage_rate"_s));
    CHECK(fields.contains(u"accident_rate"_s));
}

TEST_CASE("A data-layout file holds several units and lands in one go", "[import]") {
    TempDatabase t;
    const QString text = lines({
        u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s,
        u"371302,兰山区,2020,危险化学品,10,8,1000,800,4,"_s,
        u"371302,兰山区,2020,建筑施工,20,15,5000,6000,12,按项目参保"_s,
        u"371311,罗庄区,2020,危险化学品,6,6,400,200,0,'=不是公式"_s,
        u"371311,罗庄区,2020,冶金,3,3,900,900,3,"_s,
    });
    FormTableFileImport import = prepare(t, utf8WithBom(text));
    INFO(describe(import.diagnostics));
    REQUIRE(import.acceptable());
    CHECK(import.layout == CsvLayout::Data);
    REQUIRE(annexesOf(import).size() == 2);
    REQUIRE(AnnexFormImporter(t.connection()).commit(import));
    const AnnexRepository repo(t.connection());
    CHECK(repo.load(u"371302"_s, 2020).total() == counts(30, 23, 6000, 6800, 16));
    const AnnexTable luozhuang = repo.load(u"371311"_s, 2020);
    CHECK(luozhuang.total() == counts(9, 9, 1300, 1100, 3));
    CHECK(rowOf(luozhuang, u"危险化学品"_s).remark == u"=不是公式"_s); // neutralisation undone
    CHECK(repo.consolidated(u"371300"_s, 2020).total() == counts(39, 32, 7300, 7900, 19));

    SECTION("an unknown 单位代码 is an error on its line") {
        const QString bad = lines(
            {u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s,
             u"379999,某区,2021,冶金,1,1,10,10,0,"_s});
        const Diagnostics errors = only(prepare(t, utf8WithBom(bad)).diagnostics, Severity::Error);
        REQUIRE(errors.size() == 1);
        CHECK(errors[0].line == 2);
        CHECK(errors[0].field == u"unit_code"_s);
        CHECK(errors[0].message.contains(u"379999"_s));
    }
}

TEST_CASE("A file that is no annex is rejected with a message", "[import]") {
    TempDatabase t;
    const FormTableFileImport import = prepare(t, utf8WithBom(u"a,b,c\r\n1,2,3\r\n"_s));
    CHECK_FALSE(import.acceptable());
    REQUIRE(hasErrors(import.diagnostics));
    CHECK(import.diagnostics[0].toString().startsWith(kFile));
}

TEST_CASE("The annex is read keeping the line of every row and the 合计", "[import]") {
    TempDatabase t;
    const auto d = FormDefinitions(t.connection()).forUnit(u"371302"_s, u"annex"_s);
    REQUIRE(d.has_value());
    const FormCsvContent parsed = readFormTableCsv(utf8WithBom(goodForm()), kFile, *d);
    CHECK(parsed.diagnostics.isEmpty());
    CHECK(parsed.encoding == u"UTF-8 (BOM)"_s);
    REQUIRE(parsed.tables.size() == 1);
    const FormCsvTable& a = parsed.tables[0];
    CHECK(a.unitText == u"临沂市兰山区人力资源和社会保障局"_s);
    CHECK(a.unitLine == 2);
    CHECK(a.year == std::optional<int>(2020));
    REQUIRE(a.table.rows.size() == 2);
    CHECK(a.rowLines[0] == 4);
    CHECK(a.rowLines[1] == 5);
    CHECK(a.statedDerived[0].value(u"coverage_rate"_s).text == u"80.00%"_s);
    CHECK(a.totalLine == 6);
    REQUIRE(a.statedTotal.has_value());
    CHECK(
        formTableAsAnnex(FormTable{u"annex"_s, u"371302"_s, 2020, {*a.statedTotal}, {}}).total() ==
        counts(30, 23, 6000, 6800, 16));
    CHECK(a.table.field(u"preparer"_s) == u"张三"_s);
}
