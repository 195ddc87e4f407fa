#include "gb18030_codec.h"

#include "gb18030_table.h"

#include <algorithm>
#include <vector>

namespace yufang {

namespace {
using namespace gb18030;

// The code point of a four-byte code, 0 for none.
char32_t fourByteCodePoint(qint32 linear) {
    const FourByteRun* end = kFourByteRuns + kFourByteRunCount;
    const FourByteRun* run = std::upper_bound(
        kFourByteRuns, end, linear, [](qint32 l, const FourByteRun& r) { return l < r.first; });
    --run; // the first run starts at 0
    return run->codePoint == 0 ? 0 : run->codePoint + char32_t(linear - run->first);
}

// Each BMP code point's two-byte code, as its place in kTwoByte plus one (0: none); the first
// code in byte order where two decode alike (tools/gb18030_table checks this is ICU's choice).
const std::vector<quint16>& twoByteOf() {
    static const std::vector<quint16> table = [] {
        std::vector<quint16> t(0x10000, 0);
        for (int i = kTwoByteCount - 1; i >= 0; --i)
            if (kTwoByte[i])
                t[kTwoByte[i]] = quint16(i + 1);
        return t;
    }();
    return table;
}

struct CodePointRun {
    char32_t codePoint;
    qint32 first;
    qint32 length;
};

// The four-byte runs that have characters, sorted by code point.
const std::vector<CodePointRun>& runsByCodePoint() {
    static const std::vector<CodePointRun> runs = [] {
        std::vector<CodePointRun> r;
        for (int i = 0; i < kFourByteRunCount; ++i) {
            const qint32 end =
                i + 1 < kFourByteRunCount ? kFourByteRuns[i + 1].first : kFourByteCount;
            if (kFourByteRuns[i].codePoint != 0)
                r.push_back({kFourByteRuns[i].codePoint, kFourByteRuns[i].first,
                             end - kFourByteRuns[i].first});
        }
        std::sort(r.begin(), r.end(), [](const CodePointRun& a, const CodePointRun& b) {
            return a.codePoint < b.codePoint;
        });
        return r;
    }();
    return runs;
}

// The four-byte code of a code point, -1 for none.
qint32 fourByteOf(char32_t c) {
    const std::vector<CodePointRun>& runs = runsByCodePoint();
    auto run = std::upper_bound(runs.begin(), runs.end(), c,
                                [](char32_t v, const CodePointRun& r) { return v < r.codePoint; });
    if (run == runs.begin())
        return -1;
    --run;
    const char32_t offset = c - run->codePoint;
    return offset < char32_t(run->length) ? run->first + qint32(offset) : -1;
}

void appendCodePoint(QString* out, char32_t c) {
    if (c > 0xFFFF) {
        out->append(QChar(QChar::highSurrogate(c)));
        out->append(QChar(QChar::lowSurrogate(c)));
    } else {
        out->append(QChar(char16_t(c)));
    }
}
} // namespace

QString Gb18030TableDecoder::decode(QByteArrayView bytes) {
    if (m_error)
        return {};
    m_pending.append(bytes.data(), bytes.size());
    const auto* b = reinterpret_cast<const uchar*>(m_pending.constData());
    const qsizetype whole = completePrefix(b, m_pending.size());
    QString text;
    text.reserve(whole);
    for (qsizetype i = 0; i < whole;) {
        if (b[i] < 0x80) {
            text.append(QChar(char16_t(b[i])));
            ++i;
            continue;
        }
        // completePrefix has cut whole characters: a lead byte 0x81-0xFE is followed by
        // one more byte, or three more when the second is 0x30-0x39.
        char32_t c = 0;
        if (b[i] == 0x80 || b[i] == 0xFF) {
            c = 0;
        } else if (b[i + 1] >= 0x30 && b[i + 1] <= 0x39) {
            const qint32 linear = fourByteLinear(b + i);
            c = linear < 0 ? 0 : fourByteCodePoint(linear);
            i += 4;
        } else {
            const int index = twoByteIndex(b[i], b[i + 1]);
            c = index < 0 ? 0 : kTwoByte[index];
            i += 2;
        }
        if (c == 0) {
            m_error = true;
            m_pending.clear();
            return {};
        }
        appendCodePoint(&text, c);
    }
    m_pending.remove(0, whole);
    return text;
}

QByteArray encodeGb18030WithTables(QStringView text) {
    QByteArray out;
    out.reserve(text.size() * 2);
    const std::vector<quint16>& twoByte = twoByteOf();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t unit = text[i].unicode();
        if (unit < 0x80) {
            out.append(char(unit));
            continue;
        }
        char32_t c = unit;
        if (QChar::isHighSurrogate(unit)) {
            // ICU holds a final high surrogate back for the rest of its pair, which never
            // comes: nothing is written for it.
            if (i + 1 == n)
                break;
            if (!QChar::isLowSurrogate(text[i + 1].unicode())) {
                out.append(kSubstitute);
                continue;
            }
            c = QChar::surrogateToUcs4(unit, text[++i].unicode());
        } else if (QChar::isLowSurrogate(unit)) {
            out.append(kSubstitute);
            continue;
        }
        if (c <= 0xFFFF && twoByte[c] != 0) {
            uchar code[2];
            twoByteCode(twoByte[c] - 1, code);
            out.append(reinterpret_cast<const char*>(code), 2);
        } else if (const qint32 linear = fourByteOf(c); linear >= 0) {
            uchar code[4];
            fourByteCode(linear, code);
            out.append(reinterpret_cast<const char*>(code), 4);
        } else {
            out.append(kSubstitute); // never: every code point has a code (the generator checks)
        }
    }
    return out;
}

} // namespace yufang
