// A form copied from another plan brings the return obligations that name it (issue 13): the
// 2026-2030 plan's 重点平台企业 form copied into a copy of 临沂's plan makes its units owe the
// platform return, in the same transaction as the form, deadlines moved as a plan copy moves
// them; an import of the form then records the return with its receipt date. And what the
// 报送义务 page may store as the form of a return.
#include "test_support.h"

#include "services/form_definitions.h"
#include "services/form_table_import.h"
#include "services/returns_service.h"
#include "storage/form_definition_repository.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/record_revisions.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPlatform = u"platform-enterprises"_s;

qint64 linyi2026(const QSqlDatabase& db) {
    QString error;
    const auto copy =
        PlanStore(db).copy(planIdByCode(db, u"linyi-2021"_s), u"linyi-2026"_s, 2026, &error);
    INFO(error.toStdString());
    REQUIRE(copy.has_value());
    return copy->id;
}

} // namespace

TEST_CASE("A form copied from another plan brings the returns of the form", "[plans][forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 national = planIdByCode(db, u"national-2026"_s);
    const qint64 target = linyi2026(db);
    ObligationRepository obligations(db);
    const Obligation source = *obligations.findByCode(national, u"platform-annual"_s);
    // linyi-2026 owes the annex's returns it copied from linyi-2021, no platform return.
    REQUIRE(obligations.ofPlan(target).size() == 4);
    const RevisionTicket editorOpenedBefore = RecordRevisions(db).ticket(RecordKey::plan(target));
    const QList<Obligation> shownBefore = obligations.ofPlan(target);

    QString error;
    const auto copied = FormDefinitions(db).copy(national, kPlatform, target, &error);
    INFO(error.toStdString());
    REQUIRE(copied.has_value());
    CHECK(copied->code == kPlatform);
    CHECK(FormDefinitions(db).find(target, kPlatform).has_value());
    REQUIRE(copied->returns.size() == 1);
    const QList<Obligation> after = obligations.ofPlan(target);
    REQUIRE(after.size() == 5);
    const Obligation& platform = after.last();
    CHECK(platform.id == copied->returns.first().id);
    CHECK(platform.code == u"platform-annual"_s);
    CHECK(platform.title == source.title);
    CHECK(platform.recipient == source.recipient);
    CHECK(platform.scope == ObligationScope::Children);
    CHECK(platform.recurrence == Recurrence::Yearly);
    CHECK(platform.dueMonth == 12);
    CHECK(platform.dueDay == 20);
    CHECK(platform.annexKind == AnnexKind::Annual);
    CHECK(platform.formCode == kPlatform);
    CHECK(platform.position == 4);
    // The source keeps its own.
    CHECK(obligations.findByCode(national, u"platform-annual"_s)->planId == national);

    // The new returns moved the plan's revision: a 报送义务 page opened before cannot save its
    // old list over them (it would remove the platform return without a word).
    RevisionTicket stale = editorOpenedBefore;
    CHECK_FALSE(obligations.saveForPlan(target, shownBefore, &error, &stale));
    CHECK(obligations.ofPlan(target).size() == 5);

    // copy-plan-forms refuses a code the plan has; the editor's copy takes the next free one
    // and brings the returns again, naming that copy, under codes the plan does not use.
    CHECK_FALSE(FormDefinitions(db).copy(national, kPlatform, target, &error));
    CHECK(obligations.ofPlan(target).size() == 5);
    const auto second = FormDefinitions(db).copy(national, kPlatform, target, &error,
                                                 FormDefinitions::TakenCode::NextFree);
    REQUIRE(second.has_value());
    CHECK(second->code == u"platform-enterprises-2"_s);
    REQUIRE(second->returns.size() == 1);
    CHECK(second->returns.first().code == u"platform-annual-2"_s);
    CHECK(second->returns.first().formCode == u"platform-enterprises-2"_s);
    CHECK(second->returns.first().position == 5);
}

