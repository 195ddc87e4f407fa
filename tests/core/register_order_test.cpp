// The register import gives the same database whatever the order of the file's rows (issue 16):
// grouped by unit and year, by enterprise, sorted by credit code or by name, reversed,
// shuffled; in one file or several; with rows written in many small batches or one. Duplicate
// credit codes are found in every order, whether the first row is still held back or written.
#include "../test_server.h"
#include "test_support.h"

#include "services/register_credit_codes.h"
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
#include <limits>
#include <map>
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

TEST_CASE("The credit-code hashes keep every row of a key and grow", "[register]") {
    RegisterCreditCodes codes;
    const RegisterCreditCodes::Key a = RegisterCreditCodes::key(0, "91371302MA3C000015");
    CHECK(a != RegisterCreditCodes::key(1, "91371302MA3C000015")); // another unit-year
    CHECK(codes.candidates(a).isEmpty());
    // Two rows under one key (what a hash collision of two codes looks like): both answer.
    codes.insert(a, 7);
    codes.insert(a, 9);
    const auto both = codes.candidates(a);
    CHECK(std::vector<qint64>(both.begin(), both.end()) == std::vector<qint64>{7, 9});
    // Far beyond the first table: nothing is lost when it grows.
    for (int n = 0; n < 5000; ++n)
        codes.insert(RegisterCreditCodes::key(n % 7, QByteArray::number(n)), n);
    for (int n = 0; n < 5000; ++n) {
        const auto found = codes.candidates(RegisterCreditCodes::key(n % 7, QByteArray::number(n)));
        REQUIRE(found.size() == 1);
        CHECK(found.first() == n);
    }
    CHECK(codes.candidates(a).size() == 2);
}

namespace {
// Records what a RegisterRowBuffer hands to its writer.
class RecordingWriter : public RegisterWriter {
public:
    std::vector<qint64> ids;
    QStringList names;
    bool prepare(QString*) override { return true; }
    std::optional<qint64> maxId(qint64, qint64, QString*) override { return 0; }
    bool deleteRange(qint64, qint64, QString*) override { return true; }
    std::optional<bool> hasCreditCode(qint64, QByteArrayView, QString*) override { return false; }
    Outcome insert(const RegisterRecord& r, QString*) override {
        ids.push_back(r.id);
        names << QString::fromUtf8(r.enterpriseName);
        return Outcome::Inserted;
    }
};
} // namespace

TEST_CASE("A register larger than the row buffer is written in one pass in id order",
          "[register]") {
    // 3 units × 3 years × 150 rows through a buffer of a few dozen rows. However the rows come,
    // the writer must see every row once. Batches that overlap in ids are set aside as runs and
    // merged: written in ascending id order, appended to the B-tree. A batch that comes unit by
    // unit is written at once (by enterprise, a batch reaches back into the years of its unit's
    // last batch; year by year, the first batches of the first year look so, the rest is set
    // aside and merged behind them).
    const QByteArray units[] = {"371302", "371311", "371312"};
    struct In {
        int unit;
        int year;
        int firm;
    };
    std::vector<In> grouped;
    for (int unit = 0; unit < 3; ++unit)
        for (int year = 2022; year <= 2024; ++year)
            for (int firm = 0; firm < 150; ++firm)
                grouped.push_back({unit, year, firm});
    std::vector<In> byFirm = grouped; // each enterprise's years together, unit by unit
    std::stable_sort(byFirm.begin(), byFirm.end(), [](const In& a, const In& b) {
        return std::tuple(a.unit, a.firm) < std::tuple(b.unit, b.firm);
    });
    std::vector<In> byYear = grouped; // all units of a year, year by year
    std::stable_sort(byYear.begin(), byYear.end(),
                     [](const In& a, const In& b) { return a.year < b.year; });
    std::vector<In> shuffled = grouped;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(16));
    struct Case {
        const char* name;
        const std::vector<In>* rows;
        bool setsAside;
        bool ascending; // every row in id order (else: batch by batch)
    };
    for (const Case& c :
         {Case{"grouped by unit and year", &grouped, false, true},
          Case{"grouped by enterprise", &byFirm, false, false},
          Case{"year by year", &byYear, true, false}, Case{"shuffled", &shuffled, true, true}}) {
        INFO(c.name);
        RegisterRowBuffer buffer(4096);
        RecordingWriter writer;
        std::map<std::pair<int, int>, qint64> nextSeq;
        std::vector<qint64> expected;
        QString error;
        int line = 0;
        for (size_t i = 0; i < c.rows->size(); ++i) {
            const In& in = (*c.rows)[i];
            const QByteArray name = "企业" + QByteArray::number(in.firm) + "-" +
                                    QByteArray::number(in.year) + units[in.unit];
            RegisterRecord r;
            r.id = register_layout::firstId(in.year, in.unit + 1) + nextSeq[{in.unit, in.year}]++;
            r.unitCode = units[in.unit];
            r.year = in.year;
            r.enterpriseName = name;
            r.creditCode = "91371302MA3C000015";
            r.industry = "冶金";
            r.employees = in.firm;
            if (in.firm % 3 == 0)
                r.payroll = in.firm * 1000.5;
            expected.push_back(r.id);
            buffer.add(r, int(i) + 2);
            if (buffer.isFull())
                REQUIRE(buffer.hold(writer, &error, &line));
        }
        REQUIRE(buffer.flush(writer, &error, &line));
        CHECK(buffer.isEmpty());
        std::sort(expected.begin(), expected.end());
        if (c.ascending) // each once, ascending: appended to the B-tree
            CHECK(writer.ids == expected);
        std::vector<qint64> written = writer.ids;
        std::sort(written.begin(), written.end());
        CHECK(written == expected); // each once
        CHECK((buffer.runsSetAside() > 1) == c.setsAside);
        // The rows' own values came back from the runs.
        CHECK(writer.names.size() == qsizetype(grouped.size()));
        CHECK(writer.names.filter(u"企业149-2024371312"_s).size() == 1);
    }
}

