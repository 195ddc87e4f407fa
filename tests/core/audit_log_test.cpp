// The audit trail (storage/audit_log.h): every kind of change to annex data, returns and locks
// leaves exactly one event with the right old and new values, and the trail cannot be changed.
#include "test_support.h"

#include "../test_server.h"

#include "services/returns_service.h"
#include "storage/annex_repository.h"
#include "storage/audit_log.h"
#include "storage/database_account.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;

AnnexTable form(const QList<AnnexRow>& rows, const AnnexMeta& meta = {}) {
    AnnexTable t;
    t.unitCode = kLanshan;
    t.year = 2021;
    t.rows = rows;
    t.meta = meta;
    return t;
}

AnnexRow row(const QString& industry, const AnnexCounts& c, const QString& remark = {},
             bool local = false) {
    return AnnexRow{industry, local, c, remark};
}

struct Fixture {
    TempDatabase t;
    Fixture() { qputenv("USER", "clerk-wang"); }

    void save(const AnnexTable& table) {
        QString error;
        const bool ok = AnnexRepository(t.connection()).save(table, u"manual"_s, &error);
        INFO(error.toStdString());
        REQUIRE(ok);
    }
    QList<AuditEvent> events() const { return AuditLog(t.connection()).events(); }
    // The events added by f().
    template <typename F> QList<AuditEvent> eventsOf(F f) {
        const qsizetype before = events().size();
        f();
        return events().mid(before);
    }
};
} // namespace

TEST_CASE("Changing one cell records one event with the old and the new value", "[audit]") {
    Fixture f;
    f.save(form({row(u"危险化学品"_s, counts(10, 8, 1000, 800, 4))}));
    const auto changed =
        f.eventsOf([&] { f.save(form({row(u"危险化学品"_s, counts(10, 8, 1000, 800, 5))})); });
    REQUIRE(changed.size() == 1);
    const AuditEvent& e = changed.first();
    CHECK(e.action == audit::kAnnexCell);
    CHECK(e.unitCode == kLanshan);
    CHECK(e.year == 2021);
    CHECK(e.entity == u"危险化学品"_s);
    CHECK(e.field == u"accidents"_s);
    CHECK(e.oldValue == u"4"_s);
    CHECK(e.newValue == u"5"_s);
    CHECK(e.account == recordedAccount(u"clerk-wang"_s)); // on a server the login
    CHECK(e.reason == u"manual"_s);
    CHECK(e.when.isValid());
}

TEST_CASE("Clearing a cell or a remark or a form detail is one event each", "[audit]") {
    Fixture f;
    AnnexMeta meta{u"张三"_s, u"0539-1"_s, QDate(2021, 12, 1)};
    f.save(form({row(u"矿山"_s, counts(3, 3, 300, 300, 1), u"旧"_s)}, meta));

    auto cleared = f.eventsOf(
        [&] { f.save(form({row(u"矿山"_s, counts(3, 3, 300, -1, 1), u"旧"_s)}, meta)); });
    REQUIRE(cleared.size() == 1);
    CHECK(cleared.first().field == u"insured_persons"_s);
    CHECK(cleared.first().oldValue == u"300"_s);
    CHECK(cleared.first().newValue == u""_s);

    auto remark = f.eventsOf(
        [&] { f.save(form({row(u"矿山"_s, counts(3, 3, 300, -1, 1), u"新"_s)}, meta)); });
    REQUIRE(remark.size() == 1);
    CHECK(remark.first().field == u"remark"_s);
    CHECK(remark.first().oldValue == u"旧"_s);
    CHECK(remark.first().newValue == u"新"_s);

    AnnexMeta meta2{u"李四"_s, u"0539-2"_s, QDate(2021, 12, 2)};
    auto details = f.eventsOf(
        [&] { f.save(form({row(u"矿山"_s, counts(3, 3, 300, -1, 1), u"新"_s)}, meta2)); });
    REQUIRE(details.size() == 3);
    for (const AuditEvent& e : details)
        CHECK(e.action == audit::kAnnexMeta);
    CHECK(details.at(0).field == u"preparer"_s);
    CHECK(details.at(0).oldValue == u"张三"_s);
    CHECK(details.at(0).newValue == u"李四"_s);
    CHECK(details.at(1).field == u"phone"_s);
    CHECK(details.at(2).field == u"filled_on"_s);
    CHECK(details.at(2).oldValue == u"2021-12-01"_s);
    CHECK(details.at(2).newValue == u"2021-12-02"_s);
}

