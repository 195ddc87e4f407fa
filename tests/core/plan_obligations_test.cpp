// A plan's return obligations (报送义务, issue 13): a copied plan brings them along, their one-off
// deadlines moved with the period, and the plan editor's 报送义务 page saves them in one
// transaction under the plan's revision, keeping the returns recorded against them.
#include "../test_server.h"
#include "test_support.h"

#include "services/returns_service.h"
#include "storage/obligation_repository.h"
#include "storage/plan_category_store.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"
#include "storage/record_revisions.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 linyiPlan(const QSqlDatabase& db) {
    return planIdByCode(db, u"linyi-2021"_s);
}
} // namespace

TEST_CASE("A copied plan brings its return obligations with one-off deadlines moved", "[plans]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const QList<Obligation> source = ObligationRepository(db).ofPlan(linyiPlan(db));
    // 实施方案, 基线调查, 年度报告 and the 期末评估 the final-evaluation migration added.
    REQUIRE(source.size() == 4);
    QString error;
    const auto copy = PlanStore(db).copy(linyiPlan(db), u"linyi-2026"_s, 2026, &error);
    INFO(error.toStdString());
    REQUIRE(copy.has_value());
    const QList<Obligation> copied = ObligationRepository(db).ofPlan(copy->id);
    REQUIRE(copied.size() == source.size());
    for (const Obligation& o : source) {
        const Obligation* c = obligationByCode(copied, o.code);
        REQUIRE(c);
        CHECK(c->id != o.id);
        CHECK(c->planId == copy->id);
        CHECK(c->title == o.title);
        CHECK(c->recipient == o.recipient);
        CHECK(c->scope == o.scope);
        CHECK(c->recurrence == o.recurrence);
        CHECK(c->annexKind == o.annexKind);
        CHECK(c->position == o.position);
    }
    // 2021-07-15 in the 2021-2025 plan is 2026-07-15 in its 2026-2030 copy; 12-05 stays.
    CHECK(obligationByCode(copied, u"local-plan"_s)->dueDate == QDate(2026, 7, 15));
    CHECK(obligationByCode(copied, u"baseline-survey"_s)->dueDate == QDate(2026, 9, 10));
    CHECK(obligationByCode(copied, u"annual-report"_s)->dueMonth == 12);
    CHECK(obligationByCode(copied, u"annual-report"_s)->dueDay == 5);
    // The period's final evaluation moves to the copy's last year.
    CHECK(obligationByCode(copied, u"final-evaluation"_s)->dueDate == QDate(2030, 12, 5));
    // The source keeps its own.
    CHECK(ObligationRepository(db).ofPlan(linyiPlan(db)).size() == 4);
}

