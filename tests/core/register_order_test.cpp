// The register import gives the same database whatever the order of the file's rows (issue 16):
// grouped by unit and year, by enterprise, sorted by credit code or by name, reversed,
// shuffled; in one file or several; with rows written in many small batches or one. Duplicate
// credit codes are found in every order, whether the first row is still held back or written.
#include "../test_server.h"
#include "test_support.h"

#include "services/register_import.h"
#include "storage/register_layout.h"
#include "storage/register_row_buffer.h"
#include "storage/register_summary.h"
#include "storage/sqlite_register_writer.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <random>

#include <sqlite3.h>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Row {
    QString unit;
    int firm = 0;
    int year = 0;
    QString name;
    QString code;
    QString line;
};

const QString kHeader = registerHeader() + u",risk_class,payroll"_s;

// Three counties, 40 enterprises, three years; some enterprises skip a year, so the unit-years
// differ in size. The optional columns are sometimes empty, and one enterprise employs more
// than 2^32 people (the buffer's wide numbers).
std::vector<Row> registerRows() {
    const QString industries[] = {u"建筑施工"_s, u"冶金"_s, u"危险化学品"_s, u"餐饮"_s};
    std::vector<Row> rows;
    for (const QString& unit : {u"371302"_s, u"371311"_s, u"371312"_s})
        for (int firm = 1; firm <= 40; ++firm)
            for (int year = 2022; year <= 2024; ++year) {
                if ((firm + year) % 5 == 0)
                    continue;
                const bool huge = unit == u"371311"_s && firm == 13 && year == 2023;
                const qint64 employees = huge ? 5'000'000'000 : (firm * 7 + year) % 90 + 1;
                const qint64 insured = firm % 4 == 0 ? 0 : employees - firm % 3;
                Row r{unit, firm, year, u"企业%1"_s.arg((firm * 7) % 43), {}, {}};
                r.code = registerCreditCode(unit, firm);
                r.line = u"%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12,%13,%14"_s.arg(unit, r.name)
                             .arg(r.code, industries[(firm + year) % 4])
                             .arg(year)
                             .arg(employees)
                             .arg(insured)
                             .arg(insured > 0 ? 1 : 0)
                             .arg(firm % 2)
                             .arg(firm % 9 == 0 ? 1 : 0)
                             .arg(firm % 6)
                             .arg(qMin(firm % 4, firm % 6))
                             .arg(firm % 3 == 0 ? QString() : QString::number(firm % 8 + 1))
                             .arg(firm % 5 == 0 ? QString() : QString::number(firm * 1000.5));
                rows.push_back(r);
            }
    return rows;
}

enum class Order { UnitYear, Enterprise, CreditCode, Name, Reversed, Shuffled };

std::vector<Row> ordered(std::vector<Row> rows, Order order) {
    auto by = [&](auto key) {
        std::stable_sort(rows.begin(), rows.end(),
                         [&](const Row& a, const Row& b) { return key(a) < key(b); });
    };
    switch (order) {
    case Order::UnitYear:
        by([](const Row& r) { return std::tuple(r.unit, r.year, r.firm); });
        break;
    case Order::Enterprise: // every unit-year comes back once per enterprise
        by([](const Row& r) { return std::tuple(r.unit, r.firm, r.year); });
        break;
    case Order::CreditCode:
        by([](const Row& r) { return std::tuple(r.code, r.year); });
        break;
    case Order::Name: // across units
        by([](const Row& r) { return std::tuple(r.name, r.unit, r.year); });
        break;
    case Order::Reversed:
        by([](const Row& r) { return std::tuple(r.unit, r.year, r.firm); });
        std::reverse(rows.begin(), rows.end());
        break;
    case Order::Shuffled:
        std::shuffle(rows.begin(), rows.end(), std::mt19937(16));
        break;
    }
    return rows;
}

QByteArray csv(const std::vector<Row>& rows) {
    QStringList lines{kHeader};
    for (const Row& r : rows)
        lines << r.line;
    return utf8WithBom(lines.join(u"\r\n"_s) + u"\r\n"_s);
}

