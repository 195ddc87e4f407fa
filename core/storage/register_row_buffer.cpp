#include "register_row_buffer.h"

#include "register_layout.h"

#include "domain/same_bytes.h"

#include <QCoreApplication>
#include <QDir>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <utility>

namespace yufang {

namespace {
// A row in the buffer: its id, then variable-length integers (7 bits a byte, the low bits
// first): the line, the industry's number, the flags, the name's and the credit code's sizes,
// the six counts (zigzag: a negative count is kept as read, the row parser warns of it), the
// risk class if present; then the amounts present as doubles, the name and the credit code.
// The unit and the year are the id's (register_layout.h). Read and written with memcpy.
enum Flag : quint8 {
    Insured = 1,
    HasPayroll = 4,
    HasContributions = 8,
    HasBenefits = 16,
    HasRiskClass = 32,
};
constexpr size_t kMaxVarint = 10;
constexpr size_t kAhead = 16; // rows prefetched ahead of the one read, in id order
constexpr size_t kCountFields = 6;
// Rows per call of the writer's insertMany: a few hundred keep SQLite's statements and the
// decoded records small (a server's COPY goes on across calls).
constexpr size_t kWriteChunk = 256;

inline void putVarint(char*& out, quint64 v) {
    while (v >= 0x80) {
        *out++ = char(quint8(v) | 0x80);
        v >>= 7;
    }
    *out++ = char(v);
}
inline quint64 takeVarint(const char*& p) {
    quint64 v = 0;
    for (int shift = 0;; shift += 7) {
        const quint8 b = quint8(*p++);
        v |= quint64(b & 0x7f) << shift;
        if (b < 0x80)
            return v;
    }
}
inline quint64 zigzag(qint64 v) {
    return (quint64(v) << 1) ^ quint64(v >> 63);
}
inline qint64 unzigzag(quint64 v) {
    return qint64(v >> 1) ^ -qint64(v & 1);
}
// A typical row spans two or three cache lines; SQLite copies its text from there.
inline void prefetchRow(const char* row) {
    __builtin_prefetch(row);
    __builtin_prefetch(row + 64);
    __builtin_prefetch(row + 128);
}
inline void skipVarint(const char*& p) {
    while (quint8(*p++) >= 0x80) {
    }
}
} // namespace

void* RegisterRowBuffer::allocateLarge(size_t bytes) {
#ifdef Q_OS_LINUX
    constexpr size_t kHugePage = size_t(2) << 20;
    if (bytes >= kHugePage) {
        void* p = std::aligned_alloc(kHugePage, (bytes + kHugePage - 1) / kHugePage * kHugePage);
        if (!p)
            throw std::bad_alloc();
        madvise(p, bytes, MADV_HUGEPAGE); // advice: refused or unsupported, pages stay small
        return p;
    }
#endif
    return ::operator new(bytes);
}

void RegisterRowBuffer::freeLarge(void* p, size_t bytes) {
#ifdef Q_OS_LINUX
    if (bytes >= (size_t(2) << 20)) {
        std::free(p);
        return;
    }
#endif
    ::operator delete(p);
}

RegisterRowBuffer::RegisterRowBuffer(qsizetype budget)
    : m_budget(budget), m_limit(qMin(budget, kFirstBudget)) {}
RegisterRowBuffer::~RegisterRowBuffer() {
    m_faulter.stop();
}

void RegisterRowBuffer::reserve(size_t bytes) {
    m_faulter.stop(); // the pages it faults in are freed by a reserve that moves them
    m_bytes.reserve(bytes);
    m_faulter.start(m_bytes.data() + m_bytes.size(), m_bytes.data() + m_bytes.capacity());
}

quint32 RegisterRowBuffer::intern(std::vector<QByteArray>& names, QHash<QByteArray, quint32>& index,
                                  quint32& last, QByteArrayView name) {
    auto same = [&](quint32 i) { return sameBytes(names[i], name); };
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
        reserve(size_t(m_limit)); // one allocation, not a doubling copy
    const qint64 counts[kCountFields] = {r.employees,    r.insuredEmployees,
                                         r.accidents,    r.occupationalDiseaseCases,
                                         r.keyPersonnel, r.keyPersonnelTrained};
    const quint8 flags = (r.insured ? Insured : 0) | (r.payroll ? HasPayroll : 0) |
                         (r.contributions ? HasContributions : 0) |
                         (r.benefitsPaid ? HasBenefits : 0) | (r.riskClass ? HasRiskClass : 0);
    const quint32 industry = intern(m_industries, m_industryIndex, m_lastIndustry, r.industry);
    unitNumber(r); // the unit's code, kept once for its slot
    // At most this size (each integer at its widest), then shrunk to what was written: one
    // resize, plain stores (no insert per value).
    const size_t most =
        sizeof(qint64) + (5 + kCountFields + 1) * kMaxVarint +
        sizeof(double) * (bool(r.payroll) + bool(r.contributions) + bool(r.benefitsPaid)) +
        size_t(r.enterpriseName.size() + r.creditCode.size());
    const size_t at = m_bytes.size();
    m_bytes.resize(at + most);
    char* const begin = m_bytes.data() + at;
    char* out = begin;
    std::memcpy(out, &r.id, sizeof(qint64));
    out += sizeof(qint64);
    putVarint(out, quint32(line));
    putVarint(out, industry);
    *out++ = char(flags);
    putVarint(out, quint64(r.enterpriseName.size()));
    putVarint(out, quint64(r.creditCode.size()));
    for (const qint64 v : counts)
        putVarint(out, zigzag(v));
    if (r.riskClass)
        putVarint(out, zigzag(*r.riskClass));
    for (const std::optional<double>* amount : {&r.payroll, &r.contributions, &r.benefitsPaid})
        if (*amount) {
            std::memcpy(out, &**amount, sizeof(double));
            out += sizeof(double);
        }
    std::memcpy(out, r.enterpriseName.data(), size_t(r.enterpriseName.size()));
    out += r.enterpriseName.size();
    std::memcpy(out, r.creditCode.data(), size_t(r.creditCode.size()));
    out += r.creditCode.size();
    m_bytes.resize(at + size_t(out - begin));
    m_faulter.filledTo(out);
    addToGroup(r.id);
}

size_t RegisterRowBuffer::groupCell(qint64 key) const {
    const size_t unit = m_unitOfSlot[size_t(quint64(key) >> register_layout::kYearBits)];
    return (unit << register_layout::kYearBits) |
           size_t(key & ((qint64(1) << register_layout::kYearBits) - 1));
}

void RegisterRowBuffer::addToGroup(qint64 id) {
    const qint64 key = id >> register_layout::kSeqBits;
    if (m_lastGroup >= m_groups.size() || m_groups[m_lastGroup].key != key) [[unlikely]] {
        // The unit's number and the year index a table of the batch's groups: one load per row
        // of a shuffled file, no hashing.
        const size_t cell = groupCell(key);
        if (cell >= m_groupOf.size())
            m_groupOf.resize(qMax(cell + 1, m_groupOf.size() * 2), 0);
        if (m_groupOf[cell] == 0) {
            m_groups.push_back({key, id, 0, true});
            m_groupOf[cell] = quint32(m_groups.size()); // its index + 1
        }
        m_lastGroup = m_groupOf[cell] - 1;
    }
    Group& g = m_groups[m_lastGroup];
    if (g.lastId > id)
        g.ascending = false;
    g.lastId = id;
    ++g.count;
    ++m_rowCount;
}

qint64 RegisterRowBuffer::idOf(const char* row) {
    qint64 id;
    std::memcpy(&id, row, sizeof(id));
    return id;
}

RegisterRecord RegisterRowBuffer::decode(const char* p) const {
    RegisterRecord r;
    std::memcpy(&r.id, p, sizeof(qint64));
    p += sizeof(qint64);
    r.line = int(takeVarint(p));
    r.industry = m_industries[size_t(takeVarint(p))];
    const quint8 flags = quint8(*p++);
    const auto nameSize = qsizetype(takeVarint(p));
    const auto codeSize = qsizetype(takeVarint(p));
    const auto slot =
        size_t(quint64(r.id) >> (register_layout::kSeqBits + register_layout::kYearBits));
    r.unitCode = m_units[m_unitOfSlot[slot]];
    r.year = register_layout::yearOf(r.id);
    r.insured = flags & Insured;
    qint64* counts[kCountFields] = {&r.employees,    &r.insuredEmployees,
                                    &r.accidents,    &r.occupationalDiseaseCases,
                                    &r.keyPersonnel, &r.keyPersonnelTrained};
    for (qint64* v : counts)
        *v = unzigzag(takeVarint(p));
    if (flags & HasRiskClass)
        r.riskClass = int(unzigzag(takeVarint(p)));
    for (auto [flag, amount] :
         {std::pair{HasPayroll, &r.payroll}, std::pair{HasContributions, &r.contributions},
          std::pair{HasBenefits, &r.benefitsPaid}})
        if (flags & flag) {
            double v;
            std::memcpy(&v, p, sizeof(double));
            p += sizeof(double);
            *amount = v;
        }
    r.enterpriseName = QByteArrayView(p, nameSize);
    r.creditCode = QByteArrayView(p + nameSize, codeSize);
    return r;
}

size_t RegisterRowBuffer::rowSize(const char* row) {
    const char* p = row + sizeof(qint64);
    skipVarint(p); // line
    skipVarint(p); // industry
    const quint8 flags = quint8(*p++);
    const quint64 nameSize = takeVarint(p);
    const quint64 text = nameSize + takeVarint(p);
    for (size_t i = 0; i < kCountFields + bool(flags & HasRiskClass); ++i)
        skipVarint(p);
    const size_t amounts =
        bool(flags & HasPayroll) + bool(flags & HasContributions) + bool(flags & HasBenefits);
    return size_t(p - row) + amounts * sizeof(double) + size_t(text);
}

std::vector<quint32> RegisterRowBuffer::inIdOrder() {
    // A unit-year's rows came in id order (the import numbers them so): placed in the order
    // they lie in the buffer, each behind its unit-year's rows before it, with the unit-years
    // in order, the batch is in order. A few thousand keys to sort, not a million rows.
    std::vector<quint32> groups(m_groups.size());
    for (quint32 i = 0; i < groups.size(); ++i)
        groups[i] = i;
    std::sort(groups.begin(), groups.end(),
              [&](quint32 a, quint32 b) { return m_groups[a].key < m_groups[b].key; });
    std::vector<size_t> next(m_groups.size()); // where the group's next row goes
    size_t at = 0;
    for (const quint32 i : groups) {
        next[i] = at;
        at += m_groups[i].count;
    }
    std::vector<quint32> order(m_rowCount);
    for (size_t offset = 0; offset < m_bytes.size();) {
        const char* row = m_bytes.data() + offset;
        const qint64 key = idOf(row) >> register_layout::kSeqBits;
        order[next[m_groupOf[groupCell(key)] - 1]++] = quint32(offset);
        offset += rowSize(row);
    }
    for (const Group& g : m_groups)
        if (!g.ascending) { // never wrong, should a caller ever number a unit-year's rows so
            const size_t end = next[m_groupOf[groupCell(g.key)] - 1];
            std::stable_sort(order.begin() + qsizetype(end - g.count),
                             order.begin() + qsizetype(end), [&](quint32 a, quint32 b) {
                                 return idOf(m_bytes.data() + a) < idOf(m_bytes.data() + b);
                             });
        }
    return order;
}

bool RegisterRowBuffer::writeBatch(RegisterWriter& writer, QString* error, int* line,
                                   const std::vector<quint32>& order, size_t count) {
    // Handed to the writer a chunk at a time (it puts several rows in one statement).
    std::vector<RegisterRecord> chunk;
    chunk.reserve(qMin(kWriteChunk, count));
    bool ok = true;
    for (size_t next = 0; ok && next < count;) {
        chunk.clear();
        for (; next < count && chunk.size() < kWriteChunk; ++next) {
            // A shuffled file's rows are all over the buffer: fetched ahead, not waited for.
            if (next + kAhead < count)
                prefetchRow(m_bytes.data() + order[next + kAhead]);
            chunk.push_back(decode(m_bytes.data() + order[next]));
        }
        ok = writer.insertMany(chunk.data(), qsizetype(chunk.size()), error, line);
    }
    if (count > 0)
        m_maxWritten = std::max(m_maxWritten, idOf(m_bytes.data() + order[count - 1]));
    if (count == order.size() || !ok) {
        clearBatch();
        return ok;
    }
    // The rows kept back (one unit's, in order) moved to the front, compactly.
    Bytes kept;
    std::vector<qint64> keptIds;
    keptIds.reserve(order.size() - count);
    for (size_t i = count; i < order.size(); ++i) {
        const char* row = m_bytes.data() + order[i];
        keptIds.push_back(idOf(row));
        kept.insert(kept.end(), row, row + rowSize(row));
    }
    const quint64 slot = m_lastSlot;
    clearBatch();
    m_bytes.insert(m_bytes.end(), kept.begin(), kept.end());
    for (const qint64 id : keptIds)
        addToGroup(id);
    m_lastSlot = slot; // the rows that follow go on from the unit kept back
    return true;
}

void RegisterRowBuffer::clearBatch() {
    for (const Group& g : m_groups)
        m_groupOf[groupCell(g.key)] = 0;
    m_groups.clear();
    m_lastGroup = 0;
    m_rowCount = 0;
    m_bytes.clear(); // keeps its capacity for the next batch
    m_byUnit = true;
    m_lastSlot = 0;
}

bool RegisterRowBuffer::setAside(const std::vector<quint32>& order) {
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
    for (size_t i = 0; i < order.size(); ++i) {
        if (i + kAhead < order.size())
            prefetchRow(m_bytes.data() + order[i + kAhead]);
        const char* row = m_bytes.data() + order[i];
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
    const std::vector<quint32> order = inIdOrder();
    // A batch that came unit by unit, from the unit of the last row written on, is written
    // now: a file grouped by county goes on that way, and only the rows of the county a batch
    // boundary split land in the middle of its years (a guess about the rest of the file;
    // should a later batch overlap after all, it is set aside and merged into the middle of
    // the tree, as correct as ever, only slower). Any other batch is set aside as a run; should
    // the temporary file fail (a full disk), it is written now, as correct, only slower.
    constexpr int kSlotShift = register_layout::kSeqBits + register_layout::kYearBits;
    auto slotOf = [&](quint32 offset) { return idOf(m_bytes.data() + offset) >> kSlotShift; };
    const bool appends = m_runs.empty() && m_byUnit && !order.empty() &&
                         slotOf(order.front()) >= (m_maxWritten >> kSlotShift);
    if (appends) {
        // The rows of the batch's last unit are kept back: the next batch may go on with that
        // unit (a county the boundary split), and its rows then go in behind them in id order
        // instead of into the middle of the county's years. All of it when one unit fills the
        // buffer.
        size_t count = order.size();
        const qint64 lastSlot = slotOf(order.back());
        while (count > 0 && slotOf(order[count - 1]) == lastSlot)
            --count;
        return writeBatch(writer, error, line, order, count > 0 ? count : order.size());
    }
    // Rows that would have to be merged: the whole budget first (at once: growing by halves
    // copied and touched 56 MiB more), then set aside.
    if (m_limit < m_budget) {
        m_limit = m_budget;
        reserve(size_t(m_limit));
        return true;
    }
    if (setAside(order)) {
        clearBatch();
        return true;
    }
    return writeBatch(writer, error, line, order, order.size());
}

// The k-way merge of the runs set aside (read back a block at a time) and the sorted batch in
// memory, in id order.
class RegisterRowBuffer::Merge {
public:
    Merge(RegisterRowBuffer& b, const std::vector<quint32>& order) : m_b(b), m_order(order) {}

    bool run(RegisterWriter& writer, QString* error, int* line) {
        m_readers.resize(m_b.m_runs.size());
        for (size_t i = 0; i < m_readers.size(); ++i) {
            m_readers[i].next = m_b.m_runs[i].offset;
            m_readers[i].end = m_b.m_runs[i].offset + m_b.m_runs[i].size;
            if (!push(i, error))
                return fail(line);
        }
        if (m_memory < m_order.size())
            m_heap.emplace_back(idOf(m_order[m_memory]), kMemory);
        std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        m_chunk.reserve(kWriteChunk);
        while (!m_heap.empty()) {
            std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
            const size_t source = m_heap.back().second;
            m_heap.pop_back();
            if (source == kMemory) {
                if (m_memory + kAhead < m_order.size())
                    prefetchRow(m_b.m_bytes.data() + m_order[m_memory + kAhead]);
                m_chunk.push_back(m_b.decode(m_b.m_bytes.data() + m_order[m_memory]));
                if (++m_memory < m_order.size()) {
                    m_heap.emplace_back(idOf(m_order[m_memory]), kMemory);
                    std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
                }
            } else {
                Reader& r = m_readers[source];
                const char* row = r.block.data() + r.at;
                m_chunk.push_back(m_b.decode(row));
                r.at += rowSize(row);
                if (!push(source, error, &writer))
                    return fail(line);
                if (m_failed)
                    break;
            }
            if (m_chunk.size() == kWriteChunk && !write(writer, error))
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
    static constexpr qint64 kBlock = qint64(1) << 20;
    // A row's id and integers at their widest: rowSize() reads no further.
    static constexpr size_t kMaxHead = sizeof(qint64) + (5 + kCountFields + 1) * kMaxVarint;
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
        m_failed =
            !writer.insertMany(m_chunk.data(), qsizetype(m_chunk.size()), error, &m_failedLine);
        m_lastId = m_chunk.back().id;
        m_chunk.clear();
        return !m_failed;
    }

    // Puts the run's next row, if any, on the heap, reading the run's next block when the row
    // is not whole in the block (the rows of the chunk written first).
    bool push(size_t source, QString* error, RegisterWriter* writer = nullptr) {
        Reader& r = m_readers[source];
        auto whole = [&] {
            // The run's bytes end with a whole row: a short tail is whole only there.
            const size_t left = r.block.size() - r.at;
            if (left == 0 || (left < kMaxHead && r.next < r.end))
                return false;
            return left >= rowSize(r.block.data() + r.at);
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
            std::memcpy(&id, r.block.data() + r.at, sizeof(id)); // a row's id comes first
            m_heap.emplace_back(id, source);
            std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        }
        return true;
    }

    qint64 idOf(quint32 offset) const {
        return RegisterRowBuffer::idOf(m_b.m_bytes.data() + offset);
    }

    RegisterRowBuffer& m_b;
    const std::vector<quint32>& m_order; // the rows in memory, in id order
    std::vector<Reader> m_readers;
    std::vector<std::pair<qint64, size_t>> m_heap; // the next id of each source, least first
    size_t m_memory = 0;                           // the next row of the batch in memory
    std::vector<RegisterRecord> m_chunk;
    bool m_failed = false;
    int m_failedLine = 0;
    qint64 m_lastId = 0;
};

bool RegisterRowBuffer::flush(RegisterWriter& writer, QString* error, int* line) {
    const std::vector<quint32> order = inIdOrder();
    bool ok = false;
    if (m_runs.empty()) {
        ok = writeBatch(writer, error, line, order, order.size());
    } else {
        ok = Merge(*this, order).run(writer, error, line);
        m_runs.clear();
        m_spill->resize(0); // the runs are written: their bytes are not needed again
        clearBatch();
    }
    return ok && writer.finish(error, line);
}

} // namespace yufang
