// Reporting obligations as plan data (presets.json → plan_obligation) and the deadline
// arithmetic of domain/obligation.h, against fixed dates only.
#include "../test_server.h"
#include "test_support.h"

#include "domain/obligation.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
struct Presets {
    TempDatabase t;
    Plan plan(const QString& code) const {
        return *PlanRepository(t.connection()).findByCode(code);
    }
    Obligation obligation(const QString& planCode, const QString& code) const {
        const auto o = ObligationRepository(t.connection()).findByCode(plan(planCode).id, code);
        REQUIRE(o.has_value());
        return *o;
    }
    std::optional<QDate> due(const QString& planCode, const QString& code, int year) const {
        return deadlines::dueIn(obligation(planCode, code), plan(planCode), year);
    }
    QStringList owed(const QString& unit) const {
        QStringList out;
        for (const auto& o : ObligationRepository(t.connection()).owedBy(unit))
            out << o.plan.code + u':' + o.obligation.code;
        return out;
    }
};
} // namespace

TEST_CASE("Linyi's deadlines come from its preset", "[obligations]") {
    Presets p;
    const QString linyi = u"linyi-2021"_s;
    CHECK(p.due(linyi, u"local-plan"_s, 2021) == QDate(2021, 7, 15));
    CHECK_FALSE(p.due(linyi, u"local-plan"_s, 2022));
    CHECK(p.due(linyi, u"baseline-survey"_s, 2021) == QDate(2021, 9, 10));
    CHECK_FALSE(p.due(linyi, u"baseline-survey"_s, 2020));
    // The annual report falls due every year of the period, and only then.
    CHECK_FALSE(p.due(linyi, u"annual-report"_s, 2020));
    for (int year = 2021; year <= 2025; ++year)
        CHECK(p.due(linyi, u"annual-report"_s, year) == QDate(year, 12, 5));
    CHECK_FALSE(p.due(linyi, u"annual-report"_s, 2026));
    CHECK(p.obligation(linyi, u"baseline-survey"_s).annexKind == AnnexKind::Baseline);
    CHECK(p.obligation(linyi, u"annual-report"_s).annexKind == AnnexKind::Annual);
    CHECK(p.obligation(linyi, u"local-plan"_s).annexKind == AnnexKind::None);
}

TEST_CASE("Shandong's deadlines come from its preset with the ministry one included",
          "[obligations]") {
    Presets p;
    const QString sd = u"shandong-2021"_s;
    CHECK(p.due(sd, u"local-plan"_s, 2021) == QDate(2021, 6, 30));
    CHECK(p.due(sd, u"baseline-survey"_s, 2021) == QDate(2021, 9, 30));
    CHECK(p.due(sd, u"annual-report"_s, 2021) == QDate(2021, 12, 20));
    CHECK(p.due(sd, u"annual-report"_s, 2024) == QDate(2024, 12, 20));
    CHECK(p.due(sd, u"ministry-report"_s, 2025) == QDate(2025, 12, 31));
    CHECK(p.obligation(sd, u"ministry-report"_s).scope == ObligationScope::Self);
    CHECK(p.obligation(sd, u"annual-report"_s).scope == ObligationScope::Children);
    const QList<int> years{2021, 2022, 2023, 2024, 2025};
    CHECK(deadlines::periodYears(p.obligation(sd, u"annual-report"_s), p.plan(sd)) == years);
    CHECK(deadlines::periodYears(p.obligation(sd, u"local-plan"_s), p.plan(sd)) ==
          QList<int>{2021});
}

TEST_CASE("Who owes what follows the tree: children of a plan's units and the plan's own unit",
          "[obligations]") {
    Presets p;
    // The final evaluation (期末评估) is owed like the annual report, in the period's last year.
    const QStringList linyiChildren{u"linyi-2021:local-plan"_s, u"linyi-2021:baseline-survey"_s,
                                    u"linyi-2021:annual-report"_s,
                                    u"linyi-2021:final-evaluation"_s};
    const QStringList shandongChildren{
        u"shandong-2021:local-plan"_s, u"shandong-2021:baseline-survey"_s,
        u"shandong-2021:annual-report"_s, u"shandong-2021:final-evaluation"_s};
    CHECK(p.owed(u"371302"_s) == linyiChildren);    // 兰山区 reports to 临沂市
    CHECK(p.owed(u"371300"_s) == shandongChildren); // 临沂市 reports to the province
    CHECK(p.owed(u"370100"_s) == shandongChildren); // so does 济南市
    CHECK(p.owed(u"370000"_s) == QStringList{u"shandong-2021:ministry-report"_s,
                                             u"shandong-2021:ministry-final-evaluation"_s});
}

