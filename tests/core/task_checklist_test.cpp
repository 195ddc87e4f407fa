// A unit's task checklist: status and overdue on a fixed clock, records, evidence files kept
// beside the database, hazards, and the checklist as CSV and as a printable document.
#include "../test_server.h"
#include "test_support.h"

#include "domain/task_status.h"
#include "io/csv_reader.h"
#include "services/evidence_store.h"
#include "services/task_checklist.h"
#include "storage/task_repository.h"

#include <QDir>
#include <QFile>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const ChecklistItem& item(const Checklist& c, const QString& code) {
    for (const ChecklistItem& i : c.items)
        if (i.obligation.code == code)
            return i;
    FAIL("no item " << code.toStdString());
    return c.items.first();
}
} // namespace

TEST_CASE("Status is computed against the clock and overdue is never stored", "[tasks]") {
    const QDate due(2022, 12, 5);
    using P = TaskProgress;
    using S = TaskStatus;
    const auto [progress, today, expected] = GENERATE_COPY(table<P, QDate, S>({
        {P::NotStarted, QDate(2022, 12, 4), S::NotStarted},
        {P::NotStarted, QDate(2022, 12, 5), S::NotStarted}, // the due day itself is in time
        {P::NotStarted, QDate(2022, 12, 6), S::Overdue},
        {P::InProgress, QDate(2022, 6, 1), S::InProgress},
        {P::InProgress, QDate(2023, 1, 1), S::Overdue},
        {P::Done, QDate(2030, 1, 1), S::Done},
    }));
    CHECK(effectiveStatus(progress, due, today) == expected);
}

TEST_CASE("The checklist of a Linyi county lists its year's obligations with status", "[tasks]") {
    TempDatabase t;
    const TaskChecklistService service(t.connection());
    QString error;
    // 兰山区 follows Linyi's plan through its parent.
    auto c = service.build(u"371302"_s, 2022, QDate(2022, 12, 10), &error);
    REQUIRE(c.has_value());
    CHECK(c->plan.code == u"linyi-2021"_s);
    CHECK(c->items.size() == 13); // the 13 yearly obligations; no one-off falls in 2022
    CHECK(item(*c, u"annual-report"_s).due == QDate(2022, 12, 5));
    CHECK(item(*c, u"annual-report"_s).status == TaskStatus::Overdue);
    CHECK(item(*c, u"expansion-campaign"_s).status == TaskStatus::Overdue); // 11-30 default
    CHECK(item(*c, u"joint-inspection"_s).status == TaskStatus::Overdue);
    CHECK(item(*c, u"rate-floating"_s).status == TaskStatus::NotStarted); // 12-31
    CHECK(c->count(TaskStatus::Overdue) == 10); // all but the three due 12-31

    TaskRecord r = item(*c, u"annual-report"_s).record;
    r.progress = TaskProgress::Done;
    r.doneOn = QDate(2022, 12, 1);
    r.department = u"工伤保险科"_s;
    r.note = u"已报市局"_s;
    REQUIRE(TaskRepository(t.connection()).saveRecord(r, &error));
    r = item(*c, u"rate-floating"_s).record;
    r.progress = TaskProgress::InProgress;
    REQUIRE(TaskRepository(t.connection()).saveRecord(r, &error));

    c = service.build(u"371302"_s, 2022, QDate(2022, 12, 10), &error);
    REQUIRE(c.has_value());
    CHECK(item(*c, u"annual-report"_s).status == TaskStatus::Done);
    CHECK(item(*c, u"annual-report"_s).record.department == u"工伤保险科"_s);
    CHECK(item(*c, u"rate-floating"_s).status == TaskStatus::InProgress);
    CHECK(c->count(TaskStatus::Overdue) == 9);
    // The same records seen a year later: in progress past 12-31 is overdue.
    c = service.build(u"371302"_s, 2022, QDate(2023, 1, 2), &error);
    CHECK(item(*c, u"rate-floating"_s).status == TaskStatus::Overdue);
    // 2021 has the one-off obligations too; another county's records are separate.
    c = service.build(u"371311"_s, 2021, QDate(2021, 1, 1), &error);
    REQUIRE(c.has_value());
    CHECK(c->items.size() == 12 + 6); // publicity campaigns start 2022; six one-offs
    CHECK(c->count(TaskStatus::NotStarted) == 18);
}

