// The printed annex as a document, the form engine's (FormTableExport::report of the `annex`
// definition and its `print` layout): 附件, official title from the unit's plan, 填报单位, the
// seed's header with the year, plan then local industries, the rates' signs in the cells, 合计
// in bold, 填报人/联系电话, notes (1)-(3), rate definitions, A4 landscape; one page per child.
#include "test_support.h"

#include "services/form_table_export.h"
#include "storage/annex_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QList<ReportBlock> blocksOf(const ReportDocument& d, ReportBlock::Kind kind) {
    QList<ReportBlock> out;
    for (const ReportBlock& b : d.blocks)
        if (b.kind == kind)
            out << b;
    return out;
}

void saveLanshan(const TempDatabase& t) {
    AnnexTable table;
    table.unitCode = u"371302"_s;
    table.year = 2023;
    AnnexRow local;
    local.industry = u"物流仓储"_s;
    local.local = true;
    local.counts = counts(5, 5, 300, 0, 0);
    AnnexRow chem;
    chem.industry = u"危险化学品"_s;
    chem.counts = counts(10, 8, 1000, 800, 4);
    chem.remark = u"含园区"_s;
    table.rows = {chem, local};
    table.meta.preparer = u"张三"_s;
    table.meta.phone = u"0539-1234567"_s;
    QString error;
    REQUIRE(AnnexRepository(t.connection()).save(table, u"test"_s, &error));
}
} // namespace

TEST_CASE("The printed annex follows the official layout", "[report]") {
    TempDatabase t;
    saveLanshan(t);
    QString error;
    const auto doc = FormTableExport(t.connection()).report(u"371302"_s, u"annex"_s, 2023, &error);
    REQUIRE(doc);
    CHECK(doc->landscape);
    REQUIRE(blocksOf(*doc, ReportBlock::Kind::Title).size() == 1);
    CHECK(blocksOf(*doc, ReportBlock::Kind::Title)[0].text ==
          u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s);
    // 填报单位 names the bureau, not the place (issue 15), as the 附件 marker heads the form
    CHECK(blocksOf(*doc, ReportBlock::Kind::Subtitle)[0].text ==
          u"填报单位：临沂市兰山区人力资源和社会保障局"_s);
    REQUIRE_FALSE(doc->blocks.isEmpty());
    CHECK(doc->blocks.first().kind == ReportBlock::Kind::Marker);
    CHECK(doc->blocks.first().text == u"附件"_s);
    CHECK(doc->runningHeader.issuer == u"临沂市兰山区人力资源和社会保障局"_s);

    const QList<ReportBlock> tables = blocksOf(*doc, ReportBlock::Kind::Table);
    REQUIRE(tables.size() == 1);
    const ReportTable& table = tables[0].table;
    QStringList header = table.header;
    header.replaceInStrings(QString(QChar(QChar::LineSeparator)), QString());
    CHECK(header == QStringList{u"重点行业名称"_s, u"企业户数"_s, u"参保企业户数"_s,
                                u"从业总人数"_s, u"参加工伤保险人数"_s, u"工伤保险参保率"_s,
                                u"2023年工伤事故数量"_s, u"工伤事故发生率"_s, u"备注"_s});
    REQUIRE(table.rows.size() == 9); // seven plan industries, one local, 合计
    CHECK(table.rows[0] == QStringList{u"危险化学品"_s, u"10"_s, u"8"_s, u"1000"_s, u"800"_s,
                                       u"80.00%"_s, u"4"_s, u"5.00‰"_s, u"含园区"_s});
    CHECK(table.rows[1] == QStringList{u"矿山"_s, {}, {}, {}, {}, {}, {}, {}, {}});
    CHECK(table.rows[7] == QStringList{u"物流仓储"_s,
                                       u"5"_s,
                                       u"5"_s,
                                       u"300"_s,
                                       u"0"_s,
                                       u"0.00%"_s,
                                       u"0"_s,
                                       u"—"_s,
                                       {}}); // no insured persons: the accident rate is "—"
    CHECK(
        table.rows[8] ==
        QStringList{
            u"合计"_s, u"15"_s, u"13"_s, u"1300"_s, u"800"_s, u"61.54%"_s, u"4"_s, u"5.00‰"_s, {}});
    CHECK(table.boldRows == QList<int>{8});

    QStringList paragraphs;
    for (const ReportBlock& b : blocksOf(*doc, ReportBlock::Kind::Paragraph))
        paragraphs << b.text;
    CHECK(paragraphs.contains(u"填报人：张三"_s));
    CHECK(paragraphs.contains(u"联系电话：0539-1234567"_s));
    CHECK(paragraphs.contains(u"备注：（1）请填写2023年底的数据。"_s));
    // the footer block is kept together: 填报人 and 联系电话 keep with the next line
    for (const ReportBlock& b : blocksOf(*doc, ReportBlock::Kind::Paragraph)) {
        CAPTURE(b.text);
        CHECK(b.keepWithNext ==
              (b.text.startsWith(u"填报人"_s) || b.text.startsWith(u"联系电话"_s)));
    }
    CHECK(std::any_of(paragraphs.cbegin(), paragraphs.cend(), [](const QString& p) {
        return p.endsWith(u"（3）基本情况作为考核评估的基础数据。"_s);
    }));
    CHECK(blocksOf(*doc, ReportBlock::Kind::Footnote).size() == 3); // the rate definitions
}

