// Issue 12, observations 5 to 7 in core: an import changes only what its file carries; a
// consolidated form has its own 填报人, 联系电话, 填报日期, printed and exported; 填报日期 is
// exported and read back; core messages never name a command-line option.
#include "test_support.h"

#include "annex_form_import.h"
#include "domain/annex_form_table.h"
#include "services/form_table_export.h"
#include "storage/annex_repository.h"
#include "storage/audit_log.h"
#include "storage/form_signatures.h"
#include "storage/record_revisions.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLinyi = u"371300"_s;
const QString kLanshan = u"371302"_s;

QString formText(const QString& footer, qint64 enterprises = 10) {
    return u"填报单位：临沂市兰山区人力资源和社会保障局\r\n"
           "重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,"
           "2021年工伤事故数量,工伤事故发生率,备注\r\n"
           "危险化学品,%1,8,1000,800,,4,,\r\n"_s.arg(enterprises) +
           footer;
}

QByteArray dataFile(qint64 enterprises) {
    return utf8WithBom(u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,"
                       "参加工伤保险人数,工伤事故数量,备注\r\n"
                       "371302,兰山区,2021,危险化学品,%1,8,1000,800,4,\r\n"_s.arg(enterprises));
}

FormTableFileImport importBytes(const TempDatabase& t, const QByteArray& bytes, bool replace) {
    FormImportOptions options;
    options.replace = replace;
    AnnexFormImporter importer(t.connection());
    importer.setToday(QDate(2022, 3, 1));
    FormTableFileImport file = importer.prepare(bytes, u"file.csv"_s, options);
    importer.commit(file);
    return file;
}

QList<AuditEvent> metaEvents(const TempDatabase& t) {
    QList<AuditEvent> out;
    for (const AuditEvent& e : AuditLog(t.connection()).events())
        if (e.action == audit::kAnnexMeta)
            out << e;
    return out;
}

const QString kFooter = u"填报人：张三\r\n联系电话：0539-8123456\r\n填报日期：2022-01-10\r\n"_s;
} // namespace

TEST_CASE("Replacing from a data-layout file keeps 填报人 联系电话 and 填报日期",
          "[import][meta]") {
    TempDatabase t;
    REQUIRE(importBytes(t, utf8WithBom(formText(kFooter)), false).landed);
    REQUIRE(metaEvents(t).size() == 3);

    const FormTableFileImport again = importBytes(t, dataFile(12), true);
    REQUIRE(again.landed);
    const AnnexTable stored = AnnexRepository(t.connection()).load(kLanshan, 2021);
    CHECK(stored.rows.first().counts.enterprises == 12);
    CHECK(stored.meta.preparer == u"张三"_s);
    CHECK(stored.meta.phone == u"0539-8123456"_s);
    CHECK(stored.meta.filledOn == QDate(2022, 1, 10));
    CHECK(metaEvents(t).size() == 3); // the second import changed none of them
    CHECK(countOf(again.diagnostics, Severity::Warning) == 0);
    bool toldKept = false;
    for (const Diagnostic& d : again.diagnostics)
        toldKept = toldKept || (d.severity == Severity::Info && d.message.contains(u"填报人"_s) &&
                                d.message.contains(u"kept"_s));
    CHECK(toldKept);
}

TEST_CASE("A footer line left empty in the file empties the field with a warning",
          "[import][meta]") {
    TempDatabase t;
    REQUIRE(importBytes(t, utf8WithBom(formText(kFooter)), false).landed);
    // 联系电话 left blank; no 填报日期 line at all.
    const FormTableFileImport again =
        importBytes(t, utf8WithBom(formText(u"填报人：李四\r\n联系电话：\r\n"_s, 11)), true);
    REQUIRE(again.landed);
    const AnnexTable stored = AnnexRepository(t.connection()).load(kLanshan, 2021);
    CHECK(stored.meta.preparer == u"李四"_s);
    CHECK(stored.meta.phone.isEmpty());
    CHECK(stored.meta.filledOn == QDate(2022, 1, 10)); // not in the file: kept
    CHECK(countOf(again.diagnostics, Severity::Warning) == 1);
    CHECK(again.summary().contains(u"1 warning"_s));
    const QList<AuditEvent> events = metaEvents(t);
    REQUIRE(events.size() == 5);
    CHECK(events.at(3).field == u"preparer"_s);
    CHECK(events.at(4).field == u"phone"_s);
    CHECK(events.at(4).oldValue == u"0539-8123456"_s);
    CHECK(events.at(4).newValue.isEmpty());
}

TEST_CASE("Already holding data is an error whose remedy the front end phrases", "[import][meta]") {
    TempDatabase t;
    REQUIRE(importBytes(t, dataFile(10), false).landed);
    const FormTableFileImport refused = importBytes(t, dataFile(12), false);
    CHECK_FALSE(refused.landed);
    int replaceErrors = 0;
    for (const Diagnostic& d : refused.diagnostics) {
        CHECK_FALSE(d.message.contains(u"--"_s));
        replaceErrors += d.remedy == Remedy::Replace ? 1 : 0;
        if (d.remedy == Remedy::Replace)
            CHECK(d.toString([](Remedy) {
                       return u"tick Replace"_s;
                   }).endsWith(u"already holds data; tick Replace"_s));
    }
    CHECK(replaceErrors == 1);
}

