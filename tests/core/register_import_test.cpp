// The enterprise register import (services/register_import.h): validation, duplicates, unknown
// units, numbers, --replace, and that a rejected, failed or cancelled file leaves nothing.
#include "test_support.h"

#include "domain/credit_code.h"
#include "domain/register_columns.h"
#include "io/register_header.h"
#include "services/register_import.h"
#include "storage/register_layout.h"

#include <QBuffer>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kHeader =
    u"unit_code,enterprise_name,credit_code,industry,year,employees,insured_employees,insured,"
    "accidents,occupational_disease_cases,key_personnel,key_personnel_trained"_s;

// Valid codes, check characters worked out by hand (see the credit-code test).
const QString kCodeA = u"91371302MA3C000015"_s;
const QString kCodeB = u"91371302MA3C000028"_s;
const QString kCodeC = u"91371311MA3C00004F"_s;

QString lines(const QStringList& rows) {
    return rows.join(u"\r\n"_s) + u"\r\n"_s;
}

RegisterImportResult importText(const TempDatabase& t, const QByteArray& bytes,
                                bool replace = false, bool portable = false) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    RegisterImport importer(t.connection());
    importer.setPortableWriter(portable);
    RegisterImportOptions options;
    options.replace = replace;
    return importer.importDevice(&buffer, u"reg.csv"_s, options);
}

RegisterImportResult importText(const TempDatabase& t, const QString& text, bool replace = false) {
    return importText(t, utf8WithBom(text), replace);
}

std::string describe(const RegisterImportResult& r) {
    std::string out = r.summary().toStdString() + "\n";
    for (const Diagnostic& d : r.diagnostics)
        out += d.toString().toStdString() + "\n";
    return out;
}

qint64 registerRows(const TempDatabase& t) {
    return rowCount(t.connection(), u"register_enterprise"_s);
}

bool hasMessage(const RegisterImportResult& r, Severity s, int line, const QString& field) {
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == s && d.line == line && d.field == field)
            return true;
    return false;
}
} // namespace

TEST_CASE("Credit code check characters of GB 32100-2015", "[register]") {
    // 91350100M000100Y43: values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 times weights
    // 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 sum to 1640; 1640 mod 31 = 28; 31-28 = 3.
    CHECK(checkCreditCode("91350100M000100Y43") == CreditCodeCheck::Valid);
    // 91371302MA3C00001?: sum 1328, 1328 mod 31 = 26, 31-26 = 5.
    CHECK(checkCreditCode("91371302MA3C000015") == CreditCodeCheck::Valid);
    CHECK(creditCodeCheckCharacter("91371302MA3C00001") == '5');
    CHECK(checkCreditCode("9144030071526726XG") == CreditCodeCheck::Valid);
    CHECK(checkCreditCode("91350100M000100Y44") == CreditCodeCheck::BadCheckCharacter);
    CHECK(checkCreditCode("91371302MA3C000016") == CreditCodeCheck::BadCheckCharacter);
    CHECK(checkCreditCode("91350100M000100Y4") == CreditCodeCheck::Malformed); // 17 characters
    CHECK(checkCreditCode("91350100I000100Y43") ==
          CreditCodeCheck::Malformed); // I is not in the alphabet
    CHECK(checkCreditCode("") == CreditCodeCheck::Malformed);
}