RegisterImportResult importBytes(const TempDatabase& t, const QByteArray& bytes, qsizetype budget,
                                 bool portable = false, const RegisterImportOptions& options = {}) {
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    RegisterImport importer(t.connection());
    importer.setRowBufferBudget(budget);
    importer.setPortableWriter(portable);
    const RegisterImportResult r = importer.importDevice(&device, u"reg.csv"_s, options);
    for (const Diagnostic& d : r.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    return r;
}

// Several files in one command, the way `yufang-cli import-register A B C` imports them: one
// importer, each file read from disk in its own transaction. True when every file landed.
bool importFiles(const TempDatabase& t, const std::vector<QByteArray>& files, qsizetype budget,
                 bool portable) {
    RegisterImport importer(t.connection());
    importer.setRowBufferBudget(budget);
    importer.setPortableWriter(portable);
    bool all = true;
    for (size_t i = 0; i < files.size(); ++i) {
        const QString path = t.filePath(u"part%1.csv"_s.arg(i));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(files[i]) == files[i].size());
        f.close();
        const RegisterImportResult r = importer.importFile(path, {});
        for (const Diagnostic& d : r.diagnostics)
            UNSCOPED_INFO(d.toString().toStdString());
        all = all && r.landed && r.rows > 0;
    }
    return all;
}

QStringList lines(const QSqlDatabase& db, const QString& sql) {
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        FAIL(q.lastError().text().toStdString());
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << q.value(i).toString();
        out << values.join(QLatin1Char('|'));
    }
    return out;
}

// What the database holds, ids aside (they number each unit-year's rows in file order).
struct Content {
    QStringList rows;
    QStringList summary;
    QStringList industries;
    bool operator==(const Content&) const = default;
};

Content content(const TempDatabase& t) {
    const QSqlDatabase db = t.connection();
    Content c;
    c.rows = lines(db, u"SELECT unit_code, year, credit_code, enterprise_name, industry,"
                       " employees, insured_employees, insured, accidents,"
                       " occupational_disease_cases, key_personnel, key_personnel_trained,"
                       " risk_class, payroll, contributions, benefits_paid"
                       " FROM register_enterprise ORDER BY unit_code, year, credit_code"_s);
    c.summary = lines(db, u"SELECT unit_code, year, industry, enterprises, insured_enterprises,"
                          " employees, insured_persons, accidents, occupational_disease_cases,"
                          " key_personnel, key_personnel_trained FROM register_summary"
                          " ORDER BY unit_code, year, industry"_s);
    c.industries = lines(db, u"SELECT name FROM register_industry ORDER BY name"_s);
    return c;
}

// Whatever the order, each unit-year's rows are numbered 0..n-1 inside its id range, and the
// kept summary (first_id included) equals a GROUP BY over the rows.
void checkLayout(const TempDatabase& t) {
    const QSqlDatabase db = t.connection();
    const QString seq = QString::number(register_layout::kMaxSeq);
    CHECK(lines(db, u"SELECT e.unit_code, e.year, COUNT(*), MIN(e.id & %1), MAX(e.id & %1)"
                    " FROM register_enterprise e JOIN register_unit u ON u.unit_code = e.unit_code"
                    " WHERE e.id >> %2 != u.slot OR (e.id >> %3) & 255 != e.year - %4"
                    " GROUP BY e.unit_code, e.year"_s.arg(seq)
                        .arg(register_layout::kSeqBits + register_layout::kYearBits)
                        .arg(register_layout::kSeqBits)
                        .arg(register_layout::kFirstYear))
              .isEmpty());
    CHECK(lines(db, u"SELECT unit_code, year FROM register_enterprise GROUP BY unit_code, year"
                    " HAVING MIN(id & %1) != 0 OR MAX(id & %1) != COUNT(*) - 1"_s.arg(seq))
              .isEmpty());
    const QString columns =
        u"unit_code, year, industry, first_id, enterprises, insured_enterprises, employees,"
        " insured_persons, accidents, occupational_disease_cases, key_personnel,"
        " key_personnel_trained"_s;
    CHECK(lines(db, u"SELECT %1 FROM register_summary ORDER BY unit_code, year, industry"_s.arg(
                        columns)) ==
          lines(db, u"SELECT %1 FROM (%2) AS s ORDER BY unit_code, year, industry"_s.arg(
                        columns, registerSummaryFromRowsSql())));
}

constexpr qsizetype kTinyBudget = 2048; // a batch every dozen rows or so

// A trigger that refuses the row's insert, on either database.
void refuseRow(const TempDatabase& t, const Row& row) {
    QSqlQuery q(t.connection());
    if (testServer()) {
        // On a server the rows go in by COPY: the error names the row by its place in the COPY.
        REQUIRE(q.exec(
            u"CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$"
            " BEGIN IF NEW.credit_code = '%1' AND NEW.year = %2 THEN"
            " RAISE EXCEPTION 'refused by a trigger'; END IF; RETURN NEW; END $$"_s.arg(row.code)
                .arg(row.year)));
        REQUIRE(q.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON register_enterprise"
                       " FOR EACH ROW EXECUTE FUNCTION refuse_row()"_s));
    } else {
        REQUIRE(q.exec(u"CREATE TEMP TRIGGER refuse BEFORE INSERT ON register_enterprise"
                       " WHEN NEW.credit_code = '%1' AND NEW.year = %2"
                       " BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"_s.arg(row.code)
                           .arg(row.year)));
    }
}

