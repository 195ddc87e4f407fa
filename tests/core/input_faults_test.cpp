// Hostile and damaged input at the CSV layer and in the importers (issue 20): stray quotes,
// NUL and other control bytes, damaged UTF-8, line breaks in names, over-long cells and
// records, messages that quote only an excerpt, and what must keep working (RFC 4180 remarks
// with line breaks, GB18030 files).
#include "test_support.h"

#include "annex_form_import.h"
#include "domain/input_text.h"
#include "io/csv_reader.h"
#include "io/csv_stream_reader.h"
#include "io/text_decoder.h"
#include "services/register_import.h"
#include "storage/annex_repository.h"

#include <QBuffer>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kTitle = u"重点行业企业基本情况表"_s;
const QString kHeader =
    u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2020年工伤事故数量,工伤事故发生率,备注"_s;

QString form(const QStringList& rows) {
    return (QStringList{kTitle, u"填报单位：临沂市兰山区人力资源和社会保障局"_s, kHeader} + rows)
               .join(u"\r\n"_s) +
           u"\r\n"_s;
}

FormTableFileImport importAnnex(const TempDatabase& t, const QByteArray& bytes) {
    AnnexFormImporter importer(t.connection());
    FormTableFileImport import = importer.prepare(bytes, u"f.csv"_s, {});
    if (import.acceptable())
        importer.commit(import);
    return import;
}

std::string describe(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds)
        out += d.toString().toStdString() + "\n";
    return out;
}

CsvProblem problemOf(const QString& text) {
    CsvProblem p;
    CsvReader::parse(text, QLatin1Char(','), &p);
    return p;
}

// Every record the stream reader gives, or its error as "LINE: message".
QString streamError(const QByteArray& bytes) {
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(&buffer);
    CsvByteRecord record;
    while (reader.next(record)) {
    }
    return reader.error().isEmpty() ? QString()
                                    : u"%1: %2"_s.arg(reader.errorLine()).arg(reader.error());
}
} // namespace

TEST_CASE("Malformed quoting and control characters stop the CSV reader at their line",
          "[csv][faults]") {
    struct Case {
        const char* what;
        QString text;
        int line;
    };
    const Case c = GENERATE_COPY(values<Case>({
        {"a quoted field still open at the end", u"a,b\r\nc,\"95.17%,d\r\ne,f\r\n"_s, 2},
        {"a quote inside an unquoted field", u"a,b\r\nc,5\"x,d\r\n"_s, 2},
        {"text after a closing quote", u"a,b\r\n\"c\"d,e\r\n"_s, 2},
        {"a NUL byte", u"a,b\r\nc,d\r\n危险化学\0品,1\r\n"_s, 3},
        {"a control character", u"a,b\r\nc,\x01\r\n"_s, 2},
        {"a cell over the limit",
         u"a,b\r\nc,"_s + QString(input_limits::kMaxFieldChars + 1, u'x') + u"\r\n"_s, 2},
        {"a record over the limit",
         u"a\r\n"_s + QString(input_limits::kMaxRecordChars / 2 + 1, u'x').replace(u'x', u"x,"_s) +
             u"\r\n"_s,
         2},
    }));
    CAPTURE(c.what);
    const CsvProblem p = problemOf(c.text);
    CHECK(p.line == c.line);
    CHECK(p.message.size() < 300); // an excerpt of the cell, never all of it
    // The streaming reader of the register applies the same rules at the same line.
    const QString streamed = streamError(c.text.toUtf8());
    CHECK(streamed.startsWith(u"%1: "_s.arg(c.line)));
    CHECK(streamed.size() < 300);
}

TEST_CASE("RFC 4180 quoting that Excel writes still reads", "[csv][faults]") {
    const QString text = u"a,\"line one\r\nline two\",\"say \"\"hi\"\"\" ,  \"x,y\"\r\nb,c\r\n"_s;
    CsvProblem p;
    const QList<CsvRecord> records = CsvReader::parse(text, QLatin1Char(','), &p);
    CHECK(p.line == 0);
    REQUIRE(records.size() == 2);
    CHECK(records[0].fields ==
          QStringList{u"a"_s, u"line one\r\nline two"_s, u"say \"hi\""_s, u"x,y"_s});
    CHECK(records[1].line == 3);
    CHECK(streamError(text.toUtf8()).isEmpty());
}

