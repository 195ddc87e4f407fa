#include "register_credit_codes.h"

#include "storage/register_layout.h"

#include <QHashFunctions>

#include <new>
#include <utility>

namespace yufang {

namespace {
// A slot holds the key's high bits and the seq in the low kSeqBits; the top bit is always set
// so that no slot of a row is 0 (empty).
constexpr quint64 kSeqMask = quint64(register_layout::kMaxSeq);
constexpr quint64 kTopBit = quint64(1) << 63;
constexpr qsizetype kInitialSlots = 16;

quint64 identity(quint64 slot) {
    return slot & ~kSeqMask;
}
size_t home(quint64 identity, size_t mask) {
    return size_t(identity >> register_layout::kSeqBits) & mask;
}
} // namespace

RegisterCreditCodes::Key RegisterCreditCodes::key(int pair, QByteArrayView creditCode) {
    // The pair is the seed too: equal codes of two pairs are two unrelated keys.
    const size_t h = qHash(creditCode, size_t(pair) * 0x9E3779B97F4A7C15ULL);
    return Key{pair, (quint64(h) | kTopBit) & ~kSeqMask};
}

QVarLengthArray<qint64, 2> RegisterCreditCodes::candidates(Key key) const {
    QVarLengthArray<qint64, 2> out;
    if (size_t(key.pair) >= m_tables.size() || m_tables[size_t(key.pair)].size == 0)
        return out;
    const Table& t = m_tables[size_t(key.pair)];
    const size_t mask = t.size - 1;
    for (size_t i = home(key.bits, mask); t.slots[i] != 0; i = (i + 1) & mask)
        if (identity(t.slots[i]) == key.bits)
            out.append(qint64(t.slots[i] & kSeqMask));
    return out;
}

void RegisterCreditCodes::insert(Key key, qint64 seq) {
    if (size_t(key.pair) >= m_tables.size())
        m_tables.resize(size_t(key.pair) + 1);
    Table& t = m_tables[size_t(key.pair)];
    if (4 * (t.count + 1) > 3 * qsizetype(t.size)) // at most three quarters full
        resize(t, t.size == 0 ? size_t(kInitialSlots) : 2 * t.size);
    const size_t mask = t.size - 1;
    size_t i = home(key.bits, mask);
    while (t.slots[i] != 0)
        i = (i + 1) & mask;
    t.slots[i] = key.bits | (quint64(seq) & kSeqMask);
    ++t.count;
}

void RegisterCreditCodes::resize(Table& t, size_t slots) {
    std::unique_ptr<quint64[], Free> old(
        static_cast<quint64*>(std::calloc(slots, sizeof(quint64))));
    if (!old)
        throw std::bad_alloc();
    old.swap(t.slots);
    const size_t oldSize = std::exchange(t.size, slots);
    const size_t mask = t.size - 1;
    for (size_t k = 0; k < oldSize; ++k) {
        const quint64 slot = old[k];
        if (slot == 0)
            continue;
        size_t i = home(identity(slot), mask);
        while (t.slots[i] != 0)
            i = (i + 1) & mask;
        t.slots[i] = slot;
    }
}

} // namespace yufang
