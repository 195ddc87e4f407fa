// The shortcuts of the register import's hot path (docs/performance.md) give the answers of the
// general code they skip: a credit code recognised as valid in one loop, a line checked for
// quotes and control bytes in one pass (a tab inside a name is still refused), UTF-8 validated
// where it was read (damage found wherever it is, a character cut by the chunk boundary read
// whole).
#include "test_support.h"

#include "domain/credit_code.h"
#include "io/csv_stream_reader.h"
#include "services/register_import.h"

#include <QBuffer>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
std::string describe(const Diagnostics& ds) {
    std::string out;
    for (const Diagnostic& d : ds)
        out += d.toString().toStdString() + "\n";
    return out;
}

RegisterImportResult importBytes(TempDatabase& t, QByteArray bytes) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return RegisterImport(t.connection()).importDevice(&buffer, u"r.csv"_s, {});
}

QByteArray registerLine(const QString& name, const QString& code) {
    return (u"371302,"_s + name + u","_s + code + u",危险化学品,2023,10,10,1,0,0,2,2\r\n"_s)
        .toUtf8();
}

// Every record of the bytes, fields joined by '|'; the error, if any, last.
QStringList readAll(QByteArray bytes) {
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvStreamReader reader(&buffer);
    CsvByteRecord record;
    QStringList out;
    while (reader.next(record)) {
        QStringList fields;
        for (int i = 0; i < record.fieldCount(); ++i)
            fields << QString::fromUtf8(record.at(i));
        out << fields.join(u'|');
    }
    if (!reader.error().isEmpty())
        out << u"error at line %1"_s.arg(reader.errorLine());
    return out;
}
} // namespace

TEST_CASE("The one-loop credit code check agrees with checkCreditCode", "[register]") {
    const QByteArray valid[] = {"91350100M000100Y43", "91371302MA3C000015", "9144030071526726XG"};
    // Every character of each code replaced by characters in and out of the alphabet, the
    // code cut short and made longer.
    const QByteArray replacements = "0159ACHJKLMNPQRTUWXYZIOSVaz.+- \xE4";
    qint64 compared = 0;
    for (const QByteArray& code : valid) {
        REQUIRE(creditCodeIsValid(code));
        for (qsizetype i = 0; i < code.size(); ++i)
            for (const char c : replacements) {
                QByteArray changed = code;
                changed[i] = c;
                INFO(changed.constData());
                CHECK(creditCodeIsValid(changed) ==
                      (checkCreditCode(changed) == CreditCodeCheck::Valid));
                ++compared;
            }
        CHECK_FALSE(creditCodeIsValid(code.first(17)));
        CHECK_FALSE(creditCodeIsValid(QByteArray(code + "0")));
    }
    CHECK_FALSE(creditCodeIsValid(""));
    CHECK(compared > 1000);
}

TEST_CASE("A tab inside a register name is refused also on the fast path", "[register]") {
    TempDatabase t;
    const QByteArray header = registerHeader().toUtf8() + "\r\n";
    SECTION("inside the name: an error naming the line and the column") {
        const RegisterImportResult r =
            importBytes(t, header + registerLine(u"甲公司"_s, u"91371302MA3C000015"_s) +
                               registerLine(u"乙\t公司"_s, registerCreditCode(u"371302"_s, 2)));
        INFO(describe(r.diagnostics));
        CHECK_FALSE(r.landed);
        REQUIRE(!r.diagnostics.isEmpty());
        CHECK(r.diagnostics.first().line == 3);
        CHECK(r.diagnostics.first().field == u"enterprise_name"_s);
        CHECK(r.diagnostics.first().message.contains(u"tab"_s));
    }
    SECTION("around the name: trimmed like a space") {
        const RegisterImportResult r =
            importBytes(t, header + registerLine(u"\t甲公司 "_s, u"91371302MA3C000015"_s));
        INFO(describe(r.diagnostics));
        REQUIRE(r.landed);
        QSqlQuery q(t.connection());
        REQUIRE(q.exec(u"SELECT enterprise_name FROM register_enterprise"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == u"甲公司"_s);
    }
}

TEST_CASE("UTF-8 damage is found wherever it lies in Chinese text", "[register]") {
    const QByteArray good = QStringLiteral("鑫华泰").toUtf8(); // three 3-byte sequences
    const QByteArray damaged[] = {
        "\xED\xA0\x80",     // a surrogate
        "\xE0\x80\x80",     // overlong
        "\xE5\xA4",         // cut short
        "\xA4",             // a lone continuation byte
        "\xF5\x80\x80\x80", // beyond U+10FFFF
        "\xC0\xAF",         // overlong two-byte form
    };
    for (const QByteArray& bad : damaged)
        for (qsizetype at = 0; at <= good.size(); at += 3) {
            const QByteArray name = good.first(at) + bad + good.sliced(at);
            // With a BOM, as the register benchmark's files: UTF-8 from the first byte.
            const QByteArray bytes = "\xEF\xBB\xBF"
                                     "a,b\r\n1,2\r\n3," +
                                     name + "\r\n4,5\r\n";
            INFO(bad.toHex().constData() << " at " << at);
            CHECK(readAll(bytes).constLast() == u"error at line 3"_s);
        }
    // Two- and four-byte characters are read like the three-byte ones.
    CHECK(readAll("\xEF\xBB\xBF"
                  "a,b\r\n\xC3\xA9,\xF0\x9F\x98\x80\xE4\xB8\xAD\r\n") ==
          QStringList{u"a|b"_s, u"é|😀中"_s});
}

TEST_CASE("A character cut by the reader's chunk boundary is read whole", "[register]") {
    // The reader takes 1 MiB at a time: the character 中 (three bytes) starts 0, 1 and 2 bytes
    // before that boundary.
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype before = 1; before <= 3; ++before) {
        QByteArray bytes = "a,b\n";
        const QByteArray filler(60, 'x');
        while (bytes.size() + filler.size() + 3 < kChunk - before)
            bytes += "1," + filler + "\n";
        bytes += "2,";
        bytes += QByteArray(kChunk - before - bytes.size(), 'y');
        bytes += QStringLiteral("中").toUtf8() + ",z\n3,4\n";
        const QStringList records = readAll(bytes);
        INFO("bytes before the boundary: " << before);
        REQUIRE(records.size() >= 3);
        CHECK(records.at(records.size() - 2).endsWith(u"y中|z"_s));
        CHECK(records.constLast() == u"3|4"_s);
    }
}
