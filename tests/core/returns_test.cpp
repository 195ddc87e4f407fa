// The returns board (services/returns_service.h): statuses against a fixed today, the
// transitions, imports recording returns, and the lock an accepted return puts on the form.
#include "test_support.h"

#include "../test_server.h"

#include "annex_form_import.h"
#include "services/returns_service.h"
#include "storage/annex_repository.h"
#include "storage/form_locks.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLinyi = u"371300"_s;
const QString kLanshan = u"371302"_s;

// Who the board names as having received or accepted a return: the clerk's account on a
// file, the database login on a server (whatever USER says there).
QString expectedAccount() {
    return recordedAccount(u"clerk-li"_s);
}

struct Fixture {
    TempDatabase t;
    ReturnsService returns{t.connection()};
    Fixture() { qputenv("USER", "clerk-li"); }
    Obligation obligation(const QString& code, const QString& plan = u"linyi-2021"_s) const {
        const qint64 id = PlanRepository(t.connection()).findByCode(plan)->id;
        return *ObligationRepository(t.connection()).findByCode(id, code);
    }
    ReturnEntry entry(const QString& unit, const QString& code, int year,
                      const QDate& today) const {
        const auto e = returns.entry(unit, obligation(code).id, year, today);
        REQUIRE(e.has_value());
        return *e;
    }
    ReturnStatus status(const QString& code, int year, const QDate& today) const {
        return entry(kLanshan, code, year, today).status;
    }
};

QByteArray lanshanForm(int year, int accidents = 4) {
    return utf8WithBom(
        u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表\r\n"
        "填报单位：临沂市兰山区人力资源和社会保障局\r\n"
        "重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,%"
        "1年工伤事故数量,工伤事故发生率,备注\r\n"
        "危险化学品,10,8,1000,800,,%2,,\r\n"_s.arg(year)
            .arg(accidents));
}
} // namespace

TEST_CASE("The board lists every child against every deadline of the year", "[returns]") {
    Fixture f;
    const QList<ReturnEntry> board2021 = f.returns.board(kLinyi, 2021, QDate(2021, 8, 1));
    // 15 county-level units of Linyi × (local plan, baseline survey, annual report).
    CHECK(board2021.size() == 45);
    const QList<ReturnEntry> board2022 = f.returns.board(kLinyi, 2022, QDate(2022, 8, 1));
    CHECK(board2022.size() == 15); // only the annual report recurs
    const ReturnEntry& first = board2021.first();
    CHECK(first.unit.code == kLanshan);
    CHECK(first.obligation.code == u"local-plan"_s);
    CHECK(first.due == QDate(2021, 7, 15));
    CHECK(first.status == ReturnStatus::Overdue); // 1 August, nothing received
    CHECK(first.late);
    CHECK(first.daysLeft == -17);
    // The province's board has its cities, and its own report to the ministry.
    const QList<ReturnEntry> province = f.returns.board(u"370000"_s, 2023, QDate(2023, 1, 1));
    CHECK(province.size() == 17);
    CHECK(province.last().unit.code == u"370000"_s);
    CHECK(province.last().obligation.code == u"ministry-report"_s);
    CHECK(province.last().due == QDate(2023, 12, 31));
}

TEST_CASE("Late detection against a fixed clock", "[returns]") {
    Fixture f;
    CHECK(f.status(u"annual-report"_s, 2021, QDate(2021, 12, 5)) == ReturnStatus::NotSubmitted);
    CHECK(f.status(u"annual-report"_s, 2021, QDate(2021, 12, 6)) == ReturnStatus::Overdue);
    QString error;
    REQUIRE(f.returns.markReceived(kLanshan, f.obligation(u"annual-report"_s).id, 2021,
                                   QDate(2021, 12, 7), u"迟报"_s, &error));
    const ReturnEntry late = f.entry(kLanshan, u"annual-report"_s, 2021, QDate(2022, 3, 1));
    CHECK(late.status == ReturnStatus::Submitted);
    CHECK(late.late); // received two days after the deadline
    REQUIRE(f.returns.markReceived(kLanshan, f.obligation(u"baseline-survey"_s).id, 2021,
                                   QDate(2021, 9, 10), {}, &error));
    CHECK_FALSE(
        f.entry(kLanshan, u"baseline-survey"_s, 2021, QDate(2022, 3, 1)).late); // on the day
}

