#pragma once

#include <QtGlobal>

namespace yufang::register_layout {

// register_enterprise.id = slot · 2^30 + (year − 1900) · 2^22 + seq: the unit's slot
// (register_unit.slot, assigned on the unit's first import), the year, and the row's place in
// the unit's rows for that year. The rows of one unit and year are one contiguous id range,
// and a county's file (one unit, year after year) appends at the end of the table B-tree.
inline constexpr int kSeqBits = 22;  // 4 million enterprises per unit and year
inline constexpr int kYearBits = 8;  // 1900-2155
inline constexpr int kSlotBits = 24; // 16 million units
inline constexpr qint64 kMaxSeq = (qint64(1) << kSeqBits) - 1;
inline constexpr qint64 kMaxSlot = (qint64(1) << kSlotBits) - 1;
inline constexpr int kFirstYear = 1900;

inline constexpr bool validYear(int year) {
    return year >= kFirstYear && year < kFirstYear + (1 << kYearBits);
}
inline constexpr qint64 firstId(int year, qint64 slot) {
    return (slot << (kSeqBits + kYearBits)) | (qint64(year - kFirstYear) << kSeqBits);
}
inline constexpr qint64 lastId(int year, qint64 slot) {
    return firstId(year, slot) | kMaxSeq;
}
inline constexpr int yearOf(qint64 id) {
    return kFirstYear + int((id >> kSeqBits) & ((1 << kYearBits) - 1));
}

} // namespace yufang::register_layout
