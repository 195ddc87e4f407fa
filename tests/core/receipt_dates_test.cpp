// Issue 12, observation 4: a return imported long after it arrived keeps its true receipt
// date; correcting that date keeps the file and its SHA-256; many returns are accepted at once.
#include "test_support.h"

#include "annex_form_import.h"
#include "services/returns_service.h"
#include "storage/audit_log.h"
#include "storage/form_locks.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kLuozhuang = u"371311"_s;
const QDate kImportDay(2026, 5, 1); // the day the office loads its history

QByteArray form(const QString& bureau, int year) {
    return utf8WithBom(
        u"填报单位：%1\r\n"
        "重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,%"
        "2年工伤事故数量,工伤事故发生率,备注\r\n"
        "危险化学品,10,8,1000,800,,4,,\r\n"_s.arg(bureau)
            .arg(year));
}

struct Fixture {
    TempDatabase t;
    ReturnsService returns{t.connection()};
    AnnexFormImporter importer{t.connection()};
    Fixture() {
        qputenv("USER", "clerk-li");
        importer.setToday(kImportDay);
    }
    qint64 obligationId(const QString& code) const {
        const qint64 plan = PlanRepository(t.connection()).findByCode(u"linyi-2021"_s)->id;
        return ObligationRepository(t.connection()).findByCode(plan, code)->id;
    }
    ReturnEntry survey(const QString& unit) const {
        const auto e = returns.entry(unit, obligationId(u"baseline-survey"_s), 2021, kImportDay);
        REQUIRE(e.has_value());
        return *e;
    }
    FormTableFileImport import(const QString& bureau, const QDate& receivedOn) {
        FormImportOptions options;
        options.receivedOn = receivedOn;
        FormTableFileImport file =
            importer.prepare(form(bureau, 2020), bureau + u"-2020.csv"_s, options);
        REQUIRE(importer.commit(file));
        return file;
    }
};
} // namespace

TEST_CASE("The 2021 baseline survey imported in 2026 with its receipt date is on time",
          "[returns][receipt]") {
    Fixture f;
    const FormTableFileImport file =
        f.import(u"临沂市兰山区人力资源和社会保障局"_s, QDate(2021, 9, 1));
    const ReturnEntry e = f.survey(kLanshan);
    CHECK(e.status == ReturnStatus::Submitted);
    CHECK(e.record->receivedOn == QDate(2021, 9, 1));
    CHECK_FALSE(e.late); // due 2021-09-10
    CHECK(e.record->sha256 == QString::fromLatin1(file.sha256));
    const QString csv = returnsCsv({e});
    CHECK(csv.contains(u"已报送,否,2021-09-01"_s));

    // Without a receipt date the import day is the receipt date: late by years.
    f.import(u"临沂市罗庄区人力资源和社会保障局"_s, {});
    CHECK(f.survey(kLuozhuang).record->receivedOn == kImportDay);
    CHECK(f.survey(kLuozhuang).late);
}

TEST_CASE("A receipt date after today is refused and nothing is imported", "[returns][receipt]") {
    Fixture f;
    FormImportOptions options;
    options.receivedOn = kImportDay.addDays(1);
    FormTableFileImport file =
        f.importer.prepare(form(u"临沂市兰山区人力资源和社会保障局"_s, 2020), u"a.csv"_s, options);
    CHECK_FALSE(file.acceptable());
    CHECK_FALSE(f.importer.commit(file));
    CHECK_FALSE(f.survey(kLanshan).record.has_value());
}

TEST_CASE("The file's own date is its 填报日期 else its modification day", "[returns][receipt]") {
    Fixture f;
    QByteArray bytes = form(u"临沂市兰山区人力资源和社会保障局"_s, 2020);
    const QString path = f.t.filePath(u"兰山区.csv"_s);
    writeBytes(path, bytes);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime(QDate(2021, 8, 30), QTime(10, 0)),
                             QFileDevice::FileModificationTime));
    file.close();
    CHECK(f.importer.prepareFile(path, {}).ownDate() == QDate(2021, 8, 30));

    bytes.append(u"填报人：张三\r\n填报日期：2021年9月2日\r\n"_s.toUtf8());
    writeBytes(path, bytes);
    CHECK(f.importer.prepareFile(path, {}).ownDate() == QDate(2021, 9, 2));
}

