// The form engine end to end through the real yufang-cli, with a fourth form that exists only
// as test data (tests/data/safety_accidents_form.json): no line of code knows it.
#include "cli_support.h"

#include <QProcess>
#include <QStringEncoder>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kDefinition = QStringLiteral(YUFANG_TEST_DATA_DIR "/safety_accidents_form.json");

QString fromBom(const QByteArray& bytes) {
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    return QString::fromUtf8(b);
}

// The fourth form added to the Linyi plan, as a clerk would: one command, no code.
void addForm(const CliSandbox& box) {
    const CliResult r =
        box.run({u"import-form-definition"_s, kDefinition, u"--plan"_s, u"linyi-2021"_s});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}

CliResult exportForm(const CliSandbox& box, const QString& unit, const QStringList& more = {}) {
    return box.run(QStringList{u"export-form"_s, u"--form"_s, u"safety-accidents"_s, u"--unit"_s,
                               unit, u"--year"_s, u"2026"_s} +
                   more);
}

// Lanshan's form filled in: two plan industries and one local industry of its own.
QString lanshanForm(const CliSandbox& box) {
    const CliResult blank = exportForm(box, u"371302"_s);
    REQUIRE(blank.exitCode == 0);
    QString text = fromBom(blank.out);
    text.replace(u"数据来源：\r\n"_s, u"数据来源：应急管理局通报\r\n"_s);
    text.replace(u"危险化学品,,,,,,,\r\n"_s, u"危险化学品,\"1,000\",2,1,4,12.5,,\r\n"_s);
    text.replace(u"矿山,,,,,,,\r\n"_s, u"矿山,500,1,0,2,3,4.00,=HYPERLINK(1)\r\n"_s);
    text.replace(u"机械制造,,,,,,,\r\n"_s, u"机械制造,,,,,,,\r\n物流仓储,10,0,0,0,,,\r\n"_s);
    text.replace(u"合计,,,,,,,\r\n"_s, u"合计,1510,3,1,6,15.50,3.97,\r\n"_s);
    text.replace(u"填报人：\r\n"_s, u"填报人：张三\r\n"_s);
    text.replace(u"填报日期：\r\n"_s, u"填报日期：2026年11月20日\r\n"_s);
    return text;
}
} // namespace

TEST_CASE("A form defined only as data is added to a plan and listed", "[cli][forms]") {
    CliSandbox box;
    addForm(box);
    const CliResult again =
        box.run({u"import-form-definition"_s, kDefinition, u"--plan"_s, u"linyi-2021"_s});
    CHECK(again.exitCode == 1);
    CHECK(again.errText().contains(u"--replace"_s));
    CHECK(box.run({u"import-form-definition"_s, kDefinition, u"--plan"_s, u"linyi-2021"_s,
                   u"--replace"_s})
              .exitCode == 0);
    const CliResult list = box.run({u"forms"_s, u"--plan"_s, u"linyi-2021"_s});
    REQUIRE(list.exitCode == 0);
    CHECK(list.outText().contains(
        u"linyi-2021,safety-accidents,安全生产事故和伤亡人数情况表,industries,"_s));
    CHECK(list.outText().contains(u"linyi-2021,annex,"_s));
    // the definition reads back as the same JSON the file holds (keys sorted)
    const CliResult json = box.run(
        {u"form-definition"_s, u"--plan"_s, u"linyi-2021"_s, u"--form"_s, u"safety-accidents"_s});
    REQUIRE(json.exitCode == 0);
    CHECK(json.outText().contains(u"\"casualty_rate\""_s));
    CHECK(box.run({u"forms"_s, u"--plan"_s, u"no-such-plan"_s}).exitCode == 2);
}

TEST_CASE("A broken form definition is refused naming the file and the field", "[cli][forms]") {
    CliSandbox box;
    QByteArray json = readBytes(kDefinition);
    json.replace("\"denominator\": \"employees\"", "\"denominator\": \"remark\"");
    box.write(u"bad.json"_s, json);
    const CliResult r = box.run(
        {u"import-form-definition"_s, box.filePath(u"bad.json"_s), u"--plan"_s, u"linyi-2021"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"bad.json: columns[5].denominator"_s));
    box.write(u"broken.json"_s, "{\n  \"code\": \"x\",\n  \"title\": \n}\n");
    const CliResult broken = box.run({u"import-form-definition"_s, box.filePath(u"broken.json"_s),
                                      u"--plan"_s, u"linyi-2021"_s});
    CHECK(broken.exitCode == 1);
    CHECK(broken.errText().contains(u"broken.json:4: "_s));
}

