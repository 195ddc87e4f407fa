// The plan's tasks and safeguards as dated obligations: what both presets ship, due dates
// across the years, and loading them into a database made before obligations existed.
#include "../test_server.h"
#include "test_support.h"

#include "domain/plan_task.h"
#include "storage/migrations.h"
#include "storage/plan_repository.h"
#include "storage/plan_task_repository.h"

#include <QSet>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QList<PlanTask> obligationsOf(const QSqlDatabase& db, const QString& planCode) {
    const auto plan = PlanRepository(db).findByCode(planCode);
    REQUIRE(plan.has_value());
    return PlanTaskRepository(db).forPlan(plan->id);
}

const PlanTask& byCode(const QList<PlanTask>& list, const QString& code) {
    for (const PlanTask& o : list)
        if (o.code == code)
            return o;
    FAIL("no obligation " << code.toStdString());
    return list.first();
}
} // namespace

TEST_CASE("Both presets hold the seven tasks and four safeguards with their titles",
          "[obligations]") {
    TempDatabase t;
    const auto code = GENERATE(u"shandong-2021"_s, u"linyi-2021"_s);
    CAPTURE(code);
    const QList<PlanTask> list = obligationsOf(t.connection(), code);
    QSet<int> tasks;
    QSet<int> safeguards;
    QHash<QString, QString> titles;
    for (const PlanTask& o : list) {
        CHECK(validatePlanTask(o).isEmpty());
        (o.section == PlanSection::Task ? tasks : safeguards).insert(o.sectionNumber);
        titles.insert(planSectionKey(o.section) + QString::number(o.sectionNumber), o.sectionTitle);
    }
    CHECK(tasks == QSet<int>{1, 2, 3, 4, 5, 6, 7});
    CHECK(safeguards == QSet<int>{1, 2, 3, 4});
    // The headings exactly as both seeds print them.
    CHECK(titles.value(u"task1"_s) == u"建立健全工伤预防联防联控机制"_s);
    CHECK(titles.value(u"task2"_s) == u"精准确定重点行业企业"_s);
    CHECK(titles.value(u"task3"_s) == u"深入推进重点行业企业参保扩面"_s);
    CHECK(titles.value(u"task4"_s) == u"全面加强工伤预防宣传"_s);
    CHECK(titles.value(u"task5"_s) == u"突出抓好工伤预防培训"_s);
    CHECK(titles.value(u"task6"_s) == u"健全完善工伤保险费率浮动制度"_s);
    CHECK(titles.value(u"task7"_s) == u"积极推进工伤预防专业化、职业化建设"_s);
    CHECK(titles.value(u"safeguard1"_s) == u"加强组织领导"_s);
    CHECK(titles.value(u"safeguard2"_s) == u"加强制度规范"_s);
    CHECK(titles.value(u"safeguard3"_s) == u"加强激励约束"_s);
    CHECK(titles.value(u"safeguard4"_s) == u"加强考核评估"_s);
    for (const QString& c :
         {u"joint-meeting"_s, u"expansion-campaign"_s, u"publicity-month-2021"_s,
          u"publicity-campaign"_s, u"publicity-plan"_s, u"training-plan"_s, u"work-plan"_s,
          u"industry-review"_s, u"expert-pool"_s, u"rate-floating"_s, u"fee-budget"_s,
          u"mid-term-evaluation"_s, u"final-evaluation"_s, u"annual-report"_s})
        CHECK(byCode(list, c).code == c);
    CHECK(byCode(list, u"publicity-month-2021"_s).detail.contains(u"预防尘肺病——工伤保险进企业"_s));
}