namespace {
struct BufferRow {
    int unit;
    int year;
    int firm;
};

// Feeds rows through a RegisterRowBuffer the way the import does (ids numbered per unit-year in
// the order the rows come) and returns what its writer saw, and the ids in ascending order.
struct Fed {
    RecordingWriter writer;
    std::vector<qint64> expected;
    size_t writtenBeforeFlush = 0;
    int runsSetAside = 0;
};

Fed feed(const std::vector<BufferRow>& rows, qsizetype budget) {
    Fed out;
    RegisterRowBuffer buffer(budget);
    std::map<std::pair<int, int>, qint64> nextSeq;
    std::vector<QByteArray> names; // the records point into them until written
    names.reserve(rows.size());
    QString error;
    int line = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        const BufferRow& in = rows[i];
        names.push_back("企业" + QByteArray::number(in.firm) + "-" + QByteArray::number(in.year));
        RegisterRecord r;
        r.id = register_layout::firstId(in.year, in.unit + 1) + nextSeq[{in.unit, in.year}]++;
        r.unitCode = QByteArray::number(371300 + in.unit);
        r.year = in.year;
        r.enterpriseName = names.back();
        r.creditCode = "91371302MA3C000015";
        r.industry = "冶金";
        r.employees = in.firm;
        out.expected.push_back(r.id);
        buffer.add(r, int(i) + 2);
        if (buffer.isFull())
            REQUIRE(buffer.hold(out.writer, &error, &line));
    }
    out.writtenBeforeFlush = out.writer.ids.size();
    REQUIRE(buffer.flush(out.writer, &error, &line));
    CHECK(buffer.isEmpty());
    out.runsSetAside = buffer.runsSetAside();
    std::sort(out.expected.begin(), out.expected.end());
    return out;
}

std::vector<BufferRow> bufferRows(int units, int firms) {
    std::vector<BufferRow> rows;
    for (int unit = 0; unit < units; ++unit)
        for (int firm = 0; firm < firms; ++firm)
            for (int year = 2022; year <= 2024; ++year) // each enterprise's years together
                rows.push_back({unit, year, firm});
    return rows;
}
} // namespace

TEST_CASE("A batch that appends keeps back its last unit - so a split county goes in behind",
          "[register]") {
    // Five units of 3 × 150 rows grouped by enterprise through a buffer of about two units: each
    // batch boundary splits a unit. Its rows are kept back, not written into the middle of the
    // unit's years: every row goes in in id order, nothing set aside.
    const Fed fed = feed(bufferRows(5, 150), 96 * 1024);
    CHECK(fed.writtenBeforeFlush > 0); // written batch by batch, directly
    CHECK(fed.runsSetAside == 0);
    CHECK(fed.writer.ids == fed.expected);
}