TEST_CASE("A form defined only as data is imported exported and consolidated", "[cli][forms]") {
    CliSandbox box;
    addForm(box);

    // Lanshan: the form layout in UTF-8 with BOM
    box.write(u"lanshan.csv"_s, utf8WithBom(lanshanForm(box)));
    const CliResult a = box.run({u"import-form"_s, box.filePath(u"lanshan.csv"_s), u"--form"_s,
                                 u"safety-accidents"_s, u"--received"_s, u"2026-11-23"_s});
    INFO(a.describe());
    REQUIRE(a.exitCode == 0);
    CHECK(a.errText().isEmpty());

    // Luozhuang: the data layout in GB18030
    const QString data = csvLines(
        {u"单位代码,单位名称,年度,重点行业名称,从业人数,生产安全事故起数,死亡人数,受伤人数,直接经济损失,备注"_s,
         u"371311,罗庄区,2026,危险化学品,3000,1,0,2,1.25,"_s,
         u"371311,罗庄区,2026,物流仓储,90,1,0,1,,"_s});
    QStringEncoder gb18030("GB18030");
    box.write(u"luozhuang.csv"_s, gb18030.encode(data));
    const CliResult b = box.run(
        {u"import-form"_s, box.filePath(u"luozhuang.csv"_s), u"--form"_s, u"safety-accidents"_s});
    INFO(b.describe());
    REQUIRE(b.exitCode == 0);
    CHECK(b.outText().contains(u"GB18030"_s));

    // Lanshan's own form: numbers normalised, the stated rates recomputed, text neutralised
    const CliResult own = exportForm(box, u"兰山区"_s);
    REQUIRE(own.exitCode == 0);
    const QString ownText = fromBom(own.out);
    CHECK(ownText.contains(u"危险化学品,1000,2,1,4,12.50,4.00,\r\n"_s));
    CHECK(ownText.contains(u"矿山,500,1,0,2,3.00,4.00,'=HYPERLINK(1)\r\n"_s));
    CHECK(ownText.contains(u"物流仓储,10,0,0,0,,0.00,\r\n"_s));
    CHECK(ownText.contains(u"合计,1510,3,1,6,15.50,3.97,\r\n"_s)); // 6 ÷ 1510 × 1000
    CHECK(ownText.contains(u"数据来源：应急管理局通报\r\n"_s));
    CHECK(ownText.contains(u"填报日期：2026-11-20\r\n"_s));

    // Linyi: the sum of its two counties, local rows kept apart, the rate from the sums,
    // and the coverage of the units below it
    const CliResult city = exportForm(box, u"371300"_s);
    REQUIRE(city.exitCode == 0);
    const QString cityText = fromBom(city.out);
    CHECK(cityText.contains(u"汇总情况：应报15个单位，已报2个（部分汇总"_s));
    CHECK(cityText.contains(u"危险化学品,4000,3,1,6,13.75,1.50,\r\n"_s));
    CHECK(cityText.contains(u"物流仓储,100,1,0,1,,10.00,\r\n"_s));
    CHECK(cityText.contains(u"合计,4600,5,1,9,16.75,1.96,\r\n"_s)); // 9 ÷ 4600 × 1000
    const CliResult cityData = exportForm(box, u"371300"_s, {u"--layout"_s, u"data"_s});
    REQUIRE(cityData.exitCode == 0);
    CHECK(cityData.outText().contains(u"371300,临沂市,2026,危险化学品,4000,3,1,6,13.75,\r\n"_s));

    // the returns and the audit trail know the import
    const CliResult audit = box.run({u"audit"_s, u"--unit"_s, u"371302"_s});
    CHECK(audit.outText().contains(u"form.imported"_s));
    CHECK(audit.outText().contains(u"safety-accidents"_s));
}

