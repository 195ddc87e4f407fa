// 文件 → 备份数据库 / 恢复数据库 / 检查数据库 (issue 20), and a damaged database met at open:
// the window offers its last automatic backup.
#include "database_actions.h"
#include "window_fixture.h"

#include "../test_server.h"

#include "storage/backup.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("File menu backs up and checks the database and restores a backup", "[ui][faults]") {
    UiFixture f;
    auto* actions = f.window->findChild<DatabaseActions*>();
    REQUIRE(actions);
    REQUIRE(actions->backupAction()->isEnabled());
    const QString backup = f.dir.filePath(u"copy.sqlite"_s);
    actions->chooseBackupFile = [&](const QString&) { return backup; };
    actions->backupAction()->trigger();
    QString why;
    REQUIRE(checkBackupFile(backup, &why));
    CHECK(f.prompter.messages.last().contains(backup));

    actions->checkAction()->trigger();
    CHECK(f.prompter.messages.last().contains(u"passed"_s));

    f.prompter.texts.enqueue(u"5"_s);
    actions->keepAction()->trigger();
    CHECK(RollingBackups::keep(f.session->connection()) == 5);

    REQUIRE(QSqlQuery(f.session->connection())
                .exec(u"INSERT INTO meta (key, value) VALUES ('after-backup', '1')"_s));
    actions->chooseRestoreFile = [&](const QString&) { return backup; };
    f.prompter.answers.enqueue(QMessageBox::Yes);
    actions->restoreAction()->trigger();
    QSqlQuery q(f.session->connection());
    REQUIRE(q.exec(u"SELECT COUNT(*) FROM meta WHERE key = 'after-backup'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("On a server the file-only database actions are off and name pg_dump instead",
          "[ui][server]") {
    UiFixture f;
    auto* actions = f.window->findChild<DatabaseActions*>();
    REQUIRE(actions);
    const QList<QAction*> all = {actions->backupAction(), actions->restoreAction(),
                                 actions->checkAction(), actions->keepAction()};
    for (QAction* a : all) {
        CAPTURE(a->text());
        CHECK(a->isEnabled());
        CHECK_FALSE(a->toolTip().contains(u"server"_s));
    }
    // The server half needs the suite's PostgreSQL pass (scripts/test.sh runs this test there).
    const auto server = freshTestSchema();
    if (!server)
        return;
    REQUIRE(f.window->openDatabase(server->url(false)));
    for (QAction* a : all) {
        CAPTURE(a->text());
        CHECK_FALSE(a->isEnabled());
        CHECK(a->toolTip().contains(u"connected to a server"_s));
    }
    CHECK(actions->backupAction()->toolTip().contains(u"pg_dump"_s));
    CHECK(actions->backupAction()->toolTip().contains(u"dbname="_s + server->database));
    CHECK(actions->restoreAction()->toolTip().contains(u"pg_restore"_s));
    // Disabled actions do nothing even when called.
    const qsizetype messages = f.prompter.messages.size();
    actions->chooseBackupFile = [&](const QString&) {
        FAIL("no file chooser on a server");
        return QString();
    };
    actions->backupAction()->trigger();
    CHECK(f.prompter.messages.size() == messages);
    // Back on a file, they are on again.
    REQUIRE(f.window->openDatabase(f.dbPath()));
    for (QAction* a : all)
        CHECK(a->isEnabled());
}

TEST_CASE("Opening a damaged database offers its last automatic backup", "[ui][faults]") {
    UiFixture f;
    QString why;
    REQUIRE(RollingBackups(f.dbPath()).take(f.session->connection(), u"test"_s, &why));
    qint64 offset = 0;
    {
        QSqlQuery q(f.session->connection());
        REQUIRE(q.exec(u"SELECT (SELECT rootpage FROM sqlite_master WHERE name = 'unit') - 1,"
                       " (SELECT page_size FROM pragma_page_size)"_s));
        REQUIRE(q.next());
        offset = q.value(0).toLongLong() * q.value(1).toLongLong();
    }
    f.window.reset();
    f.session.reset();
    {
        QFile file(f.dbPath());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(offset));
        REQUIRE(file.write(QByteArray(32, '\xA5')) == 32);
    }
    f.session = std::make_unique<Session>();
    f.window = std::make_unique<MainWindow>(*f.session, f.prompter, *f.settings);
    f.prompter.answers.enqueue(QMessageBox::Yes);
    CHECK(f.window->openDatabase(f.dbPath()));
    REQUIRE_FALSE(f.prompter.asked.isEmpty());
    CHECK(f.prompter.asked.last().contains(u"damaged"_s));
    CHECK(f.prompter.asked.last().contains(RollingBackups(f.dbPath()).latest()));
    CHECK(integrityProblems(f.dbPath(), &why).isEmpty());
}
