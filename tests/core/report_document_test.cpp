// report/report_document: the paging requests a document carries (sections, kept blocks).
#include <catch2/catch.hpp>

#include "report/report_document.h"

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("keepTogether marks all but the last of the blocks it names", "[report]") {
    ReportDocument doc;
    doc.paragraph(u"正文"_s).paragraph(u"填报人：张三"_s).paragraph(u"联系电话：1"_s);
    doc.paragraph(u"填报日期：2024-01-01"_s).keepTogether(3);
    QList<bool> keeps;
    for (const ReportBlock& b : doc.blocks)
        keeps << b.keepWithNext;
    CHECK(keeps == QList<bool>{false, true, true, false});
    doc.keepTogether(99); // more than there are: every block but the last
    CHECK(doc.blocks.first().keepWithNext);
    CHECK_FALSE(doc.blocks.last().keepWithNext);
}

TEST_CASE("append starts a section in the appended document's orientation and header", "[report]") {
    ReportDocument text;
    text.landscape = false;
    text.runningHeader = {u"临沂市人力资源和社会保障局"_s, u"期末评估报告"_s};
    text.title(u"期末评估报告"_s);
    ReportDocument wide;
    wide.landscape = true;
    wide.runningHeader = {u"临沂市人力资源和社会保障局"_s, u"附表"_s};
    wide.title(u"附表"_s);

    ReportDocument doc;
    doc.append(text).append(wide);
    // the first part sets the document's first section, the next one opens a section
    CHECK_FALSE(doc.landscape);
    CHECK(doc.runningHeader.title == u"期末评估报告"_s);
    REQUIRE(doc.blocks.size() == 3);
    CHECK(doc.blocks[1].kind == ReportBlock::Kind::Section);
    CHECK(doc.blocks[1].orientation == PageOrientation::Landscape);
    CHECK(doc.blocks[1].runningHeader.title == u"附表"_s);

    doc.section(PageOrientation::Portrait);
    CHECK(doc.blocks.last().orientation == PageOrientation::Portrait);
    CHECK(doc.blocks.last().runningHeader.title.isEmpty()); // the section's own title
}