TEST_CASE("An exported form imports back and exports the same bytes", "[cli][forms]") {
    CliSandbox box;
    addForm(box);
    box.write(u"lanshan.csv"_s, utf8WithBom(lanshanForm(box)));
    REQUIRE(box.run({u"import-form"_s, box.filePath(u"lanshan.csv"_s), u"--form"_s,
                     u"safety-accidents"_s})
                .exitCode == 0);
    for (const QString& layout : {u"form"_s, u"data"_s}) {
        for (const QString& encoding : {u"utf-8"_s, u"gb18030"_s}) {
            const CliResult first =
                exportForm(box, u"371302"_s, {u"--layout"_s, layout, u"--encoding"_s, encoding});
            REQUIRE(first.exitCode == 0);
            box.write(u"round.csv"_s, first.out);
            const CliResult back = box.run({u"import-form"_s, box.filePath(u"round.csv"_s),
                                            u"--form"_s, u"safety-accidents"_s, u"--replace"_s});
            INFO(back.describe());
            REQUIRE(back.exitCode == 0);
            const CliResult second =
                exportForm(box, u"371302"_s, {u"--layout"_s, layout, u"--encoding"_s, encoding});
            CHECK(second.out == first.out);
        }
    }
}

TEST_CASE("A bad form file is rejected with FILE:LINE and changes nothing", "[cli][forms]") {
    CliSandbox box;
    addForm(box);
    const QByteArray before = exportForm(box, u"371302"_s).out;

    QString text = lanshanForm(box);
    text.replace(u"矿山,500,1,0,2,3,4.00"_s, u"矿山,500,1,abc,2,3,4.00"_s);
    box.write(u"bad.csv"_s, utf8WithBom(text));
    const CliResult bad =
        box.run({u"import-form"_s, box.filePath(u"bad.csv"_s), u"--form"_s, u"safety-accidents"_s});
    CHECK(bad.exitCode == 1);
    CHECK(bad.errText().contains(box.filePath(u"bad.csv"_s) + u":7: 矿山, 死亡人数"_s));

    text = lanshanForm(box);
    text.replace(u"合计,1510,"_s, u"合计,1500,"_s);
    box.write(u"total.csv"_s, utf8WithBom(text));
    const CliResult total = box.run(
        {u"import-form"_s, box.filePath(u"total.csv"_s), u"--form"_s, u"safety-accidents"_s});
    CHECK(total.exitCode == 1);
    CHECK(total.errText().contains(box.filePath(u"total.csv"_s) +
                                   u":14: 合计, 从业人数: the rows sum to 1510"_s));

    text = lanshanForm(box);
    text.replace(u"危险化学品,\"1,000\",2,1,4"_s, u"危险化学品,3,2,1,4"_s);
    text.replace(u"合计,1510,"_s, u"合计,513,"_s);
    box.write(u"rule.csv"_s, utf8WithBom(text));
    const CliResult rule = box.run(
        {u"import-form"_s, box.filePath(u"rule.csv"_s), u"--form"_s, u"safety-accidents"_s});
    CHECK(rule.exitCode == 1);
    CHECK(rule.errText().contains(u":6: 危险化学品: 受伤人数不得超过从业人数"_s));

    // no such form, and usage errors
    CHECK(box.run({u"import-form"_s, box.filePath(u"rule.csv"_s), u"--form"_s, u"nothing"_s})
              .exitCode == 1);
    CHECK(box.run({u"import-form"_s, box.filePath(u"rule.csv"_s)}).exitCode == 2);
    CHECK(box.run({u"export-form"_s, u"--form"_s, u"safety-accidents"_s, u"--unit"_s, u"371302"_s,
                   u"--year"_s, u"2026"_s, u"--layout"_s, u"wide"_s})
              .exitCode == 2);
    CHECK(exportForm(box, u"371302"_s).out == before);
}