TEST_CASE("A valid register lands in one go with Chinese headers in any order", "[register]") {
    TempDatabase t;
    const QString text = lines(
        {u"年度,单位代码,企业名称,统一社会信用代码,重点行业名称,从业人数,参保人数,是否参保,"
         "工伤事故数量,职业病新发病例数,重点人员数,已培训重点人员数,风险类别,缴费工资总额"_s,
         u"2023,371302,临沂甲化工有限公司,"_s + kCodeA +
             u",危险化学品,100,90,1,2,0,5,5,3,\"1,200,000.50\""_s,
         u"2023,371302,\"临沂乙建设工程有限公司\",\"91371302ma3c000028\",建筑施工,\"1,000\",0,否,0,1,6,4,,"_s,
         u""_s, u"2023,371311,罗庄丙冶金有限公司,"_s + kCodeC + u",冶金,50,50,是,0,0,3,3,,"_s});
    const RegisterImportResult r = importText(t, gb18030(text));
    INFO(describe(r));
    REQUIRE(r.landed);
    CHECK(r.encoding == u"GB18030"_s);
    CHECK(r.rows == 3);
    CHECK(r.pairs.size() == 2);
    CHECK(r.errors == 0);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"SELECT credit_code, employees, insured, payroll, risk_class, year, unit_code"
                   " FROM register_enterprise ORDER BY id"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == kCodeA);
    CHECK(q.value(3).toDouble() == 1200000.5);
    CHECK(q.value(4).toInt() == 3);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == kCodeB); // upper-cased
    CHECK(q.value(1).toLongLong() == 1000);
    CHECK(q.value(2).toInt() == 0);
    CHECK(q.value(3).isNull());
    REQUIRE(q.next());
    CHECK(q.value(6).toString() == u"371311"_s);
    // The ids keep a unit's year together (register_layout.h).
    REQUIRE(
        q.exec(u"SELECT MIN(id), MAX(id) FROM register_enterprise WHERE unit_code = '371302'"_s));
    REQUIRE(q.next());
    CHECK(register_layout::yearOf(q.value(0).toLongLong()) == 2023);
    CHECK(q.value(1).toLongLong() - q.value(0).toLongLong() == 1);
}

TEST_CASE("Register rows with bad values are rejected with file line and field", "[register]") {
    TempDatabase t;
    const QString text =
        lines({kHeader,
               u"371302,甲,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s,       // line 2 fine
               u"379999,乙,"_s + kCodeB + u",建材,2023,10,5,1,0,0,2,2"_s,       // unknown unit
               u"371302,丙,"_s + kCodeB + u",建材,2023,-3,0,0,0,0,2,2"_s,       // negative
               u"371302,丁,"_s + kCodeB + u",建材,2023,10,2.5,1,0,0,2,2"_s,     // fraction
               u"371302,戊,"_s + kCodeB + u",建材,2023,10,5,1,0,0,2,3"_s,       // trained > key
               u"371302,己,"_s + kCodeB + u",建材,20x3,10,5,1,0,0,2,2"_s,       // year
               u"371302,,"_s + kCodeB + u",建材,2023,10,5,1,0,0,2,2"_s,         // no name
               u"371302,庚,"_s + kCodeB + u",建材,2023,10,5,maybe,0,0,2,2"_s}); // insured
    const RegisterImportResult r = importText(t, text);
    INFO(describe(r));
    CHECK_FALSE(r.landed);
    CHECK(hasMessage(r, Severity::Error, 3, u"unit_code"_s));
    CHECK(hasMessage(r, Severity::Error, 4, u"employees"_s));
    CHECK(hasMessage(r, Severity::Error, 5, u"insured_employees"_s));
    CHECK(hasMessage(r, Severity::Error, 6, u"key_personnel_trained"_s));
    CHECK(hasMessage(r, Severity::Error, 7, u"year"_s));
    CHECK(hasMessage(r, Severity::Error, 8, u"enterprise_name"_s));
    CHECK(hasMessage(r, Severity::Error, 9, u"insured"_s));
    CHECK(r.errors == 7);
    CHECK(registerRows(t) == 0); // the good line 2 did not land either
    CHECK(r.diagnostics.first().toString().startsWith(u"reg.csv:"_s));
}

TEST_CASE("A duplicate credit code is reported beside the other errors - in line order",
          "[register]") {
    // Duplicates are found as the rows are written (services/register_write_checks.h), after
    // the file is read: a file with other errors is still checked, and the clerk reads every
    // error in the order of the file.
    TempDatabase t;
    const QString text =
        lines({kHeader,
               u"371302,甲,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s,   // fine
               u"371302,乙,"_s + kCodeB + u",建材,20x3,10,5,1,0,0,2,2"_s,   // year
               u"371302,丙,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s,   // line 2's code
               u"379999,丁,"_s + kCodeC + u",建材,2023,10,5,1,0,0,2,2"_s,   // unknown unit
               u"371302,戊,"_s + kCodeA + u",建材,2024,10,5,1,0,0,2,2"_s}); // another year
    const RegisterImportResult r = importText(t, text);
    INFO(describe(r));
    CHECK_FALSE(r.landed);
    CHECK(r.errors == 3);
    QList<int> errorLines;
    for (const Diagnostic& d : r.diagnostics)
        if (d.severity == Severity::Error)
            errorLines << d.line;
    CHECK(errorLines == QList<int>{3, 4, 5});
    CHECK(hasMessage(r, Severity::Error, 4, u"credit_code"_s));
    CHECK(registerRows(t) == 0);
    CHECK(rowCount(t.connection(), u"register_summary"_s) == 0);
}

