#include "register_row_buffer.h"

#include "register_layout.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <utility>

namespace yufang {

namespace {
// A row in the buffer: Head, then the six counts (as quint32 unless one needs more), the
// amounts present, the name and the credit code. Read and written with memcpy (unaligned).
struct Head {
    qint64 id;
    qint32 line;
    qint32 year;
    quint32 unit;
    quint32 industry;
    quint32 nameSize;
    quint32 codeSize;
    qint32 riskClass;
    quint8 flags;
};
enum Flag : quint8 {
    Insured = 1,
    WideCounts = 2,
    HasPayroll = 4,
    HasContributions = 8,
    HasBenefits = 16,
    HasRiskClass = 32,
};

template <typename T> void put(char*& out, const T& v) {
    std::memcpy(out, &v, sizeof(T));
    out += sizeof(T);
}
template <typename T> T take(const char*& p) {
    T v;
    std::memcpy(&v, p, sizeof(T));
    p += sizeof(T);
    return v;
}
} // namespace

RegisterRowBuffer::RegisterRowBuffer(qsizetype budget)
    : m_budget(budget), m_limit(qMin(budget, kFirstBudget)) {}
RegisterRowBuffer::~RegisterRowBuffer() = default;

quint32 RegisterRowBuffer::intern(std::vector<QByteArray>& names, QHash<QByteArray, quint32>& index,
                                  quint32& last, QByteArrayView name) {
    auto same = [&](quint32 i) {
        const QByteArray& n = names[i];
        if (n.size() != name.size())
            return false;
        // Names are short: compared eight bytes at a time inline, not through memcmp.
        const char* a = n.constData();
        const char* b = name.data();
        qsizetype k = 0;
        for (; k + 8 <= name.size(); k += 8) {
            quint64 x, y;
            std::memcpy(&x, a + k, 8);
            std::memcpy(&y, b + k, 8);
            if (x != y)
                return false;
        }
        for (; k < name.size(); ++k)
            if (a[k] != b[k])
                return false;
        return true;
    };
    if (last < names.size() && same(last))
        return last;
    // A file names a few units per batch and a few dozen industries: a scan of the first
    // ones compares sizes mostly, cheaper than hashing the name.
    constexpr quint32 kScanned = 32;
    for (quint32 i = 0; i < quint32(qMin<size_t>(names.size(), kScanned)); ++i)
        if (same(i))
            return last = i;
    if (names.size() > kScanned) {
        const auto it = index.constFind(QByteArray::fromRawData(name.data(), name.size()));
        if (it != index.constEnd())
            return last = *it;
    }
    names.push_back(name.toByteArray());
    last = quint32(names.size() - 1);
    index.insert(names.back(), last);
    return last;
}

quint32 RegisterRowBuffer::unitNumber(const RegisterRecord& r) {
    // The id names the unit by its slot (register_layout.h): a number, no code to compare.
    const auto slot =
        size_t(quint64(r.id) >> (register_layout::kSeqBits + register_layout::kYearBits));
    if (slot < m_lastSlot)
        m_byUnit = false;
    m_lastSlot = slot;
    if (slot >= m_unitOfSlot.size())
        m_unitOfSlot.resize(slot + 1, kNoUnit);
    quint32& unit = m_unitOfSlot[slot];
    if (unit == kNoUnit) {
        m_units.push_back(r.unitCode.toByteArray());
        unit = quint32(m_units.size() - 1);
    }
    return unit;
}

void RegisterRowBuffer::add(const RegisterRecord& r, int line) {
    if (m_bytes.capacity() == 0)
        m_bytes.reserve(size_t(m_limit)); // one allocation, not a doubling copy
    const qint64 counts[] = {r.employees,    r.insuredEmployees,
                             r.accidents,    r.occupationalDiseaseCases,
                             r.keyPersonnel, r.keyPersonnelTrained};
    const bool wide = std::any_of(std::begin(counts), std::end(counts), [](qint64 v) {
        return v < 0 || v > std::numeric_limits<quint32>::max();
    });
    Head h{};
    h.id = r.id;
    h.line = line;
    h.year = r.year;
    h.unit = unitNumber(r);
    h.industry = intern(m_industries, m_industryIndex, m_lastIndustry, r.industry);
    h.nameSize = quint32(r.enterpriseName.size());
    h.codeSize = quint32(r.creditCode.size());
    h.riskClass = r.riskClass.value_or(0);
    h.flags = (r.insured ? Insured : 0) | (wide ? WideCounts : 0) | (r.payroll ? HasPayroll : 0) |
              (r.contributions ? HasContributions : 0) | (r.benefitsPaid ? HasBenefits : 0) |
              (r.riskClass ? HasRiskClass : 0);
    // The row's size first, then one resize and plain copies (no insert per value).
    const size_t size =
        sizeof(Head) + (wide ? 6 * sizeof(qint64) : 6 * sizeof(quint32)) +
        sizeof(double) * (bool(r.payroll) + bool(r.contributions) + bool(r.benefitsPaid)) +
        size_t(r.enterpriseName.size() + r.creditCode.size());
    const size_t at = m_bytes.size();
    m_order.emplace_back(r.id, quint32(at));
    m_bytes.resize(at + size);
    char* out = m_bytes.data() + at;
    put(out, h);
    for (const qint64 v : counts)
        wide ? put(out, v) : put(out, quint32(v));
    for (const std::optional<double>* amount : {&r.payroll, &r.contributions, &r.benefitsPaid})
        if (*amount)
            put(out, **amount);
    std::memcpy(out, r.enterpriseName.data(), size_t(r.enterpriseName.size()));
    std::memcpy(out + r.enterpriseName.size(), r.creditCode.data(), size_t(r.creditCode.size()));
}

RegisterRecord RegisterRowBuffer::decode(const char* p, const std::vector<QByteArray>& units,
                                         const std::vector<QByteArray>& industries, int* line) {
    const Head h = take<Head>(p);
    RegisterRecord r;
    r.id = h.id;
    r.year = h.year;
    r.unitCode = units[h.unit];
    r.industry = industries[h.industry];
    r.insured = h.flags & Insured;
    if (h.flags & HasRiskClass)
        r.riskClass = h.riskClass;
    qint64* counts[] = {&r.employees,    &r.insuredEmployees,
                        &r.accidents,    &r.occupationalDiseaseCases,
                        &r.keyPersonnel, &r.keyPersonnelTrained};
    for (qint64* v : counts)
        *v = h.flags & WideCounts ? take<qint64>(p) : qint64(take<quint32>(p));
    if (h.flags & HasPayroll)
        r.payroll = take<double>(p);
    if (h.flags & HasContributions)
        r.contributions = take<double>(p);
    if (h.flags & HasBenefits)
        r.benefitsPaid = take<double>(p);
    r.enterpriseName = QByteArrayView(p, h.nameSize);
    r.creditCode = QByteArrayView(p + h.nameSize, h.codeSize);
    *line = h.line;
    return r;
}

size_t RegisterRowBuffer::rowSize(const char* p) {
    const Head h = take<Head>(p);
    return sizeof(Head) + (h.flags & WideCounts ? 6 * sizeof(qint64) : 6 * sizeof(quint32)) +
           sizeof(double) * (bool(h.flags & HasPayroll) + bool(h.flags & HasContributions) +
                             bool(h.flags & HasBenefits)) +
           h.nameSize + h.codeSize;
}

void RegisterRowBuffer::sortById() {
    // A file grouped by unit and year comes sorted already.
    if (std::is_sorted(m_order.begin(), m_order.end()))
        return;
    // The import numbers a unit-year's rows in the order they come, so within a unit-year the
    // buffer is sorted already: a stable sort by the unit-year (the id above the seq) sorts it
    // all. A radix sort does that in two or three passes over the rows where std::sort took
    // six times the instructions of a shuffled batch's reading.
    constexpr int kDigitBits = 11;
    constexpr size_t kBuckets = size_t(1) << kDigitBits;
    constexpr int kKeyBits = 64 - register_layout::kSeqBits;
    std::vector<Entry> other(m_order.size());
    std::vector<size_t> count(kBuckets);
    for (int shift = register_layout::kSeqBits; shift < register_layout::kSeqBits + kKeyBits;
         shift += kDigitBits) {
        auto digit = [&](const Entry& e) {
            return size_t(quint64(e.first) >> shift) & (kBuckets - 1);
        };
        std::fill(count.begin(), count.end(), 0);
        for (const Entry& e : m_order)
            ++count[digit(e)];
        if (count[digit(m_order.front())] == m_order.size())
            continue; // every row has this digit: the pass would change nothing
        size_t at = 0;
        for (size_t& c : count)
            at += std::exchange(c, at);
        for (const Entry& e : m_order)
            other[count[digit(e)]++] = e;
        m_order.swap(other);
    }
    // Never wrong, should a caller ever number a unit-year's rows out of order.
    if (!std::is_sorted(m_order.begin(), m_order.end()))
        std::sort(m_order.begin(), m_order.end());
}

bool RegisterRowBuffer::writeBatch(RegisterWriter& writer, QString* error, int* line,
                                   size_t count) {
    // Handed to the writer a chunk at a time (it puts several rows in one statement).
    const size_t kChunk = size_t(qMax<qsizetype>(1, writer.batchSize()));
    std::vector<RegisterRecord> chunk;
    std::vector<int> lines;
    chunk.reserve(qMin(kChunk, count));
    lines.reserve(qMin(kChunk, count));
    bool ok = true;
    for (size_t next = 0; ok && next < count;) {
        chunk.clear();
        lines.clear();
        for (; next < count && chunk.size() < kChunk; ++next) {
            int rowLine = 0;
            chunk.push_back(
                decode(m_bytes.data() + m_order[next].second, m_units, m_industries, &rowLine));
            lines.push_back(rowLine);
        }
        qsizetype failed = 0;
        if (!writer.insertMany(chunk.data(), qsizetype(chunk.size()), error, &failed)) {
            *line = lines[size_t(failed)];
            ok = false;
        }
    }
    if (count > 0)
        m_maxWritten = std::max(m_maxWritten, m_order[count - 1].first);
    if (count == m_order.size() || !ok) {
        clearBatch();
        return ok;
    }
    // The rows kept back (one unit's, sorted) moved to the front, compactly.
    Bytes kept;
    std::vector<Entry> keptOrder;
    keptOrder.reserve(m_order.size() - count);
    for (size_t i = count; i < m_order.size(); ++i) {
        const char* row = m_bytes.data() + m_order[i].second;
        keptOrder.emplace_back(m_order[i].first, quint32(kept.size()));
        kept.insert(kept.end(), row, row + rowSize(row));
    }
    const quint64 slot = m_lastSlot;
    clearBatch();
    m_bytes.insert(m_bytes.end(), kept.begin(), kept.end());
    m_order = std::move(keptOrder);
    m_lastSlot = slot; // the rows that follow go on from the unit kept back
    return true;
}

void RegisterRowBuffer::clearBatch() {
    m_order.clear();
    m_bytes.clear(); // keeps its capacity for the next batch
    m_byUnit = true;
    m_lastSlot = 0;
}

bool RegisterRowBuffer::setAside() {
    if (!m_spill) {
        m_spill = std::make_unique<QTemporaryFile>(QDir::tempPath() +
                                                   QStringLiteral("/yufang-register-rows-XXXXXX"));
        if (!m_spill->open()) {
            m_spill.reset();
            return false;
        }
    }
    // The rows in id order, gathered into blocks of about a mebibyte per write.
    Run run;
    run.offset = m_runs.empty() ? 0 : m_runs.back().offset + m_runs.back().size;
    if (!m_spill->seek(run.offset))
        return false;
    constexpr size_t kBlock = size_t(1) << 20;
    std::vector<char> block;
    block.reserve(kBlock);
    auto write = [&] {
        const bool ok = m_spill->write(block.data(), qint64(block.size())) == qint64(block.size());
        run.size += qint64(block.size());
        block.clear();
        return ok;
    };
    for (const Entry& e : m_order) {
        const char* row = m_bytes.data() + e.second;
        const size_t size = rowSize(row);
        if (block.size() + size > kBlock && !block.empty() && !write())
            return false;
        block.insert(block.end(), row, row + size);
    }
    if (!block.empty() && !write())
        return false;
    m_runs.push_back(run);
    ++m_runsSetAside;
    return true;
}

bool RegisterRowBuffer::hold(RegisterWriter& writer, QString* error, int* line) {
    sortById();
    // A batch that came unit by unit, from the unit of the last row written on, is written
    // now: a file grouped by county goes on that way, and only the rows of the county a batch
    // boundary split land in the middle of its years (a guess about the rest of the file;
    // should a later batch overlap after all, it is set aside and merged into the middle of
    // the tree, as correct as ever, only slower). Any other batch is set aside as a run; should
    // the temporary file fail (a full disk), it is written now, as correct, only slower.
    constexpr int kSlotShift = register_layout::kSeqBits + register_layout::kYearBits;
    const bool appends = m_runs.empty() && m_byUnit && !m_order.empty() &&
                         (m_order.front().first >> kSlotShift) >= (m_maxWritten >> kSlotShift);
    if (appends) {
        // The rows of the batch's last unit are kept back: the next batch may go on with that
        // unit (a county the boundary split), and its rows then go in behind them in id order
        // instead of into the middle of the county's years. All of it when one unit fills the
        // buffer.
        size_t count = m_order.size();
        const qint64 lastSlot = m_order.back().first >> kSlotShift;
        while (count > 0 && (m_order[count - 1].first >> kSlotShift) == lastSlot)
            --count;
        return writeBatch(writer, error, line, count > 0 ? count : m_order.size());
    }
    // Rows that would have to be merged: the whole budget first (at once: growing by halves
    // copied and touched 56 MiB more), then set aside.
    if (m_limit < m_budget) {
        m_limit = m_budget;
        m_bytes.reserve(size_t(m_limit));
        return true;
    }
    if (setAside()) {
        clearBatch();
        return true;
    }
    return writeBatch(writer, error, line, m_order.size());
}

// The k-way merge of the runs set aside (read back a block at a time) and the sorted batch in
// memory, in id order.
class RegisterRowBuffer::Merge {
public:
    explicit Merge(RegisterRowBuffer& b) : m_b(b) {}

