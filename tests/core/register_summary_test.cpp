// The per-industry totals the import keeps beside the register (storage/register_summary.h)
// must always equal a GROUP BY over the rows, whatever the import did: new pairs, a pair coming
// back later in the file, --replace, a rejected or cancelled file, and a database migrated
// from before the table existed. The 企业名录 counts that read them must equal a scan.
#include "../test_server.h"
#include "test_support.h"

#include "services/register_import.h"
#include "services/register_query.h"
#include "storage/register_summary.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kHeader = registerHeader();

QString code(const QString& unit, int n) {
    return registerCreditCode(unit, n);
}

// A row of enterprise n of the unit; the numbers vary with n so sums tell rows apart.
QString row(const QString& unit, int n, const QString& industry, int year, int scale = 1) {
    const int employees = (n % 7) * 10 * scale;
    const int insured = n % 3 == 0 ? 0 : employees - n % 4;
    return u"%1,企业%2号,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12"_s.arg(unit)
        .arg(n)
        .arg(code(unit, n), industry)
        .arg(year)
        .arg(employees)
        .arg(qMax(0, insured))
        .arg(insured > 0 ? 1 : 0)
        .arg(n % 2)
        .arg(n % 5 == 0 ? 1 : 0)
        .arg(n % 6)
        .arg(qMin(n % 4, n % 6)); // trained ≤ key personnel
}

RegisterImportResult importRows(const TempDatabase& t, const QStringList& rows,
                                bool replace = false) {
    QBuffer buffer;
    buffer.setData(utf8((QStringList{kHeader} + rows).join(u"\r\n"_s)));
    buffer.open(QIODevice::ReadOnly);
    RegisterImportOptions options;
    options.replace = replace;
    const RegisterImportResult r =
        RegisterImport(t.connection()).importDevice(&buffer, u"reg.csv"_s, options);
    for (const Diagnostic& d : r.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    return r;
}

QStringList lines(const QSqlDatabase& db, const QString& sql) {
    QStringList out;
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

const QString kColumns =
    u"unit_code, year, industry, first_id, enterprises, insured_enterprises, employees,"
    " insured_persons, accidents, occupational_disease_cases, key_personnel,"
    " key_personnel_trained"_s;

QStringList kept(const TempDatabase& t) {
    return lines(
        t.connection(),
        u"SELECT %1 FROM register_summary ORDER BY unit_code, year, industry"_s.arg(kColumns));
}

QStringList recomputed(const TempDatabase& t) {
    return lines(t.connection(),
                 u"SELECT %1 FROM (%2) AS recomputed ORDER BY unit_code, year, industry"_s.arg(
                     kColumns, registerSummaryFromRowsSql()));
}
} // namespace

TEST_CASE("The register summary always equals the rows it sums", "[register]") {
    TempDatabase t;
    QStringList first;
    for (int n = 1; n <= 30; ++n)
        first << row(u"371302"_s, n, n % 3 ? u"建筑施工"_s : u"危险化学品"_s, 2023);
    for (int n = 1; n <= 10; ++n)
        first << row(u"371311"_s, n, u"冶金"_s, 2023);
    // 兰山区 2023 comes back later in the file, with a local industry.
    for (int n = 31; n <= 35; ++n)
        first << row(u"371302"_s, n, u"烟花爆竹"_s, 2023);
    first << row(u"371302"_s, 1, u"建筑施工"_s, 2024);
    REQUIRE(importRows(t, first).landed);
    REQUIRE(kept(t).size() == 5);
    CHECK(kept(t) == recomputed(t));
    // Hand-checked line: 罗庄区 冶金 2023, enterprises 1-10.
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"SELECT enterprises, employees, key_personnel FROM register_summary"
                   " WHERE unit_code = '371311' AND year = 2023"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 10);
    CHECK(q.value(1).toInt() == 10 * (1 + 2 + 3 + 4 + 5 + 6 + 0 + 1 + 2 + 3)); // (n % 7) * 10
    CHECK(q.value(2).toInt() == 1 + 2 + 3 + 4 + 5 + 0 + 1 + 2 + 3 + 4);        // n % 6
    q.finish(); // or the table stays locked for the DROP below

    SECTION("--replace replaces just the pairs of the new file") {
        QStringList again;
        for (int n = 1; n <= 4; ++n)
            again << row(u"371302"_s, n, u"矿山"_s, 2023, 3);
        REQUIRE(importRows(t, again, true).landed);
        CHECK(kept(t) == recomputed(t));
        CHECK(lines(t.connection(), u"SELECT industry FROM register_summary WHERE unit_code ="
                                    " '371302' AND year = 2023"_s) == QStringList{u"矿山"_s});
        CHECK(kept(t).size() == 3);
    }
    SECTION("a rejected file leaves the summary as it was") {
        const QStringList before = kept(t);
        QStringList bad{row(u"371312"_s, 1, u"冶金"_s, 2023)};
        bad << row(u"371312"_s, 2, u"冶金"_s, 2023).replace(u",2023,"_s, u",二〇二三,"_s);
        CHECK_FALSE(importRows(t, bad).landed);
        CHECK(kept(t) == before);
    }
    SECTION("a database from before the summary gets it filled from its rows") {
        const QStringList before = kept(t);
        QSqlQuery drop(t.connection());
        REQUIRE(drop.exec(u"DROP TABLE register_summary"_s));
        REQUIRE(drop.exec(u"DELETE FROM schema_migration WHERE version = 6"_s));
        t.reopen();
        CHECK(kept(t) == before);
    }
}

