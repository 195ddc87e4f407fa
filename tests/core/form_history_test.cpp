// Versions, locks and the per-value audit trail of every form (storage/form_history.h), seen
// on the 培训 table: what the 基本情况表 always had (versions_test, audit_log_test,
// returns_test) now holds for any form saved through FormRepository.
#include "test_support.h"

#include "../test_server.h"

#include "domain/form_diff.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "services/returns_service.h"
#include "storage/audit_log.h"
#include "storage/form_locks.h"
#include "storage/form_repository.h"
#include "storage/form_versions.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kTraining = u"training"_s;
constexpr int kYear = 2023;

struct Fixture {
    TempDatabase t;
    FormDefinition definition;
    Fixture() {
        const auto d = FormDefinitions(t.connection()).forUnit(kLanshan, kTraining, kYear);
        REQUIRE(d);
        definition = *d;
    }
    FormTable load() const {
        return FormRepository(t.connection()).load(definition, kLanshan, kYear);
    }
    bool save(const FormTable& table, QString* error) const {
        return FormRepository(t.connection()).save(table, u"manual"_s, audit::kFormSaved, error);
    }
    // The events of one unit and year that `f` adds.
    template <typename F> QList<AuditEvent> eventsOf(F f) {
        AuditFilter filter;
        filter.unitCode = kLanshan;
        filter.year = kYear;
        const qsizetype before = AuditLog(t.connection()).events(filter).size();
        f();
        return AuditLog(t.connection()).events(filter).mid(before);
    }
    // The training form as a plan's yearly return names it (none of the presets' does).
    qint64 trainingObligation() const {
        Obligation o;
        o.planId = PlanRepository(t.connection()).findByCode(u"linyi-2021"_s)->id;
        o.code = u"training-annual"_s;
        o.title = u"培训情况年报"_s;
        o.recurrence = Recurrence::Yearly;
        o.dueMonth = 12;
        o.dueDay = 20;
        o.annexKind = AnnexKind::Annual;
        o.formCode = kTraining;
        o.position = 20;
        QString error;
        ObligationRepository obligations(t.connection());
        REQUIRE(obligations.add(o, &error));
        return obligations.findByCode(o.planId, o.code)->id;
    }
};

QList<AuditEvent> withAction(const QList<AuditEvent>& events, const QString& action) {
    QList<AuditEvent> out;
    for (const AuditEvent& e : events)
        if (e.action == action)
            out << e;
    return out;
}
} // namespace

TEST_CASE("A training save records one audit event per changed value and keeps a version",
          "[forms][audit][versions]") {
    Fixture f;
    FormTable table = f.load();
    REQUIRE(table.rows.size() > 1);
    const FormRow& first = table.rows.at(0);
    const QString entity = u"training/%1/%2"_s.arg(first.group, first.key);
    table.rows[0].setNumber(u"key_personnel"_s, 12);
    table.rows[0].setNumber(u"trained"_s, 9);
    table.fields.insert(u"preparer"_s, u"张三"_s);
    QString error;
    const QList<AuditEvent> saved = f.eventsOf([&] { REQUIRE(f.save(table, &error)); });
    // The save's own event, then one per value in the definition's column order, then the
    // footer field.
    REQUIRE(saved.size() == 4);
    CHECK(saved.at(0).action == audit::kFormSaved);
    CHECK(saved.at(1).action == audit::kFormCell);
    CHECK(saved.at(1).entity == entity);
    CHECK(saved.at(1).field == u"key_personnel"_s);
    CHECK(saved.at(1).oldValue.isEmpty());
    CHECK(saved.at(1).newValue == u"12"_s);
    CHECK(saved.at(1).reason == u"manual"_s);
    CHECK(saved.at(2).field == u"trained"_s);
    CHECK(saved.at(2).newValue == u"9"_s);
    CHECK(saved.at(3).action == audit::kFormField);
    CHECK(saved.at(3).entity == kTraining);
    CHECK(saved.at(3).field == u"preparer"_s);
    CHECK(saved.at(3).newValue == u"张三"_s);

    // A second save names only what changed.
    FormTable again = f.load();
    again.rows[0].setNumber(u"trained"_s, 10);
    const QList<AuditEvent> cells =
        withAction(f.eventsOf([&] { REQUIRE(f.save(again, &error)); }), audit::kFormCell);
    REQUIRE(cells.size() == 1);
    CHECK(cells.first().entity == entity);
    CHECK(cells.first().oldValue == u"9"_s);
    CHECK(cells.first().newValue == u"10"_s);
    // Saving the same again changes no value.
    CHECK(withAction(f.eventsOf([&] { REQUIRE(f.save(f.load(), &error)); }), audit::kFormCell)
              .isEmpty());

    const QList<FormVersion> versions =
        FormVersions(f.t.connection()).versions(kTraining, kLanshan, kYear);
    REQUIRE(versions.size() == 3);
    CHECK(versions.at(0).formCode == kTraining);
    CHECK(versions.at(0).source == u"manual"_s);
    CHECK(versions.at(1).table == again);
    CHECK(versions.at(0).table.rows.at(0).number(u"trained"_s) == 9);
    CHECK(FormVersions(f.t.connection()).find(versions.at(1).id)->table == versions.at(1).table);
    const QList<FormChange> changes =
        diffForms(f.definition, versions.at(0).table, versions.at(1).table);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first() == FormChange{FormChange::Kind::Cell, first.group, first.key,
                                        u"trained"_s, u"9"_s, u"10"_s});
    // Another form's versions are its own.
    CHECK(FormVersions(f.t.connection()).versions(u"annex"_s, kLanshan, kYear).isEmpty());
}