TEST_CASE("Adding or removing a local industry row is one event that sums the row up", "[audit]") {
    Fixture f;
    f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0))}));
    auto added = f.eventsOf([&] {
        f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0)),
                     row(u"物流仓储"_s, counts(5, 5, 300, 300, 1), {}, true)}));
    });
    REQUIRE(added.size() == 1);
    CHECK(added.first().action == audit::kAnnexRowAdded);
    CHECK(added.first().entity == u"物流仓储"_s);
    CHECK(added.first().oldValue == u""_s);
    CHECK(added.first().newValue ==
          u"企业户数=5；参保企业户数=5；从业总人数=300；参加工伤保险人数=300；工伤事故数量=1"_s);

    auto removed =
        f.eventsOf([&] { f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0))})); });
    REQUIRE(removed.size() == 1);
    CHECK(removed.first().action == audit::kAnnexRowRemoved);
    CHECK(removed.first().oldValue == added.first().newValue);
    CHECK(removed.first().newValue == u""_s);
}

TEST_CASE("Saving the same figures again or blank plan rows records nothing", "[audit]") {
    Fixture f;
    // A blank form of the plan's industries is what the editor shows before anything is typed.
    CHECK(f.eventsOf([&] {
               f.save(form({row(u"危险化学品"_s, {}), row(u"矿山"_s, {})}));
           }).isEmpty());
    f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0))}));
    CHECK(f.eventsOf([&] {
               f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0))}));
           }).isEmpty());
    // The first figures in a plan row: one event per filled cell, from empty.
    const auto first = f.eventsOf([&] {
        f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0)),
                     row(u"冶金"_s, counts(2, -1, -1, -1, -1))}));
    });
    REQUIRE(first.size() == 1);
    CHECK(first.first().entity == u"冶金"_s);
    CHECK(first.first().field == u"enterprises"_s);
    CHECK(first.first().oldValue == u""_s);
    CHECK(first.first().newValue == u"2"_s);
}

TEST_CASE("Returns and locks each leave one event per change", "[audit][returns]") {
    Fixture f;
    const QSqlDatabase db = f.t.connection();
    const qint64 linyi = PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
    const Obligation annual = *ObligationRepository(db).findByCode(linyi, u"annual-report"_s);
    f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0))}));
    ReturnsService returns(db);
    QString error;

    auto received = f.eventsOf([&] {
        REQUIRE(returns.markReceived(kLanshan, annual.id, 2021, QDate(2021, 12, 1), u"纸质件"_s,
                                     &error));
    });
    REQUIRE(received.size() == 1);
    CHECK(received.first().action == audit::kReturnStatus);
    CHECK(received.first().entity == u"annual-report"_s);
    CHECK(received.first().oldValue == u"not_submitted"_s);
    CHECK(received.first().newValue == u"submitted"_s);
    CHECK(received.first().reason == u"纸质件"_s);

    auto accepted = f.eventsOf([&] { REQUIRE(returns.accept(kLanshan, annual.id, 2021, &error)); });
    REQUIRE(accepted.size() == 2);
    CHECK(accepted.at(0).action == audit::kReturnStatus);
    CHECK(accepted.at(0).oldValue == u"submitted"_s);
    CHECK(accepted.at(0).newValue == u"accepted"_s);
    CHECK(accepted.at(1).action == audit::kAnnexLocked);
    CHECK(accepted.at(1).year == 2021);

    auto unlocked = f.eventsOf(
        [&] { REQUIRE(returns.unlockForm(u"annex"_s, kLanshan, 2021, u"数字有误"_s, &error)); });
    REQUIRE(unlocked.size() == 2);
    CHECK(unlocked.at(0).newValue == u"submitted"_s);
    CHECK(unlocked.at(0).reason == u"数字有误"_s);
    CHECK(unlocked.at(1).action == audit::kAnnexUnlocked);
    CHECK(unlocked.at(1).reason == u"数字有误"_s);

    auto sentBack = f.eventsOf(
        [&] { REQUIRE(returns.sendBack(kLanshan, annual.id, 2021, u"合计不符"_s, &error)); });
    REQUIRE(sentBack.size() == 1);
    CHECK(sentBack.first().oldValue == u"submitted"_s);
    CHECK(sentBack.first().newValue == u"returned"_s);
    CHECK(sentBack.first().reason == u"合计不符"_s);
}

