#include "register_import.h"

#include "domain/same_bytes.h"
#include "register_row_parser.h"
#include "register_write_checks.h"
#include "storage/backup.h"
#include "storage/bulk_write_journal.h"
#include "storage/postgres_handle.h"
#include "storage/postgres_register_copy.h"
#include "storage/register_layout.h"
#include "storage/register_row_buffer.h"
#include "storage/register_summary.h"
#include "storage/register_writer.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cstring>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)
};

constexpr int kMaxStoredPerSeverity = 100;    // errors are never crowded out by warnings
constexpr int kRowsPerTick = 4096;            // progress and cancel are looked at this often
constexpr qint64 kLargeImportBytes = 1 << 20; // about 10,000 rows: worth a backup first

QSet<QByteArray> knownUnitCodes(const QSqlDatabase& db) {
    QSet<QByteArray> codes;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT code FROM unit"));
    while (q.next())
        codes.insert(q.value(0).toString().toUtf8());
    return codes;
}

// A (unit, year) pair of the file and what became of it.
struct PairState {
    QByteArray unitCode;
    int year = 0;
    int index = -1;      // into result.pairs
    bool usable = false; // false: rejected (exists without --replace), its rows are skipped
    qint64 first = 0;    // its id range (register_layout.h)
    qint64 last = 0;
    qint64 nextId = 0;
};

// The pairs of the file found by unit code and year without building a key per row: a file
// not grouped by unit and year changes pair on almost every row.
class PairIndex {
public:
    static constexpr int kNone = -1;
    int find(QByteArrayView unitCode, int year) const {
        const std::vector<int>* years = yearsOf(unitCode);
        return years ? (*years)[size_t(year - register_layout::kFirstYear)] : kNone;
    }
    void insert(QByteArrayView unitCode, int year, int state) {
        auto it = m_units.find(QByteArray::fromRawData(unitCode.data(), unitCode.size()));
        if (it == m_units.end())
            it = m_units.insert(unitCode.toByteArray(), std::vector<int>(kYears, kNone));
        (*it)[size_t(year - register_layout::kFirstYear)] = state;
        m_recent.fill({}); // the hash may have moved its values
    }

private:
    static constexpr int kYears = 1 << 8; // register_layout::kYearBits
    // The units last found, by a cheap hash of the code's first bytes: a file in any order
    // names its units from a few hundred, and a QHash lookup per row (hashing the code, a
    // call to compare it) was a few per cent of a shuffled file's import.
    struct Recent {
        QByteArrayView code; // the hash's own key
        const std::vector<int>* years = nullptr;
    };
    static constexpr size_t kRecent = 256;
    static size_t recentSlot(QByteArrayView code) {
        quint64 bits = 0;
        std::memcpy(&bits, code.data(), size_t(qMin<qsizetype>(code.size(), 8)));
        bits ^= quint64(code.size()) ^ (code.size() > 8 ? quint64(quint8(code.back())) << 56 : 0);
        return size_t((bits * 0x9E3779B97F4A7C15ull) >> 56);
    }
    const std::vector<int>* yearsOf(QByteArrayView unitCode) const {
        Recent& recent = m_recent[recentSlot(unitCode)];
        if (recent.years && sameBytes(recent.code, unitCode))
            return recent.years;
        const auto it =
            m_units.constFind(QByteArray::fromRawData(unitCode.data(), unitCode.size()));
        if (it == m_units.constEnd())
            return nullptr;
        recent = {QByteArrayView(it.key()), &it.value()};
        return recent.years;
    }
    QHash<QByteArray, std::vector<int>> m_units;
    mutable std::array<Recent, kRecent> m_recent{};
};