TEST_CASE("A bad check character and insured persons above employees are warnings only",
          "[register]") {
    TempDatabase t;
    const RegisterImportResult r = importText(
        t, lines({kHeader, u"371302,甲,91371302MA3C000016,建筑施工,2023,10,12,1,0,0,2,2"_s}));
    INFO(describe(r));
    CHECK(r.landed);
    CHECK(r.warnings == 2);
    CHECK(hasMessage(r, Severity::Warning, 2, u"credit_code"_s));
    CHECK(hasMessage(r, Severity::Warning, 2, u"insured_employees"_s));
    CHECK(registerRows(t) == 1);
}

TEST_CASE(
    "A credit code twice for one unit and year is an error - in other units or years it is not",
    "[register]") {
    TempDatabase t;
    SECTION("same unit and year, also when the pair comes back later in the file") {
        for (const bool later : {false, true}) {
            QStringList rows{kHeader, u"371302,甲,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s};
            if (later)
                rows << u"371311,乙,"_s + kCodeC + u",建材,2023,10,5,1,0,0,2,2"_s;
            rows << u"371302,甲二,"_s + kCodeA + u",建材,2023,11,5,1,0,0,2,2"_s;
            const RegisterImportResult r = importText(t, lines(rows));
            INFO(describe(r));
            CHECK_FALSE(r.landed);
            CHECK(hasMessage(r, Severity::Error, later ? 4 : 3, u"credit_code"_s));
            CHECK(registerRows(t) == 0);
        }
    }
    SECTION("other year or other unit") {
        const RegisterImportResult r =
            importText(t, lines({kHeader, u"371302,甲,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s,
                                 u"371302,甲,"_s + kCodeA + u",建材,2024,10,5,1,0,0,2,2"_s,
                                 u"371311,甲,"_s + kCodeA + u",建材,2024,10,5,1,0,0,2,2"_s}));
        INFO(describe(r));
        CHECK(r.landed);
        CHECK(registerRows(t) == 3);
    }
}

TEST_CASE("Rows for a unit and year already held need --replace - which replaces just those pairs",
          "[register]") {
    TempDatabase t;
    REQUIRE(importText(t, lines({kHeader, u"371302,甲,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s,
                                 u"371302,乙,"_s + kCodeB + u",建材,2023,10,5,1,0,0,2,2"_s,
                                 u"371302,甲,"_s + kCodeA + u",建材,2024,10,5,1,0,0,2,2"_s}))
                .landed);
    const QString again =
        lines({kHeader, u"371302,甲新,"_s + kCodeA + u",建材,2023,20,20,1,0,0,2,2"_s});
    const RegisterImportResult refused = importText(t, again);
    CHECK_FALSE(refused.landed);
    CHECK(hasMessage(refused, Severity::Error, 2, u"year"_s));
    CHECK(registerRows(t) == 3);
    const RegisterImportResult replaced = importText(t, again, true);
    INFO(describe(replaced));
    REQUIRE(replaced.landed);
    REQUIRE(replaced.pairs.size() == 1);
    CHECK(replaced.pairs.first().replaced);
    CHECK(registerRows(t) == 2); // 2023 now one row, 2024 untouched
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"SELECT enterprise_name FROM register_enterprise WHERE year = 2023"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"甲新"_s);
}