TEST_CASE("Batches written directly and batches merged in one file", "[register]") {
    // Three units grouped (their batches append and are written as they fill, a unit of about
    // 7 KiB kept back at each boundary), six more units' rows shuffled behind them (set aside
    // and merged): every row once, in id order.
    std::vector<BufferRow> rows = bufferRows(9, 40);
    const auto tail = rows.begin() + 3 * 3 * 40;
    std::shuffle(tail, rows.end(), std::mt19937(20));
    const Fed fed = feed(rows, 16 * 1024);
    CHECK(fed.writtenBeforeFlush > 0);
    CHECK(fed.runsSetAside > 1);
    CHECK(fed.writer.ids == fed.expected);
    CHECK(fed.writer.names.size() == qsizetype(rows.size()));
}

TEST_CASE("The row buffer grows to its budget before it sets rows aside", "[register]") {
    // A shuffled file of about 12 MiB held back: beyond the buffer's first 8 MiB, it grows
    // instead of writing a run to a temporary file, and the whole file goes in in id order.
    std::vector<BufferRow> rows = bufferRows(3, 24000);
    std::shuffle(rows.begin(), rows.end(), std::mt19937(21));
    const Fed grown = feed(rows, 2 * RegisterRowBuffer::kFirstBudget);
    CHECK(grown.runsSetAside == 0);
    CHECK(grown.writtenBeforeFlush == 0);
    CHECK(grown.writer.ids == grown.expected);
    // With a budget of its first size only, the same rows are set aside and merged.
    const Fed merged = feed(rows, RegisterRowBuffer::kFirstBudget);
    CHECK(merged.runsSetAside >= 1);
    CHECK(merged.writer.ids == merged.expected);
}

namespace {
// Keeps a copy of every record a RegisterRowBuffer hands over.
class CopyingWriter : public RecordingWriter {
public:
    struct Copy {
        RegisterRecord record;
        QByteArray unit, name, code, industry;
    };
    std::vector<Copy> copies;
    Outcome insert(const RegisterRecord& r, QString* error) override {
        Copy c{r, r.unitCode.toByteArray(), r.enterpriseName.toByteArray(),
               r.creditCode.toByteArray(), r.industry.toByteArray()};
        copies.push_back(c);
        return RecordingWriter::insert(r, error);
    }
};
} // namespace