TEST_CASE("填报日期 is exported in the form layout and read back", "[import][meta]") {
    TempDatabase t;
    REQUIRE(importBytes(t, utf8WithBom(formText(kFooter)), false).landed);
    QString error;
    const auto csv =
        FormTableExport(t.connection()).csv(kLanshan, u"annex"_s, 2021, CsvLayout::Form, &error);
    REQUIRE(csv);
    CHECK(csv->contains(u"填报日期：2022-01-10"_s));

    TempDatabase other;
    const FormTableFileImport back = importBytes(other, utf8WithBom(*csv), false);
    REQUIRE(back.landed);
    CHECK(AnnexRepository(other.connection()).load(kLanshan, 2021).meta ==
          AnnexRepository(t.connection()).load(kLanshan, 2021).meta);
}

namespace {
// A parent's signature on its consolidated 基本情况表.
FormTable annexSignature(const QString& unitCode, int year, const AnnexMeta& meta) {
    AnnexTable table;
    table.unitCode = unitCode;
    table.year = year;
    table.meta = meta;
    return annexAsFormTable(table);
}
} // namespace

TEST_CASE("A consolidated form carries the parent's own 填报人 联系电话 and 填报日期",
          "[consolidation][meta]") {
    TempDatabase t;
    REQUIRE(importBytes(t, utf8WithBom(formText(kFooter)), false).landed);
    AnnexMeta city;
    city.preparer = u"王五"_s;
    city.phone = u"0539-8000000"_s;
    city.filledOn = QDate(2022, 2, 15);
    QString error;
    REQUIRE(FormSignatures(t.connection())
                .save(annexSignature(kLinyi, 2021, city), u"manual"_s, &error));

    const AnnexRepository annexes(t.connection());
    CHECK(annexes.consolidated(kLinyi, 2021).meta == city);
    CHECK_FALSE(annexes.hasData(kLinyi, 2021)); // the city filed no form of its own
    CHECK(annexes.load(kLanshan, 2021).meta.preparer == u"张三"_s);

    const auto csv =
        FormTableExport(t.connection()).csv(kLinyi, u"annex"_s, 2021, CsvLayout::Form, &error);
    REQUIRE(csv);
    CHECK(csv->contains(u"填报人：王五"_s));
    CHECK(csv->contains(u"联系电话：0539-8000000"_s));
    CHECK(csv->contains(u"填报日期：2022-02-15"_s));

    const auto doc = FormTableExport(t.connection()).report(kLinyi, u"annex"_s, 2021, &error);
    REQUIRE(doc);
    QStringList paragraphs;
    for (const ReportBlock& b : doc->blocks)
        paragraphs << b.text;
    CHECK(paragraphs.contains(u"填报人：王五"_s));
    CHECK(paragraphs.contains(u"填报日期：2022-02-15"_s));

    QList<AuditEvent> events;
    for (const AuditEvent& e : AuditLog(t.connection()).events())
        if (e.action == audit::kConsolidatedMeta)
            events << e;
    REQUIRE(events.size() == 3);
    CHECK(events.first().unitCode == kLinyi);
    CHECK(events.first().newValue == u"王五"_s);
}

TEST_CASE("Two windows on a consolidated form cannot blank each other's preparer",
          "[consolidation][meta][revisions]") {
    TempDatabase t;
    REQUIRE(importBytes(t, utf8WithBom(formText(kFooter)), false).landed);
    const RecordRevisions revisions(t.connection());
    FormSignatures repository(t.connection());
    // Both windows load 临沂市 2021 before either saves.
    RevisionTicket first = revisions.ticket(RecordKey::annex(kLinyi, 2021));
    RevisionTicket second = first;
    AnnexMeta theirs;
    theirs.preparer = u"王五"_s;
    QString error;
    REQUIRE(repository.save(annexSignature(kLinyi, 2021, theirs), u"manual"_s, &error, &second));

    AnnexMeta mine; // the stale window typed only the phone
    mine.phone = u"0539-8000000"_s;
    CHECK_FALSE(repository.save(annexSignature(kLinyi, 2021, mine), u"manual"_s, &error, &first));
    CHECK_FALSE(error.isEmpty());
    CHECK(repository.load(u"annex"_s, kLinyi, 2021).value(form_fields::kPreparer) == u"王五"_s);

    // Overwriting with a reason is the clerk's explicit choice, and it is recorded.
    first.loaded = revisions.current(RecordKey::annex(kLinyi, 2021)).number;
    first.overwriteReason = u"以本窗口为准"_s;
    REQUIRE(repository.save(annexSignature(kLinyi, 2021, mine), u"manual"_s, &error, &first));
    CHECK(repository.load(u"annex"_s, kLinyi, 2021).value(form_fields::kPhone) ==
          u"0539-8000000"_s);
}