TEST_CASE("The portable writer gives the same result as the SQLite fast path", "[register]") {
    TempDatabase t;
    const QByteArray bytes =
        utf8(lines({kHeader, u"371302,甲,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s,
                    u"371302,乙,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s}));
    const RegisterImportResult dup = importText(t, bytes, false, true);
    CHECK_FALSE(dup.landed);
    CHECK(hasMessage(dup, Severity::Error, 3, u"credit_code"_s));
    const RegisterImportResult ok = importText(
        t, utf8(lines({kHeader, u"371302,甲,"_s + kCodeA + u",建材,2023,10,5,1,0,0,2,2"_s})), false,
        true);
    CHECK(ok.landed);
    CHECK(registerRows(t) == 1);
}

TEST_CASE("A missing required column rejects the file before any row", "[register]") {
    TempDatabase t;
    const RegisterImportResult r =
        importText(t, u"unit_code,enterprise_name,credit_code,year\r\n371302,甲,x,2023\r\n"_s);
    CHECK_FALSE(r.landed);
    CHECK(hasMessage(r, Severity::Error, 1, u"industry"_s));
    CHECK(registerRows(t) == 0);
}

TEST_CASE("Cancel and failure mid-import leave nothing behind", "[register]") {
    TempDatabase t;
    // 20,000 rows: well past the 4,096 rows after which the import looks at cancel.
    QStringList rows{kHeader};
    for (int i = 0; i < 20000; ++i) {
        const QString first17 = u"91371302MA"_s + QString::number(1000000 + i);
        const QString code = first17 + QLatin1Char(creditCodeCheckCharacter(first17.toLatin1()));
        rows << u"371302,企业%1,%2,建材,2023,10,5,1,0,0,2,2"_s.arg(i).arg(code);
    }
    SECTION("cancel") {
        std::atomic_bool cancel{false};
        QBuffer buffer;
        buffer.setData(utf8(lines(rows)));
        buffer.open(QIODevice::ReadOnly);
        RegisterImportOptions options;
        options.cancel = &cancel;
        int calls = 0;
        options.progress = [&](qint64, qint64) {
            if (++calls == 2)
                cancel = true; // after 8,192 rows are in the transaction
        };
        const RegisterImportResult r =
            RegisterImport(t.connection()).importDevice(&buffer, u"big.csv"_s, options);
        CHECK(r.cancelled);
        CHECK_FALSE(r.landed);
        CHECK(registerRows(t) == 0);
        CHECK(rowCount(t.connection(), u"register_unit"_s) == 0);
    }
    SECTION("an error on the last line") {
        rows << u"371302,坏,91371302MA3C000015,建材,2023,十,5,1,0,0,2,2"_s;
        const RegisterImportResult r = importText(t, lines(rows));
        CHECK_FALSE(r.landed);
        CHECK(r.errors == 1);
        CHECK(hasMessage(r, Severity::Error, 20002, u"employees"_s));
        CHECK(registerRows(t) == 0);
    }
    SECTION("invalid UTF-8 after the first megabyte") {
        QByteArray bytes = utf8(lines(rows));
        bytes.append(
            utf8(lines(rows)).mid(kHeader.size() + 2).replace("企业", "\xFF\xFE\xFD\xFC\xFB\xFA"));
        const RegisterImportResult r = importText(t, bytes);
        CHECK_FALSE(r.landed);
        CHECK(registerRows(t) == 0);
    }
}

TEST_CASE("Register headers as clerks decorate them still name their columns", "[register]") {
    TempDatabase t;
    const QString header =
        u"序号,单位代码,*企业名称（全称）,统一社会信用代码【18位】,重点行业名称,年度,"
        u"从业人数（人）,"
        "参保人数(人),是否参保(是/否),工伤事故数量（起）,职业病新发病例数,重点人员数,"
        "已培训重点人员数,备注"_s;
    const RegisterImportResult r = importText(
        t, lines({header,
                  u"1,371302,甲化工,%1,危险化学品,2023,\"1,200\",1100,是,2,0,5,5,"_s.arg(kCodeA),
                  // a unit code written as a decimal number by some exports
                  u"2,371302.0,乙化工,%1,危险化学品,2023,10,0,否,0,0,1,0,"_s.arg(kCodeB)}));
    INFO(describe(r));
    REQUIRE(r.landed);
    CHECK(r.rows == 2);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"SELECT enterprise_name, employees, insured FROM register_enterprise"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"甲化工"_s);
    CHECK(q.value(1).toInt() == 1200);
    CHECK(q.value(2).toInt() == 1);
    // A bracket alone is not a name: an unknown column is ignored, not guessed.
    CHECK_FALSE(registerColumnFromHeader(u"（人）"_s));
    CHECK(registerColumnFromHeader(u"从业人数 (人)"_s) == RegisterColumn::Employees);
    // Brackets that narrow or rescale the figure name another column.
    CHECK_FALSE(registerColumnFromHeader(u"从业人数（其中女职工）"_s));
    CHECK_FALSE(registerColumnFromHeader(u"缴费额（万元）"_s));
    CHECK(registerColumnFromHeader(u"缴费额（元）"_s) == RegisterColumn::Contributions);
}

TEST_CASE("A plain column name wins over a decorated one beside it", "[register]") {
    TempDatabase t;
    const QString header = kHeader + u",参保人数（农民工）,从业人数(人)"_s;
    const RegisterImportResult r = importText(
        t,
        lines({header, u"371302,甲化工,%1,危险化学品,2023,100,90,1,2,0,5,5,30,999"_s.arg(kCodeA)}));
    INFO(describe(r));
    REQUIRE(r.landed);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"SELECT employees, insured_employees FROM register_enterprise"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 100);
    CHECK(q.value(1).toInt() == 90);
}

TEST_CASE("A credit code Excel turned into a number is an error that says so", "[register]") {
    TempDatabase t;
    const RegisterImportResult r = importText(
        t, lines({kHeader, u"371302,甲化工,9.13713E+17,危险化学品,2023,10,10,1,0,0,1,1"_s,
                  u"371302,乙化工,9.13713E+17,危险化学品,2023,10,10,1,0,0,1,1"_s}));
    CHECK_FALSE(r.landed);
    CHECK(hasMessage(r, Severity::Error, 2, u"credit_code"_s));
    CHECK(hasMessage(r, Severity::Error, 3, u"credit_code"_s));
    REQUIRE_FALSE(r.diagnostics.isEmpty());
    CHECK(r.diagnostics.first().message.contains(u"Excel"_s));
    CHECK(registerRows(t) == 0);
}

TEST_CASE("A full-width or lower-case credit code is the same code", "[register]") {
    TempDatabase t;
    const RegisterImportResult r = importText(
        t,
        lines(
            {kHeader, u"371302,甲化工,%1,危险化学品,2023,10,10,1,0,0,1,1"_s.arg(kCodeA),
             u"371302,甲化工二,９１３７１３０２ｍａ３Ｃ００００１５,危险化学品,2023,10,10,1,0,0,1,1"_s}));
    CHECK_FALSE(r.landed);
    CHECK(hasMessage(r, Severity::Error, 3, u"credit_code"_s)); // a duplicate of line 2
}

TEST_CASE("Total rows clerks add are checked and left out", "[register]") {
    TempDatabase t;
    QStringList rows{kHeader,
                     u"371302,甲化工,%1,危险化学品,2023,10,10,1,0,0,1,1"_s.arg(kCodeA),
                     u"371302,乙化工,%1,危险化学品,2023,20,5,1,1,0,2,1"_s.arg(kCodeB),
                     u"小计,,,,,30,15,,1,,3,2"_s,
                     u"371311,丙冶金,%1,冶金,2023,7,7,1,0,0,1,1"_s.arg(kCodeC),
                     u"小计,,,,,7,7,,0,0,1,1"_s,
                     u"合  计,,,,,37,22,,1,0,4,3"_s};
    SECTION("matching totals") {
        const RegisterImportResult r = importText(t, lines(rows));
        INFO(describe(r));
        REQUIRE(r.landed);
        CHECK(r.rows == 3);
        CHECK(r.warnings == 0);
        CHECK(registerRows(t) == 3);
    }
    SECTION("a total that does not match rejects the file and names the column") {
        rows[6] = u"合计,,,,,37,22,,2,0,4,3"_s;
        const RegisterImportResult r = importText(t, lines(rows));
        CHECK_FALSE(r.landed);
        CHECK(hasMessage(r, Severity::Error, 7, u"accidents"_s));
        CHECK(registerRows(t) == 0);
    }
}