TEST_CASE(
    "Status transitions: received then accepted then unlocked then sent back then resubmitted",
    "[returns]") {
    Fixture f;
    const qint64 annual = f.obligation(u"annual-report"_s).id;
    const QDate today(2021, 11, 1);
    QString error;
    CHECK(f.status(u"annual-report"_s, 2021, today) == ReturnStatus::NotSubmitted);
    // Nothing to accept or send back yet.
    CHECK_FALSE(f.returns.accept(kLanshan, annual, 2021, &error));
    CHECK_FALSE(f.returns.sendBack(kLanshan, annual, 2021, u"x"_s, &error));

    REQUIRE(f.returns.markReceived(kLanshan, annual, 2021, QDate(2021, 11, 1), u"邮件"_s, &error));
    const ReturnEntry received = f.entry(kLanshan, u"annual-report"_s, 2021, today);
    CHECK(received.status == ReturnStatus::Submitted);
    CHECK(received.record->receivedBy == expectedAccount());
    CHECK(received.record->note == u"邮件"_s);

    REQUIRE(f.returns.accept(kLanshan, annual, 2021, &error));
    const ReturnEntry accepted = f.entry(kLanshan, u"annual-report"_s, 2021, today);
    CHECK(accepted.status == ReturnStatus::Accepted);
    CHECK(accepted.record->acceptedBy == expectedAccount());
    CHECK(FormLocks(f.t.connection()).isLocked(u"annex"_s, kLanshan, 2021));
    // An accepted return cannot be received over.
    CHECK_FALSE(f.returns.markReceived(kLanshan, annual, 2021, QDate(2021, 11, 2), {}, &error));
    CHECK(error.contains(u"unlock"_s));

    CHECK_FALSE(f.returns.unlock(kLanshan, annual, 2021, u"  "_s, &error)); // a reason is required
    REQUIRE(f.returns.unlock(kLanshan, annual, 2021, u"复核"_s, &error));
    CHECK(f.status(u"annual-report"_s, 2021, today) == ReturnStatus::Submitted);
    CHECK_FALSE(FormLocks(f.t.connection()).isLocked(u"annex"_s, kLanshan, 2021));

    REQUIRE(f.returns.sendBack(kLanshan, annual, 2021, u"合计不符"_s, &error));
    CHECK(f.status(u"annual-report"_s, 2021, today) == ReturnStatus::Returned);
    // Returned stays returned past the deadline, and a resubmission makes it submitted again.
    CHECK(f.status(u"annual-report"_s, 2021, QDate(2022, 1, 1)) == ReturnStatus::Returned);
    REQUIRE(
        f.returns.markReceived(kLanshan, annual, 2021, QDate(2021, 11, 20), u"更正后"_s, &error));
    CHECK(f.status(u"annual-report"_s, 2021, today) == ReturnStatus::Submitted);
}

TEST_CASE("Importing a child's annex records its return with file and SHA-256",
          "[returns][import]") {
    Fixture f;
    AnnexFormImporter importer(f.t.connection());
    importer.setToday(QDate(2021, 9, 12));
    FormTableFileImport baseline =
        importer.prepare(lanshanForm(2020), u"/tmp/兰山区2020.csv"_s, {});
    REQUIRE(importer.commit(baseline));
    const ReturnEntry survey = f.entry(kLanshan, u"baseline-survey"_s, 2021, QDate(2021, 9, 12));
    CHECK(survey.status == ReturnStatus::Submitted);
    CHECK(survey.record->receivedOn == QDate(2021, 9, 12));
    CHECK(survey.record->sourceFile == u"兰山区2020.csv"_s);
    CHECK(survey.record->sha256 == QString::fromLatin1(baseline.sha256));
    CHECK(survey.record->sha256.size() == 64);
    // The account that imported it, never "unknown": on a server the database login, which
    // the board shows as 接收人 (an administrator's import once showed "unknown" there).
    CHECK(survey.record->receivedBy == expectedAccount());
    CHECK(survey.late); // two days after 2021-09-10
    bool noted = false;
    for (const Diagnostic& d : baseline.diagnostics)
        noted = noted || d.message.contains(u"2021-09-12"_s);
    CHECK(noted);

    importer.setToday(QDate(2022, 12, 1));
    FormTableFileImport annual = importer.prepare(lanshanForm(2022), u"兰山区2022.csv"_s, {});
    REQUIRE(importer.commit(annual));
    const ReturnEntry report = f.entry(kLanshan, u"annual-report"_s, 2022, QDate(2022, 12, 1));
    CHECK(report.status == ReturnStatus::Submitted);
    CHECK_FALSE(report.late);
    // The annual report of 2021 is untouched.
    CHECK(f.status(u"annual-report"_s, 2021, QDate(2022, 12, 1)) == ReturnStatus::Overdue);
}