TEST_CASE("Due dates follow each preset across the years", "[obligations]") {
    TempDatabase t;
    const QList<PlanTask> sd = obligationsOf(t.connection(), u"shandong-2021"_s);
    const QList<PlanTask> ly = obligationsOf(t.connection(), u"linyi-2021"_s);
    struct Case {
        const QList<PlanTask>* plan;
        const char16_t* code;
        int year;
        QDate due; // invalid: not due that year
        bool fromSeed;
    };
    const Case cases[] = {
        // annual report: Shandong 12-20, Linyi 12-05, every year of the period and no other
        {&sd, u"annual-report", 2021, QDate(2021, 12, 20), true},
        {&sd, u"annual-report", 2025, QDate(2025, 12, 20), true},
        {&ly, u"annual-report", 2021, QDate(2021, 12, 5), true},
        {&ly, u"annual-report", 2023, QDate(2023, 12, 5), true},
        {&ly, u"annual-report", 2026, QDate(), true},
        {&ly, u"annual-report", 2020, QDate(), true},
        // implementation plans and baseline survey: once, in 2021, on the seed's dates
        {&sd, u"implementation-plan", 2021, QDate(2021, 6, 30), true},
        {&ly, u"implementation-plan", 2021, QDate(2021, 7, 15), true},
        {&ly, u"implementation-plan", 2022, QDate(), true},
        {&sd, u"baseline-survey", 2021, QDate(2021, 9, 30), true},
        {&ly, u"baseline-survey", 2021, QDate(2021, 9, 10), true},
        // publicity: August 2021 from the seed, then a yearly campaign with a default date
        {&ly, u"publicity-month-2021", 2021, QDate(2021, 8, 31), true},
        {&ly, u"publicity-month-2021", 2022, QDate(), true},
        {&ly, u"publicity-campaign", 2021, QDate(), false},
        {&ly, u"publicity-campaign", 2024, QDate(2024, 8, 31), false},
        // annual plans by the default 03-31
        {&sd, u"training-plan", 2022, QDate(2022, 3, 31), false},
        {&ly, u"work-plan", 2025, QDate(2025, 3, 31), false},
        {&sd, u"publicity-plan", 2021, QDate(2021, 3, 31), false},
        // evaluations: mid-term 2023, final 2025
        {&sd, u"mid-term-evaluation", 2023, QDate(2023, 12, 31), false},
        {&sd, u"mid-term-evaluation", 2024, QDate(), false},
        {&ly, u"final-evaluation", 2025, QDate(2025, 12, 31), false},
        {&sd, u"training-coverage", 2025, QDate(2025, 12, 31), true},
        {&ly, u"joint-meeting", 2021, QDate(2021, 12, 31), false},
        {&ly, u"joint-meeting", 2022, QDate(), false},
    };
    for (const Case& c : cases) {
        const PlanTask& o = byCode(*c.plan, QString::fromUtf16(c.code));
        CAPTURE(o.code, c.year);
        CHECK(o.appliesIn(c.year) == c.due.isValid());
        CHECK(o.dueDate(c.year) == c.due);
        CHECK(o.dueFromSeed == c.fromSeed);
    }
}

TEST_CASE("Month-days are checked and 02-29 falls back in common years", "[obligations]") {
    PlanTask o;
    o.code = u"x"_s;
    o.title = u"x"_s;
    o.firstYear = 2021;
    o.lastYear = 2025;
    CHECK(o.setMonthDay(u"02-29"_s));
    CHECK(o.dueDate(2024) == QDate(2024, 2, 29));
    CHECK(o.dueDate(2023) == QDate(2023, 2, 28));
    CHECK_FALSE(o.setMonthDay(u"13-01"_s));
    CHECK_FALSE(o.setMonthDay(u"04-31"_s));
    CHECK_FALSE(o.setMonthDay(u"1231"_s));
    CHECK(o.monthDay() == u"02-29"_s);
    o.lastYear = 2020;
    CHECK_FALSE(validatePlanTask(o).isEmpty());
    CHECK(chineseOrdinal(1) == u"一"_s);
    CHECK(chineseOrdinal(7) == u"七"_s);
    CHECK(chineseOrdinal(10) == u"十"_s);
    CHECK(chineseOrdinal(12) == u"十二"_s);
}