TEST_CASE("Done needs a date and unknown units are refused", "[tasks]") {
    TempDatabase t;
    TaskRecord r;
    r.unitCode = u"371302"_s;
    r.year = 2022;
    r.obligationId = 1;
    r.progress = TaskProgress::Done;
    QString error;
    CHECK_FALSE(TaskRepository(t.connection()).saveRecord(r, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(
        TaskChecklistService(t.connection()).build(u"999999"_s, 2022, QDate(2022, 1, 1), &error));
}

TEST_CASE("Evidence files are copied beside the database and survive the original", "[tasks]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    const QString source = t.filePath(u"会议纪要.txt"_s);
    writeBytes(source, "minutes");
    const TaskChecklistService service(t.connection());
    QString error;
    const auto c = service.build(u"371302"_s, 2021, QDate(2021, 12, 1), &error);
    REQUIRE(c.has_value());
    const TaskRecord key = item(*c, u"joint-meeting"_s).record;
    const EvidenceStore store(t.connection(), t.path());
    QString stored;
    REQUIRE(store.attach(key, source, &stored, &error));
    QString second;
    REQUIRE(store.attach(key, source, &second, &error));
    CHECK(stored != second); // the same name twice is kept twice
    CHECK(QFile::remove(source));
    CHECK(readBytes(store.absolutePath(stored)) == "minutes");
    CHECK(store.absolutePath(stored).startsWith(t.path() + u".files/"_s));
    const auto again = service.build(u"371302"_s, 2021, QDate(2021, 12, 1), &error);
    CHECK(item(*again, u"joint-meeting"_s).record.files == QStringList{stored, second});
    REQUIRE(store.detach(key, stored, &error));
    CHECK_FALSE(QFile::exists(store.absolutePath(stored)));
    CHECK(item(*service.build(u"371302"_s, 2021, QDate(2021, 12, 1), &error), u"joint-meeting"_s)
              .record.files == QStringList{second});
    CHECK_FALSE(store.attach(key, t.filePath(u"missing.pdf"_s), &stored, &error));
}

TEST_CASE("Hazards are listed by deadline year and flagged when overdue", "[tasks][hazards]") {
    TempDatabase t;
    const TaskRepository repo(t.connection());
    QString error;
    Hazard a;
    a.unitCode = u"371302"_s;
    a.enterprise = u"临沂某化工有限公司"_s;
    a.problem = u"粉尘浓度超标"_s;
    a.deadline = QDate(2022, 6, 30);
    a.department = u"应急管理局"_s;
    REQUIRE(repo.saveHazard(a, &error));
    Hazard b = a;
    b.id = 0;
    b.enterprise = u"某建材厂"_s;
    b.deadline = QDate(2022, 3, 31);
    b.status = HazardStatus::Closed;
    CHECK_FALSE(repo.saveHazard(b, &error)); // closed needs its date
    b.closedOn = QDate(2022, 3, 20);
    REQUIRE(repo.saveHazard(b, &error));
    const QList<Hazard> list = repo.hazards(u"371302"_s, 2022);
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).enterprise == u"某建材厂"_s); // by deadline
    CHECK_FALSE(list.at(0).isOverdue(QDate(2022, 7, 1)));
    CHECK(list.at(1).isOverdue(QDate(2022, 7, 1)));
    CHECK_FALSE(list.at(1).isOverdue(QDate(2022, 6, 30)));
    // Still open next year: carried over; the closed one is not.
    CHECK(repo.hazards(u"371302"_s, 2023).size() == 1);
    CHECK(repo.hazards(u"371311"_s, 2022).isEmpty());
    Hazard bad;
    bad.unitCode = u"371302"_s;
    CHECK_FALSE(repo.saveHazard(bad, &error));
    REQUIRE(repo.removeHazard(a.id, &error));
    CHECK(repo.hazards(u"371302"_s, 2022).size() == 1);
}

TEST_CASE("The checklist CSV has one header row and one row per obligation", "[tasks][csv]") {
    TempDatabase t;
    QString error;
    auto c =
        TaskChecklistService(t.connection()).build(u"371302"_s, 2021, QDate(2021, 9, 1), &error);
    REQUIRE(c.has_value());
    TaskRecord r = item(*c, u"implementation-plan"_s).record;
    r.progress = TaskProgress::Done;
    r.doneOn = QDate(2021, 7, 14);
    r.note = u"=已报送"_s; // a formula-looking note must arrive as text
    REQUIRE(TaskRepository(t.connection()).saveRecord(r, &error));
    c = TaskChecklistService(t.connection()).build(u"371302"_s, 2021, QDate(2021, 9, 1), &error);
    const QString csv = checklistCsv(*c);
    CHECK(csv.endsWith(u"\r\n"_s));
    const QList<CsvRecord> rows = CsvReader::parse(csv, QLatin1Char(','));
    REQUIRE(rows.size() == 1 + 18);
    CHECK(rows.at(0).fields.size() == 12);
    bool found = false;
    for (const CsvRecord& row : rows) {
        if (row.at(2).startsWith(u"制定具体实施方案"_s)) {
            found = true;
            CHECK(row.at(5) == u"2021-07-15"_s);
            CHECK(row.at(8) == u"2021-07-14"_s);
            CHECK(row.fields.at(10) == u"'=已报送"_s); // as written, for Excel
            CHECK(row.at(10) == u"=已报送"_s);         // as every importer reads it
        }
    }
    CHECK(found);
    const ReportDocument doc = checklistReport(*c);
    CHECK(doc.name.contains(u"2021"_s));
    int tables = 0;
    for (const ReportBlock& b : doc.blocks)
        tables += b.kind == ReportBlock::Kind::Table ? 1 : 0;
    CHECK(tables == 1); // no hazards recorded: a sentence says so instead of an empty table
}
