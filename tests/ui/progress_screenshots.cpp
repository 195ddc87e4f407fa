// Not a test: renders docs/dashboard.png and docs/trends.png from a demo database. Hidden from
// CTest ("[.]"); run by hand after tools/make_demo_data.py and yufang-cli import-annex:
//   YUFANG_DEMO_DB=demo.sqlite YUFANG_SHOTS=docs [YUFANG_PDF=report.pdf]
//       [YUFANG_SHOT_SIZES=1024x700,1920x1080] build/tests/ui/yufang_ui_tests "[screenshots]"
// With YUFANG_SHOT_SIZES each picture is taken at each size (dashboard-1024x700.png, …).
#include "main_window.h"
#include "progress/dashboard_tab.h"
#include "progress/progress_feature.h"
#include "progress/progress_report_actions.h"
#include "progress/trends_tab.h"
#include "scripted_prompter.h"
#include "session.h"
#include "unit_selector.h"

#include "i18n.h"
#include "settings.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yufang;

TEST_CASE("screenshots of the progress tabs", "[.][screenshots]") {
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
    const ProgressFeature feature = installProgressFeature(window, session, prompter);
    REQUIRE(window.openDatabase(db));
    const QStringList sizes =
        qEnvironmentVariable("YUFANG_SHOT_SIZES").split(QLatin1Char(','), Qt::SkipEmptyParts);
    window.show();
    REQUIRE(window.unitSelector()->selectUnit(QStringLiteral("371300"), 2025));
    for (const QString& size : sizes.isEmpty() ? QStringList{QString()} : sizes) {
        const QStringList wh = size.split(QLatin1Char('x'));
        window.resize(wh.size() == 2 ? wh.at(0).toInt() : 1280,
                      wh.size() == 2 ? wh.at(1).toInt() : 800);
        const QString suffix = size.isEmpty() ? QString() : QLatin1Char('-') + size;
        for (const auto& [widget, name] :
             {std::pair<QWidget*, QString>{feature.dashboard, QStringLiteral("dashboard")},
              std::pair<QWidget*, QString>{feature.trends, QStringLiteral("trends")}}) {
            window.tabs()->setCurrentWidget(widget);
            QTest::qWait(300); // Qt Charts lays its axes out in posted events
            REQUIRE(window.grab().save(QDir(out).filePath(name + suffix + QStringLiteral(".png"))));
        }
    }
    if (const QString pdf = qEnvironmentVariable("YUFANG_PDF"); !pdf.isEmpty()) {
        QString error;
        REQUIRE(feature.report->exportPdf(pdf, &error));
    }
}