// register_unit: the slot of every unit that has register rows, new ones added as they come
// and written in one go by write() (a statement per unit was a round trip each on a server).
class UnitSlots {
public:
    explicit UnitSlots(QSqlDatabase db) : m_db(std::move(db)) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT unit_code, slot FROM register_unit"));
        while (q.next()) {
            m_slots.insert(q.value(0).toString().toUtf8(), q.value(1).toLongLong());
            m_next = qMax(m_next, q.value(1).toLongLong() + 1);
        }
        m_firstNew = m_next;
    }
    std::optional<qint64> slotOf(QByteArrayView unitCode, QString* error) {
        const QByteArray key = unitCode.toByteArray();
        if (const auto it = m_slots.constFind(key); it != m_slots.constEnd())
            return *it;
        if (m_next > register_layout::kMaxSlot) {
            *error = Text::tr("too many units hold register rows");
            return std::nullopt;
        }
        m_slots.insert(key, m_next);
        m_newUnits << key;
        return m_next++;
    }
    // A slot given out by this import: no register row can hold its ids yet.
    bool isNew(qint64 slot) const { return slot >= m_firstNew; }

    bool write(QString* error) const {
        if (m_newUnits.isEmpty())
            return true;
        if (sql::postgresHandle(m_db)) {
            QList<QByteArray> slots;
            for (const QByteArray& unit : m_newUnits)
                slots << QByteArray::number(m_slots.value(unit));
            return sql::execParams(m_db,
                                   "INSERT INTO register_unit (unit_code, slot)"
                                   " SELECT * FROM unnest($1::text[], $2::bigint[])",
                                   {sql::textArray(m_newUnits), "{" + slots.join(',') + "}"},
                                   error);
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO register_unit (unit_code, slot) VALUES (?, ?)"));
        for (const QByteArray& unit : m_newUnits) {
            q.addBindValue(QString::fromUtf8(unit));
            q.addBindValue(m_slots.value(unit));
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
        }
        return true;
    }

private:
    QSqlDatabase m_db;
    QHash<QByteArray, qint64> m_slots;
    QList<QByteArray> m_newUnits; // in the order their slots were given
    qint64 m_next = 1;
    qint64 m_firstNew = 1;
};
} // namespace

QString RegisterImportResult::summary() const {
    if (cancelled)
        return Text::tr("%1: cancelled; nothing was imported").arg(file);
    if (!landed)
        return Text::tr("%1: rejected with %2 error(s); nothing was imported")
            .arg(file)
            .arg(errors);
    return Text::tr("%1: %2 enterprise-year row(s) for %3 unit-year(s) imported, %4 warning(s)")
        .arg(file)
        .arg(rows)
        .arg(pairs.size())
        .arg(warnings);
}

RegisterImportResult RegisterImport::importFile(const QString& path,
                                                const RegisterImportOptions& options) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        RegisterImportResult r;
        r.file = path;
        r.errors = 1;
        r.diagnostics << Diagnostic{Severity::Error, file.errorString(), {}, path, 0, -1};
        return r;
    }
    // A large import is preceded by an automatic backup (RollingBackups), the way back should
    // the wrong file have been imported with --replace.
    QString why;
    if (file.size() >= kLargeImportBytes &&
        !RollingBackups(m_db.databaseName()).take(m_db, QStringLiteral("before-import"), &why)) {
        RegisterImportResult r;
        r.file = path;
        r.errors = 1;
        r.diagnostics << Diagnostic{
            Severity::Error,
            Text::tr("no automatic backup could be taken before this large import, so nothing "
                     "was imported: %1")
                .arg(why),
            {},
            path,
            0,
            -1};
        return r;
    }
    return importDevice(&file, path, options);
}

