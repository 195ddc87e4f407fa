// Validation rules of annex input (DESIGN.md "Validation of annex input").
#include "test_support.h"

#include "domain/annex_validation.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
AnnexRow row(const QString& industry, const AnnexCounts& c) {
    return AnnexRow{industry, false, c, {}};
}

QStringList fieldsOf(const Diagnostics& ds, Severity s) {
    QStringList out;
    for (const Diagnostic& d : ds)
        if (d.severity == s)
            out << d.field;
    return out;
}
} // namespace

TEST_CASE("A consistent annex row has no findings", "[validation]") {
    CHECK(validateAnnexRow(row(u"冶金"_s, counts(10, 8, 100, 90, 2)), 0).isEmpty());
    // limits are inclusive: equal counts are fine
    CHECK(validateAnnexRow(row(u"冶金"_s, counts(10, 10, 100, 100, 100)), 0).isEmpty());
    CHECK(validateAnnexRow(row(u"冶金"_s, counts(0, 0, 0, 0, 0)), 0).isEmpty());
    CHECK(validateAnnexRow(row(u"冶金"_s, counts(-1, -1, -1, -1, -1)), 0).isEmpty());
}

TEST_CASE("Insured enterprises above enterprises is an error", "[validation]") {
    const Diagnostics ds = validateAnnexRow(row(u"矿山"_s, counts(10, 11, 100, 90, 2)), 3);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].severity == Severity::Error);
    CHECK(ds[0].field == u"insured_enterprises"_s);
    CHECK(ds[0].row == 3);
    CHECK(ds[0].message.contains(u"矿山"_s));
    CHECK(ds[0].message.contains(u"11"_s));
    CHECK(hasErrors(ds));
}

TEST_CASE("Accidents above insured persons is an error", "[validation]") {
    const Diagnostics ds = validateAnnexRow(row(u"建材"_s, counts(10, 8, 100, 5, 6)), 1);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].severity == Severity::Error);
    CHECK(ds[0].field == u"accidents"_s);
    CHECK(ds[0].row == 1);
}

TEST_CASE("A negative count is an error naming its field", "[validation]") {
    const auto [field, key] = GENERATE(table<int, const char*>({
        {0, "enterprises"},
        {1, "insured_enterprises"},
        {2, "employees"},
        {3, "insured_persons"},
        {4, "accidents"},
    }));
    AnnexCounts c = counts(10, 5, 100, 50, 1);
    countRef(c, static_cast<CountField>(field)) = -4;
    CAPTURE(key);
    const Diagnostics ds = validateAnnexRow(row(u"冶金"_s, c), 0);
    REQUIRE(hasErrors(ds));
    CHECK(fieldsOf(ds, Severity::Error).contains(QString::fromLatin1(key)));
    bool mentions = false;
    for (const Diagnostic& d : ds)
        mentions = mentions || d.message.contains(u"-4"_s);
    CHECK(mentions);
}

TEST_CASE("Insured persons above employees is only a warning", "[validation]") {
    // construction projects insure migrant workers by project (按项目参保)
    const Diagnostics ds = validateAnnexRow(row(u"建筑施工"_s, counts(20, 15, 5000, 6000, 12)), 4);
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].severity == Severity::Warning);
    CHECK(ds[0].field == u"insured_persons"_s);
    CHECK_FALSE(hasErrors(ds));
    CHECK(countOf(ds, Severity::Warning) == 1);
}

TEST_CASE("Several problems in one row are all reported", "[validation]") {
    // insured enterprises > enterprises, accidents > insured persons, insured > employees
    const Diagnostics ds = validateAnnexRow(row(u"冶金"_s, counts(1, 2, 3, 4, 5)), 0);
    CHECK(countOf(ds, Severity::Error) == 2);
    CHECK(countOf(ds, Severity::Warning) == 1);
    const QStringList errors = fieldsOf(ds, Severity::Error);
    CHECK(errors.contains(u"insured_enterprises"_s));
    CHECK(errors.contains(u"accidents"_s));
}

TEST_CASE("Table validation flags empty and duplicate industry names", "[validation]") {
    AnnexTable t;
    t.rows << row(u"冶金"_s, counts(1, 1, 10, 10, 0)) << row(u""_s, counts(1, 1, 1, 1, 0))
           << row(u"冶金"_s, counts(1, 1, 1, 1, 0)) << row(u"矿山"_s, counts(1, 2, 10, 10, 0));
    const Diagnostics ds = validateAnnexTable(t);
    CHECK(countOf(ds, Severity::Error) == 3);
    QList<int> rows;
    for (const Diagnostic& d : ds)
        rows << d.row;
    CHECK(rows.contains(1));
    CHECK(rows.contains(2));
    CHECK(rows.contains(3));
    CHECK_FALSE(rows.contains(0));
}

TEST_CASE("Diagnostic text follows FILE:LINE: message", "[validation]") {
    Diagnostic d;
    d.file = u"a.csv"_s;
    d.line = 7;
    d.message = u"boom"_s;
    CHECK(d.toString() == u"a.csv:7: boom"_s);
    d.line = 0;
    CHECK(d.toString() == u"a.csv: boom"_s);
    d.severity = Severity::Warning;
    d.line = 2;
    CHECK(d.toString().startsWith(u"a.csv:2: "_s));
    CHECK(d.toString().endsWith(u"boom"_s));
}