TEST_CASE("Days left and overdue and late against a fixed today", "[obligations]") {
    const QDate due(2021, 12, 5);
    CHECK(deadlines::daysLeft(due, QDate(2021, 11, 5)) == 30);
    CHECK(deadlines::daysLeft(due, due) == 0);
    CHECK(deadlines::daysLeft(due, QDate(2022, 1, 4)) == -30);
    CHECK_FALSE(deadlines::isOverdue(due, due));
    CHECK(deadlines::isOverdue(due, QDate(2021, 12, 6)));
    CHECK_FALSE(deadlines::isLate(due, due));
    CHECK(deadlines::isLate(due, QDate(2021, 12, 6)));
    CHECK_FALSE(deadlines::isLate(due, QDate()));
}

TEST_CASE("A yearly deadline on 29 February falls on the 28th in common years", "[obligations]") {
    Plan plan;
    plan.startYear = 2021;
    plan.endYear = 2025;
    Obligation o;
    o.recurrence = Recurrence::Yearly;
    o.dueMonth = 2;
    o.dueDay = 29;
    CHECK(deadlines::dueIn(o, plan, 2023) == QDate(2023, 2, 28));
    CHECK(deadlines::dueIn(o, plan, 2024) == QDate(2024, 2, 29));
}

TEST_CASE("Which annex year satisfies which obligation", "[obligations]") {
    Presets p;
    const Plan plan = p.plan(u"linyi-2021"_s);
    const Obligation baseline = p.obligation(u"linyi-2021"_s, u"baseline-survey"_s);
    const Obligation annual = p.obligation(u"linyi-2021"_s, u"annual-report"_s);
    const Obligation localPlan = p.obligation(u"linyi-2021"_s, u"local-plan"_s);
    CHECK(deadlines::periodYearForAnnex(baseline, plan, 2020) == 2021);
    CHECK_FALSE(deadlines::periodYearForAnnex(baseline, plan, 2021));
    CHECK_FALSE(deadlines::periodYearForAnnex(annual, plan, 2020));
    CHECK(deadlines::periodYearForAnnex(annual, plan, 2023) == 2023);
    CHECK_FALSE(deadlines::periodYearForAnnex(annual, plan, 2026));
    CHECK_FALSE(deadlines::periodYearForAnnex(localPlan, plan, 2021));
    CHECK(deadlines::annexYearOf(baseline, plan, 2021) == 2020);
    CHECK(deadlines::annexYearOf(annual, plan, 2022) == 2022);
}

TEST_CASE("A database created before obligations existed gets them on opening",
          "[obligations][migrations]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    t.close();
    {
        // Take migration 2 back out (later steps stay, as after a merge of features in any order).
        const QString name = u"obligations-downgrade"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(t.path());
            REQUIRE(db.open());
            QSqlQuery q(db);
            for (const QString& sql :
                 {u"DROP TABLE return_record"_s, u"DROP TABLE plan_obligation"_s,
                  // migration 25 moved migration 2's annex_lock and annex_version: it goes too
                  u"DROP TABLE form_lock"_s, u"DROP TABLE form_version"_s,
                  u"DELETE FROM schema_migration WHERE version = 25"_s, u"DROP TABLE audit_event"_s,
                  u"DELETE FROM schema_migration WHERE version = 2"_s,
                  // migration 10 adds a column to plan_obligation: it goes too
                  u"DROP TABLE form_value"_s, u"DROP TABLE form_record"_s,
                  u"DROP TABLE form_definition"_s,
                  u"DELETE FROM schema_migration WHERE version = 10"_s,
                  u"DELETE FROM meta WHERE key = 'preset_obligations'"_s}) {
                INFO(sql.toStdString());
                REQUIRE(q.exec(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // shandong-2021 6, linyi-2021 4 (the final evaluation included), national-2026 3
    t.reopen();
    CHECK(rowCount(t.connection(), u"plan_obligation"_s) == 13);
    t.reopen(); // and only once
    CHECK(rowCount(t.connection(), u"plan_obligation"_s) == 13);
}
