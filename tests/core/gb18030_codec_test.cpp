// io/gb18030_codec, the GB18030 converter of the Windows build (its QtCore has no ICU), against
// ICU through Qt, the converter of the Linux build: every code, both ways. Its tables come from
// ICU at build time (tools/gb18030_table); these tests check that the codec reads them right,
// so that the two builds read and write the same bytes.
#include "test_support.h"

#include "io/gb18030.h"
#include "io/gb18030_codec.h"
#include "io/gb18030_table.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Decoded {
    QString text;
    bool refused = false; // an invalid code, or a character cut off at the end
    bool operator==(const Decoded&) const = default;
};

// ICU through Qt, as the Linux build reads a file: Gb18030Decoder's ICU path.
Decoded icuDecode(QByteArrayView bytes) {
    Gb18030Decoder decoder;
    Decoded d{decoder.decode(bytes), false};
    d.refused = decoder.hasError() || decoder.hasPending();
    return d;
}

Decoded tableDecode(QByteArrayView bytes) {
    Gb18030TableDecoder decoder;
    Decoded d{decoder.decode(bytes), false};
    d.refused = decoder.hasError() || decoder.hasPending();
    return d;
}

// A refused text is thrown away by every caller: only that it was refused must agree.
bool agree(QByteArrayView bytes) {
    const Decoded icu = icuDecode(bytes);
    const Decoded table = tableDecode(bytes);
    return icu.refused ? table.refused : icu == table;
}

QByteArray icuEncode(QStringView text) {
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QString codePointText(char32_t c) {
    // Not QString::fromUcs4, which takes U+FEFF for a byte-order mark and drops it.
    if (c > 0xFFFF)
        return QString(QChar(QChar::highSurrogate(c))) + QChar(QChar::lowSurrogate(c));
    return QString(QChar(char16_t(c)));
}

} // namespace

TEST_CASE("The table codec decodes every single byte and byte pair as ICU does",
          "[gb18030][gb18030-codec]") {
    REQUIRE(QStringDecoder("GB18030").isValid());
    int disagreements = 0;
    for (int a = 0; a < 0x100; ++a) {
        const char one = char(a);
        if (!agree(QByteArrayView(&one, 1)))
            ++disagreements;
        for (int b = 0; b < 0x100; ++b) {
            const char two[2] = {char(a), char(b)};
            if (!agree(QByteArrayView(two, 2))) {
                if (++disagreements < 10)
                    WARN("bytes " << QByteArray(two, 2).toHex().constData());
            }
        }
    }
    CHECK(disagreements == 0);
}

TEST_CASE("The table codec decodes every four-byte code as ICU does", "[gb18030][gb18030-codec]") {
    // All 126 x 10 x 126 x 10 codes (the BMP part, the supplementary planes, the unassigned
    // ranges between and after them), and a malformed third or fourth byte.
    int disagreements = 0;
    for (int a = 0x81; a <= 0xFE; ++a)
        for (int b = 0x30; b <= 0x39; ++b)
            for (int c = 0x81; c <= 0xFE; ++c)
                for (int d = 0x30; d <= 0x39; ++d) {
                    const char code[4] = {char(a), char(b), char(c), char(d)};
                    if (!agree(QByteArrayView(code, 4)) && ++disagreements < 10)
                        WARN("code " << QByteArray(code, 4).toHex().constData());
                }
    CHECK(disagreements == 0);
    for (const char* bad :
         {"\x81\x30\x20\x30", "\x81\x30\x81\x20", "\x81\x30\xFF\x30", "\x81\x30\x80\x30",
          "\x81\x30\x81\x3A", "\x84\x31\xA5\x30", "\xE3\x32\x9A\x36", "\xFE\x39\xFE\x39"}) {
        INFO(QByteArray(bad, 4).toHex().constData());
        CHECK(tableDecode(QByteArrayView(bad, 4)).refused);
        CHECK(agree(QByteArrayView(bad, 4)));
    }
}

TEST_CASE("The table codec encodes every code point as ICU does", "[gb18030][gb18030-codec]") {
    int disagreements = 0;
    for (char32_t c = 0; c < 0x110000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString text = codePointText(c);
        if (encodeGb18030WithTables(text) != icuEncode(text) && ++disagreements < 10)
            WARN("U+" << QByteArray::number(uint(c), 16).constData());
    }
    CHECK(disagreements == 0);
    // Lone surrogates: ICU writes its substitute byte 0x1A, and nothing for a final high one.
    const QChar high(char16_t(0xD842)), low(char16_t(0xDFB7));
    const QList<QString> texts = {QString(low),
                                  QString(high),
                                  u"A"_s + high,
                                  high + u"A"_s,
                                  low + u"A"_s,
                                  QString(high) + high + low,
                                  QString(low) + high + low,
                                  QString(high) + low + low};
    for (const QString& text : texts) {
        INFO(text.toUtf8().toHex().constData());
        CHECK(encodeGb18030WithTables(text) == icuEncode(text));
    }
}

