// Not a test: renders docs/main-window.png (the README's picture) from a demo database, with
// every feature installed as the application does. Hidden from CTest ("[.]"); run by hand:
//   python3 tools/make_demo_data.py D && yufang-cli --db demo.sqlite import-annex D/*.csv
//   YUFANG_DEMO_DB=demo.sqlite YUFANG_SHOTS=docs build/tests/ui/yufang_ui_tests
//   "[main-window-shot]"
#include "annex_columns.h"
#include "feature_installer.h"
#include "main_window.h"
#include "scripted_prompter.h"
#include "session.h"
#include "unit_selector.h"

#include "i18n.h"
#include "settings.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yufang;

TEST_CASE("screenshot of the main window with the annex editor", "[.][main-window-shot]") {
    const QString source = qEnvironmentVariable("YUFANG_DEMO_DB");
    const QString out = qEnvironmentVariable("YUFANG_SHOTS");
    REQUIRE_FALSE(source.isEmpty());
    REQUIRE_FALSE(out.isEmpty());
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(QFile::copy(source, db));
    installTranslations(QStringLiteral("zh_CN"));
    QSettings backend(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(backend);
    test::ScriptedPrompter prompter;
    Session session;
    MainWindow window(session, prompter, settings);
    installFeatures(window, session, prompter);
    REQUIRE(window.openDatabase(db));
    window.resize(1280, 800);
    window.show();
    // YUFANG_SHOT_TAB=N (with YUFANG_SHOT_UNIT, YUFANG_SHOT_YEAR) shoots tab N as tab-N.png
    // instead, to look at any screen on real data.
    const QString tab = qEnvironmentVariable("YUFANG_SHOT_TAB");
    const QString unit = qEnvironmentVariable("YUFANG_SHOT_UNIT", QStringLiteral("371302"));
    const int year = qEnvironmentVariable("YUFANG_SHOT_YEAR", QStringLiteral("2025")).toInt();
    REQUIRE(window.unitSelector()->selectUnit(unit, year));
    if (tab.isEmpty())
        window.tabs()->setCurrentWidget(window.annexTab());
    else
        window.tabs()->setCurrentIndex(tab.toInt());
    QTest::qWait(300);
    const QString name =
        tab.isEmpty() ? QStringLiteral("main-window.png") : QStringLiteral("tab-%1.png").arg(tab);
    REQUIRE(window.grab().save(QDir(out).filePath(name)));
}