TEST_CASE("A database made before obligations existed gets them when opened",
          "[obligations][migrations]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    t.close();
    {
        // Take the file back to before migration 4 and the task presets, keeping the rest.
        const QString name = u"plan-tasks-downgrade"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(t.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            for (
                const QString& sql :
                {u"DROP TABLE fee_project_expert"_s, u"DROP TABLE fee_project"_s,
                 u"DROP TABLE fee_budget"_s, u"DROP TABLE expert"_s, u"DROP TABLE rate_rule"_s,
                 u"DROP TABLE rate_class"_s, u"DROP TABLE hazard"_s, u"DROP TABLE task_evidence"_s,
                 u"DROP TABLE task_record"_s, u"DROP TABLE plan_task"_s,
                 u"DELETE FROM schema_migration WHERE version = 4"_s,
                 u"DELETE FROM meta WHERE key IN ('task_presets_version', 'rate_scheme_label')"_s}) {
                INFO(sql.toStdString());
                REQUIRE(q.exec(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    t.reopen();
    CHECK(t.db().schemaVersion() == latestSchemaVersion());
    CHECK(obligationsOf(t.connection(), u"linyi-2021"_s).size() == 22);
    CHECK(obligationsOf(t.connection(), u"shandong-2021"_s).size() == 22);
    CHECK(rowCount(t.connection(), u"rate_class"_s) == 8);
    CHECK(rowCount(t.connection(), u"rate_rule"_s) == 5);
    t.reopen(); // and only once: 22 + 22 + national-2026's 13
    CHECK(rowCount(t.connection(), u"plan_task"_s) == 57);
}

TEST_CASE("Edited obligations are kept when the database is opened again", "[obligations]") {
    TempDatabase t;
    const auto plan = PlanRepository(t.connection()).findByCode(u"linyi-2021"_s);
    REQUIRE(plan.has_value());
    QList<PlanTask> list = obligationsOf(t.connection(), u"linyi-2021"_s);
    list.removeLast();
    list.first().title = u"改过的标题"_s;
    QString error;
    REQUIRE(PlanTaskRepository(t.connection()).replaceForPlan(plan->id, list, &error));
    t.reopen();
    const QList<PlanTask> again = obligationsOf(t.connection(), u"linyi-2021"_s);
    CHECK(again.size() == 21);
    CHECK(again.first().title == u"改过的标题"_s);
    CHECK(again.first().id == list.first().id); // updated in place: records keep pointing at it
}

// The 2026-2030 plan's text is not among the seeds: its tasks are what the plan is known to set
// (targets, industries, key personnel, platform enterprises, the monitoring indicator system),
// and no date may claim to come from the document.
TEST_CASE("The 2026-2030 plan ships its tasks and safeguards with default dates only",
          "[obligations][plans]") {
    TempDatabase t;
    const QList<PlanTask> list = obligationsOf(t.connection(), u"national-2026"_s);
    REQUIRE(list.size() == 13);
    int tasks = 0, safeguards = 0;
    for (const PlanTask& o : list) {
        CAPTURE(o.code.toStdString());
        CHECK(validatePlanTask(o).isEmpty());
        CHECK_FALSE(o.dueFromSeed);
        (o.section == PlanSection::Task ? tasks : safeguards) += 1;
        if (o.recurrence == TaskRecurrence::Yearly) {
            CHECK(o.firstYear == 2026);
            CHECK(o.lastYear == 2030);
        } else {
            CHECK(o.dueYear >= 2026);
            CHECK(o.dueYear <= 2030);
        }
    }
    CHECK(tasks == 8);
    CHECK(safeguards == 5);
    const PlanTask& training = byCode(list, u"training-plan"_s);
    for (const QString& person :
         {u"主要负责人"_s, u"分管负责人"_s, u"安全健康管理部门主要负责人"_s, u"一线班组长"_s})
        CHECK(training.title.contains(person));
    CHECK(byCode(list, u"industry-review"_s).title.contains(u"即时配送"_s));
    CHECK_FALSE(byCode(list, u"industry-review"_s).title.contains(u"冶金"_s));
    const PlanTask& monitoring = byCode(list, u"monitoring-system"_s);
    CHECK(monitoring.title == u"建立工伤事故监测指标体系"_s);
    CHECK(monitoring.detail.contains(u"未给出完成时限"_s));
    CHECK(monitoring.dueDate(2030) == QDate(2030, 12, 31));
    CHECK(byCode(list, u"annual-report"_s).dueDate(2027) == QDate(2027, 12, 20));
    CHECK(byCode(list, u"platform-report"_s).dueDate(2026) == QDate(2026, 12, 20));
    CHECK(byCode(list, u"mid-term-evaluation"_s).dueYear == 2028);
}

TEST_CASE("A database whose 2026-2030 plan has no tasks gets them when opened",
          "[obligations][plans][migrations]") {
    TempDatabase t;
    const auto national = PlanRepository(t.connection()).findByCode(u"national-2026"_s);
    REQUIRE(national.has_value());
    QString error;
    // As the release before these tasks left it: no tasks for national-2026, presets at 1; and
    // an office's own edit of the Linyi tasks, which must stay.
    REQUIRE(PlanTaskRepository(t.connection()).replaceForPlan(national->id, {}, &error));
    QList<PlanTask> linyi = obligationsOf(t.connection(), u"linyi-2021"_s);
    linyi.removeLast();
    REQUIRE(PlanTaskRepository(t.connection()).replaceForPlan(linyi.first().planId, linyi, &error));
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"UPDATE meta SET value = '1' WHERE key = 'task_presets_version'"_s));
    t.reopen();
    CHECK(obligationsOf(t.connection(), u"national-2026"_s).size() == 13);
    CHECK(obligationsOf(t.connection(), u"linyi-2021"_s).size() == 21);
}
