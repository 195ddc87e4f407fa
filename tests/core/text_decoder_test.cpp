// Decoding files as Excel and WPS save them (DESIGN.md "Annex CSV").
#include "test_support.h"

#include "io/text_decoder.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSample =
    u"填报单位：临沂市兰山区人力资源和社会保障局\r\n重点行业名称,企业户数\r\n危险化学品,１２\r\n"_s;
}

TEST_CASE("UTF-8 with a BOM is decoded without the BOM", "[decoder]") {
    const DecodedText d = decodeText(utf8WithBom(kSample));
    CHECK(d.ok);
    CHECK(d.encoding == u"UTF-8 (BOM)"_s);
    CHECK(d.text == kSample);
    CHECK_FALSE(d.text.startsWith(QChar(0xFEFF)));
}

TEST_CASE("UTF-8 without a BOM is recognised", "[decoder]") {
    const DecodedText d = decodeText(utf8(kSample));
    CHECK(d.ok);
    CHECK(d.encoding == u"UTF-8"_s);
    CHECK(d.text == kSample);
}

TEST_CASE("GB18030 bytes are decoded as GB18030", "[decoder]") {
    const QByteArray bytes = gb18030(kSample);
    REQUIRE(bytes != utf8(kSample));
    const DecodedText d = decodeText(bytes);
    CHECK(d.ok);
    CHECK(d.encoding == u"GB18030"_s);
    CHECK(d.text == kSample);
}

TEST_CASE("GBK-only text (a short Chinese cell) is decoded as GB18030", "[decoder]") {
    const QString text = u"兰山区"_s;
    const DecodedText d = decodeText(gb18030(text));
    CHECK(d.encoding == u"GB18030"_s);
    CHECK(d.text == text);
}

TEST_CASE("UTF-16 with a BOM is decoded in either byte order", "[decoder]") {
    SECTION("little endian (Excel's Unicode text)") {
        const DecodedText d = decodeText(utf16LeWithBom(kSample));
        CHECK(d.ok);
        CHECK(d.encoding == u"UTF-16LE"_s);
        CHECK(d.text == kSample);
    }
    SECTION("big endian") {
        QStringEncoder e(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        const DecodedText d = decodeText(e.encode(kSample));
        CHECK(d.ok);
        CHECK(d.encoding == u"UTF-16BE"_s);
        CHECK(d.text == kSample);
    }
}

TEST_CASE("UTF-16LE without a BOM is recognised by its zero bytes", "[decoder]") {
    const QString text = u"industry\tenterprises\r\nmetals\t12\r\n"_s;
    QStringEncoder e(QStringConverter::Utf16LE);
    const DecodedText d = decodeText(e.encode(text));
    CHECK(d.encoding == u"UTF-16LE"_s);
    CHECK(d.text == text);
}

TEST_CASE("Bytes that are no text at all are reported", "[decoder]") {
    const QByteArray junk("\xFF\xFF\x80\xFF\x00\xFF\x80", 7);
    const DecodedText d = decodeText(junk);
    CHECK_FALSE(d.ok);
}

TEST_CASE("An empty file decodes to empty text", "[decoder]") {
    const DecodedText d = decodeText(QByteArray());
    CHECK(d.ok);
    CHECK(d.text.isEmpty());
}
