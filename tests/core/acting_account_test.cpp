// Who did it (storage/database_account.h): every record of who saved, locked or changed
// something names the acting account, on a server the database login. Two clerks whose PCs
// both call them "Administrator" are told apart on a server, and a save conflict names the
// login that saved first, not whatever USER said on that PC. On a file nothing changes: the
// operating-system account, as before.
#include "test_support.h"

#include "../test_server.h"

#include "services/form_definitions.h"
#include "storage/annex_repository.h"
#include "storage/audit_log.h"
#include "storage/form_locks.h"
#include "storage/form_repository.h"
#include "storage/form_versions.h"
#include "storage/record_revisions.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;

// USER as this test sets it, restored afterwards for the tests that run after it.
struct UserAs {
    const QByteArray saved = qgetenv("USER");
    explicit UserAs(const char* account) { qputenv("USER", account); }
    ~UserAs() { qputenv("USER", saved); }
};
} // namespace

TEST_CASE("Revisions and locks and versions and audit events name the acting account",
          "[account][audit][revisions]") {
    TempDatabase t;
    QSqlDatabase db = t.connection();
    // What the PC says; on a server it must not be read (the test server's role is not it).
    const UserAs user("Administrator");
    const QString expected = recordedAccount(u"Administrator"_s);
    if (testServer())
        REQUIRE(expected != u"Administrator"_s);
    QString error;

    // The annex: its revision, its version and its cell events.
    const RevisionTicket loaded = RecordRevisions(db).ticket(RecordKey::annex(kLanshan, 2021));
    AnnexTable annex = AnnexRepository(db).load(kLanshan, 2021);
    REQUIRE_FALSE(annex.rows.isEmpty());
    annex.rows[0].counts = counts(10, 8, 1000, 800, 4);
    REQUIRE(AnnexRepository(db).save(annex, u"manual"_s, &error));
    CHECK(RecordRevisions(db).current(RecordKey::annex(kLanshan, 2021)).account == expected);
    const QList<FormVersion> versions = FormVersions(db).versions(u"annex"_s, kLanshan, 2021);
    REQUIRE(versions.size() == 1);
    CHECK(versions.first().account == expected);

    // A form of the form engine: its revision and its event.
    const auto training = FormDefinitions(db).forUnit(kLanshan, u"training"_s, 2021);
    REQUIRE(training);
    FormTable form = FormRepository(db).load(*training, kLanshan, 2021);
    REQUIRE_FALSE(form.rows.isEmpty());
    form.rows[0].setNumber(u"key_personnel"_s, 12);
    REQUIRE(FormRepository(db).save(form, u"editor"_s, audit::kFormSaved, &error));
    CHECK(RecordRevisions(db).current(RecordKey::form(u"training"_s, kLanshan, 2021)).account ==
          expected);

    // The lock an accepted return puts on the form, and its event.
    REQUIRE(db.transaction());
    REQUIRE(FormLocks(db).lockWithinTransaction(u"annex"_s, kLanshan, 2021, u"accepted"_s, &error));
    REQUIRE(db.commit());
    const auto lock = FormLocks(db).lockOf(u"annex"_s, kLanshan, 2021);
    REQUIRE(lock);
    CHECK(lock->lockedBy == expected);

    AuditFilter filter;
    filter.unitCode = kLanshan;
    const QList<AuditEvent> events = AuditLog(db).events(filter);
    REQUIRE(events.size() >= 3);
    for (const AuditEvent& e : events) {
        INFO(e.action.toStdString());
        CHECK(e.account == expected);
    }

    // The editor that loaded before the save is refused, and told who saved: the login.
    REQUIRE(db.transaction());
    REQUIRE(
        FormLocks(db).unlockWithinTransaction(u"annex"_s, kLanshan, 2021, u"correction"_s, &error));
    REQUIRE(db.commit());
    RevisionTicket stale = loaded;
    CHECK_FALSE(AnnexRepository(db).save(annex, u"manual"_s, &error, {}, &stale));
    CHECK(error.contains(expected));
}
