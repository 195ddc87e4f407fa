#pragma once

#include <QtGlobal>

namespace yufang::utf8 {

// Length of the well-formed UTF-8 sequence starting at s[i] (a lead byte ≥ 0x80): 2 to 4; 0
// when it can never be valid (a bad lead byte, an overlong form, a surrogate, a bad
// continuation); -1 when it is cut off by the end at n, which a streaming reader completes
// from its next chunk. Inline: the register import calls it for every non-ASCII character.
inline int sequenceAt(const unsigned char* s, qsizetype n, qsizetype i) {
    const unsigned char c = s[i];
    int len = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    for (int k = 1; k < len; ++k) {
        if (i + k >= n)
            return -1;
        const unsigned char d = s[i + k];
        if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF))
            return 0;
    }
    return len;
}

} // namespace yufang::utf8
