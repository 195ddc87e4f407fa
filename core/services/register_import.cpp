#include "register_import.h"

#include "register_row_parser.h"
#include "storage/backup.h"
#include "storage/register_layout.h"
#include "storage/register_summary.h"
#include "storage/register_writer.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

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
    int index = -1;         // into result.pairs
    bool usable = false;    // false: rejected (exists without --replace), its rows are skipped
    bool reentered = false; // its rows came in more than one run: check duplicates in the database
    qint64 first = 0;       // its id range (register_layout.h)
    qint64 last = 0;
    qint64 nextId = 0;
};

// register_unit: the slot of every unit that has register rows, new ones added as they come.
class UnitSlots {
public:
    explicit UnitSlots(QSqlDatabase db) : m_db(std::move(db)) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT unit_code, slot FROM register_unit"));
        while (q.next()) {
            m_slots.insert(q.value(0).toString().toUtf8(), q.value(1).toLongLong());
            m_next = qMax(m_next, q.value(1).toLongLong() + 1);
        }
    }
    std::optional<qint64> slotOf(QByteArrayView unitCode, QString* error) {
        const QByteArray key = unitCode.toByteArray();
        if (const auto it = m_slots.constFind(key); it != m_slots.constEnd())
            return *it;
        if (m_next > register_layout::kMaxSlot) {
            *error = Text::tr("too many units hold register rows");
            return std::nullopt;
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO register_unit (unit_code, slot) VALUES (?, ?)"));
        q.addBindValue(QString::fromUtf8(unitCode));
        q.addBindValue(m_next);
        if (!q.exec()) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        m_slots.insert(key, m_next);
        return m_next++;
    }

private:
    QSqlDatabase m_db;
    QHash<QByteArray, qint64> m_slots;
    qint64 m_next = 1;
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
    if (!beginWrite(m_db, &why)) {
        add(Severity::Error, 0, {}, why);
        return result;
    }
    bool failed = !writer->prepare(&why);
    if (failed)
        add(Severity::Error, 0, {}, why);

    UnitSlots slots(m_db);
    std::vector<PairState> states;
    QHash<QByteArray, int> stateOf; // "unit|year" → states index
    PairState* pair = nullptr;
    QByteArray lastUnit;
    int lastYear = 0;
    // Credit codes of the current run of one pair, hashed. A hit is confirmed in the database
    // (the run's rows are there already), so a hash collision never rejects a good file.
    QSet<size_t> runCodes;
    QSet<QByteArray> industries; // for register_industry
    RegisterSummaryBuilder summary;
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
        // Rows come grouped by unit and year; look the pair up only when it changes.
        if (!pair || row.year != lastYear || row.unitCode != QByteArrayView(lastUnit)) {
            QByteArray key = row.unitCode.toByteArray();
            key.append('|').append(QByteArray::number(row.year));
            auto it = stateOf.constFind(key);
            if (it != stateOf.constEnd()) {
                states[size_t(*it)].reentered = true;
            } else {
                const std::optional<qint64> slot = slots.slotOf(row.unitCode, &why);
                const std::optional<qint64> maxId =
                    slot ? writer->maxId(register_layout::firstId(row.year, *slot),
                                         register_layout::lastId(row.year, *slot), &why)
                         : std::nullopt;
                if (!maxId) {
                    add(Severity::Error, record.line, {}, why);
                    failed = true;
                    break;
                }
                PairState state;
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
                if (exists && options.replace &&
                    !writer->deleteRange(state.first, state.last, &why)) {
                    add(Severity::Error, record.line, {}, why);
                    failed = true;
                    break;
                }
                state.index = int(result.pairs.size());
                summary.beginPair(row.unitCode, row.year); // numbered like result.pairs
                result.pairs << RegisterPair{QString::fromUtf8(row.unitCode), row.year, 0, exists};
                it = stateOf.insert(key, int(states.size()));
                states.push_back(state);
            }
            pair = &states[size_t(*it)];
            lastUnit = row.unitCode.toByteArray();
            lastYear = row.year;
            runCodes.clear();
        }
        if (!pair->usable)
            continue;
        const size_t hash = qHash(row.creditCode);
        if (runCodes.contains(hash) || pair->reentered) {
            const std::optional<bool> seen =
                pair->nextId > pair->first
                    ? writer->containsCreditCode(pair->first, pair->nextId - 1, row.creditCode,
                                                 &why)
                    : std::optional<bool>(false);
            if (!seen) {
                add(Severity::Error, record.line, {}, why);
                failed = true;
                break;
            }
            if (*seen) {
                add(Severity::Error, record.line, QStringLiteral("credit_code"),
                    Text::tr("credit code %1 appears more than once for unit %2 in %3")
                        .arg(QString::fromUtf8(row.creditCode), QString::fromUtf8(row.unitCode))
                        .arg(row.year));
                continue;
            }
        }
        runCodes.insert(hash);
        if (pair->nextId > pair->last) {
            add(Severity::Error, record.line, {},
                Text::tr("more than %1 enterprises for one unit and year")
                    .arg(register_layout::kMaxSeq + 1));
            failed = true;
            break;
        }
        row.id = pair->nextId++;
        if (writer->insert(row, &why) != RegisterWriter::Outcome::Inserted) {
            add(Severity::Error, record.line, {}, why);
            failed = true;
            break;
        }
        summary.add(pair->index, row);
        ++result.rows;
        ++result.pairs[pair->index].rows;
        if (!industries.contains(QByteArray::fromRawData(row.industry.data(), row.industry.size())))
            industries.insert(row.industry.toByteArray());
    }
    if (!failed && !result.cancelled && result.errors == 0 && !summary.write(m_db, &why))
        add(Severity::Error, 0, {}, why);
    if (!failed && !result.cancelled && result.errors == 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO register_industry (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
        for (const QByteArray& name : std::as_const(industries)) {
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
