#pragma once

#include <QtGlobal>

// GB18030's byte structure and its mapping tables, for converting without ICU
// (io/gb18030_codec, the Windows build). The structure is the standard's: one byte 0x00-0x7F;
// two bytes, a lead 0x81-0xFE and a trail 0x40-0x7E or 0x80-0xFE; four bytes 0x81-0xFE,
// 0x30-0x39, 0x81-0xFE, 0x30-0x39. The tables are neither written by hand nor copied into this
// repository: tools/gb18030_table writes gb18030_table.cpp at build time from the build host's
// QtCore, whose GB18030 is ICU's (Debian's libicu), the very converter the Linux build uses, and
// refuses to when that converter does something these rules cannot express.
namespace yufang::gb18030 {

constexpr int kTwoByteCount = 126 * 190;               // 23,940 two-byte codes
constexpr qint32 kFourByteCount = 126 * 10 * 126 * 10; // 1,587,600 four-byte codes
// What ICU writes for a lone surrogate, the one UTF-16 unit GB18030 cannot encode.
constexpr char kSubstitute = 0x1A;

// The place of a two-byte code in kTwoByte; -1 when the bytes are none.
constexpr int twoByteIndex(uchar lead, uchar trail) {
    if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE || trail == 0x7F)
        return -1;
    return (lead - 0x81) * 190 + (trail - 0x40) - (trail > 0x7F ? 1 : 0);
}

constexpr void twoByteCode(int index, uchar* out) {
    const int trail = index % 190;
    out[0] = uchar(0x81 + index / 190);
    out[1] = uchar(0x40 + trail + (trail >= 0x3F ? 1 : 0));
}

// The number of a four-byte code counted from 81 30 81 30; -1 when the bytes are none.
constexpr qint32 fourByteLinear(const uchar* b) {
    if (b[0] < 0x81 || b[0] > 0xFE || b[1] < 0x30 || b[1] > 0x39 || b[2] < 0x81 || b[2] > 0xFE ||
        b[3] < 0x30 || b[3] > 0x39)
        return -1;
    return (((b[0] - 0x81) * 10 + (b[1] - 0x30)) * 126 + (b[2] - 0x81)) * 10 + (b[3] - 0x30);
}

constexpr void fourByteCode(qint32 linear, uchar* out) {
    out[3] = uchar(0x30 + linear % 10);
    linear /= 10;
    out[2] = uchar(0x81 + linear % 126);
    linear /= 126;
    out[1] = uchar(0x30 + linear % 10);
    out[0] = uchar(0x81 + linear / 10);
}

// How many leading bytes form whole characters (1, 2 or 4 bytes each, told apart by their first
// two bytes); the rest is the start of a character cut off by the end of the bytes.
constexpr qsizetype completePrefix(const uchar* b, qsizetype n) {
    qsizetype i = 0;
    while (i < n) {
        qsizetype length = 1;
        if (b[i] >= 0x81 && b[i] <= 0xFE) {
            if (i + 1 >= n)
                break;
            // A second byte 0x30-0x39 makes a four-byte character; anything else two bytes.
            length = (b[i + 1] >= 0x30 && b[i + 1] <= 0x39) ? 4 : 2;
        }
        if (i + length > n)
            break;
        i += length;
    }
    return i;
}

// Each two-byte code's character (all lie in the BMP); 0 where the code has none.
extern const char16_t kTwoByte[kTwoByteCount];

// The four-byte codes as runs: from `first` up to the next run's `first`, the code numbered
// first + k is code point codePoint + k; codePoint 0 means these codes have no character. Sorted
// by first; the first run starts at 0, the last one runs to kFourByteCount.
struct FourByteRun {
    qint32 first;
    char32_t codePoint;
};
extern const FourByteRun kFourByteRuns[];
extern const int kFourByteRunCount;

} // namespace yufang::gb18030