TEST_CASE("Damaged UTF-8 is an error on its line - GB18030 still reads", "[csv][faults]") {
    QByteArray bytes = utf8(form({u"危险化学品,10,8,1000,800,,4,,"_s, u"矿山,5,5,300,300,,1,,"_s}));
    REQUIRE(decodeText(bytes).ok);
    const qsizetype at = bytes.indexOf(QStringLiteral("矿山").toUtf8());
    bytes[at + 1] = char(0x41); // cuts 矿 short: invalid on line 5
    const DecodedText d = decodeText(bytes);
    CHECK_FALSE(d.ok);
    CHECK(d.damagedLine == 5);
    CHECK(streamError(bytes).startsWith(u"5: "_s));
    const DecodedText gb = decodeText(gb18030(form({u"危险化学品,10,8,1000,800,,4,,"_s})));
    CHECK(gb.ok);
    CHECK(gb.encoding == u"GB18030"_s);
    CHECK(gb.text.contains(u"危险化学品"_s));
}

TEST_CASE("A stray quote in an annex form rejects the file instead of swallowing rows",
          "[annex][faults]") {
    TempDatabase t;
    const FormTableFileImport import = importAnnex(
        t, utf8WithBom(form({u"危险化学品,10,8,1000,800,\"95.17%,4,,"_s, u"矿山,5,5,300,300,,1,,"_s,
                             u"冶金,6,6,400,380,,2,,\"备注\""_s})));
    INFO(describe(import.diagnostics));
    REQUIRE(hasErrors(import.diagnostics));
    CHECK(import.diagnostics.first().line == 4);
    CHECK(rowCount(t.connection(), u"form_value"_s) == 0);
}

TEST_CASE("A multi-line remark as Excel writes it is imported with its line break",
          "[annex][faults]") {
    TempDatabase t;
    const FormTableFileImport import =
        importAnnex(t, utf8WithBom(form({u"危险化学品,10,8,1000,800,,4,,\"第一行\r\n第二行\""_s,
                                         u"矿山,5,5,300,300,,1,,"_s})));
    INFO(describe(import.diagnostics));
    REQUIRE_FALSE(hasErrors(import.diagnostics));
    const AnnexTable stored = AnnexRepository(t.connection()).load(u"371302"_s, 2020);
    const AnnexRow* row = stored.find(u"危险化学品"_s);
    REQUIRE(row != nullptr);
    CHECK(row->remark == u"第一行\r\n第二行"_s);
}

TEST_CASE("Line breaks - tabs and over-long text in an industry name are refused",
          "[annex][faults]") {
    TempDatabase t;
    const QString name = GENERATE(u"\"危险\n化学品\""_s, u"\"危险\t化学品\""_s,
                                  QString(input_limits::kMaxNameChars + 1, u'业'));
    const FormTableFileImport import =
        importAnnex(t, utf8WithBom(form({name + u",10,8,1000,800,,4,,"_s})));
    INFO(describe(import.diagnostics));
    REQUIRE(hasErrors(import.diagnostics));
    CHECK(import.diagnostics.first().line == 4);
    CHECK(import.diagnostics.first().message.size() < 200);
    CHECK(rowCount(t.connection(), u"form_value"_s) == 0);
}

TEST_CASE("A NUL in a register credit code rejects the file", "[register][faults]") {
    TempDatabase t;
    QByteArray bytes = registerHeader().toUtf8() + "\r\n";
    bytes += QByteArray("371302,") + QStringLiteral("甲公司").toUtf8() +
             QByteArray(",91371302MA3C\0\0\0\0\0\0,", 20) + QStringLiteral("危险化学品").toUtf8() +
             ",2023,10,10,1,0,0,2,2\r\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const RegisterImportResult r =
        RegisterImport(t.connection()).importDevice(&buffer, u"r.csv"_s, {});
    INFO(describe(r.diagnostics));
    CHECK_FALSE(r.landed);
    REQUIRE_FALSE(r.diagnostics.isEmpty());
    CHECK(r.diagnostics.first().line == 2);
    CHECK(r.diagnostics.first().message.contains(u"U+0000"_s));
}

TEST_CASE("A message quotes at most an excerpt of a cell", "[faults]") {
    const QString big = QString(100000, u'数');
    CHECK(excerpt(big).size() == input_limits::kExcerptChars + 1);
    CHECK(excerpt(big).endsWith(QChar(0x2026)));
    CHECK(excerpt(u"a\0b\nc"_s) == u"a\u2400b\u240Ac"_s);
    CHECK(excerpt(u"短"_s) == u"短"_s);
    // A 10 MB remark-sized count cell: the file is refused and stderr stays short.
    TempDatabase t;
    const FormTableFileImport import = importAnnex(
        t, utf8WithBom(form({u"危险化学品,"_s + QString(30000, u'9') + u"x,8,1000,800,,4,,"_s})));
    REQUIRE(hasErrors(import.diagnostics));
    for (const Diagnostic& d : import.diagnostics)
        CHECK(d.message.size() < 300);
}
