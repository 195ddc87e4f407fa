// The CSV layer under both annex layouts: RFC 4180 reading and writing, line numbers,
// delimiters, encodings and spreadsheet-formula neutralisation (DESIGN.md "Annex CSV").
#include "test_support.h"

#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "io/text_decoder.h"

#include <QStringDecoder>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Expected {
    int line;
    QStringList fields;
};

void checkRecords(const QList<CsvRecord>& got, const QList<Expected>& want) {
    REQUIRE(got.size() == want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        CAPTURE(i);
        CHECK(got[i].line == want[i].line);
        CHECK(got[i].fields == want[i].fields);
    }
}
} // namespace

TEST_CASE("CsvReader parses RFC 4180 records with their starting line", "[csv]") {
    struct Case {
        const char* what;
        QString text;
        QList<Expected> records;
    };
    const Case c = GENERATE(values<Case>({
        {"plain LF",
         u"a,b,c\nd,e,f\n"_s,
         {{1, {u"a"_s, u"b"_s, u"c"_s}}, {2, {u"d"_s, u"e"_s, u"f"_s}}}},
        {"CRLF", u"a,b\r\nc,d\r\n"_s, {{1, {u"a"_s, u"b"_s}}, {2, {u"c"_s, u"d"_s}}}},
        {"bare CR", u"a,b\rc,d"_s, {{1, {u"a"_s, u"b"_s}}, {2, {u"c"_s, u"d"_s}}}},
        {"no final line end", u"a,b\r\nc,d"_s, {{1, {u"a"_s, u"b"_s}}, {2, {u"c"_s, u"d"_s}}}},
        {"quoted comma", u"\"1,234\",x\r\n"_s, {{1, {u"1,234"_s, u"x"_s}}}},
        {"doubled quotes", u"\"say \"\"hi\"\"\",\"\"\"\"\r\n"_s, {{1, {u"say \"hi\""_s, u"\""_s}}}},
        {"embedded CRLF and LF advance the line count",
         u"h1,h2\r\n\"two\r\nlines\",x\r\n\"three\nmore\nlines\",y\r\nlast,z\r\n"_s,
         {{1, {u"h1"_s, u"h2"_s}},
          {2, {u"two\r\nlines"_s, u"x"_s}},
          {4, {u"three\nmore\nlines"_s, u"y"_s}},
          {7, {u"last"_s, u"z"_s}}}},
        {"blank lines keep their numbers",
         u"a\r\n\r\nb\r\n"_s,
         {{1, {u"a"_s}}, {2, {}}, {3, {u"b"_s}}}},
        {"trailing empty columns dropped", u"a,b,,,\r\n,,\r\n"_s, {{1, {u"a"_s, u"b"_s}}, {2, {}}}},
        {"empty middle fields kept", u"a,,c\r\n"_s, {{1, {u"a"_s, u""_s, u"c"_s}}}},
        {"spaces before an opening quote", u"a,  \"b,c\"\r\n"_s, {{1, {u"a"_s, u"b,c"_s}}}},
        {"Chinese",
         u"重点行业名称,企业户数\r\n危险化学品,12\r\n"_s,
         {{1, {u"重点行业名称"_s, u"企业户数"_s}}, {2, {u"危险化学品"_s, u"12"_s}}}},
    }));
    CAPTURE(c.what);
    checkRecords(CsvReader::parse(c.text, QLatin1Char(',')), c.records);
}

TEST_CASE("CsvRecord::at trims and tolerates short records", "[csv]") {
    const QList<CsvRecord> r = CsvReader::parse(u" a , b \r\n"_s, QLatin1Char(','));
    REQUIRE(r.size() == 1);
    CHECK(r[0].at(0) == u"a"_s);
    CHECK(r[0].at(1) == u"b"_s);
    CHECK(r[0].at(5).isEmpty());
    CHECK(r[0].at(-1).isEmpty());
    CHECK_FALSE(r[0].isBlank());
    CHECK(CsvReader::parse(u" , \t\r\n"_s, QLatin1Char(','))[0].isBlank());
}