TEST_CASE("The trail refuses UPDATE and DELETE even through plain SQL", "[audit]") {
    Fixture f;
    f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0))}));
    const qint64 before = rowCount(f.t.connection(), u"audit_event"_s);
    REQUIRE(before > 0);
    QSqlQuery q(f.t.connection());
    CHECK_FALSE(q.exec(u"UPDATE audit_event SET new_value = 'x'"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM audit_event"_s));
    CHECK(rowCount(f.t.connection(), u"audit_event"_s) == before);
    CHECK(AuditLog(f.t.connection()).events().first().newValue == u"1"_s);
}

TEST_CASE("The trail filters by unit subtree and year and date and exports CSV", "[audit]") {
    Fixture f;
    f.save(form({row(u"危险化学品"_s, counts(1, 1, 10, 10, 0))}));
    AnnexTable luozhuang = form({row(u"冶金"_s, counts(2, 2, 20, 20, 1))});
    luozhuang.unitCode = u"371311"_s;
    luozhuang.year = 2020;
    f.save(luozhuang);
    const AuditLog log(f.t.connection());
    AuditFilter filter;
    filter.unitCode = u"371300"_s; // Linyi: both counties are below
    CHECK(log.events(filter).size() == 10);
    filter.unitCode = u"371311"_s;
    CHECK(log.events(filter).size() == 5);
    filter.unitCode.clear();
    filter.year = 2021;
    CHECK(log.events(filter).size() == 5);
    filter.year = 0;
    filter.from = QDate::currentDate().addDays(1);
    CHECK(log.events(filter).isEmpty());
    filter.from = QDate::currentDate().addDays(-1);
    filter.to = QDate::currentDate().addDays(1);
    CHECK(log.events(filter).size() == 10);

    const QString csv = auditCsv(log.events(), f.t.connection());
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 11);
    CHECK(lines.first() == auditCsvHeader().join(u','));
    CHECK(
        lines.at(1).contains(u","_s + recordedAccount(u"clerk-wang"_s) +
                             u",annex.cell,371302,兰山区,2021,危险化学品,enterprises,,1,manual"_s));
}

TEST_CASE("Without USER the account is still named and never shown as the English unknown",
          "[audit]") {
    // A service or an administrator's script may run with none of USER, USERNAME, LOGNAME.
    const QByteArray saved[] = {qgetenv("USER"), qgetenv("USERNAME"), qgetenv("LOGNAME")};
    qunsetenv("USER");
    qunsetenv("USERNAME");
    qunsetenv("LOGNAME");
    const QString account = operatingSystemAccount();
    qputenv("USER", saved[0]);
    qputenv("USERNAME", saved[1]);
    qputenv("LOGNAME", saved[2]);
#ifdef Q_OS_UNIX
    CHECK_FALSE(account.isEmpty());
    CHECK(account != QLatin1String(kUnknownAccount));
#endif
    // What an older version recorded is shown in the user's words, other accounts as they are.
    CHECK(accountCaption(QString::fromLatin1(kUnknownAccount)) != QLatin1String(kUnknownAccount));
    CHECK(accountCaption(u"clerk-wang"_s) == u"clerk-wang"_s);
}