TEST_CASE("An accepted return locks the form: saves and imports are refused until unlocked",
          "[returns][lock]") {
    Fixture f;
    AnnexFormImporter importer(f.t.connection());
    importer.setToday(QDate(2021, 12, 1));
    FormTableFileImport first = importer.prepare(lanshanForm(2021), u"a.csv"_s, {});
    REQUIRE(importer.commit(first));
    QString error;
    REQUIRE(f.returns.accept(kLanshan, f.obligation(u"annual-report"_s).id, 2021, &error));

    AnnexRepository annexes(f.t.connection());
    AnnexTable table = annexes.load(kLanshan, 2021);
    table.rows[0].counts.accidents = 9;
    CHECK_FALSE(annexes.save(table, u"manual"_s, &error));
    CHECK(error.contains(u"locked"_s));
    CHECK(error.contains(u"兰山区"_s));
    CHECK(annexes.load(kLanshan, 2021).rows[0].counts.accidents == 4);

    FormImportOptions replace;
    replace.replace = true;
    FormTableFileImport again = importer.prepare(lanshanForm(2021, 5), u"b.csv"_s, replace);
    CHECK_FALSE(again.acceptable());
    CHECK_FALSE(importer.commit(again));

    CHECK_FALSE(f.returns.unlockForm(u"annex"_s, kLanshan, 2021, {}, &error));
    REQUIRE(f.returns.unlockForm(u"annex"_s, kLanshan, 2021, u"县里更正事故数"_s, &error));
    CHECK(f.status(u"annual-report"_s, 2021, QDate(2021, 12, 2)) == ReturnStatus::Submitted);
    REQUIRE(annexes.save(table, u"manual"_s, &error));
    CHECK(annexes.load(kLanshan, 2021).rows[0].counts.accidents == 9);
}

TEST_CASE(
    "Outstanding deadlines are the overdue ones and the next 30 days for the units collected from",
    "[returns]") {
    Fixture f;
    QString error;
    // On 2021-11-10 everything of 2021 before today is overdue, the annual report (12-05) is due
    // within 30 days; 2022's report is beyond the horizon.
    QList<ReturnEntry> open = f.returns.outstanding(kLinyi, QDate(2021, 11, 10));
    CHECK(open.size() == 45);
    CHECK(open.first().due == QDate(2021, 7, 15));
    CHECK(open.last().due == QDate(2021, 12, 5));
    REQUIRE(f.returns.markReceived(kLanshan, f.obligation(u"annual-report"_s).id, 2021,
                                   QDate(2021, 11, 9), {}, &error));
    CHECK(f.returns.outstanding(kLinyi, QDate(2021, 11, 10)).size() == 44);
    // On 2021-11-01 the annual report is 34 days away: not yet listed.
    CHECK(f.returns.outstanding(kLinyi, QDate(2021, 11, 1)).size() == 30);
    // The board CSV says the same.
    const QString csv = returnsCsv(f.returns.board(kLinyi, 2021, QDate(2021, 11, 10)));
    CHECK(csv.startsWith(returnsCsvHeader().join(u',')));
    CHECK(csv.contains(
        u"371302,兰山区,年度计划落实情况报告（基本情况表）,临沂市人力资源和社会保障局,2021-12-05,已报送,否,2021-11-09,"_s +
        expectedAccount()));
    CHECK(csv.contains(
        u"371302,兰山区,各县区具体实施方案,临沂市人力资源和社会保障局,2021-07-15,逾期,是,"_s));
}