    bool run(RegisterWriter& writer, QString* error, int* line) {
        m_readers.resize(m_b.m_runs.size());
        for (size_t i = 0; i < m_readers.size(); ++i) {
            m_readers[i].next = m_b.m_runs[i].offset;
            m_readers[i].end = m_b.m_runs[i].offset + m_b.m_runs[i].size;
            if (!push(i, error))
                return fail(line);
        }
        if (m_memory < m_b.m_order.size())
            m_heap.emplace_back(m_b.m_order[m_memory].first, kMemory);
        std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        m_chunk.reserve(kChunk);
        m_lines.reserve(kChunk);
        while (!m_heap.empty()) {
            std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
            const size_t source = m_heap.back().second;
            m_heap.pop_back();
            int rowLine = 0;
            if (source == kMemory) {
                m_chunk.push_back(decode(m_b.m_bytes.data() + m_b.m_order[m_memory].second,
                                         m_b.m_units, m_b.m_industries, &rowLine));
                m_lines.push_back(rowLine);
                if (++m_memory < m_b.m_order.size()) {
                    m_heap.emplace_back(m_b.m_order[m_memory].first, kMemory);
                    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
                }
            } else {
                Reader& r = m_readers[source];
                const char* row = r.block.data() + r.at;
                m_chunk.push_back(decode(row, m_b.m_units, m_b.m_industries, &rowLine));
                m_lines.push_back(rowLine);
                r.at += rowSize(row);
                if (!push(source, error, &writer))
                    return fail(line);
                if (m_failed)
                    break;
            }
            if (m_chunk.size() == kChunk && !write(writer, error))
                break;
        }
        if (!m_failed)
            write(writer, error);
        if (m_failed)
            *line = m_failedLine;
        m_b.m_maxWritten = std::max(m_b.m_maxWritten, m_lastId);
        return !m_failed;
    }

private:
    static constexpr size_t kMemory = ~size_t(0);
    static constexpr size_t kChunk = 256;
    static constexpr qint64 kBlock = qint64(1) << 20;
    struct Reader {
        qint64 next = 0; // the run's bytes not read yet, in the file
        qint64 end = 0;
        std::vector<char> block; // read, from at on not merged yet
        size_t at = 0;
    };