TEST_CASE("The mappings where GB18030-2000 and Qt 5 Compat's codec differ from ICU",
          "[gb18030][gb18030-codec]") {
    // GB18030-2005 (ICU 72): 0xA8BC is U+1E3F and U+E7C7 is four bytes; GB18030-2000 (Qt 5
    // Compat's QGb18030Codec; Windows' 54936 too, by .NET's port of it) has them the other way
    // round. Qt 5 Compat also decodes every character beyond the BMP to a wrong one (it cuts
    // the code point to 16 bits).
    CHECK(tableDecode("\xA8\xBC").text == QString(QChar(char16_t(0x1E3F))));
    CHECK(tableDecode("\x81\x35\xF4\x37").text == QString(QChar(char16_t(0xE7C7))));
    CHECK(encodeGb18030WithTables(QString(QChar(char16_t(0x1E3F)))) == "\xA8\xBC");
    CHECK(tableDecode("\x95\x34\xB2\x35").text == u"𠮷"_s);
    CHECK(tableDecode("\x90\x30\x81\x30").text == codePointText(0x10000));
    CHECK(tableDecode("\xE3\x32\x9A\x35").text == codePointText(0x10FFFF));
    CHECK(encodeGb18030WithTables(u"𠮷"_s) == "\x95\x34\xB2\x35");
}

TEST_CASE("The table decoder reads text in chunks of any size as ICU reads it whole",
          "[gb18030][gb18030-codec]") {
    // Text drawn from every part of the mapping: ASCII, two-byte, four-byte BMP, supplementary.
    QRandomGenerator random(18030);
    QString text;
    for (int i = 0; i < 4000; ++i) {
        char32_t c = 0;
        switch (random.bounded(4)) {
        case 0:
            c = random.bounded(0x20, 0x7F);
            break;
        case 1:
            c = random.bounded(0x4E00, 0x9FA6);
            break;
        case 2:
            c = random.bounded(0x80, 0xFFFE);
            break;
        default:
            c = random.bounded(0x10000, 0x110000);
            break;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0x4E00;
        text += codePointText(c);
    }
    const QByteArray bytes = icuEncode(text);
    REQUIRE(encodeGb18030WithTables(text) == bytes);
    REQUIRE(icuDecode(bytes).text == text);
    for (int round = 0; round < 50; ++round) {
        Gb18030TableDecoder decoder;
        QString decoded;
        for (qsizetype at = 0; at < bytes.size();) {
            const qsizetype chunk = qMin(qsizetype(random.bounded(1, 9)), bytes.size() - at);
            decoded += decoder.decode(QByteArrayView(bytes).sliced(at, chunk));
            at += chunk;
        }
        CHECK_FALSE(decoder.hasError());
        CHECK_FALSE(decoder.hasPending());
        CHECK(decoded == text);
    }
}

TEST_CASE("The table decoder refuses what ICU refuses in damaged text",
          "[gb18030][gb18030-codec]") {
    // Valid text with bytes changed, cut or inserted; GB18030's lead and trail ranges get
    // most of the random bytes, where a slip is most likely to pass unnoticed.
    QRandomGenerator random(54936);
    const QByteArray valid =
        icuEncode(u"单位代码,企业名称,𠮷Ä€\r\n临沂市兰山区,2021\r\n"_s.repeated(4));
    int refusedByIcu = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray bytes = valid;
        for (int edits = random.bounded(1, 4); edits > 0 && !bytes.isEmpty(); --edits) {
            const qsizetype at = random.bounded(int(bytes.size()));
            const int kind = random.bounded(3);
            const char byte =
                char(random.bounded(2) ? random.bounded(0x30, 0x3A) : random.bounded(0x100));
            if (kind == 0)
                bytes[at] = byte;
            else if (kind == 1)
                bytes.insert(at, byte);
            else
                bytes.truncate(at);
        }
        const bool icuRefused = icuDecode(bytes).refused;
        refusedByIcu += icuRefused ? 1 : 0;
        INFO(bytes.toHex().constData());
        REQUIRE(agree(bytes));
    }
    CHECK(refusedByIcu > 1000); // the damage was there to be found
}
