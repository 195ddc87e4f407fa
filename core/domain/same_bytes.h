#pragma once

#include <QByteArrayView>

#include <cstring>

namespace yufang {

// Equality of two short byte strings, inline. A register import compares an industry, a unit
// code or an enterprise's name millions of times; Qt 6.4's QByteArrayView operator== calls into
// QtCore for each (docs/performance.md).
inline bool sameBytes(QByteArrayView a, QByteArrayView b) {
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    const char* x = a.data();
    const char* y = b.data();
    qsizetype k = 0;
    for (; k + 8 <= n; k += 8) {
        quint64 u, v;
        std::memcpy(&u, x + k, 8);
        std::memcpy(&v, y + k, 8);
        if (u != v)
            return false;
    }
    for (; k < n; ++k)
        if (x[k] != y[k])
            return false;
    return true;
}

} // namespace yufang