TEST_CASE("A training import keeps the file's digest in its version and one form.imported event",
          "[forms][audit][versions]") {
    Fixture f;
    QString error;
    QString text =
        *FormTableExport(f.t.connection()).csv(kLanshan, kTraining, kYear, CsvLayout::Form, &error);
    const QString blank = u"危险化学品,分管负责人,,,,,,,,"_s;
    REQUIRE(text.contains(blank));
    text.replace(blank, u"危险化学品,分管负责人,12,9,,,,,,"_s);
    const FormTableImporter importer(f.t.connection());
    FormTableFileImport import =
        importer.prepare(utf8WithBom(text), u"training.csv"_s, kTraining, {});
    REQUIRE(import.sha256.size() == 64);
    const QList<AuditEvent> events = f.eventsOf([&] { REQUIRE(importer.commit(import)); });
    const QList<AuditEvent> imported = withAction(events, audit::kFormImported);
    REQUIRE(imported.size() == 1);
    CHECK(imported.first().entity == kTraining);
    CHECK(withAction(events, audit::kFormCell).size() == 2);

    const QList<FormVersion> versions =
        FormVersions(f.t.connection()).versions(kTraining, kLanshan, kYear);
    REQUIRE(versions.size() == 1);
    CHECK(versions.first().sha256 == QString::fromLatin1(import.sha256));
    CHECK(versions.first().source == imported.first().newValue);
    // Typed in, a version has no digest.
    REQUIRE(f.save(f.load(), &error));
    CHECK(FormVersions(f.t.connection())
              .versions(kTraining, kLanshan, kYear)
              .last()
              .sha256.isEmpty());
}

TEST_CASE("An accepted training return locks the table until it is reopened with a reason",
          "[forms][returns][locks]") {
    Fixture f;
    const qint64 obligation = f.trainingObligation();
    FormTable table = f.load();
    table.rows[0].setNumber(u"key_personnel"_s, 12);
    QString error;
    REQUIRE(f.save(table, &error));

    ReturnsService returns(f.t.connection());
    REQUIRE(returns.markReceived(kLanshan, obligation, kYear, QDate(2023, 12, 1), {}, &error));
    const QList<AuditEvent> accepted =
        f.eventsOf([&] { REQUIRE(returns.accept(kLanshan, obligation, kYear, &error)); });
    const QList<AuditEvent> locked = withAction(accepted, audit::kFormLocked);
    REQUIRE(locked.size() == 1);
    CHECK(locked.first().entity == kTraining);
    CHECK(locked.first().reason.contains(u"培训情况年报"_s));
    FormLocks locks(f.t.connection());
    CHECK(locks.isLocked(kTraining, kLanshan, kYear));
    // The form the obligation names, not the 基本情况表 of the year.
    CHECK_FALSE(locks.isLocked(u"annex"_s, kLanshan, kYear));

    // Refused, and nothing changes.
    FormTable changed = f.load();
    changed.rows[0].setNumber(u"key_personnel"_s, 99);
    CHECK_FALSE(f.save(changed, &error));
    CHECK(error.contains(u"locked"_s));
    CHECK(f.load() == table);
    CHECK(FormVersions(f.t.connection()).versions(kTraining, kLanshan, kYear).size() == 1);
    // Another year of the same table is open.
    FormTable nextYear = FormRepository(f.t.connection()).load(f.definition, kLanshan, kYear + 1);
    nextYear.rows[0].setNumber(u"key_personnel"_s, 5);
    CHECK(FormRepository(f.t.connection()).save(nextYear, u"manual"_s, audit::kFormSaved, &error));

    // Reopening needs a reason, puts the return back to 已报送 and lands in the trail.
    CHECK_FALSE(returns.unlockForm(kTraining, kLanshan, kYear, u" "_s, &error));
    const QList<AuditEvent> reopened = f.eventsOf(
        [&] { REQUIRE(returns.unlockForm(kTraining, kLanshan, kYear, u"人数有误"_s, &error)); });
    const QList<AuditEvent> unlocked = withAction(reopened, audit::kFormUnlocked);
    REQUIRE(unlocked.size() == 1);
    CHECK(unlocked.first().entity == kTraining);
    CHECK(unlocked.first().reason == u"人数有误"_s);
    CHECK_FALSE(locks.isLocked(kTraining, kLanshan, kYear));
    CHECK(returns.entry(kLanshan, obligation, kYear, QDate(2023, 12, 15))->status ==
          ReturnStatus::Submitted);
    REQUIRE(f.save(changed, &error));
    CHECK(f.load().rows[0].number(u"key_personnel"_s) == 99);
}
