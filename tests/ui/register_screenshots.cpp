// Not a test: renders docs/register.png and docs/uninsured.png from a database holding the
// synthetic register (bench/generate_register.py, yufang-cli import-units and import-register).
// Hidden from CTest ("[.]"); run by hand:
//   YUFANG_DEMO_DB=reg.sqlite YUFANG_SHOTS=docs build/tests/ui/yufang_ui_tests "[register-shots]"
#include "main_window.h"
#include "register_tab.h"
#include "scripted_prompter.h"
#include "session.h"
#include "uninsured_tab.h"
#include "unit_selector.h"

#include "i18n.h"
#include "settings.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yufang;

TEST_CASE("screenshots of the register tabs", "[.][register-shots]") {
    const QString db = qEnvironmentVariable("YUFANG_DEMO_DB");
    const QString out = qEnvironmentVariable("YUFANG_SHOTS");
    REQUIRE_FALSE(db.isEmpty());
    REQUIRE_FALSE(out.isEmpty());
    QTemporaryDir dir;
    installTranslations(QStringLiteral("zh_CN"));
    QSettings backend(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(backend);
    test::ScriptedPrompter prompter;
    Session session;
    MainWindow window(session, prompter, settings);
    REQUIRE(window.openDatabase(db));
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.unitSelector()->selectUnit(QStringLiteral("370000"), 2023));
    for (int i = 0; i < window.tabs()->count(); ++i) {
        QWidget* tab = window.tabs()->widget(i);
        const QString name = qobject_cast<RegisterTab*>(tab)    ? QStringLiteral("register")
                             : qobject_cast<UninsuredTab*>(tab) ? QStringLiteral("uninsured")
                                                                : QString();
        if (name.isEmpty())
            continue;
        if (name == QLatin1String("uninsured"))
            REQUIRE(window.unitSelector()->selectUnit(QStringLiteral("371302"), 2023));
        window.tabs()->setCurrentIndex(i);
        QTest::qWait(300);
        // Quality 0 is the strongest PNG compression: the pictures stay under 300 KB.
        REQUIRE(window.grab().save(QDir(out).filePath(name + QStringLiteral(".png")), "PNG", 0));
    }
}
