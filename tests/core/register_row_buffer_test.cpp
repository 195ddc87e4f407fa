// The register import's row buffer and credit-code hashes on their own (issue 16): rows held
// compactly and given back value for value, written in id order in one pass whether held or set
// aside, batches that append written at once, the budget grown before anything is set aside,
// and a writer's largest ids following what it writes. The import as a whole, in every order of
// the same rows: register_order_test.cpp.
#include "test_support.h"

#include "services/register_credit_codes.h"
#include "storage/register_layout.h"
#include "storage/register_row_buffer.h"

#include <algorithm>
#include <limits>
#include <map>
#include <random>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

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