TEST_CASE("print-form prints a form defined only as data", "[cli][forms]") {
    CliSandbox box;
    addForm(box);
    box.write(u"lanshan.csv"_s, utf8WithBom(lanshanForm(box)));
    REQUIRE(box.run({u"import-form"_s, box.filePath(u"lanshan.csv"_s), u"--form"_s,
                     u"safety-accidents"_s})
                .exitCode == 0);
    const QString pdf = box.filePath(u"form.pdf"_s);
    const CliResult r = box.run({u"print-form"_s, u"--form"_s, u"safety-accidents"_s, u"--unit"_s,
                                 u"371300"_s, u"--year"_s, u"2026"_s, u"-o"_s, pdf});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(readBytes(pdf).startsWith("%PDF"));
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForStarted() || !p.waitForFinished()) {
        WARN("pdftotext is not installed: the text of the PDF is not checked");
        return;
    }
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(u"安全生产事故和伤亡人数情况表"_s));
    CHECK(text.contains(u"填报单位：临沂市"_s));
    CHECK(text.contains(u"应报15个单位"_s));
    CHECK(text.contains(u"合计"_s));
    CHECK(text.contains(u"3.97"_s));
    CHECK(text.contains(u"伤亡率 = 受伤人数 ÷ 从业人数 × 1000"_s));
}

TEST_CASE("copy-plan-forms brings the form's returns and an import of it records the receipt",
          "[cli][forms][returns]") {
    CliSandbox box;
    // The 2026-2030 plan's platform form into Linyi's plan, which 兰山区's parent follows.
    const CliResult copied =
        box.run({u"copy-plan-forms"_s, u"--from"_s, u"national-2026"_s, u"--plan"_s,
                 u"linyi-2021"_s, u"--form"_s, u"platform-enterprises"_s});
    INFO(copied.describe());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.outText().contains(
        u"return obligation platform-annual (重点平台企业职业伤害情况表) copied with it"_s));
    box.write(u"lanshan-2025.csv"_s,
              utf8WithBom(csvLines({u"单位代码,单位名称,年度,平台企业名称,新就业形态人员数,"
                                    u"参加职业伤害保障人数,职业伤害人数,备注"_s,
                                    u"371302,兰山区,2025,甲平台,13000,11000,30,"_s})));
    const CliResult imported =
        box.run({u"import-form"_s, box.filePath(u"lanshan-2025.csv"_s), u"--form"_s,
                 u"platform-enterprises"_s, u"--received"_s, u"2025-12-18"_s});
    INFO(imported.describe());
    REQUIRE(imported.exitCode == 0);
    const CliResult returns = box.run({u"returns"_s, u"--unit"_s, u"371300"_s, u"--year"_s,
                                       u"2025"_s, u"--today"_s, u"2025-12-19"_s});
    REQUIRE(returns.exitCode == 0);
    QString platform;
    for (const QString& line : returns.outText().split(u"\r\n"_s))
        if (line.startsWith(u"371302,"_s) && line.contains(u"重点平台企业职业伤害情况表"_s))
            platform = line;
    // Due 12-20 as in the national plan, received 2025-12-18 from the file: on time.
    CHECK(platform.contains(u",2025-12-20,"_s));
    CHECK(platform.contains(u",2025-12-18,"_s));
    CHECK(platform.contains(u"lanshan-2025.csv"_s));
}

TEST_CASE("copy-plan-forms without --form brings the forms the plan lacks and keeps its own",
          "[cli][forms]") {
    CliSandbox box;
    const CliResult copied = box.run(
        {u"copy-plan-forms"_s, u"--from"_s, u"national-2026"_s, u"--plan"_s, u"linyi-2021"_s});
    INFO(copied.describe());
    REQUIRE(copied.exitCode == 0);
    CHECK(copied.outText().contains(u"form annex: linyi-2021 has one already, left as it is"_s));
    CHECK(copied.outText().contains(
        u"form platform-enterprises copied from national-2026 to linyi-2021"_s));
    const CliResult forms = box.run({u"forms"_s, u"--plan"_s, u"linyi-2021"_s});
    INFO(forms.describe());
    CHECK(forms.outText().contains(u"platform-enterprises"_s));
    CHECK_FALSE(forms.outText().contains(u"annex-2"_s));
    // Named, a form the plan has is refused as before.
    CHECK(box.run({u"copy-plan-forms"_s, u"--from"_s, u"national-2026"_s, u"--plan"_s,
                   u"linyi-2021"_s, u"--form"_s, u"annex"_s})
              .exitCode != 0);
}