TEST_CASE("The row buffer gives back every value it was handed - held or set aside", "[register]") {
    // Values at the edges of the compact row: negative and very large counts, a risk class,
    // each amount present or not, a long name, an empty credit code, the unit and year taken
    // from the id. Through a buffer that holds them all and one that sets runs aside.
    std::vector<QByteArray> names;
    std::vector<RegisterRecord> in;
    for (int i = 0; i < 600; ++i)
        names.push_back(i % 97 == 0 ? QByteArray(QByteArray(300 + i, 'x') + "有限公司")
                                    : QByteArray("企业" + QByteArray::number(i)));
    for (int i = 0; i < 600; ++i) {
        RegisterRecord r;
        const int unit = i % 3;
        const int year = 2020 + (i * 7) % 6;
        r.id = register_layout::firstId(year, unit + 1) + i; // ascending within a unit-year
        r.unitCode = unit == 0 ? "371302" : unit == 1 ? "371311" : "371312";
        r.year = year;
        r.enterpriseName = names[size_t(i)];
        r.creditCode = i % 5 == 0 ? QByteArrayView() : QByteArrayView("91371302MA3C000015");
        r.industry = i % 2 ? QByteArrayView("冶金") : QByteArrayView("建筑施工");
        r.employees = i % 11 == 0 ? qint64(5'000'000'000) : i;
        r.insuredEmployees = i % 13 == 0 ? -3 : i / 2;
        r.insured = i % 4 == 0;
        r.accidents = i % 7;
        r.occupationalDiseaseCases = i % 17 == 0 ? std::numeric_limits<qint64>::min() : 0;
        r.keyPersonnel = std::numeric_limits<qint64>::max() - i;
        r.keyPersonnelTrained = 127 + i;
        if (i % 3 == 0)
            r.riskClass = i % 8 - 1;
        if (i % 2 == 0)
            r.payroll = i * 1000.25;
        if (i % 3 == 1)
            r.contributions = -0.5 * i;
        if (i % 5 == 2)
            r.benefitsPaid = 1e300;
        in.push_back(r);
    }
    std::shuffle(in.begin(), in.end(), std::mt19937(22));
    // The shuffle broke the ascending order within a unit-year: the buffer sorts such a group.
    for (const qsizetype budget : {qsizetype(4096), RegisterRowBuffer::kDefaultBudget}) {
        INFO("budget " << budget);
        RegisterRowBuffer buffer(budget);
        CopyingWriter writer;
        QString error;
        int line = 0;
        for (size_t i = 0; i < in.size(); ++i) {
            buffer.add(in[i], int(i) + 2);
            if (buffer.isFull())
                REQUIRE(buffer.hold(writer, &error, &line));
        }
        REQUIRE(buffer.flush(writer, &error, &line));
        REQUIRE(writer.copies.size() == in.size());
        std::vector<RegisterRecord> expected = in;
        std::sort(expected.begin(), expected.end(),
                  [](const RegisterRecord& a, const RegisterRecord& b) { return a.id < b.id; });
        std::vector<CopyingWriter::Copy> got = writer.copies;
        std::sort(got.begin(), got.end(),
                  [](const auto& a, const auto& b) { return a.record.id < b.record.id; });
        for (size_t i = 0; i < expected.size(); ++i) {
            const RegisterRecord& e = expected[i];
            const CopyingWriter::Copy& g = got[i];
            INFO("row " << i);
            CHECK(g.record.id == e.id);
            CHECK(g.unit == e.unitCode.toByteArray());
            CHECK(g.record.year == e.year);
            CHECK(g.name == e.enterpriseName.toByteArray());
            CHECK(g.code == e.creditCode.toByteArray());
            CHECK(g.industry == e.industry.toByteArray());
            CHECK(g.record.employees == e.employees);
            CHECK(g.record.insuredEmployees == e.insuredEmployees);
            CHECK(g.record.insured == e.insured);
            CHECK(g.record.accidents == e.accidents);
            CHECK(g.record.occupationalDiseaseCases == e.occupationalDiseaseCases);
            CHECK(g.record.keyPersonnel == e.keyPersonnel);
            CHECK(g.record.keyPersonnelTrained == e.keyPersonnelTrained);
            CHECK(g.record.riskClass == e.riskClass);
            CHECK(g.record.payroll == e.payroll);
            CHECK(g.record.contributions == e.contributions);
            CHECK(g.record.benefitsPaid == e.benefitsPaid);
        }
        if (budget == 4096)
            CHECK(buffer.runsSetAside() > 1);
        else
            CHECK(writer.ids == std::vector<qint64>([&] {
                      std::vector<qint64> ids;
                      for (const RegisterRecord& r : expected)
                          ids.push_back(r.id);
                      return ids;
                  }())); // one pass in id order
    }
}

TEST_CASE("A register writer's largest ids follow the rows it writes and deletes", "[register]") {
    // On a server the largest id of every unit-year is read once, at the first lookup, and kept:
    // it must follow the writer's own rows (written into the open COPY) and deletes.
    TempDatabase t;
    QSqlDatabase db = t.connection();
    REQUIRE(db.transaction());
    const std::unique_ptr<RegisterWriter> writer = RegisterWriter::create(db);
    QString error;
    int line = 0;
    REQUIRE(writer->prepare(&error));
    const qint64 first = register_layout::firstId(2023, 1);
    const qint64 last = register_layout::lastId(2023, 1);
    CHECK(writer->maxId(first, last, &error) == qint64(0));
    RegisterRecord r;
    r.unitCode = "371302";
    r.year = 2023;
    r.enterpriseName = "甲";
    r.creditCode = "91371302MA3C000015";
    r.industry = "冶金";
    std::vector<RegisterRecord> rows(3, r);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].id = first + qint64(i);
    REQUIRE(writer->insertMany(rows.data(), qsizetype(rows.size()), &error, &line));
    CHECK(writer->maxId(first, last, &error) == first + 2);
    CHECK(writer->maxId(first, first + 1, &error) == first + 1); // part of a unit-year: asked
    CHECK(writer->maxId(first + (last - first + 1), last + (last - first + 1), &error) ==
          qint64(0)); // the next year
    REQUIRE(writer->deleteRange(first, last, &error));
    CHECK(writer->maxId(first, last, &error) == qint64(0));
    REQUIRE(writer->finish(&error, &line));
    CHECK(rowCount(db, u"register_enterprise"_s) == 0);
    db.rollback();
}
