// GB18030 through io/gb18030: the one converter both builds use (Linux: ICU through Qt; Windows:
// io/gb18030_codec's tables, compared with ICU code by code in gb18030_codec_test). The
// character-boundary scan tells a character split between chunks from a truncated file, so it
// is checked here on bytes whose lengths are known.
#include "test_support.h"

#include "io/gb18030.h"

#include <QStringEncoder>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
// ASCII (1 byte), 临沂 (2 bytes each: C1D9 D2CA), U+20BB7 𠮷 (4 bytes, outside the BMP: 9534B235),
// € (2 bytes: A2E3) and Ä (4 bytes: 81308732).
const QString kMixed = u"A临沂,𠮷€Ä\r\n"_s;
} // namespace

TEST_CASE("GB18030 encodes as Qt's ICU converter does", "[gb18030]") {
    bool ok = false;
    const QByteArray bytes = encodeGb18030(kMixed, &ok);
    REQUIRE(ok);
    QStringEncoder icu("GB18030");
    REQUIRE(icu.isValid());
    CHECK(bytes == QByteArray(icu.encode(kMixed)));
    CHECK(bytes.startsWith("A\xC1\xD9\xD2\xCA,"));
}

TEST_CASE("The complete prefix stops before a split character", "[gb18030]") {
    const QByteArray bytes = encodeGb18030(kMixed);
    // Character boundaries by construction: A | 临 | 沂 | , | 𠮷 (4) | € | Ä (4) | \r | \n
    const QList<qsizetype> boundaries = {0, 1, 3, 5, 6, 10, 12, 16, 17, 18};
    REQUIRE(bytes.size() == boundaries.last());
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        qsizetype expected = 0;
        for (qsizetype b : boundaries)
            if (b <= cut)
                expected = b;
        INFO("cut at " << cut);
        CHECK(gb18030CompletePrefix(QByteArrayView(bytes).first(cut)) == expected);
    }
}

TEST_CASE("Decoding in chunks of every size gives the whole text", "[gb18030]") {
    const QByteArray bytes = encodeGb18030(kMixed.repeated(3));
    for (qsizetype chunk = 1; chunk <= 7; ++chunk) {
        Gb18030Decoder decoder;
        REQUIRE(decoder.isValid());
        QString text;
        for (qsizetype at = 0; at < bytes.size(); at += chunk)
            text +=
                decoder.decode(QByteArrayView(bytes).sliced(at, qMin(chunk, bytes.size() - at)));
        INFO("chunk " << chunk);
        CHECK_FALSE(decoder.hasError());
        CHECK_FALSE(decoder.hasPending());
        CHECK(text == kMixed.repeated(3));
    }
}

TEST_CASE("Bytes that are no GB18030 are an error", "[gb18030]") {
    Gb18030Decoder decoder;
    // 0x81 0x30 must be followed by 0x81-0xFE then 0x30-0x39; 0x20 is neither.
    decoder.decode(QByteArrayView("\x81\x30\x20\x20", 4));
    CHECK(decoder.hasError());
}

TEST_CASE("A file cut off inside a character is pending and not silently shortened", "[gb18030]") {
    // ICU keeps the start of a split character for a next chunk and says nothing when none
    // comes: Gb18030Decoder tells it, so a truncated file is refused on Linux as on Windows.
    const QByteArray bytes = encodeGb18030(kMixed);
    for (const qsizetype cut : {2, 7, 8, 9, 11}) {
        Gb18030Decoder decoder;
        (void)decoder.decode(QByteArrayView(bytes).first(cut));
        INFO("cut at " << cut);
        CHECK_FALSE(decoder.hasError());
        CHECK(decoder.hasPending());
        (void)decoder.decode(QByteArrayView(bytes).sliced(cut));
        CHECK_FALSE(decoder.hasPending());
    }
}