TEST_CASE("The delimiter is a tab only when the first lines hold more tabs than commas", "[csv]") {
    CHECK(CsvReader::detectDelimiter(u"a,b,c,d\r\ne\tf\tg"_s) == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(u"a\tb\tc\r\nd,e,f,g,h"_s) == QLatin1Char(','));
    CHECK(CsvReader::detectDelimiter(u"title\r\na\tb\tc\r\nd\te"_s) == QLatin1Char('\t'));
    CHECK(CsvReader::detectDelimiter(u"a\tb,c\td"_s) == QLatin1Char('\t'));
    CHECK(CsvReader::detectDelimiter(u"abc"_s) == QLatin1Char(','));
}

TEST_CASE("Tab-delimited UTF-16LE with BOM (Excel's Unicode text) reads like CSV", "[csv]") {
    const QString text = u"重点行业名称\t企业户数\t备注\r\n危险化学品\t1,234\t\"含\t制表符\"\r\n"_s;
    const DecodedText decoded = decodeText(utf16LeWithBom(text));
    REQUIRE(decoded.ok);
    CHECK(decoded.encoding == u"UTF-16LE"_s);
    const QChar delimiter = CsvReader::detectDelimiter(decoded.text);
    CHECK(delimiter == QLatin1Char('\t'));
    checkRecords(CsvReader::parse(decoded.text, delimiter),
                 {{1, {u"重点行业名称"_s, u"企业户数"_s, u"备注"_s}},
                  {2, {u"危险化学品"_s, u"1,234"_s, u"含\t制表符"_s}}});
}

TEST_CASE("GB18030 and BOM-less UTF-8 CSV decode to the same records", "[csv]") {
    const QString text =
        u"填报单位：兰山区\r\n重点行业名称,企业户数\r\n\"建筑施工\",\"１，２３４\"\r\n"_s;
    const QByteArray bytes = GENERATE(as<int>{}, 0, 1) == 0 ? gb18030(text) : utf8(text);
    const DecodedText decoded = decodeText(bytes);
    REQUIRE(decoded.ok);
    checkRecords(CsvReader::parse(decoded.text, CsvReader::detectDelimiter(decoded.text)),
                 {{1, {u"填报单位：兰山区"_s}},
                  {2, {u"重点行业名称"_s, u"企业户数"_s}},
                  {3, {u"建筑施工"_s, u"１，２３４"_s}}});
}

TEST_CASE("CsvWriter quotes only where RFC 4180 needs it", "[csv]") {
    const auto [cell, written] = GENERATE(table<const char16_t*, const char16_t*>({
        {u"plain", u"plain"},
        {u"兰山区", u"兰山区"},
        {u"a,b", u"\"a,b\""},
        {u"say \"hi\"", u"\"say \"\"hi\"\"\""},
        {u"two\nlines", u"\"two\nlines\""},
        {u"cr\rhere", u"\"cr\rhere\""},
        {u" padded ", u"\" padded \""},
        {u"", u""},
    }));
    CHECK(CsvWriter::quote(QString::fromUtf16(cell)) == QString::fromUtf16(written));
}