TEST_CASE("A parent prints its consolidated table or one page per child", "[report]") {
    TempDatabase t;
    saveLanshan(t);
    QString error;
    const FormTableExport forms(t.connection());
    const auto city = forms.report(u"371300"_s, u"annex"_s, 2023, &error);
    REQUIRE(city);
    CHECK(blocksOf(*city, ReportBlock::Kind::Subtitle)[0].text ==
          u"填报单位：临沂市人力资源和社会保障局"_s);
    CHECK(blocksOf(*city, ReportBlock::Kind::Table)[0].table.rows.last()[1] == u"15"_s);
    CHECK(blocksOf(*city, ReportBlock::Kind::PageBreak).isEmpty());

    const auto perChild = forms.reportPerChild(u"371300"_s, u"annex"_s, 2023, &error);
    REQUIRE(perChild);
    CHECK(blocksOf(*perChild, ReportBlock::Kind::Title).size() == 15);
    // each child starts a section headed by its own bureau
    const QList<ReportBlock> sections = blocksOf(*perChild, ReportBlock::Kind::Section);
    REQUIRE(sections.size() == 14);
    CHECK(perChild->runningHeader.issuer == u"临沂市兰山区人力资源和社会保障局"_s);
    CHECK(sections.last().runningHeader.issuer == u"临沂临港经济开发区人力资源和社会保障局"_s);
    CHECK(blocksOf(*perChild, ReportBlock::Kind::Subtitle)[0].text ==
          u"填报单位：临沂市兰山区人力资源和社会保障局"_s);

    // a unit without children prints its own table whatever the mode
    const auto county = forms.reportPerChild(u"371302"_s, u"annex"_s, 2023, &error);
    REQUIRE(county);
    CHECK(blocksOf(*county, ReportBlock::Kind::Title).size() == 1);
    CHECK(perChild->name == u"重点行业企业基本情况表-临沂市下属单位-2023"_s);
    CHECK_FALSE(forms.reportPerChild(u"999999"_s, u"annex"_s, 2023, &error));
    CHECK(error.contains(u"999999"_s));
}

TEST_CASE("A parent's printed total says how many units reported and marks a partial total",
          "[report]") {
    TempDatabase t;
    saveLanshan(t); // one of Linyi's fifteen units
    QString error;
    const auto doc = FormTableExport(t.connection()).report(u"371300"_s, u"annex"_s, 2023, &error);
    REQUIRE(doc);
    const QList<ReportBlock> paragraphs = blocksOf(*doc, ReportBlock::Kind::Paragraph);
    REQUIRE_FALSE(paragraphs.isEmpty());
    CHECK(paragraphs.first().text.startsWith(u"汇总情况：应报15个单位，已报1个（部分汇总"_s));
    CHECK(paragraphs.first().text.contains(u"罗庄区"_s));

    const auto county =
        FormTableExport(t.connection()).report(u"371302"_s, u"annex"_s, 2023, &error);
    REQUIRE(county);
    for (const ReportBlock& b : blocksOf(*county, ReportBlock::Kind::Paragraph))
        CHECK_FALSE(b.text.startsWith(u"汇总情况"_s));
}
