// yufang-gb18030-table OUTPUT.cpp: the GB18030 mapping of this machine's QtCore (Debian's converts
// through ICU, the converter the Linux build of Yufang uses), as the tables io/gb18030_table.h
// declares, for the Windows build, whose QtCore has no ICU.
//
// Every code is asked of the converter, none is typed in: each two-byte code, each of the
// 1,587,600 four-byte codes (written as runs of consecutive code points), then every code point
// is encoded and compared with what io/gb18030_codec will write from these tables (two bytes
// when a two-byte code decodes to it, else four). Anything the codec's rules cannot express (a
// single byte above 0x7F that decodes, a one-way mapping, another substitute byte) stops the
// build with a message, rather than leaving the two builds to differ.
#include "io/gb18030_table.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstdio>
#include <vector>

using namespace yufang::gb18030;

namespace {

// One code decoded on its own, by a new decoder each time (Qt 6.4's resetState() leaves an ICU
// converter's error count as it was); the code point, or 0 when ICU reports an error or the
// bytes are not exactly one character.
char32_t decodeOne(QByteArrayView bytes) {
    QStringDecoder decoder("GB18030");
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return 0;
    const QList<uint> ucs4 = text.toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4.first()) : 0;
}

bool isError(QByteArrayView bytes) {
    QStringDecoder decoder("GB18030");
    const QString text = decoder.decode(bytes); // decode() converts only when assigned
    return text.isNull() || decoder.hasError();
}