TEST_CASE("Register counts from the summary equal a scan of the rows", "[register]") {
    TempDatabase t;
    QStringList rows;
    for (int n = 1; n <= 24; ++n)
        rows << row(n % 2 ? u"371302"_s : u"371311"_s, n, n % 3 ? u"建筑施工"_s : u"冶金"_s,
                    n % 4 ? 2023 : 2024);
    REQUIRE(importRows(t, rows).landed);
    const RegisterQuery query(t.connection());
    for (const QString& unit : {QString(), u"370000"_s, u"371300"_s, u"371302"_s, u"371311"_s})
        for (const std::optional<int> year :
             {std::optional<int>(), std::optional<int>(2023), std::optional<int>(2024)})
            for (const QString& industry : {QString(), u"冶金"_s})
                for (const auto insured :
                     {RegisterFilter::Insured::Any, RegisterFilter::Insured::Insured,
                      RegisterFilter::Insured::Uninsured}) {
                    RegisterFilter f;
                    f.unitCode = unit;
                    f.year = year;
                    f.industry = industry;
                    f.insured = insured;
                    INFO(unit.toStdString() << " " << year.value_or(0) << " "
                                            << industry.toStdString() << " " << int(insured));
                    CHECK(query.count(f) == query.page(f, -1, true, 0, 1000).size());
                }
}

TEST_CASE("A register search finds names in any case and credit codes by their start",
          "[register]") {
    TempDatabase t;
    QStringList rows{row(u"371302"_s, 1, u"冶金"_s, 2023), row(u"371302"_s, 2, u"冶金"_s, 2023),
                     row(u"371302"_s, 3, u"冶金"_s, 2023)};
    rows[2].replace(code(u"371302"_s, 3), u"91371302MA3O00003X"_s); // malformed: a warning
    rows[0].replace(u"企业1号"_s, u"临沂ABC钢铁"_s);
    rows[1].replace(u"企业2号"_s, u"100%_钢铁"_s);
    REQUIRE(importRows(t, rows).landed);
    const RegisterQuery query(t.connection());
    RegisterFilter f;
    f.search = u"abc"_s;
    CHECK(query.count(f) == 1);
    f.search = u"钢铁"_s;
    CHECK(query.count(f) == 2);
    f.search = u"%_"_s; // taken literally, not as wildcards
    CHECK(query.count(f) == 1);
    f.search = code(u"371302"_s, 2).left(12).toLower();
    CHECK(query.count(f) == 2); // both valid codes start so
    f.search = code(u"371302"_s, 2);
    CHECK(query.count(f) == 1);
    f.search = u"0000002"_s; // inside a code, not at its start
    CHECK(query.count(f) == 0);
    f.search = u"９１３７１３０２"_s; // typed full-width: codes are stored half-width
    CHECK(query.count(f) == 3);
    f.search = u"91371302MA3O"_s; // a malformed code is found by its start too
    CHECK(query.count(f) == 1);

    // The model's one-scan path: ids in sort order, or nothing when there are too many.
    f.search = u"钢铁"_s;
    const auto ids = query.ids(f, int(RegisterColumn::EnterpriseName), true, 10);
    REQUIRE(ids);
    REQUIRE(ids->size() == 2);
    const QList<RegisterEntry> entries = query.rows(*ids);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].value(RegisterColumn::EnterpriseName).toString() == u"100%_钢铁"_s);
    CHECK(entries[1].value(RegisterColumn::EnterpriseName).toString() == u"临沂ABC钢铁"_s);
    CHECK_FALSE(query.ids(f, -1, true, 1));
}
