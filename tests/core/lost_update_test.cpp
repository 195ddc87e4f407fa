// No lost update (storage/record_revisions.h): two copies of the app on one database file, each
// with its own connection, load the same record; whichever saves second is refused, naming who
// saved first and when, and the first save survives. Every editor's save path, both orders;
// imports and derivations whose preview went stale; a read-only copy; the lock file.
#include "../test_server.h"
#include "form_fixtures.h"
#include "test_support.h"

#include "annex_form_import.h"
#include "services/register_derivation.h"
#include "services/returns_service.h"
#include "storage/annex_repository.h"
#include "storage/audit_log.h"
#include "storage/database_lock.h"
#include "storage/expert_repository.h"
#include "storage/fee_repository.h"
#include "storage/migrations.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"
#include "storage/provider_repository.h"
#include "storage/rate_scheme_repository.h"
#include "storage/record_revisions.h"
#include "storage/task_repository.h"
#include "storage/tracking_repository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QSysInfo>

#include <functional>

#ifdef Q_OS_UNIX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kIndustry = u"危险化学品"_s;

// The second copy of the app: its own Database (own connection) on the same file.
struct TwoCopies {
    TempDatabase t;
    Database second{t.path()};
    TwoCopies() {
        QString error;
        REQUIRE(second.open(&error));
    }
    QSqlDatabase copy(int n) const { return n == 1 ? t.connection() : second.connection(); }
};

void saveAs(const char* account) {
    qputenv("USER", account);
}

qint64 planId(const QSqlDatabase& db) {
    return PlanRepository(db).findByCode(u"linyi-2021"_s)->id;
}

// One editor's save path as the GUI drives it: load (the ticket is taken before the data),
// then save one copy's change with that ticket. `holds` tells whether copy n's change is stored.
struct EditorPath {
    const char* name;
    std::function<void(const QSqlDatabase&, qint64*)> seed; // creates the record, sets its id
    std::function<RevisionTicket(const QSqlDatabase&, qint64 id)> load;
    std::function<bool(const QSqlDatabase&, qint64 id, int n, RevisionTicket*, QString*)> save;
    std::function<bool(const QSqlDatabase&, qint64 id, int n)> holds;
};

QString mark(int n) {
    return u"copy %1"_s.arg(n);
}