TEST_CASE("A copied form's one-off returns move with the plans' first years and a return the "
          "plan owes already stays alone",
          "[plans][forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 national = planIdByCode(db, u"national-2026"_s);
    const qint64 linyi = planIdByCode(db, u"linyi-2021"_s);
    ObligationRepository obligations(db);
    Obligation baseline;
    baseline.planId = national;
    baseline.code = u"platform-baseline"_s;
    baseline.title = u"重点平台企业职业伤害基数"_s;
    baseline.recurrence = Recurrence::Once;
    baseline.dueDate = QDate(2026, 9, 30);
    baseline.annexKind = AnnexKind::Baseline;
    baseline.formCode = kPlatform;
    baseline.position = 9;
    QString error;
    REQUIRE(obligations.add(baseline, &error));
    // A return of a document and the annex's returns do not name the form: they stay home.
    const int linyiBefore = int(obligations.ofPlan(linyi).size());

    const auto copied = FormDefinitions(db).copy(national, kPlatform, linyi, &error);
    INFO(error.toStdString());
    REQUIRE(copied.has_value());
    REQUIRE(copied->returns.size() == 2);
    CHECK(obligations.ofPlan(linyi).size() == linyiBefore + 2);
    // national-2026 starts in 2026, linyi-2021 in 2021: the one-off deadline moves five years
    // back as PlanStore::copy would move it; the yearly 12-20 stays.
    const Obligation* movedBaseline = obligationByCode(copied->returns, u"platform-baseline"_s);
    REQUIRE(movedBaseline);
    CHECK(movedBaseline->dueDate == QDate(2021, 9, 30));
    CHECK(movedBaseline->annexKind == AnnexKind::Baseline);
    const Obligation* annual = obligationByCode(copied->returns, u"platform-annual"_s);
    REQUIRE(annual);
    CHECK(annual->dueMonth == 12);
    CHECK(annual->dueDay == 20);

    // The form removed (no unit filed it): its two returns go with it in the same transaction,
    // since a return of a form the plan lacks could never be made. Copied back, it brings them
    // again.
    QList<Obligation> removed;
    REQUIRE(FormDefinitions(db).remove(linyi, kPlatform, &error, &removed));
    CHECK(removed.size() == 2);
    CHECK(obligations.ofPlan(linyi).size() == linyiBefore);
    for (const Obligation& o : obligations.ofPlan(linyi))
        CHECK(o.formCode != obligationFormCode(kPlatform));
    const auto again = FormDefinitions(db).copy(national, kPlatform, linyi, &error);
    REQUIRE(again.has_value());
    CHECK(again->returns.size() == 2);
    CHECK(obligations.ofPlan(linyi).size() == linyiBefore + 2);
}

TEST_CASE("An import of a copied form in a copied plan records the return it brought",
          "[plans][forms][returns]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 target = linyi2026(db);
    QString error;
    REQUIRE(
        FormDefinitions(db).copy(planIdByCode(db, u"national-2026"_s), kPlatform, target, &error));
    REQUIRE(PlanStore(db).assign(u"371300"_s, target, &error)); // 临沂市 follows linyi-2026

    const QString csv =
        QStringList{
            u"重点平台企业职业伤害情况表"_s,
            u"填报单位：兰山区"_s,
            u"年度：2026"_s,
            u"平台企业名称,新就业形态人员数（人）,参加职业伤害保障人数（人）,职业伤害人数（人）,职业伤害发生率（‰）,备注"_s,
            u"甲平台,13000,11000,30,,"_s,
            u"合计,13000,11000,30,,"_s,
            u"填报人：张三"_s}
            .join(u"\r\n"_s);
    FormTableImporter importer(db);
    importer.setToday(QDate(2026, 12, 1));
    FormImportOptions options;
    options.receivedOn = QDate(2026, 11, 28);
    FormTableFileImport import =
        importer.prepare(utf8WithBom(csv), u"lanshan-2026.csv"_s, kPlatform, options);
    REQUIRE(importer.commit(import));

    const QList<ReturnEntry> board =
        ReturnsService(db).board(u"371300"_s, 2026, QDate(2026, 12, 1));
    const ReturnEntry* platform = nullptr;
    for (const ReturnEntry& e : board)
        if (e.unit.code == u"371302"_s && e.obligation.formCode == kPlatform)
            platform = &e;
    REQUIRE(platform);
    CHECK(platform->obligation.planId == target);
    CHECK(platform->due == QDate(2026, 12, 20));
    REQUIRE(platform->record.has_value());
    CHECK(platform->record->receivedOn == QDate(2026, 11, 28));
    CHECK(platform->record->sourceFile == u"lanshan-2026.csv"_s);
    CHECK(platform->status == ReturnStatus::Submitted);
}