TEST_CASE("CsvWriter writes CRLF rows and the chosen encoding", "[csv]") {
    CsvWriter w;
    w.addTextRow({u"单位代码"_s, u"备注"_s});
    w.addRow({CsvField::str(u"371302"_s), CsvField::str(u"a,\"b\"\nc"_s)});
    w.addBlankRow();
    w.addRow({CsvField::num(1234), CsvField::num(u"85.27%"_s)});
    const QString expected = u"单位代码,备注\r\n371302,\"a,\"\"b\"\"\nc\"\r\n\r\n1234,85.27%\r\n"_s;
    CHECK(w.text() == expected);

    const QByteArray utf8Bytes = w.encoded(CsvEncoding::Utf8Bom);
    CHECK(utf8Bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(utf8Bytes.mid(3) == expected.toUtf8());

    const QByteArray gbBytes = w.encoded(CsvEncoding::Gb18030);
    CHECK_FALSE(gbBytes.startsWith("\xEF\xBB\xBF"));
    CHECK(gbBytes == gb18030(expected));
    QStringDecoder gb("GB18030");
    CHECK(gb.decode(gbBytes) == expected);

    // what the writer wrote, the reader reads back
    const QList<CsvRecord> back = CsvReader::parse(decodeText(utf8Bytes).text, QLatin1Char(','));
    REQUIRE(back.size() == 4);
    CHECK(back[1].fields == QStringList{u"371302"_s, u"a,\"b\"\nc"_s});
    CHECK(back[3].line == 5); // the embedded newline counts
}

TEST_CASE("parseCsvEncoding accepts utf-8 and gb18030 spellings", "[csv]") {
    CsvEncoding e = CsvEncoding::Gb18030;
    CHECK(parseCsvEncoding(u"utf-8"_s, &e));
    CHECK(e == CsvEncoding::Utf8Bom);
    CHECK(parseCsvEncoding(u"GB18030"_s, &e));
    CHECK(e == CsvEncoding::Gb18030);
    CHECK(parseCsvEncoding(u"UTF8"_s, &e));
    CHECK_FALSE(parseCsvEncoding(u"latin1"_s, &e));
}

TEST_CASE("Text cells a spreadsheet would evaluate get a leading apostrophe", "[csv]") {
    const auto [cell, neutralised] = GENERATE(table<const char16_t*, const char16_t*>({
        {u"=HYPERLINK(\"http://x\")", u"'=HYPERLINK(\"http://x\")"},
        {u"+1", u"'+1"},
        {u"-1", u"'-1"},
        {u"@SUM(A1)", u"'@SUM(A1)"},
        {u"\tx", u"'\tx"},
        {u"\rx", u"'\rx"},
        {u"normal", u"normal"},
        {u"a=b", u"a=b"},
        {u"", u""},
    }));
    const QString in = QString::fromUtf16(cell);
    const QString out = QString::fromUtf16(neutralised);
    CAPTURE(in);
    CHECK(CsvWriter::neutralise(in) == out);
    CHECK(CsvReader::unneutralise(out) == in);
}

TEST_CASE("Numeric cells are never neutralised", "[csv]") {
    CsvWriter w;
    w.addRow({CsvField::num(u"-5"_s), CsvField::num(u"+3"_s), CsvField::str(u"-5"_s),
              CsvField::str(u"=1+1"_s)});
    CHECK(w.text() == u"-5,+3,'-5,'=1+1\r\n"_s);
}

TEST_CASE("A neutralised cell survives the write-read round trip", "[csv]") {
    const QString remark = QString::fromUtf16(
        GENERATE(as<const char16_t*>{}, u"=HYPERLINK(\"http://evil\",\"点击\")", u"-3人轻伤",
                 u"+86 0539", u"@备注", u"\t缩进", u"\r回车", u"普通备注"));
    CsvWriter w;
    w.addRow({CsvField::str(u"冶金"_s), CsvField::str(remark)});
    const QString text = w.text();
    CAPTURE(text);
    const QList<CsvRecord> records = CsvReader::parse(text, QLatin1Char(','));
    REQUIRE(records.size() == 1);
    REQUIRE(records[0].fields.size() == 2);
    CHECK(CsvReader::unneutralise(records[0].fields[1]) == remark);
}

TEST_CASE("A cell that really starts with an apostrophe and = survives the round trip",
          "[csv][bug]") {
    // A remark typed as '=1 (apostrophe first) must not come back as =1: the writer has to
    // protect the user's own apostrophe, otherwise the reader strips it.
    const QString remark = u"'=1"_s;
    CsvWriter w;
    w.addRow({CsvField::str(remark)});
    const QList<CsvRecord> records = CsvReader::parse(w.text(), QLatin1Char(','));
    REQUIRE(records.size() == 1);
    CHECK(CsvReader::unneutralise(records[0].fields.value(0)) == remark);
}

TEST_CASE("Unneutralise leaves other apostrophes alone", "[csv]") {
    CHECK(CsvReader::unneutralise(u"'abc"_s) == u"'abc"_s);
    CHECK(CsvReader::unneutralise(u"'"_s) == u"'"_s);
    CHECK(CsvReader::unneutralise(u"it's"_s) == u"it's"_s);
    CHECK(CsvReader::unneutralise(u"'123"_s) == u"'123"_s);
}