QList<EditorPath> editorPaths() {
    QList<EditorPath> out;
    const auto none = [](const QSqlDatabase&, qint64*) {};
    out << EditorPath{"annex", none,
                      [](const QSqlDatabase& db, qint64) {
                          return RecordRevisions(db).ticket(RecordKey::annex(kLanshan, 2021));
                      },
                      [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
                          AnnexTable table = AnnexRepository(db).load(kLanshan, 2021);
                          for (AnnexRow& row : table.rows)
                              if (row.industry == kIndustry)
                                  row.remark = mark(n);
                          return AnnexRepository(db).save(table, u"manual"_s, e, {}, t);
                      },
                      [](const QSqlDatabase& db, qint64, int n) {
                          return AnnexRepository(db).load(kLanshan, 2021).find(kIndustry)->remark ==
                                 mark(n);
                      }};
    out << EditorPath{
        "training", none,
        [](const QSqlDatabase& db, qint64) {
            return RecordRevisions(db).ticket(RecordKey::training(kLanshan, 2021));
        },
        [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
            // the 培训 tab saves the form through the engine
            FormTable table = loadForm(db, u"training"_s, kLanshan, 2021);
            table.rows.first().setText(u"remark"_s, mark(n));
            return saveForm(db, table, u"manual"_s, e, t);
        },
        [](const QSqlDatabase& db, qint64, int n) {
            return loadForm(db, u"training"_s, kLanshan, 2021).rows.first().text(u"remark"_s) ==
                   mark(n);
        }};
    out << EditorPath{
        "disease", none,
        [](const QSqlDatabase& db, qint64) {
            return RecordRevisions(db).ticket(RecordKey::disease(kLanshan, 2021));
        },
        [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
            // the 职业病 tab saves the form through the engine
            FormTable table = loadForm(db, u"disease"_s, kLanshan, 2021);
            table.rows.first().setText(u"remark"_s, mark(n));
            return saveForm(db, table, u"manual"_s, e, t);
        },
        [](const QSqlDatabase& db, qint64, int n) {
            return loadForm(db, u"disease"_s, kLanshan, 2021).rows.first().text(u"remark"_s) ==
                   mark(n);
        }};
    out << EditorPath{
        "task record",
        [](const QSqlDatabase& db, qint64* id) {
            *id = PlanTaskRepository(db).forPlan(planId(db)).first().id;
        },
        [](const QSqlDatabase& db, qint64 id) {
            return RecordRevisions(db).ticket(RecordKey::taskRecord(kLanshan, id, 2021));
        },
        [](const QSqlDatabase& db, qint64 id, int n, RevisionTicket* t, QString* e) {
            TaskRecord r;
            r.unitCode = kLanshan;
            r.obligationId = id;
            r.year = 2021;
            r.progress = TaskProgress::InProgress;
            r.note = mark(n);
            return TaskRepository(db).saveRecord(r, e, t);
        },
        [](const QSqlDatabase& db, qint64 id, int n) {
            return TaskRepository(db).records(kLanshan, 2021).value(id).note == mark(n);
        }};
    auto hazard = [](qint64 id, int n) {
        Hazard h;
        h.id = id;
        h.unitCode = kLanshan;
        h.enterprise = u"临沂某化工有限公司"_s;
        h.problem = u"消防通道堵塞"_s;
        h.foundOn = QDate(2021, 3, 1);
        h.deadline = QDate(2021, 4, 1);
        h.note = mark(n);
        return h;
    };
    out << EditorPath{
        "hazard",
        [hazard](const QSqlDatabase& db, qint64* id) {
            Hazard h = hazard(0, 0);
            QString error;
            REQUIRE(TaskRepository(db).saveHazard(h, &error));
            *id = h.id;
        },
        [](const QSqlDatabase& db, qint64 id) {
            return RecordRevisions(db).ticket(RecordKey::hazard(id));
        },
        [hazard](const QSqlDatabase& db, qint64 id, int n, RevisionTicket* t, QString* e) {
            Hazard h = hazard(id, n);
            return TaskRepository(db).saveHazard(h, e, t);
        },
        [](const QSqlDatabase& db, qint64, int n) {
            const QList<Hazard> all = TaskRepository(db).hazards(kLanshan, 2021);
            return all.size() == 1 && all.first().note == mark(n);
        }};
    out << EditorPath{"fee budget", none,
                      [](const QSqlDatabase& db, qint64) {
                          return RecordRevisions(db).ticket(RecordKey::feeBudget(kLanshan, 2021));
                      },
                      [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
                          FeeBudget b = FeeRepository(db).budget(kLanshan, 2021);
                          b.priorIncomeFen = 100'000'000;
                          b.approvalReference = mark(n);
                          return FeeRepository(db).saveBudget(b, e, t);
                      },
                      [](const QSqlDatabase& db, qint64, int n) {
                          return FeeRepository(db).budget(kLanshan, 2021).approvalReference ==
                                 mark(n);
                      }};
    out << EditorPath{"fee project",
                      [](const QSqlDatabase& db, qint64* id) {
                          FeeProject p;
                          p.unitCode = kLanshan;
                          p.year = 2021;
                          p.name = u"尘肺病预防宣传"_s;
                          QString error;
                          REQUIRE(FeeRepository(db).saveProject(p, &error));
                          *id = p.id;
                      },
                      [](const QSqlDatabase& db, qint64 id) {
                          return RecordRevisions(db).ticket(RecordKey::feeProject(id));
                      },
                      [](const QSqlDatabase& db, qint64 id, int n, RevisionTicket* t, QString* e) {
                          FeeProject p = FeeRepository(db).projects(kLanshan, 2021).first();
                          REQUIRE(p.id == id);
                          p.note = mark(n);
                          return FeeRepository(db).saveProject(p, e, t);
                      },
                      [](const QSqlDatabase& db, qint64, int n) {
                          return FeeRepository(db).projects(kLanshan, 2021).first().note == mark(n);
                      }};
    out << EditorPath{"expert",
                      [](const QSqlDatabase& db, qint64* id) {
                          Expert x;
                          x.name = u"王专家"_s;
                          QString error;
                          REQUIRE(ExpertRepository(db).save(x, &error));
                          *id = x.id;
                      },
                      [](const QSqlDatabase& db, qint64 id) {
                          return RecordRevisions(db).ticket(RecordKey::expert(id));
                      },
                      [](const QSqlDatabase& db, qint64 id, int n, RevisionTicket* t, QString* e) {
                          Expert x = *ExpertRepository(db).find(id);
                          x.contact = mark(n);
                          return ExpertRepository(db).save(x, e, t);
                      },
                      [](const QSqlDatabase& db, qint64 id, int n) {
                          return ExpertRepository(db).find(id)->contact == mark(n);
                      }};
    out << EditorPath{"plan editor", [](const QSqlDatabase& db, qint64* id) { *id = planId(db); },
                      [](const QSqlDatabase& db, qint64 id) {
                          return RecordRevisions(db).ticket(RecordKey::plan(id));
                      },
                      [](const QSqlDatabase& db, qint64 id, int n, RevisionTicket* t, QString* e) {
                          Plan p = *PlanRepository(db).find(id);
                          p.issuer = mark(n);
                          return PlanStore(db).save(p, PlanTaskRepository(db).forPlan(id), e, t);
                      },
                      [](const QSqlDatabase& db, qint64 id, int n) {
                          return PlanRepository(db).find(id)->issuer == mark(n);
                      }};
    out << EditorPath{
        "returns board",
        [](const QSqlDatabase& db, qint64* id) {
            *id = ObligationRepository(db).findByCode(planId(db), u"baseline-survey"_s)->id;
        },
        [](const QSqlDatabase& db, qint64 id) {
            // What the board shows: the entry, with the revision it was read at.
            const auto e = ReturnsService(db).entry(kLanshan, id, 2021, QDate(2021, 8, 1));
            REQUIRE(e.has_value());
            return RevisionTicket{e->revision, {}};
        },
        [](const QSqlDatabase& db, qint64 id, int n, RevisionTicket* t, QString* e) {
            ReturnsService service(db);
            service.setLoadedRevision(t->loaded);
            if (!service.markReceived(kLanshan, id, 2021, QDate(2021, 8, n), mark(n), e))
                return false;
            // The board reloads after every action, and with it the revision it shows.
            t->loaded = service.entry(kLanshan, id, 2021, QDate(2021, 8, 1))->revision;
            return true;
        },
        [](const QSqlDatabase& db, qint64 id, int n) {
            const auto e = ReturnsService(db).entry(kLanshan, id, 2021, QDate(2021, 8, 1));
            return e && e->record && e->record->note == mark(n);
        }};
    out << EditorPath{"training provider",
                      [](const QSqlDatabase& db, qint64* id) {
                          TrainingProvider p;
                          p.name = u"安全培训中心"_s;
                          p.recommendedBy = u"city"_s;
                          QString error;
                          REQUIRE(ProviderRepository(db).save(&p, &error));
                          *id = p.id;
                      },
                      [](const QSqlDatabase& db, qint64 id) {
                          return RecordRevisions(db).ticket(RecordKey::provider(id));
                      },
                      [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
                          TrainingProvider p = ProviderRepository(db).all().first();
                          p.remark = mark(n);
                          return ProviderRepository(db).save(&p, e, t);
                      },
                      [](const QSqlDatabase& db, qint64, int n) {
                          return ProviderRepository(db).all().first().remark == mark(n);
                      }};
    out << EditorPath{"rate-floating tables", none,
                      [](const QSqlDatabase& db, qint64) {
                          return RecordRevisions(db).ticket(RecordKey::rateScheme());
                      },
                      [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
                          RateScheme s = RateSchemeRepository(db).load();
                          s.label = mark(n);
                          return RateSchemeRepository(db).save(s, e, t);
                      },
                      [](const QSqlDatabase& db, qint64, int n) {
                          return RateSchemeRepository(db).load().label == mark(n);
                      }};
    // 设置 → 本单位's 启用日期 (issue 18): copy n saves 1 n 2026.
    out << EditorPath{
        "start date", none,
        [](const QSqlDatabase& db, qint64) {
            return RecordRevisions(db).ticket(TrackingRepository::recordKey(kLanshan));
        },
        [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
            return TrackingRepository(db).setTrackedSince(kLanshan, QDate(2026, n, 1), e, t);
        },
        [](const QSqlDatabase& db, qint64, int n) {
            return TrackingRepository(db).trackedSince(kLanshan) == QDate(2026, n, 1);
        }};
    // The plan editor's 报送义务 page (issue 13): the plan's revision guards its returns.
    out << EditorPath{"return obligations", none,
                      [](const QSqlDatabase& db, qint64) {
                          return RecordRevisions(db).ticket(RecordKey::plan(planId(db)));
                      },
                      [](const QSqlDatabase& db, qint64, int n, RevisionTicket* t, QString* e) {
                          QList<Obligation> list = ObligationRepository(db).ofPlan(planId(db));
                          list.first().recipient = mark(n);
                          return ObligationRepository(db).saveForPlan(planId(db), list, e, t);
                      },
                      [](const QSqlDatabase& db, qint64, int n) {
                          return ObligationRepository(db).ofPlan(planId(db)).first().recipient ==
                                 mark(n);
                      }};
    return out;
}
} // namespace

