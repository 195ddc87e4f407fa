// The real yufang-cli beside a GUI holding a form (issue 12, observation 3): the CLI may run
// while a window has the database open (and locked), its writes bump the form's revision, so
// the window's stale save is refused naming the CLI's account; and a window's newer save is
// never replaced by an import without --replace.
#include "cli_support.h"

#include "../test_server.h"

#include "storage/annex_repository.h"
#include "storage/database.h"
#include "storage/database_lock.h"
#include "storage/record_revisions.h"

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;

QByteArray lanshanForm(int accidents) {
    return utf8WithBom(csvLines(
        {u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s,
         u"填报单位：临沂市兰山区人力资源和社会保障局"_s,
         u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2021年工伤事故数量,工伤事故发生率,备注"_s,
         u"危险化学品,10,8,1000,800,,%1,,"_s.arg(accidents)}));
}

// The GUI's side: an open database (locked, as the window holds it) and the form on screen.
struct Window {
    DatabaseLock lock;
    Database db;
    RevisionTicket ticket;
    AnnexTable form;
    explicit Window(const QString& path) : lock(path), db(path) {
        // A file is held with a lock file beside it; a server needs none (its own locks).
        if (!isServerAddress(path))
            REQUIRE(lock.tryAcquire());
        QString error;
        REQUIRE(db.open(&error));
    }
    void load() {
        ticket = RecordRevisions(db.connection()).ticket(RecordKey::annex(kLanshan, 2021));
        form = AnnexRepository(db.connection()).load(kLanshan, 2021);
    }
    bool save(QString* error) {
        return AnnexRepository(db.connection()).save(form, u"manual"_s, error, {}, &ticket);
    }
};
} // namespace

TEST_CASE("A window's stale form is refused after yufang-cli replaced it", "[cli][conflict]") {
    CliSandbox box;
    const QString db = box.dbPath();
    const QString address = box.databaseAddress(db);
    REQUIRE(box.run({u"init"_s}, db).exitCode == 0);
    box.write(u"a.csv"_s, lanshanForm(4));
    REQUIRE(box.run({u"import-annex"_s, box.filePath(u"a.csv"_s)}, db).exitCode == 0);

    Window window(address);
    window.load();
    // The CLI runs beside the locked window and replaces the form.
    qputenv("USER", "cli-clerk");
    box.write(u"b.csv"_s, lanshanForm(6));
    const CliResult r = box.run({u"import-annex"_s, u"--replace"_s, box.filePath(u"b.csv"_s)}, db);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);

    // The window, still showing accidents = 4, saves a remark: refused, naming the CLI's run.
    qputenv("USER", "gui-clerk");
    window.form.rows[0].remark = u"备注"_s;
    QString error;
    CHECK_FALSE(window.save(&error));
    // On a server the CLI's database login, whatever its USER said.
    CHECK(error.contains(recordedAccount(u"cli-clerk"_s)));
    CHECK(AnnexRepository(window.db.connection()).load(kLanshan, 2021).rows[0].counts.accidents ==
          6);
    // Reloaded, it saves on top of the CLI's figures.
    window.load();
    window.form.rows[0].remark = u"备注"_s;
    CHECK(window.save(&error));
    CHECK(AnnexRepository(window.db.connection()).load(kLanshan, 2021).rows[0].counts.accidents ==
          6);
}

TEST_CASE("yufang-cli never replaces a window's newer save without being told to",
          "[cli][conflict]") {
    CliSandbox box;
    const QString db = box.dbPath();
    const QString address = box.databaseAddress(db);
    REQUIRE(box.run({u"init"_s}, db).exitCode == 0);
    Window window(address);
    window.load();
    window.form.rows[0].counts.accidents = 2;
    window.form.rows[0].remark = u"窗口录入"_s;
    QString error;
    REQUIRE(window.save(&error));

    box.write(u"a.csv"_s, lanshanForm(4));
    const CliResult refused = box.run({u"import-annex"_s, box.filePath(u"a.csv"_s)}, db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.errText().contains(u"already holds data"_s));
    CHECK(AnnexRepository(window.db.connection()).load(kLanshan, 2021).rows[0].remark ==
          u"窗口录入"_s);

    // With --replace the CLI replaces what it read, atomically, and the window is told on its
    // next save.
    const CliResult replaced =
        box.run({u"import-annex"_s, u"--replace"_s, box.filePath(u"a.csv"_s)}, db);
    INFO(replaced.describe());
    CHECK(replaced.exitCode == 0);
    window.form.rows[0].remark = u"再次修改"_s;
    CHECK_FALSE(window.save(&error));
    CHECK(AnnexRepository(window.db.connection()).load(kLanshan, 2021).rows[0].counts.accidents ==
          4);
}
