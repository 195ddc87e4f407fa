#include "register_row_buffer.h"

#include "register_layout.h"

#include <algorithm>
#include <cstring>
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
        m_bytes.reserve(size_t(m_budget)); // one allocation, not a doubling copy at 32 MiB
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

RegisterRecord RegisterRowBuffer::decode(quint32 offset, int* line) const {
    const char* p = m_bytes.data() + offset;
    const Head h = take<Head>(p);
    RegisterRecord r;
    r.id = h.id;
    r.year = h.year;
    r.unitCode = m_units[h.unit];
    r.industry = m_industries[h.industry];
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

bool RegisterRowBuffer::flush(RegisterWriter& writer, QString* error, int* line) {
    sortById();
    // Handed to the writer a chunk at a time (it puts several rows in one statement).
    const size_t kChunk = size_t(qMax<qsizetype>(1, writer.batchSize()));
    std::vector<RegisterRecord> chunk;
    std::vector<int> lines;
    chunk.reserve(qMin(kChunk, m_order.size()));
    lines.reserve(qMin(kChunk, m_order.size()));
    bool ok = true;
    for (size_t next = 0; ok && next < m_order.size();) {
        chunk.clear();
        lines.clear();
        for (; next < m_order.size() && chunk.size() < kChunk; ++next) {
            int rowLine = 0;
            chunk.push_back(decode(m_order[next].second, &rowLine));
            lines.push_back(rowLine);
        }
        qsizetype failed = 0;
        if (!writer.insertMany(chunk.data(), qsizetype(chunk.size()), error, &failed)) {
            *line = lines[size_t(failed)];
            ok = false;
        }
    }
    m_order.clear();
    m_bytes.clear(); // keeps its capacity for the next batch
    return ok;
}

} // namespace yufang