TEST_CASE("Correcting a receipt date keeps the return's source file and SHA-256",
          "[returns][receipt]") {
    Fixture f;
    const FormTableFileImport file = f.import(u"临沂市兰山区人力资源和社会保障局"_s, {});
    REQUIRE(f.survey(kLanshan).late);
    QString error;
    const ReturnKey key{kLanshan, f.obligationId(u"baseline-survey"_s), 2021};
    CHECK_FALSE(f.returns.correctReceivedOn(key, QDate(2021, 9, 1), u" "_s, kImportDay, &error));
    CHECK_FALSE(
        f.returns.correctReceivedOn(key, kImportDay.addDays(1), u"x"_s, kImportDay, &error));
    REQUIRE(f.returns.correctReceivedOn(key, QDate(2021, 9, 1), u"按收文登记簿更正"_s, kImportDay,
                                        &error));
    const ReturnEntry e = f.survey(kLanshan);
    CHECK(e.record->receivedOn == QDate(2021, 9, 1));
    CHECK_FALSE(e.late);
    CHECK(e.status == ReturnStatus::Submitted);
    CHECK(e.record->sourceFile == u"临沂市兰山区人力资源和社会保障局-2020.csv"_s);
    CHECK(e.record->sha256 == QString::fromLatin1(file.sha256));

    const QList<AuditEvent> events = AuditLog(f.t.connection()).events();
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().action == audit::kReturnReceivedOn);
    CHECK(events.last().oldValue == kImportDay.toString(Qt::ISODate));
    CHECK(events.last().newValue == u"2021-09-01"_s);
    CHECK(events.last().reason == u"按收文登记簿更正"_s);

    // Nothing on file: nothing to correct.
    const ReturnKey none{kLuozhuang, f.obligationId(u"baseline-survey"_s), 2021};
    CHECK_FALSE(f.returns.correctReceivedOn(none, QDate(2021, 9, 1), u"x"_s, kImportDay, &error));
}

TEST_CASE("Many returns are accepted at once with one reason or none is", "[returns][receipt]") {
    Fixture f;
    f.import(u"临沂市兰山区人力资源和社会保障局"_s, QDate(2021, 9, 1));
    f.import(u"临沂市罗庄区人力资源和社会保障局"_s, QDate(2021, 9, 3));
    const qint64 survey = f.obligationId(u"baseline-survey"_s);
    const qint64 annual = f.obligationId(u"annual-report"_s);
    QString error;

    // One of them was never received: nothing is accepted.
    CHECK_FALSE(f.returns.acceptAll(
        {{kLanshan, survey, 2021}, {kLuozhuang, survey, 2021}, {kLanshan, annual, 2021}},
        u"核对无误"_s, &error));
    CHECK(error.contains(u"submitted"_s));
    CHECK(f.survey(kLanshan).status == ReturnStatus::Submitted);

    REQUIRE(f.returns.acceptAll({{kLanshan, survey, 2021}, {kLuozhuang, survey, 2021}},
                                u"核对无误"_s, &error));
    CHECK(f.survey(kLanshan).status == ReturnStatus::Accepted);
    CHECK(f.survey(kLuozhuang).status == ReturnStatus::Accepted);
    CHECK(FormLocks(f.t.connection()).lockOf(u"annex"_s, kLanshan, 2020).has_value());
    CHECK(FormLocks(f.t.connection()).lockOf(u"annex"_s, kLuozhuang, 2020).has_value());
    int withReason = 0;
    for (const AuditEvent& e : AuditLog(f.t.connection()).events())
        withReason += e.action == audit::kReturnStatus && e.newValue == u"accepted"_s &&
                              e.reason == u"核对无误"_s
                          ? 1
                          : 0;
    CHECK(withReason == 2);
}

TEST_CASE("Accepting or correcting returns the board showed before another copy changed them "
          "is refused",
          "[returns][receipt][revisions]") {
    Fixture f;
    f.import(u"临沂市兰山区人力资源和社会保障局"_s, QDate(2021, 9, 1));
    f.import(u"临沂市罗庄区人力资源和社会保障局"_s, QDate(2021, 9, 3));
    const qint64 survey = f.obligationId(u"baseline-survey"_s);
    // The board of copy 1 is loaded now; copy 2 then corrects 罗庄区's receipt date.
    const qint64 shownLanshan = f.survey(kLanshan).revision;
    const qint64 shownLuozhuang = f.survey(kLuozhuang).revision;
    QString error;
    ReturnsService other(f.t.connection());
    REQUIRE(other.correctReceivedOn({kLuozhuang, survey, 2021}, QDate(2021, 9, 2), u"登记簿"_s,
                                    kImportDay, &error));
    REQUIRE(f.survey(kLuozhuang).revision != shownLuozhuang);

    // Copy 1 accepts both as it saw them: nothing is accepted, and the message says why.
    CHECK_FALSE(f.returns.acceptAll(
        {{kLanshan, survey, 2021, shownLanshan}, {kLuozhuang, survey, 2021, shownLuozhuang}},
        u"核对无误"_s, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(f.survey(kLanshan).status == ReturnStatus::Submitted);
    CHECK(f.survey(kLuozhuang).status == ReturnStatus::Submitted);
    // Nor may its stale board correct the date again over copy 2's correction.
    CHECK_FALSE(f.returns.correctReceivedOn({kLuozhuang, survey, 2021, shownLuozhuang},
                                            QDate(2021, 9, 5), u"x"_s, kImportDay, &error));
    CHECK(f.survey(kLuozhuang).record->receivedOn == QDate(2021, 9, 2));

    // After a reload the same actions go through.
    REQUIRE(f.returns.acceptAll({{kLanshan, survey, 2021, f.survey(kLanshan).revision},
                                 {kLuozhuang, survey, 2021, f.survey(kLuozhuang).revision}},
                                u"核对无误"_s, &error));
    CHECK(f.survey(kLuozhuang).status == ReturnStatus::Accepted);
}
