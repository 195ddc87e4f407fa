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
constexpr qsizetype kInitialSlots = 1024;

quint64 identity(quint64 slot) {
    return slot & ~kSeqMask;
}
size_t home(quint64 identity, size_t mask) {
    return size_t(identity >> register_layout::kSeqBits) & mask;
}
} // namespace

RegisterCreditCodes::Key RegisterCreditCodes::key(int pair, QByteArrayView creditCode) {
    // The pair is the seed: equal codes of two pairs are two unrelated keys.
    const size_t h = qHash(creditCode, size_t(pair) * 0x9E3779B97F4A7C15ULL);
    return (quint64(h) | kTopBit) & ~kSeqMask;
}

QVarLengthArray<qint64, 2> RegisterCreditCodes::candidates(Key key) const {
    QVarLengthArray<qint64, 2> out;
    if (m_size == 0)
        return out;
    const size_t mask = m_size - 1;
    for (size_t i = home(key, mask); m_slots[i] != 0; i = (i + 1) & mask)
        if (identity(m_slots[i]) == key)
            out.append(qint64(m_slots[i] & kSeqMask));
    return out;
}

void RegisterCreditCodes::prefetch(Key key) const {
#if defined(__GNUC__) || defined(__clang__)
    if (m_size != 0)
        __builtin_prefetch(&m_slots[home(key, m_size - 1)]);
#else
    Q_UNUSED(key);
#endif
}

void RegisterCreditCodes::insert(Key key, qint64 seq) {
    if (2 * (m_count + 1) > qsizetype(m_size))
        resize(m_size == 0 ? size_t(kInitialSlots) : 2 * m_size);
    const size_t mask = m_size - 1;
    size_t i = home(key, mask);
    while (m_slots[i] != 0)
        i = (i + 1) & mask;
    m_slots[i] = key | (quint64(seq) & kSeqMask);
    ++m_count;
}

void RegisterCreditCodes::reserve(qsizetype rows) {
    size_t slots = size_t(kInitialSlots);
    while (slots < 2 * size_t(qMax<qsizetype>(rows, 0)))
        slots *= 2;
    if (slots > m_size)
        resize(slots);
}

void RegisterCreditCodes::resize(size_t slots) {
    std::unique_ptr<quint64[], Free> old(
        static_cast<quint64*>(std::calloc(slots, sizeof(quint64))));
    if (!old)
        throw std::bad_alloc();
    old.swap(m_slots);
    const size_t oldSize = std::exchange(m_size, slots);
    const size_t mask = m_size - 1;
    for (size_t k = 0; k < oldSize; ++k) {
        const quint64 slot = old[k];
        if (slot == 0)
            continue;
        size_t i = home(identity(slot), mask);
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace yufang