TEST_CASE("The plan's returns are saved whole under the plan's revision", "[plans][revisions]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 plan = linyiPlan(db);
    ObligationRepository repository(db);
    RevisionTicket shown = RecordRevisions(db).ticket(RecordKey::plan(plan));
    RevisionTicket stale = shown;
    QList<Obligation> edited = repository.ofPlan(plan);
    const qint64 annualId = obligationByCode(edited, u"annual-report"_s)->id;
    for (Obligation& o : edited)
        if (o.code == u"annual-report"_s) {
            o.dueMonth = 11;
            o.dueDay = 30;
            o.recipient = u"临沂市人社局工伤保险科"_s;
        }
    edited.removeIf([](const Obligation& o) { return o.code == u"local-plan"_s; });
    Obligation added;
    added.title = u"工伤预防项目绩效自评"_s;
    added.scope = ObligationScope::Self;
    added.recurrence = Recurrence::Yearly;
    added.dueMonth = 3;
    added.dueDay = 31;
    added.recipient = u"山东省人力资源和社会保障厅"_s;
    edited << added;

    QString error;
    REQUIRE(repository.saveForPlan(plan, edited, &error, &shown));
    QList<Obligation> stored = repository.ofPlan(plan);
    REQUIRE(stored.size() == edited.size()); // one removed, one added
    REQUIRE(stored.size() == 4);
    CHECK_FALSE(obligationByCode(stored, u"local-plan"_s));
    const Obligation* annual = obligationByCode(stored, u"annual-report"_s);
    REQUIRE(annual);
    CHECK(annual->id == annualId); // updated in place: returns recorded against it stay
    CHECK(annual->dueMonth == 11);
    CHECK(annual->dueDay == 30);
    CHECK(annual->recipient == u"临沂市人社局工伤保险科"_s);
    CHECK(stored.last().title == u"工伤预防项目绩效自评"_s);
    CHECK(stored.last().scope == ObligationScope::Self);
    CHECK_FALSE(stored.last().code.isEmpty());

    // Another editor that loaded before this save is refused and changes nothing.
    QList<Obligation> other = stored;
    other.removeLast();
    CHECK_FALSE(repository.saveForPlan(plan, other, &error, &stale));
    CHECK(repository.ofPlan(plan).size() == stored.size());

    // A return recorded against an obligation keeps it: removing it saves nothing at all.
    REQUIRE(ReturnsService(db).markReceived(u"371302"_s, annualId, 2021, QDate(2021, 11, 20), {},
                                            &error));
    QList<Obligation> withoutAnnual = repository.ofPlan(plan);
    withoutAnnual.removeIf([](const Obligation& o) { return o.code == u"annual-report"_s; });
    withoutAnnual.first().title = u"改过的标题"_s;
    error.clear();
    CHECK_FALSE(repository.saveForPlan(plan, withoutAnnual, &error, &shown));
    CHECK(error.contains(annual->title));
    CHECK(repository.ofPlan(plan).size() == stored.size());
    CHECK_FALSE(obligationByCode(repository.ofPlan(plan), u"baseline-survey"_s)->title ==
                u"改过的标题"_s);

    // A row without a title or with a day that is not one is refused, naming the row.
    QList<Obligation> bad = repository.ofPlan(plan);
    bad[1].dueMonth = 2;
    bad[1].dueDay = 30;
    bad[1].recurrence = Recurrence::Yearly;
    CHECK_FALSE(repository.saveForPlan(plan, bad, &error, &shown));
    CHECK(error.contains(u"row 2"_s));
    CHECK(repository.validateForPlan(plan, bad).size() == 1);
}

TEST_CASE(
    "The plan editor's save is one transaction: a refused return saves no field and no category",
    "[plans][revisions]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 id = linyiPlan(db);
    const Plan before = *PlanRepository(db).find(id);
    const QStringList categoriesBefore = PlanCategoryStore(db).categoriesOfPlan(id);
    REQUIRE(categoriesBefore.size() >= 2);
    const qint64 revisionBefore = RecordRevisions(db).current(RecordKey::plan(id)).number;
    RevisionTicket ticket = RecordRevisions(db).ticket(RecordKey::plan(id));
    const QList<PlanTask> tasks = PlanTaskRepository(db).forPlan(id);

    Plan edited = before;
    edited.title = before.title + u"（修订）"_s;
    QList<PlanCategoryEdit> categories;
    for (const QString& name : categoriesBefore)
        categories << PlanCategoryEdit{name, name};
    categories.first().name = u"主要负责人"_s;
    // The third step fails: a return that is no obligation of this plan (another copy removed
    // it meanwhile) is refused by ObligationRepository after the fields and the categories
    // were written.
    QList<Obligation> returns = ObligationRepository(db).ofPlan(id);
    Obligation ghost = returns.first();
    ghost.id = 987654;
    ghost.code = u"ghost"_s;
    ghost.title = u"已被删除的报送"_s;
    returns << ghost;
    QString error;
    CHECK_FALSE(PlanStore(db).saveEdited(edited, tasks, categories, returns, &error, &ticket));
    CHECK(error.contains(ghost.title));
    CHECK(PlanRepository(db).find(id)->title == before.title);
    CHECK(PlanCategoryStore(db).categoriesOfPlan(id) == categoriesBefore);
    CHECK(RecordRevisions(db).current(RecordKey::plan(id)).number == revisionBefore);
    CHECK(ticket.loaded == revisionBefore);

    // Without the stray return the same ticket saves all three, the revision claimed once.
    returns.removeLast();
    error.clear();
    const bool saved =
        PlanStore(db).saveEdited(edited, tasks, categories, returns, &error, &ticket);
    INFO(error.toStdString());
    REQUIRE(saved);
    CHECK(PlanRepository(db).find(id)->title == edited.title);
    CHECK(PlanCategoryStore(db).categoriesOfPlan(id).first() == u"主要负责人"_s);
    CHECK(RecordRevisions(db).current(RecordKey::plan(id)).number == revisionBefore + 1);
    CHECK(ticket.loaded == revisionBefore + 1);
}