RegisterImportResult RegisterImport::importDevice(QIODevice* device, const QString& fileName,
                                                  const RegisterImportOptions& options) const {
    RegisterImportResult result;
    result.file = fileName;
    auto add = [&](Severity s, int line, const QString& field, const QString& message) {
        if (s == Severity::Info) { // a note (a checked total row), not a warning
            result.diagnostics << Diagnostic{s, message, field, fileName, line, -1};
            return;
        }
        qint64& n = s == Severity::Error ? result.errors : result.warnings;
        if (++n <= kMaxStoredPerSeverity)
            result.diagnostics << Diagnostic{s, message, field, fileName, line, -1};
    };
    RegisterRowParser parser(knownUnitCodes(m_db),
                             [&](Severity s, int line, RegisterColumn c, const QString& m) {
                                 add(s, line, registerColumnKey(c), m);
                             });
    const qint64 total = device->isSequential() ? 0 : device->size();
    CsvStreamReader reader(device);
    QStringList sheetHints; // the sheet holding the register's header, in a workbook
    for (int c = 0; c < kRegisterColumnCount; ++c)
        sheetHints << registerColumnKey(RegisterColumn(c))
                   << registerColumnCaption(RegisterColumn(c));
    reader.setSheetHints(sheetHints);
    CsvByteRecord record;
    bool haveHeader = false;
    while (!haveHeader && reader.next(record))
        haveHeader = !record.isBlank();
    result.encoding = reader.encoding();
    if (!haveHeader) {
        add(Severity::Error, reader.errorLine(), {},
            reader.error().isEmpty() ? Text::tr("the file holds no register header")
                                     : reader.error());
        return result;
    }
    if (!parser.readHeader(record))
        return result;

    std::unique_ptr<RegisterWriter> writer =
        m_portable ? RegisterWriter::createPortable(m_db) : RegisterWriter::create(m_db);
    QString why;
    // A large file on a local SQLite file no other program has open: its pages written once,
    // with the rollback journal, instead of into the WAL and again by the checkpoint
    // (storage/bulk_write_journal.h); back to the WAL when the import ends.
    std::optional<BulkWriteJournal> journal;
    if (total >= m_bulkJournalBytes)
        journal.emplace(m_db);
    if (!beginWrite(m_db, &why)) {
        add(Severity::Error, 0, {}, why);
        return result;
    }
    bool failed = !writer->prepare(&why);
    if (failed)
        add(Severity::Error, 0, {}, why);

    UnitSlots slots(m_db);
    std::vector<PairState> states;
    PairIndex pairs;
    PairState* pair = nullptr;
    // The rows held back to be written in id order, checked and summed per pair as they are
    // written: what makes the import's speed independent of the file's order
    // (docs/performance.md).
    RegisterSummaryBuilder summary;
    bool duplicates = false;
    RegisterWriteChecks checks(*writer, summary, [&](const RegisterWriteChecks::Duplicate& d) {
        RegisterPair& p = result.pairs[d.pair];
        add(Severity::Error, d.line, QStringLiteral("credit_code"),
            Text::tr("credit code %1 appears more than once for unit %2 in %3")
                .arg(QString::fromUtf8(d.creditCode), p.unitCode)
                .arg(p.year));
        --p.rows;
        --result.rows;
        duplicates = true;
    });
    RegisterRowBuffer buffer(m_rowBufferBudget > 0 ? m_rowBufferBudget
                                                   : RegisterRowBuffer::kDefaultBudget);
    // A step of writing the rows; its failure names the line of the row that failed.
    auto written = [&](auto step) {
        int line = 0;
        if (step(&line))
            return true;
        add(Severity::Error, line, {}, why);
        failed = true;
        return false;
    };
    // Every row held back written, and the writer finished (its rows in: the connection free).
    auto flush = [&] { return written([&](int* l) { return buffer.flush(checks, &why, l); }); };
    // A full buffer: written or set aside (register_row_buffer.h).
    auto hold = [&] { return written([&](int* l) { return buffer.hold(checks, &why, l); }); };
    // The rows written so far in (a server's COPY goes on across batches: ended), before the
    // writer is asked anything.
    auto finish = [&] { return written([&](int* l) { return writer->finish(&why, l); }); };
    RegisterRowParser::Totals fileSums{};    // every row so far, for a 合计 row
    RegisterRowParser::Totals sectionSums{}; // since the last total row, for a 小计 row
    RegisterRecord row;
    qint64 rowsSinceTick = 0;
    while (!failed && reader.next(record)) {
        if (++rowsSinceTick == kRowsPerTick) {
            rowsSinceTick = 0;
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                break;
            }
            if (options.progress)
                options.progress(reader.bytesRead(), total);
        }
        if (record.isBlank())
            continue;
        // A 合计 row is checked against the rows above it (a 小计 against those since the last
        // total row), then left out: it is no enterprise.
        if (const auto kind = parser.totalKind(record);
            kind != RegisterRowParser::TotalKind::None) {
            if (parser.checkTotal(
                    record, kind == RegisterRowParser::TotalKind::Total ? fileSums : sectionSums))
                add(Severity::Info, record.line, {},
                    Text::tr("total row checked against the rows above and left out"));
            sectionSums = {};
            continue;
        }
        if (!parser.parse(record, &row))
            continue;
        RegisterRowParser::add(fileSums, row);
        RegisterRowParser::add(sectionSums, row);
        if (!pair || row.year != pair->year || !sameBytes(row.unitCode, pair->unitCode)) {
            Q_ASSERT(register_layout::validYear(row.year)); // the parser takes 1990-2100
            int known = pairs.find(row.unitCode, row.year);
            if (known == PairIndex::kNone) {
                const std::optional<qint64> slot = slots.slotOf(row.unitCode, &why);
                // A unit new to the register has no rows to look for (a query per pair was a
                // round trip each on a server, docs/server.md). For another, the rows written
                // so far go in first: a server's COPY ends before the query.
                if (slot && !slots.isNew(*slot) && !finish())
                    break;
                const std::optional<qint64> maxId =
                    !slot ? std::nullopt
                    : slots.isNew(*slot)
                        ? std::optional<qint64>(0)
                        : writer->maxId(register_layout::firstId(row.year, *slot),
                                        register_layout::lastId(row.year, *slot), &why);
                if (!maxId) {
                    add(Severity::Error, record.line, {}, why);
                    failed = true;
                    break;
                }
                PairState state;
                state.unitCode = row.unitCode.toByteArray();
                state.year = row.year;
                state.first = register_layout::firstId(row.year, *slot);
                state.last = register_layout::lastId(row.year, *slot);
                state.nextId = state.first;
                const bool exists = *maxId != 0;
                state.usable = !exists || options.replace;
                if (exists && !options.replace)
                    add(Severity::Error, record.line, QStringLiteral("year"),
                        Text::tr("unit %1 already holds register rows for %2; replace them "
                                 "explicitly (--replace)")
                            .arg(QString::fromUtf8(row.unitCode))
                            .arg(row.year));
                // The buffer holds no row of a pair new to the file: nothing to write first.
                if (exists && options.replace &&
                    !writer->deleteRange(state.first, state.last, &why)) {
                    add(Severity::Error, record.line, {}, why);
                    failed = true;
                    break;
                }
                state.index = int(result.pairs.size());
                summary.beginPair(row.unitCode, row.year); // numbered like result.pairs
                checks.addPair(state.first, state.index);
                result.pairs << RegisterPair{QString::fromUtf8(row.unitCode), row.year, 0, exists};
                known = int(states.size());
                pairs.insert(row.unitCode, row.year, known);
                states.push_back(std::move(state));
            }
            pair = &states[size_t(known)];
        }
        if (!pair->usable)
            continue;
        if (pair->nextId > pair->last) {
            add(Severity::Error, record.line, {},
                Text::tr("more than %1 enterprises for one unit and year")
                    .arg(register_layout::kMaxSeq + 1));
            failed = true;
            break;
        }
        row.id = pair->nextId++;
        buffer.add(row, record.line);
        if (buffer.isFull() && !hold())
            break;
        ++result.rows;
        ++result.pairs[pair->index].rows;
    }
    // Every row read is written, in a file with errors too: its duplicate credit codes are
    // found as its rows are written (and it is rolled back below).
    if (!failed && !result.cancelled && flush() && result.errors == 0 &&
        !(slots.write(&why) && summary.write(m_db, &why)))
        add(Severity::Error, 0, {}, why);
    // Found as the rows were written, after the rows read meanwhile: the clerk reads the
    // errors in the order of the file.
    if (duplicates)
        std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                         [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    if (!failed && !result.cancelled && result.errors == 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO register_industry (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
        for (const QByteArray& name : summary.industries()) {
            q.addBindValue(QString::fromUtf8(name));
            if (!q.exec())
                add(Severity::Error, 0, {}, q.lastError().text());
        }
    }
    if (!reader.error().isEmpty())
        add(Severity::Error, reader.errorLine(), {}, reader.error());
    writer.reset(); // finalise its statements before the transaction ends
    if (result.cancelled || result.errors > 0) {
        m_db.rollback();
        result.rows = 0;
        return result;
    }
    if (options.progress)
        options.progress(total, total);
    if (!commitWrite(m_db, &why)) {
        add(Severity::Error, 0, {}, why);
        result.rows = 0;
        return result;
    }
    result.landed = true;
    return result;
}

} // namespace yufang