int fail(const char* what) {
    std::fprintf(stderr,
                 "yufang-gb18030-table: %s\n"
                 "  This QtCore's GB18030 differs from what core/io/gb18030_codec can reproduce: "
                 "extend the codec (and its test) before building for Windows.\n",
                 what);
    return 1;
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: yufang-gb18030-table OUTPUT.cpp\n");
        return 2;
    }
    if (!QStringDecoder("GB18030").isValid())
        return fail("this QtCore has no GB18030 converter (it is built without ICU)");

    // One byte: ASCII as itself, 0x80 and 0xFF no character (the codec's fixed rules).
    for (int b = 0; b < 0x100; ++b) {
        const char byte = char(b);
        const bool ascii = b < 0x80;
        if (b >= 0x81 && b <= 0xFE)
            continue; // a lead byte: alone it is an unfinished character, not an error
        if (ascii ? decodeOne(QByteArrayView(&byte, 1)) != char32_t(b)
                  : !isError(QByteArrayView(&byte, 1)))
            return fail("a single byte does not decode as ASCII or as an error");
    }

    // Two bytes. A lead byte followed by a byte that is neither a two-byte trail nor a
    // four-byte second byte must be an error.
    std::vector<char16_t> twoByte(kTwoByteCount, 0);
    for (int lead = 0x81; lead <= 0xFE; ++lead) {
        for (int trail = 0; trail < 0x100; ++trail) {
            const char bytes[2] = {char(lead), char(trail)};
            const int index = twoByteIndex(uchar(lead), uchar(trail));
            if (index >= 0) {
                const char32_t c = decodeOne(QByteArrayView(bytes, 2));
                if (c > 0xFFFF)
                    return fail("a two-byte code decodes outside the BMP");
                twoByte[size_t(index)] = char16_t(c);
            } else if ((trail < 0x30 || trail > 0x39) && !isError(QByteArrayView(bytes, 2))) {
                return fail("a byte pair outside the two-byte range decodes");
            }
        }
    }

    // Four bytes, as runs of consecutive code points.
    std::vector<FourByteRun> runs;
    char32_t previous = 0;
    for (qint32 linear = 0; linear < kFourByteCount; ++linear) {
        uchar code[4];
        fourByteCode(linear, code);
        const char32_t c = decodeOne(QByteArrayView(reinterpret_cast<char*>(code), 4));
        const bool continues =
            !runs.empty() && (c == 0 ? previous == 0 : previous != 0 && c == previous + 1);
        if (!continues)
            runs.push_back({linear, c});
        previous = c;
    }
    // A four-byte code whose third or fourth byte is out of range is an error.
    for (const char* bad : {"\x81\x30\x20\x30", "\x81\x30\x81\x20", "\x81\x30\xFF\x30",
                            "\x81\x30\x81\x3A", "\x81\x30\x7F\x30"})
        if (!isError(QByteArrayView(bad, 4)))
            return fail("a malformed four-byte code decodes");

    // Encoding: ASCII as itself; a code point with a two-byte code gets the first such code
    // (in byte order), else its four-byte code; a lone surrogate gets kSubstitute.
    std::vector<qint32> reverseTwo(0x10000, -1);
    for (int i = 0; i < kTwoByteCount; ++i)
        if (twoByte[size_t(i)] && reverseTwo[twoByte[size_t(i)]] < 0)
            reverseTwo[twoByte[size_t(i)]] = i;
    std::vector<qint32> reverseFour(0x110000, -1);
    for (size_t r = 0; r < runs.size(); ++r) {
        if (runs[r].codePoint == 0)
            continue;
        const qint32 end = r + 1 < runs.size() ? runs[r + 1].first : kFourByteCount;
        for (qint32 linear = runs[r].first; linear < end; ++linear) {
            const char32_t c = runs[r].codePoint + char32_t(linear - runs[r].first);
            if (c >= 0x110000)
                return fail("a four-byte code decodes beyond U+10FFFF");
            if (reverseFour[c] >= 0)
                return fail("two four-byte codes decode to the same code point");
            reverseFour[c] = linear;
        }
    }
    for (char32_t c = 0; c < 0x110000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        QByteArray expected;
        if (c < 0x80) {
            expected.append(char(c));
        } else if (c <= 0xFFFF && reverseTwo[c] >= 0) {
            uchar code[2];
            twoByteCode(reverseTwo[c], code);
            expected.append(reinterpret_cast<char*>(code), 2);
        } else if (reverseFour[c] >= 0) {
            uchar code[4];
            fourByteCode(reverseFour[c], code);
            expected.append(reinterpret_cast<char*>(code), 4);
        }
        QStringEncoder encoder("GB18030");
        // Not QString::fromUcs4, which takes U+FEFF for a byte-order mark and drops it.
        const char16_t units[2] = {c > 0xFFFF ? QChar::highSurrogate(c) : char16_t(c),
                                   QChar::lowSurrogate(c)};
        const QByteArray bytes = encoder.encode(QStringView(units, c > 0xFFFF ? 2 : 1));
        if (expected.isEmpty() || bytes != expected || encoder.hasError()) {
            std::fprintf(stderr, "U+%04X: ICU writes %s, the tables give %s\n", unsigned(c),
                         bytes.toHex(' ').constData(), expected.toHex(' ').constData());
            return fail("a code point is encoded otherwise than the tables say");
        }
    }
    QStringEncoder encoder("GB18030");
    if (encoder.encode(QString(QChar(0xDC00))) != QByteArray(1, kSubstitute))
        return fail("a lone surrogate is not written as the substitute byte 0x1A");

    // The source file.
    QByteArray out;
    out += "// Generated by tools/gb18030_table from this machine's QtCore (ICU): do not edit.\n"
           "#include \"io/gb18030_table.h\"\n\n"
           "namespace yufang::gb18030 {\n\n"
           "const char16_t kTwoByte[kTwoByteCount] = {";
    for (int i = 0; i < kTwoByteCount; ++i) {
        out += i % 12 == 0 ? "\n   " : "";
        out += " 0x" + QByteArray::number(uint(twoByte[size_t(i)]), 16) + ',';
    }
    out += "\n};\n\nconst FourByteRun kFourByteRuns[] = {";
    for (const FourByteRun& run : runs)
        out += "\n    {" + QByteArray::number(run.first) + ", 0x" +
               QByteArray::number(uint(run.codePoint), 16) + "},";
    out += "\n};\n\nconst int kFourByteRunCount = " + QByteArray::number(qsizetype(runs.size())) +
           ";\n\n} // namespace yufang::gb18030\n";
    QSaveFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        std::fprintf(stderr, "yufang-gb18030-table: cannot write %s\n", argv[1]);
        return 1;
    }
    std::printf("yufang-gb18030-table: %d two-byte codes, %d four-byte runs\n", kTwoByteCount,
                int(runs.size()));
    return 0;
}