TEST_CASE("Two copies save the same record: the second is refused in either order", "[revisions]") {
    const QList<EditorPath> paths = editorPaths();
    const int which = GENERATE(range(0, 14));
    REQUIRE(paths.size() == 14);
    const EditorPath& path = paths.at(which);
    const int first = GENERATE(1, 2);
    const int second = 3 - first;
    INFO(path.name << ": copy " << first << " saves first");

    TwoCopies c;
    qint64 id = 0;
    path.seed(c.copy(1), &id);
    // Both copies show the record.
    RevisionTicket tickets[3];
    tickets[1] = path.load(c.copy(1), id);
    tickets[2] = path.load(c.copy(2), id);

    QString error;
    saveAs(first == 1 ? "clerk-one" : "clerk-two");
    REQUIRE(path.save(c.copy(first), id, first, &tickets[first], &error));
    saveAs(second == 1 ? "clerk-one" : "clerk-two");
    CHECK_FALSE(path.save(c.copy(second), id, second, &tickets[second], &error));
    // Named by the account that saved first: on a server its database login.
    CHECK(error.contains(recordedAccount(first == 1 ? u"clerk-one"_s : u"clerk-two"_s)));
    CHECK(path.holds(c.copy(second), id, first)); // the first save survived, seen from both
    CHECK(path.holds(c.copy(first), id, first));

    // The first copy's ticket moved with its save: it may save again without reloading.
    error.clear();
    saveAs(first == 1 ? "clerk-one" : "clerk-two");
    CHECK(path.save(c.copy(first), id, first, &tickets[first], &error));
    // Reloading is how the second copy gets to save.
    tickets[second] = path.load(c.copy(second), id);
    saveAs(second == 1 ? "clerk-one" : "clerk-two");
    CHECK(path.save(c.copy(second), id, second, &tickets[second], &error));
    CHECK(path.holds(c.copy(first), id, second));
}

