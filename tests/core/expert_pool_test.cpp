// Expert pool: storage and CSV in and out.
#include "test_support.h"

#include "services/expert_csv.h"
#include "storage/expert_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("Experts round-trip through CSV in Chinese and English headers", "[experts][csv]") {
    TempDatabase t;
    const QByteArray file =
        gb18030(u"姓名,专业领域,级别,工作单位,职称,联系方式,有效期至\r\n"
                "张三,职业卫生,省级,山东省职业病医院,主任医师,+86 531 0000,2026-12-31\r\n"
                "李四,安全生产,市级,临沂市应急管理局,高级工程师,0539-0000000,\r\n"_s);
    ExpertCsvRead read = readExpertCsv(file, u"experts.csv"_s);
    REQUIRE(read.diagnostics.isEmpty());
    REQUIRE(read.experts.size() == 2);
    QString error;
    REQUIRE(ExpertRepository(t.connection()).addAll(read.experts, &error));
    const QList<Expert> all = ExpertRepository(t.connection()).all();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == u"张三"_s); // province first
    CHECK(all[0].field == ExpertField::Health);
    CHECK(all[0].validUntil == QDate(2026, 12, 31));
    CHECK(all[0].contact == u"+86 531 0000"_s);
    CHECK_FALSE(all[1].validUntil.isValid());
    CHECK(all[0].isValidOn(QDate(2026, 12, 31)));
    CHECK_FALSE(all[0].isValidOn(QDate(2027, 1, 1)));

    const QString out = expertCsv(all);
    CHECK(out.contains(u"'+86 531 0000"_s)); // neutralised for Excel
    const ExpertCsvRead back = readExpertCsv(utf8WithBom(out), u"back.csv"_s);
    REQUIRE(back.diagnostics.isEmpty());
    CHECK(back.experts.size() == 2);
    CHECK(back.experts[0].contact == u"+86 531 0000"_s);

    const ExpertCsvRead english =
        readExpertCsv(utf8(u"name,field,level\nA,prevention,city\n"_s), u"e.csv"_s);
    REQUIRE(english.experts.size() == 1);
    CHECK(english.experts[0].field == ExpertField::Prevention);
}

TEST_CASE("A bad expert row rejects the file with FILE:LINE and the field", "[experts][csv]") {
    const ExpertCsvRead bad = readExpertCsv(
        utf8(u"姓名,专业领域,级别,有效期至\n张三,消防,省级,\n,工伤预防,县级,2025-13-01\n"_s),
        u"x.csv"_s);
    CHECK(bad.experts.isEmpty());
    QStringList messages;
    for (const Diagnostic& d : bad.diagnostics)
        messages << d.toString();
    CAPTURE(messages);
    CHECK(messages.size() == 4);
    CHECK(messages.filter(u"x.csv:2: field"_s).size() == 1);
    CHECK(messages.filter(u"x.csv:3: name"_s).size() == 1);
    CHECK(messages.filter(u"x.csv:3: level"_s).size() == 1);
    CHECK(messages.filter(u"x.csv:3: valid_until"_s).size() == 1);
}
