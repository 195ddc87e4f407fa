// Issue 18 at 1024×700: the 各下级单位 chart names every county in full (Qt Charts cut them to
// "临沂高新…" in a third of the window).
#include "charts/chart_panel.h"
#include "feature_installer.h"
#include "progress/trends_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "storage/annex_repository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QStringList kLinyiCounties = {u"371302"_s, u"371311"_s, u"371312"_s, u"371321"_s,
                                    u"371322"_s, u"371323"_s, u"371324"_s, u"371325"_s,
                                    u"371326"_s, u"371327"_s, u"371328"_s, u"371329"_s,
                                    u"371371"_s, u"371372"_s, u"371373"_s};

void saveForm(const QSqlDatabase& db, const QString& unit, int year, int accidents) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = {AnnexRow{u"危险化学品"_s, false, {10, 8, 1000, 800, accidents}, {}}};
    QString error;
    REQUIRE(AnnexRepository(db).save(t, u"manual"_s, &error));
}

// The zh_CN catalogue while it lives; the other tests read English.
struct Language {
    std::unique_ptr<QTranslator> translator;
    explicit Language(bool chinese) {
        if (!chinese)
            return;
        translator = std::make_unique<QTranslator>();
        REQUIRE(translator->load(u":/i18n/yufang_zh_CN.qm"_s));
        REQUIRE(QCoreApplication::installTranslator(translator.get()));
    }
    ~Language() {
        if (translator)
            QCoreApplication::removeTranslator(translator.get());
    }
};

// Every text item the chart painted, axis labels included.
QStringList chartTexts(const QChart& chart) {
    QStringList texts;
    QList<QGraphicsItem*> items = chart.childItems();
    while (!items.isEmpty()) {
        QGraphicsItem* item = items.takeFirst();
        items << item->childItems();
        if (!item->isVisible())
            continue;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            texts << t->toPlainText();
        else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            texts << s->text();
    }
    return texts;
}
} // namespace

TEST_CASE("the units-below chart names every county in full at 1024 by 700",
          "[ui][layout][charts]") {
    UiFixture f;
    installFeatures(*f.window, *f.session, f.prompter);
    for (int i = 0; i < kLinyiCounties.size(); ++i) {
        saveForm(f.session->connection(), kLinyiCounties.at(i), 2020, 4);
        saveForm(f.session->connection(), kLinyiCounties.at(i), 2024, 1 + i % 4);
    }
    f.window->show();
    f.window->resize(1024, 700);
    auto* trends = f.window->findChild<TrendsTab*>();
    REQUIRE(trends);
    REQUIRE(f.window->unitSelector()->selectUnit(u"371300"_s, 2024));
    f.window->tabs()->setCurrentWidget(trends);
    QApplication::processEvents();
    QApplication::processEvents();
    ChartPanel* panel = trends->childrenChart();
    REQUIRE(panel->spec().categories.size() == kLinyiCounties.size());
    QChart* chart = panel->chartView()->chart();
    REQUIRE(chart);
    const QStringList texts = chartTexts(*chart);
    QStringList elided;
    for (const QString& t : texts)
        if (t.contains(u"..."_s) || t.contains(u"…"_s))
            elided << t;
    INFO("chart " << panel->chartView()->width() << "x" << panel->chartView()->height()
                  << ", elided: " << elided.join(u", "_s).toStdString());
    CHECK(elided.isEmpty());
    for (const QString& county : panel->spec().categories)
        CHECK(texts.contains(county));
}