TEST_CASE("Observation 3: a stale form saving another cell does not blank the other copy's "
          "remark",
          "[revisions][bug]") {
    TwoCopies c;
    QString error;
    AnnexRepository one(c.copy(1));
    AnnexRepository two(c.copy(2));
    AnnexTable base = one.load(kLanshan, 2025);
    for (AnnexRow& row : base.rows)
        row.counts = counts(10, 8, 1000, 800, 2);
    REQUIRE(one.save(base, u"manual"_s, &error));

    // Both windows open 兰山区 2025.
    RevisionTicket ticket1 = RecordRevisions(c.copy(1)).ticket(RecordKey::annex(kLanshan, 2025));
    AnnexTable form1 = one.load(kLanshan, 2025);
    RevisionTicket ticket2 = RecordRevisions(c.copy(2)).ticket(RecordKey::annex(kLanshan, 2025));
    AnnexTable form2 = two.load(kLanshan, 2025);

    // Copy 2 saves a remark.
    saveAs("copy-two");
    form2.rows[0].remark = u"含新建园区"_s;
    REQUIRE(two.save(form2, u"manual"_s, &error, {}, &ticket2));

    // Copy 1, still showing the old form, saves another cell.
    saveAs("copy-one");
    form1.rows[1].counts.accidents = 5;
    CHECK_FALSE(one.save(form1, u"manual"_s, &error, {}, &ticket1));
    CHECK(error.contains(recordedAccount(u"copy-two"_s)));
    CHECK(error.contains(u"371302/2025"_s));
    CHECK(one.load(kLanshan, 2025).rows.at(0).remark == u"含新建园区"_s);
    CHECK(one.load(kLanshan, 2025).rows.at(1).counts.accidents == 2);
    // The refused save left nothing in the trail.
    for (const AuditEvent& e : AuditLog(c.copy(1)).events())
        CHECK(e.account != u"copy-one"_s);

    // Copy 1 overwrites on purpose, giving a reason: the trail says so.
    ticket1.loaded = RecordRevisions(c.copy(1)).current(RecordKey::annex(kLanshan, 2025)).number;
    ticket1.overwriteReason = u"县局电话确认以本版为准"_s;
    REQUIRE(one.save(form1, u"manual"_s, &error, {}, &ticket1));
    CHECK(ticket1.overwriteReason.isEmpty());
    bool recorded = false;
    for (const AuditEvent& e : AuditLog(c.copy(2)).events())
        if (e.action == audit::kRecordOverwritten) {
            recorded = true;
            CHECK(e.account == recordedAccount(u"copy-one"_s));
            CHECK(e.unitCode == kLanshan);
            CHECK(e.year == 2025);
            CHECK(e.reason == u"县局电话确认以本版为准"_s);
        }
    CHECK(recorded);
    CHECK(one.load(kLanshan, 2025).rows.at(0).remark.isEmpty()); // overwritten, knowingly
}