// The import failed at the line (the header is line 1) and nothing landed.
void checkRefused(const TempDatabase& t, const RegisterImportResult& r, int line) {
    CHECK_FALSE(r.landed);
    CHECK(r.errors == 1);
    REQUIRE(!r.diagnostics.isEmpty());
    CHECK(r.diagnostics.first().line == line);
    CHECK(r.diagnostics.first().message.contains(u"refused by a trigger"_s));
    CHECK(rowCount(t.connection(), u"register_enterprise"_s) == 0);
}
} // namespace

TEST_CASE("Every order of the same register rows gives the same database", "[register]") {
    YUFANG_SQLITE_ONLY();
    const std::vector<Row> rows = registerRows();
    Content reference;
    {
        TempDatabase t;
        REQUIRE(
            importBytes(t, csv(ordered(rows, Order::UnitYear)), RegisterRowBuffer::kDefaultBudget)
                .landed);
        reference = content(t);
        checkLayout(t);
    }
    REQUIRE(reference.rows.size() == qsizetype(rows.size()));
    REQUIRE(reference.summary.size() == 36); // 3 units × 3 years × 4 industries
    CHECK(reference.rows.filter(u"5000000000"_s).size() == 1);

    const auto order = GENERATE(Order::UnitYear, Order::Enterprise, Order::CreditCode, Order::Name,
                                Order::Reversed, Order::Shuffled);
    const qsizetype budget = GENERATE(kTinyBudget, RegisterRowBuffer::kDefaultBudget);
    const bool portable = GENERATE(false, true);
    INFO("order " << int(order) << ", budget " << budget << ", portable writer " << portable);
    const std::vector<Row> file = ordered(rows, order);

    SECTION("in one file") {
        TempDatabase t;
        const RegisterImportResult r = importBytes(t, csv(file), budget, portable);
        REQUIRE(r.landed);
        CHECK(r.rows == qint64(rows.size()));
        CHECK(r.pairs.size() == 9);
        CHECK(content(t) == reference);
        checkLayout(t);
    }
    SECTION("in three files of one command, the middle year last") {
        TempDatabase t;
        std::vector<QByteArray> parts;
        for (const int year : {2022, 2024, 2023}) {
            std::vector<Row> part;
            std::copy_if(file.begin(), file.end(), std::back_inserter(part),
                         [&](const Row& r) { return r.year == year; });
            parts.push_back(csv(part));
        }
        REQUIRE(importFiles(t, parts, budget, portable));
        CHECK(content(t) == reference);
        checkLayout(t);
    }
    SECTION("a credit code twice in a unit-year is found, held back or written") {
        // The copy of a row right after it (the first still held back) or at the end (written
        // long before with the tiny budget); in another year it is no duplicate.
        for (const bool atEnd : {false, true}) {
            TempDatabase t;
            std::vector<Row> twice = file;
            const size_t original = twice.size() / 3;
            const size_t copy = atEnd ? twice.size() : original + 1;
            twice.insert(twice.begin() + qsizetype(copy), twice[original]);
            const RegisterImportResult r = importBytes(t, csv(twice), budget, portable);
            CHECK_FALSE(r.landed);
            CHECK(r.errors == 1);
            REQUIRE(!r.diagnostics.isEmpty());
            CHECK(r.diagnostics.first().line == int(copy) + 2); // header on line 1
            CHECK(r.diagnostics.first().field == u"credit_code"_s);
            CHECK(rowCount(t.connection(), u"register_enterprise"_s) == 0);
        }
    }
}

TEST_CASE("A row the database refuses is named by its line - whenever it is written",
          "[register]") {
    // Rows are held back and written in id order, later than they are read: the error must
    // still name the row's own line, and nothing lands.
    const std::vector<Row> file = ordered(registerRows(), Order::Shuffled);
    const size_t refused = file.size() / 2;
    const qsizetype budget = GENERATE(kTinyBudget, RegisterRowBuffer::kDefaultBudget);
    const bool portable = GENERATE(false, true);
    INFO("budget " << budget << ", portable writer " << portable);
    TempDatabase t;
    refuseRow(t, file[refused]);
    checkRefused(t, importBytes(t, csv(file), budget, portable), int(refused) + 2);
}