    bool readFailed(QString* error) {
        *error = m_b.m_spill->errorString();
        if (error->isEmpty())
            *error = QCoreApplication::translate(
                "RegisterRowBuffer",
                "the rows set aside in a temporary file could not be read back");
        return false;
    }

    bool fail(int* line) {
        *line = 0;
        return false;
    }

    // The chunk to the writer (its rows point into the blocks: before one is read again).
    bool write(RegisterWriter& writer, QString* error) {
        if (m_chunk.empty())
            return true;
        qsizetype failed = 0;
        if (!writer.insertMany(m_chunk.data(), qsizetype(m_chunk.size()), error, &failed)) {
            m_failed = true;
            m_failedLine = m_lines[size_t(failed)];
        }
        m_lastId = m_chunk.back().id;
        m_chunk.clear();
        m_lines.clear();
        return !m_failed;
    }

    // Puts the run's next row, if any, on the heap, reading the run's next block when the row
    // is not whole in the block (the rows of the chunk written first).
    bool push(size_t source, QString* error, RegisterWriter* writer = nullptr) {
        Reader& r = m_readers[source];
        auto whole = [&] {
            const size_t left = r.block.size() - r.at;
            return left >= sizeof(Head) && left >= rowSize(r.block.data() + r.at);
        };
        if (!whole()) {
            if (r.next == r.end)
                return true; // the run is merged
            if (writer && !write(*writer, error))
                return true; // failed: run() stops
            const size_t left = r.block.size() - r.at;
            std::memmove(r.block.data(), r.block.data() + r.at, left);
            r.block.resize(left);
            r.at = 0;
            if (!m_b.m_spill->seek(r.next))
                return readFailed(error);
            do { // a block; more only for a row longer than a block
                const qint64 more = std::min(r.end - r.next, kBlock);
                const size_t had = r.block.size();
                r.block.resize(had + size_t(more));
                if (m_b.m_spill->read(r.block.data() + had, more) != more)
                    return readFailed(error);
                r.next += more;
            } while (!whole() && r.next < r.end);
            if (!whole())
                return readFailed(error);
        }
        if (r.at < r.block.size()) {
            qint64 id;
            std::memcpy(&id, r.block.data() + r.at, sizeof(id)); // Head::id comes first
            m_heap.emplace_back(id, source);
            std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        }
        return true;
    }

    RegisterRowBuffer& m_b;
    std::vector<Reader> m_readers;
    std::vector<std::pair<qint64, size_t>> m_heap; // the next id of each source, least first
    size_t m_memory = 0;                           // the next row of the batch in memory
    std::vector<RegisterRecord> m_chunk;
    std::vector<int> m_lines;
    bool m_failed = false;
    int m_failedLine = 0;
    qint64 m_lastId = 0;
};

bool RegisterRowBuffer::flush(RegisterWriter& writer, QString* error, int* line) {
    sortById();
    if (m_runs.empty())
        return writeBatch(writer, error, line, m_order.size());
    const bool ok = Merge(*this).run(writer, error, line);
    m_runs.clear();
    m_spill->resize(0); // the runs are written: their bytes are not needed again
    clearBatch();
    return ok;
}

} // namespace yufang