TEST_CASE("An import previewed before another copy saved the form is refused at commit",
          "[revisions]") {
    TwoCopies c;
    QString error;
    AnnexFormImporter importer(c.copy(1));
    FormImportOptions options;
    options.replace = true;
    const QByteArray file = utf8WithBom(
        u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表\r\n"
        "填报单位：临沂市兰山区人力资源和社会保障局\r\n"
        "重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,"
        "2021年工伤事故数量,工伤事故发生率,备注\r\n"
        "危险化学品,10,8,1000,800,,4,,\r\n"_s);
    FormTableFileImport preview = importer.prepare(file, u"兰山区.csv"_s, options);
    REQUIRE(preview.acceptable());

    // Meanwhile the other copy saves the form by hand.
    saveAs("clerk-two");
    AnnexTable typed = AnnexRepository(c.copy(2)).load(kLanshan, 2021);
    typed.rows[0].remark = u"手工补录"_s;
    REQUIRE(AnnexRepository(c.copy(2)).save(typed, u"manual"_s, &error));

    saveAs("clerk-one");
    CHECK_FALSE(importer.commit(preview));
    CHECK_FALSE(preview.landed);
    REQUIRE_FALSE(preview.diagnostics.isEmpty());
    CHECK(preview.diagnostics.last().message.contains(recordedAccount(u"clerk-two"_s)));
    CHECK(AnnexRepository(c.copy(1)).load(kLanshan, 2021).rows[0].remark == u"手工补录"_s);

    // Previewed again, it replaces what the clerk now sees.
    FormTableFileImport again = importer.prepare(file, u"兰山区.csv"_s, options);
    CHECK(importer.commit(again));
}