TEST_CASE("A file written over many batches lands every row - or none with the refused line",
          "[register]") {
    // Grouped by unit and year, through a buffer of a dozen rows: each batch is written when
    // full. On a server they all go into one COPY kept open for the file, which the lookups of
    // units already in the register (the second file, the replaced one) must end first, and
    // a row the server refuses is only named when the COPY ends, by its place in the COPY.
    // The reference goes in by the portable writer's INSERTs: COPY's text (a name with a
    // backslash, amounts, a count beyond 2^32) must give the same values.
    std::vector<Row> file = ordered(registerRows(), Order::UnitYear);
    file[5].line.replace(u","_s + file[5].name + u","_s, u",\\企业\\N,"_s);
    std::vector<QByteArray> years; // the first year, then the other two
    for (const bool first : {true, false}) {
        std::vector<Row> part;
        std::copy_if(file.begin(), file.end(), std::back_inserter(part),
                     [&](const Row& r) { return (r.year == 2022) == first; });
        years.push_back(csv(part));
    }
    Content reference;
    {
        TempDatabase t;
        REQUIRE(importBytes(t, csv(file), RegisterRowBuffer::kDefaultBudget, true).landed);
        reference = content(t);
    }
    REQUIRE(reference.rows.size() == qsizetype(file.size()));
    REQUIRE(reference.rows.filter(u"|\\企业\\N|"_s).size() == 1);

    SECTION("every row lands, the lookups in between") {
        TempDatabase t;
        REQUIRE(importFiles(t, years, kTinyBudget, false));
        CHECK(content(t) == reference);
        checkLayout(t);
        RegisterImportOptions replace;
        replace.replace = true;
        const RegisterImportResult r = importBytes(t, years.back(), kTinyBudget, false, replace);
        REQUIRE(r.landed);
        CHECK(r.pairs.size() == 6);
        CHECK(content(t) == reference);
        checkLayout(t);
    }
    SECTION("a refused row in the first batch or a later one rejects the file") {
        const size_t refused = GENERATE(size_t(3), size_t(200));
        REQUIRE(refused < file.size());
        INFO("refused row " << refused);
        TempDatabase t;
        refuseRow(t, file[refused]);
        checkRefused(t, importBytes(t, csv(file), kTinyBudget), int(refused) + 2);
    }
}

TEST_CASE("The database work of a register import does not depend on the order of its rows",
          "[register]") {
    YUFANG_SQLITE_ONLY();
    // What SQLite runs while the file imports: statements started, and virtual-machine steps
    // (counted at its loops, so a scan shows). Each row is one INSERT in any order; a unit-year
    // that comes back later in the file must not cost a query per row (a scan of its rows for
    // the credit code made a province file grouped by enterprise 30 times slower than one
    // grouped by unit and year).
    struct Work {
        qint64 statements = 0;
        qint64 steps = 0;
    };
    const std::vector<Row> rows = registerRows();
    auto work = [&](Order order) {
        TempDatabase t;
        sqlite3* handle = sqliteHandle(t.connection());
        REQUIRE(handle);
        Work w;
        sqlite3_trace_v2(
            handle, SQLITE_TRACE_STMT,
            [](unsigned, void* w, void*, void*) {
                ++static_cast<Work*>(w)->statements;
                return 0;
            },
            &w);
        sqlite3_progress_handler(
            handle, 1,
            [](void* w) {
                ++static_cast<Work*>(w)->steps;
                return 0; // go on
            },
            &w);
        // A few batches of a couple of hundred rows: written at once or set aside and merged,
        // the rows go in 32-row statements in every order (the tiny budget would compare
        // single-row statements of a grouped file with merged 32-row ones).
        const bool landed = importBytes(t, csv(ordered(rows, order)), 16 * 1024).landed;
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
        REQUIRE(landed);
        return w;
    };
    const Work grouped = work(Order::UnitYear);
    REQUIRE(grouped.statements > qint64(rows.size()) / 32); // a statement per 32 rows at least
    for (const Order order :
         {Order::Enterprise, Order::CreditCode, Order::Name, Order::Reversed, Order::Shuffled}) {
        INFO("order " << int(order) << "; grouped by unit and year: " << grouped.statements
                      << " statements, " << grouped.steps << " steps");
        const Work w = work(order);
        CHECK(w.statements <= grouped.statements * 11 / 10);
        CHECK(w.steps <= grouped.steps * 11 / 10);
    }
}
