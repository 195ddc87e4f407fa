// Every save keeps a version (storage/form_versions.h), and two versions compare value by
// value (domain/form_diff.h): the 基本情况表's here, a training table's in form_history_test.
#include "test_support.h"

#include "../test_server.h"

#include "annex_form_import.h"
#include "domain/annex_form_table.h"
#include "domain/form_diff.h"
#include "io/form_table_json.h"
#include "storage/annex_repository.h"
#include "storage/audit_log.h"
#include "storage/form_versions.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
AnnexTable lanshan(const QList<AnnexRow>& rows) {
    AnnexTable t;
    t.unitCode = u"371302"_s;
    t.year = 2021;
    t.rows = rows;
    return t;
}
} // namespace

TEST_CASE("Every save of a form is kept as a version with the oldest first", "[versions]") {
    TempDatabase t;
    qputenv("USER", "clerk-zhao");
    AnnexRepository annexes(t.connection());
    QString error;
    REQUIRE(annexes.save(lanshan({AnnexRow{u"矿山"_s, false, counts(1, 1, 10, 10, 0), {}}}),
                         u"manual"_s, &error));
    AnnexFormImporter importer(t.connection());
    FormImportOptions replace;
    replace.replace = true;
    replace.unit = u"371302"_s;
    FormTableFileImport import =
        importer.prepare(utf8(u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,"
                              u"工伤保险参保率,2021年工伤事故数量,工伤事故发生率,备注\n"
                              "矿山,2,1,10,10,,1,,\n"_s),
                         u"再报.csv"_s, replace);
    REQUIRE(importer.commit(import));

    const QList<FormVersion> versions =
        FormVersions(t.connection()).versions(u"annex"_s, u"371302"_s, 2021);
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(0).source == u"manual"_s);
    CHECK(versions.at(0).sha256.isEmpty());
    CHECK(versions.at(0).account == recordedAccount(u"clerk-zhao"_s)); // on a server the login
    CHECK(versions.at(1).source.startsWith(u"import:再报.csv"_s));
    CHECK(versions.at(1).sha256 == QString::fromLatin1(import.sha256));
    CHECK(versions.at(0).formCode == u"annex"_s);
    const auto mine = [](const FormVersion& v) {
        return formTableAsAnnex(v.table).rows.first().counts;
    };
    CHECK(mine(versions.at(0)) == counts(1, 1, 10, 10, 0));
    CHECK(mine(versions.at(1)) == counts(2, 1, 10, 10, 1));
    CHECK(FormVersions(t.connection()).find(versions.at(1).id)->table == versions.at(1).table);

    const QList<FormChange> changes =
        diffForms(annexStackDefinition(), versions.at(0).table, versions.at(1).table);
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0) ==
          FormChange{FormChange::Kind::Cell, {}, u"矿山"_s, u"enterprises"_s, u"1"_s, u"2"_s});
    CHECK(changes.at(1) ==
          FormChange{FormChange::Kind::Cell, {}, u"矿山"_s, u"accidents"_s, u"0"_s, u"1"_s});
}

TEST_CASE("The comparison names every kind of difference", "[versions]") {
    AnnexTable a = lanshan({AnnexRow{u"危险化学品"_s, false, counts(10, 8, 1000, 800, 4), u"甲"_s},
                            AnnexRow{u"矿山"_s, false, counts(1, 1, 1, 1, 1), {}},
                            AnnexRow{u"物流仓储"_s, true, counts(5, 5, 300, 300, 1), {}}});
    a.meta.preparer = u"张三"_s;
    AnnexTable b = lanshan({AnnexRow{u"危险化学品"_s, false, counts(10, 8, 1000, 900, 4), u"乙"_s},
                            AnnexRow{u"港口装卸"_s, true, counts(1, -1, -1, -1, -1), {}}});
    b.meta.preparer = u"李四"_s;
    const auto diff = [](const AnnexTable& x, const AnnexTable& y) {
        return diffForms(annexStackDefinition(), annexAsFormTable(x), annexAsFormTable(y));
    };
    const QList<FormChange> changes = diff(a, b);
    using K = FormChange::Kind;
    const QList<FormChange> expected{
        {K::Cell, {}, u"危险化学品"_s, u"insured_persons"_s, u"800"_s, u"900"_s},
        {K::Cell, {}, u"危险化学品"_s, u"remark"_s, u"甲"_s, u"乙"_s},
        {K::RowAdded, {}, u"港口装卸"_s, {}, {}, u"企业户数=1"_s},
        // A plan row emptied is five cleared cells, not a removed row.
        {K::Cell, {}, u"矿山"_s, u"enterprises"_s, u"1"_s, {}},
        {K::Cell, {}, u"矿山"_s, u"insured_enterprises"_s, u"1"_s, {}},
        {K::Cell, {}, u"矿山"_s, u"employees"_s, u"1"_s, {}},
        {K::Cell, {}, u"矿山"_s, u"insured_persons"_s, u"1"_s, {}},
        {K::Cell, {}, u"矿山"_s, u"accidents"_s, u"1"_s, {}},
        {K::RowRemoved,
         {},
         u"物流仓储"_s,
         {},
         u"企业户数=5；参保企业户数=5；从业总人数=300；参加工伤保险人数=300；工伤事故数量=1"_s,
         {}},
        {K::Field, {}, {}, u"preparer"_s, u"张三"_s, u"李四"_s},
    };
    CHECK(changes.size() == expected.size());
    for (qsizetype i = 0; i < qMin(changes.size(), expected.size()); ++i) {
        CAPTURE(i);
        CHECK(changes.at(i).row == expected.at(i).row);
        CHECK(changes.at(i).field == expected.at(i).field);
        CHECK(changes.at(i) == expected.at(i));
    }
    CHECK(diff(a, a).isEmpty());
    // A version's snapshot reads back as saved, and so does the annex through it.
    CHECK(formTableFromJson(formTableToJson(annexAsFormTable(b))) == annexAsFormTable(b));
    CHECK(formTableAsAnnex(annexAsFormTable(b)) == b);
}

TEST_CASE("An imported 基本情况表 records one form.imported event as every imported form does",
          "[versions][audit]") {
    TempDatabase t;
    AnnexFormImporter importer(t.connection());
    FormImportOptions options;
    options.unit = u"371302"_s;
    FormTableFileImport import =
        importer.prepare(utf8(u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,"
                              u"工伤保险参保率,2021年工伤事故数量,工伤事故发生率,备注\n"
                              "矿山,2,1,10,10,,1,,\n"_s),
                         u"初报.csv"_s, options);
    REQUIRE(importer.commit(import));
    QList<AuditEvent> imported;
    for (const AuditEvent& e : AuditLog(t.connection()).events())
        if (e.action == audit::kFormImported)
            imported << e;
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().entity == u"annex"_s);
    CHECK(imported.first().unitCode == u"371302"_s);
    CHECK(imported.first().year == 2021);
    const QList<FormVersion> versions =
        FormVersions(t.connection()).versions(u"annex"_s, u"371302"_s, 2021);
    REQUIRE(versions.size() == 1);
    CHECK(imported.first().newValue == versions.first().source);
    CHECK(versions.first().sha256 == QString::fromLatin1(import.sha256));
}