TEST_CASE("A read-only copy refuses every save in core and SQLite refuses raw writes",
          "[revisions]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    QString error;
    Database reader(t.path());
    reader.setReadOnly(true);
    REQUIRE(reader.open(&error));
    CHECK(reader.isReadOnly());
    CHECK(RecordRevisions::isReadOnly(reader.connection()));
    AnnexRepository annexes(reader.connection());
    AnnexTable table = annexes.load(kLanshan, 2021);
    table.rows[0].counts = counts(1, 1, 10, 10, 0);
    CHECK_FALSE(annexes.save(table, u"manual"_s, &error));
    CHECK(error == RecordRevisions::readOnlyMessage());
    Hazard h;
    h.unitCode = kLanshan;
    h.enterprise = u"某公司"_s;
    h.problem = u"问题"_s;
    h.deadline = QDate(2021, 5, 1);
    CHECK_FALSE(TaskRepository(reader.connection()).saveHazard(h, &error));
    CHECK(h.id == 0);
    QSqlQuery raw(reader.connection());
    CHECK_FALSE(raw.exec(u"INSERT INTO meta (key, value) VALUES ('x', 'y')"_s));
    CHECK_FALSE(AnnexRepository(t.connection()).hasData(kLanshan, 2021));
}

TEST_CASE("A second lock on one database names the holder and a crashed copy's lock is "
          "taken over",
          "[revisions][lock]") {
    YUFANG_SQLITE_ONLY(); // the lock file beside a database file; a server needs none
    TempDatabase t;
    DatabaseLock first(t.path());
    REQUIRE(first.tryAcquire());
    CHECK(QFileInfo::exists(t.path() + u".lock"_s));
    DatabaseLock second(t.path());
    CHECK_FALSE(second.tryAcquire());
    const auto holder = second.holder();
    REQUIRE(holder.has_value());
    CHECK(holder->pid == QCoreApplication::applicationPid());
    CHECK(holder->host == QSysInfo::machineHostName());
    const QString message = DatabaseLock::heldMessage(t.path(), *holder);
    CHECK(message.contains(QString::number(holder->pid)));
    CHECK(message.contains(QSysInfo::machineHostName()));
    CHECK(second.error().isEmpty());
#ifdef Q_OS_UNIX
    // A copy that dies without unlocking (kill -9, power cut) leaves its lock file behind.
    DatabaseLock crashed(t.filePath(u"other.sqlite"_s));
    const pid_t child = fork();
    if (child == 0) {
        QLockFile lock(DatabaseLock::lockPathFor(t.filePath(u"other.sqlite"_s)));
        lock.setStaleLockTime(0);
        _exit(lock.tryLock(0) ? 0 : 1);
    }
    int status = -1;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(QFileInfo::exists(DatabaseLock::lockPathFor(t.filePath(u"other.sqlite"_s))));
    CHECK(crashed.tryAcquire());
#endif
}

TEST_CASE("Migration 7 adds record revisions without touching stored values", "[revisions]") {
    TempDatabase t;
    QString error;
    AnnexTable table = AnnexRepository(t.connection()).load(kLanshan, 2021);
    table.rows[0].counts = counts(3, 2, 100, 90, 1);
    table.rows[0].remark = u"旧库数据"_s;
    REQUIRE(AnnexRepository(t.connection()).save(table, u"manual"_s, &error));
    {
        // Back to a database from before migration 7.
        QSqlQuery q(t.connection());
        REQUIRE(q.exec(u"DROP TABLE record_revision"_s));
        REQUIRE(q.exec(u"DELETE FROM schema_migration WHERE version = 7"_s));
    }
    t.reopen();
    CHECK(t.db().schemaVersion() == latestSchemaVersion());
    const AnnexTable after = AnnexRepository(t.connection()).load(kLanshan, 2021);
    CHECK(after.rows[0].counts == counts(3, 2, 100, 90, 1));
    CHECK(after.rows[0].remark == u"旧库数据"_s);
    CHECK(rowCount(t.connection(), u"record_revision"_s) == 0);
    // An editor loading it now holds revision 0 and saves normally.
    RevisionTicket ticket =
        RecordRevisions(t.connection()).ticket(RecordKey::annex(kLanshan, 2021));
    CHECK(ticket.loaded == 0);
    REQUIRE(AnnexRepository(t.connection()).save(after, u"manual"_s, &error, {}, &ticket));
    CHECK(ticket.loaded == 1);
}