TEST_CASE("A return's form must be one of the plan's forms and say which year counts",
          "[plans][returns]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 linyi = planIdByCode(db, u"linyi-2021"_s);
    ObligationRepository obligations(db);
    // The annex is the empty code, the one its importer records returns under.
    CHECK(obligationFormCode(u"annex"_s).isEmpty());
    CHECK(obligationFormCode(u"training"_s) == u"training"_s);

    QList<Obligation> list = obligations.ofPlan(linyi);
    REQUIRE(list.size() == 4);
    CHECK(obligations.validateForPlan(linyi, list).isEmpty());
    list[2].formCode = u"training"_s; // the plan's own training form, each year: fine
    CHECK(obligations.validateForPlan(linyi, list).isEmpty());
    list[2].formCode = kPlatform; // national-2026's form, not linyi-2021's
    const QStringList notOurs = obligations.validateForPlan(linyi, list);
    REQUIRE(notOurs.size() == 1);
    CHECK(notOurs.first().contains(u"row 3"_s));
    CHECK(notOurs.first().contains(kPlatform));
    list[2].formCode = u"training"_s;
    list[2].annexKind = AnnexKind::None; // a form, but neither its baseline nor its yearly import
    const QStringList noYear = obligations.validateForPlan(linyi, list);
    REQUIRE(noYear.size() == 1);
    CHECK(noYear.first().contains(u"row 3"_s));
    QString error;
    RevisionTicket ticket = RecordRevisions(db).ticket(RecordKey::plan(linyi));
    CHECK_FALSE(obligations.saveForPlan(linyi, list, &error, &ticket));
    CHECK(error.contains(u"row 3"_s));
    CHECK(obligations.ofPlan(linyi).at(2).formCode.isEmpty());
}

TEST_CASE("A form whose return a unit filed stays with its returns", "[plans][returns][forms]") {
    TempDatabase t;
    const QSqlDatabase db = t.connection();
    const qint64 target = linyi2026(db);
    QString error;
    const auto copied =
        FormDefinitions(db).copy(planIdByCode(db, u"national-2026"_s), kPlatform, target, &error);
    REQUIRE(copied.has_value());
    REQUIRE_FALSE(copied->returns.isEmpty());
    REQUIRE(PlanStore(db).assign(u"371300"_s, target, &error));
    // 兰山区's return marked as received by hand (a paper copy), no figures typed in: the form
    // itself could go, but the return on file must not lose its obligation.
    REQUIRE(ReturnsService(db).markReceived(u"371302"_s, copied->returns.first().id, 2026,
                                            QDate(2026, 11, 30), u"纸质报送"_s, &error));
    const int before = int(ObligationRepository(db).ofPlan(target).size());
    CHECK_FALSE(FormDefinitions(db).remove(target, kPlatform, &error));
    CHECK(error.contains(copied->returns.first().title));
    // Nothing went: the form and both its returns are still the plan's.
    CHECK(FormDefinitionRepository(db).find(target, kPlatform).has_value());
    CHECK(ObligationRepository(db).ofPlan(target).size() == before);
}
