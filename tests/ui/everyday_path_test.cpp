// Issue 18, a day's work by keyboard and mouse: the first start (本单位, the year it opens on,
// what counts as overdue, 帮助), a county's own returns, the window's keyboard (tab switching,
// Ctrl+E from a text field, Tab through editable cells) and the status bar after a save. Each
// check failed before its change.
#include "annex_columns.h"
#include "forms/annex_file_actions.h"
#include "charts/chart_adapter.h"
#include "feature_installer.h"
#include "forms/form_import_dialog.h"
#include "help/user_guide_dialog.h"
#include "office/home_unit_dialog.h"
#include "returns/returns_board_model.h"
#include "returns/returns_tab.h"
#include "unit_selector.h"
#include "window_fixture.h"

#include "services/returns_service.h"
#include "services/start_selection.h"
#include "storage/annex_repository.h"
#include "storage/tracking_repository.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QChart>
#include <QDateEdit>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPen>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kLanshan = u"371302"_s;
const QString kLinyi = u"371300"_s;
const QString kShandong = u"370000"_s;

void saveForm(const QSqlDatabase& db, const QString& unit, int year) {
    AnnexTable t;
    t.unitCode = unit;
    t.year = year;
    t.rows = {AnnexRow{u"危险化学品"_s, false, {10, 8, 1000, 800, 2}, {}}};
    QString error;
    REQUIRE(AnnexRepository(db).save(t, u"manual"_s, &error));
}

QAction* actionWithShortcut(MainWindow& window, const QKeySequence& key) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcuts().contains(key))
            return a;
    return nullptr;
}

QAction* menuAction(MainWindow& window, const QString& text) {
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}
} // namespace

TEST_CASE("a first start asks for the clerk's unit and opens on it in its latest year with figures",
          "[ui][first-start]") {
    UiFixture f;
    // Fresh settings: nothing chosen, so the window opened on the first root unit, and not on
    // the baseline year 2020 but on the current year (no figures anywhere yet).
    CHECK(f.session->unitCode() == kShandong);
    CHECK(f.session->year() == QDate::currentDate().year());
    saveForm(f.session->connection(), kLanshan, 2020);
    saveForm(f.session->connection(), kLanshan, 2024);

    QList<Unit> offered;
    f.window->setHomeUnitChooser(
        [&](const QList<Unit>& units, const QString& current) -> std::optional<QString> {
            offered = units;
            CHECK(current.isEmpty());
            return kLanshan;
        });
    REQUIRE(f.window->ensureHomeUnit());
    CHECK(offered.size() >= 30); // every unit of the database to choose from
    CHECK(f.settings->homeUnit() == kLanshan);
    CHECK(f.session->unitCode() == kLanshan);
    CHECK(f.session->year() == 2024);
    CHECK(f.window->unitSelector()->yearBox()->value() == 2024);

    // Once chosen it is not asked again; a restart opens where the clerk left off.
    f.window->setHomeUnitChooser([](const QList<Unit>&, const QString&) -> std::optional<QString> {
        FAIL("asked again");
        return std::nullopt;
    });
    CHECK(f.window->ensureHomeUnit());
    f.reopen();
    CHECK(f.session->unitCode() == kLanshan);
    CHECK(f.session->year() == 2024);
}

TEST_CASE("the window opens on the home unit in the latest year its subtree has figures for",
          "[ui][first-start]") {
    UiFixture f;
    saveForm(f.session->connection(), kLanshan, 2023);
    const StartSelection none = startSelection(f.session->connection(), {}, 0, kLinyi, 2026);
    CHECK(none.unitCode == kLinyi);
    CHECK(none.year == 2023); // the county's figures count for the city above it
    const StartSelection last =
        startSelection(f.session->connection(), kLanshan, 2021, kLinyi, 2026);
    CHECK(last.unitCode == kLanshan);
    CHECK(last.year == 2021);
    const StartSelection empty =
        startSelection(f.session->connection(), u"999999"_s, 2021, u"888888"_s, 2026);
    CHECK(empty.unitCode == kShandong); // unknown codes: the first root, with its figures
    CHECK(empty.year == 2023);
}

TEST_CASE("overdue returns count only for the clerk's own unit once chosen", "[ui][first-start]") {
    UiFixture f;
    ReturnsTab* tab = f.window->returnsTab();
    tab->setToday(QDate(2026, 12, 2));
    // Before the clerk has said which office this is, a fresh database blames nobody (it said
    // "117 项报送逾期" for the province).
    REQUIRE(f.window->unitSelector()->selectUnit(kShandong, 2025));
    CHECK(f.window->overdueLabel()->text().isEmpty());
    CHECK(f.window->tabs()->tabText(f.window->tabs()->indexOf(tab)) == u"Returns"_s);

    // The office keeps its returns here since 2021 (启用日期): everything since then counts.
    QString error;
    REQUIRE(TrackingRepository(f.session->connection())
                .setTrackedSince(kLanshan, QDate(2021, 1, 1), &error));
    f.window->setHomeUnitChooser(
        [](const QList<Unit>&, const QString&) -> std::optional<QString> { return kLanshan; });
    REQUIRE(f.window->chooseHomeUnit());
    const QList<ReturnEntry> own =
        ReturnsService(f.session->connection()).outstandingForOffice(kLanshan, tab->today());
    REQUIRE_FALSE(own.isEmpty());
    for (const ReturnEntry& e : own) {
        CHECK(e.unit.code == kLanshan); // a county collects nothing: only what it owes
        CHECK(e.due <= tab->today().addDays(30));
    }
    const QString text = f.window->overdueLabel()->text();
    CHECK(text.startsWith(QString::number(own.size())));
    // Selecting another unit does not change what the office owes.
    REQUIRE(f.window->unitSelector()->selectUnit(kShandong, 2025));
    CHECK(f.window->overdueLabel()->text() == text);
    // Nothing owed is overdue before its deadline.
    tab->setToday(QDate(2021, 1, 1));
    CHECK(f.window->overdueLabel()->text().isEmpty());
}

TEST_CASE("设置 本单位 does not overwrite a 启用日期 another copy saved meanwhile",
          "[ui][first-start][revisions]") {
    // The 启用日期 was written with no revision check: a date saved by another copy while the
    // dialog was open was silently replaced.
    UiFixture f;
    QString error;
    bool dialogSeen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<HomeUnitDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        dialog->select(kLanshan);
        dialog->trackedSinceEdit()->setDate(QDate(2026, 3, 1));
        // Meanwhile another copy of Yufang on the same database says 2025-01-01.
        TrackingRepository(f.session->connection())
            .setTrackedSince(kLanshan, QDate(2025, 1, 1), &error);
        dialog->accept();
    });
    f.window->chooseHomeUnit();
    REQUIRE(dialogSeen);
    CHECK(TrackingRepository(f.session->connection()).trackedSince(kLanshan) == QDate(2025, 1, 1));
    REQUIRE_FALSE(f.prompter.messages.isEmpty());
    CHECK(f.prompter.messages.last().contains(u"start date"_s));

    // Shown afresh, the dialog's date is the stored one and saving it again works.
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<HomeUnitDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->trackedSinceEdit()->setDate(QDate(2026, 3, 1));
        dialog->accept();
    });
    const qsizetype warnings = f.prompter.messages.size();
    REQUIRE(f.window->chooseHomeUnit());
    CHECK(f.prompter.messages.size() == warnings);
    CHECK(TrackingRepository(f.session->connection()).trackedSince(kLanshan) == QDate(2026, 3, 1));
}

TEST_CASE("a county's returns tab lists what it owes its parent and by when", "[ui][returns]") {
    UiFixture f;
    ReturnsTab* tab = f.window->returnsTab();
    tab->setToday(QDate(2021, 11, 10));
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2021));
    ReturnsBoardModel* owed = tab->owedModel();
    REQUIRE(owed->rowCount() > 0);
    CHECK(tab->owedTitle()->text().contains(u"临沂市"_s));
    CHECK_FALSE(tab->boardView()->isVisibleTo(tab)); // a county collects nothing
    bool localPlan = false;
    for (int r = 0; r < owed->rowCount(); ++r) {
        const ReturnEntry* e = owed->entryAt(r);
        CHECK(e->unit.code == kLanshan);
        INFO(owed->index(r, ReturnsBoardModel::UnitColumn).data().toString().toStdString() + " / " +
             e->obligation.recipient.toStdString());
        CHECK(owed->index(r, ReturnsBoardModel::UnitColumn).data().toString() ==
              e->obligation.recipient);
        CHECK(owed->index(r, ReturnsBoardModel::StatusColumn).data().toString() ==
              returnStatusCaption(e->status));
        if (e->obligation.code == u"local-plan"_s) {
            localPlan = true;
            CHECK(e->due == QDate(2021, 7, 15));
            CHECK(e->status == ReturnStatus::Overdue);
        }
    }
    CHECK(localPlan);
    // The city still sees its board, and what it owes the province below it.
    REQUIRE(f.window->unitSelector()->selectUnit(kLinyi, 2021));
    CHECK(tab->boardView()->isVisibleTo(tab));
    CHECK(tab->owedTitle()->text().contains(u"山东省"_s));
}

TEST_CASE("the help menu opens the user guide shipped with the program", "[ui][help]") {
    UiFixture f;
    QAction* guide = actionWithShortcut(*f.window, QKeySequence(QKeySequence::HelpContents));
    REQUIRE(guide);
    CHECK(guide->text() == u"&User guide"_s);
    REQUIRE(menuAction(*f.window, u"&About Yufang"_s));
    UserGuideDialog dialog;
    const QString text = dialog.browser()->toPlainText();
    CHECK(text.contains(u"Your unit"_s));
    CHECK(text.contains(u"County clerk"_s));
    QFile chinese(u":/help/user-guide.md"_s);
    REQUIRE(chinese.open(QIODevice::ReadOnly));
    const QString zh = QString::fromUtf8(chinese.readAll());
    for (const QString& part :
         {u"本单位"_s, u"县（区）填报人员"_s, u"市汇总人员"_s, u"省汇总人员"_s})
        CHECK(zh.contains(part));
    CHECK(QFile::exists(u":/help/user-guide/first-start.png"_s));
}

TEST_CASE("Ctrl+PgDn and Ctrl+Tab switch the main tabs from a focused table", "[ui][keyboard]") {
    UiFixture f;
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTabWidget* tabs = f.window->tabs();
    tabs->setCurrentIndex(0);
    QTableView* view = f.window->annexTab()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
    tabs->setCurrentIndex(0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == tabs->count() - 1); // wraps around
}

TEST_CASE("Ctrl+E exports the form even while a text field has the focus", "[ui][keyboard]") {
    UiFixture f;
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    auto* actions = f.window->findChild<AnnexFileActions*>();
    REQUIRE(actions);
    int dialogs = 0;
    actions->runExportDialog = [&](AnnexExportDialog&) {
        ++dialogs;
        return false;
    };
    QAction* exportAction = actionWithShortcut(*f.window, QKeySequence(Qt::CTRL | Qt::Key_E));
    REQUIRE(exportAction);
    REQUIRE(exportAction->isEnabled());
    CHECK(exportAction->shortcutContext() == Qt::WindowShortcut);
    QSignalSpy triggered(exportAction, &QAction::triggered);
    auto* filter = f.window->unitSelector()->findChild<QLineEdit*>();
    REQUIRE(filter);
    filter->setFocus();
    REQUIRE(filter->hasFocus());
    filter->setText(u"兰山"_s);
    filter->setCursorPosition(0);
    QTest::keyClick(filter, Qt::Key_E, Qt::ControlModifier);
    CHECK(triggered.count() == 1);
    CHECK(dialogs == 1);
    CHECK(filter->cursorPosition() == 0); // the field did not take it as "end of line"
    // Editing keys stay with the field: Ctrl+A selects its text.
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    CHECK(filter->selectedText() == u"兰山"_s);
}

TEST_CASE("Tab moves through the editable cells of the form only", "[ui][keyboard]") {
    UiFixture f;
    f.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2025));
    QTableView* view = f.window->annexTab()->view();
    FormTableModel* model = f.window->annexTab()->model();
    view->setFocus();
    view->setCurrentIndex(model->index(0, annexColumn("enterprises")));
    QList<int> visited;
    for (int i = 0; i < 7; ++i) {
        QTest::keyClick(view, Qt::Key_Tab);
        visited << view->currentIndex().column();
        if (QApplication::focusWidget() != view) // an editor opened: close it unchanged
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }
    CHECK_FALSE(visited.contains(annexColumn("coverage_rate")));
    CHECK_FALSE(visited.contains(annexColumn("accident_rate")));
    CHECK(visited.mid(0, 3) == QList<int>{annexColumn("insured_enterprises"),
                                          annexColumn("employees"),
                                          annexColumn("insured_persons")});
    CHECK(visited.at(3) == annexColumn("accidents"));
    CHECK(view->currentIndex().row() == 1); // on to the next row's first editable cell
    // Shift+Tab goes back over the computed rate too.
    view->setCurrentIndex(model->index(0, annexColumn("accidents")));
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(view->currentIndex().column() == annexColumn("insured_persons"));
}

TEST_CASE("a save says so in the status bar and keeps the overdue message", "[ui][status-bar]") {
    UiFixture f;
    f.window->returnsTab()->setToday(QDate(2026, 12, 2));
    QString error;
    REQUIRE(TrackingRepository(f.session->connection())
                .setTrackedSince(kLanshan, QDate(2021, 1, 1), &error));
    f.window->setHomeUnitChooser(
        [](const QList<Unit>&, const QString&) -> std::optional<QString> { return kLanshan; });
    REQUIRE(f.window->chooseHomeUnit());
    const QString overdue = f.window->overdueLabel()->text();
    REQUIRE_FALSE(overdue.isEmpty());
    REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, 2025));
    f.window->tabs()->setCurrentWidget(f.window->annexTab());
    FormTableModel* model = f.window->annexTab()->model();
    REQUIRE(model->setData(model->index(0, annexColumn("enterprises")), 7));
    QAction* save = actionWithShortcut(*f.window, QKeySequence(QKeySequence::Save));
    REQUIRE(save);
    CHECK(f.window->statusBar()->currentMessage().indexOf(u"Saved"_s) < 0);
    save->trigger();
    const QString message = f.window->statusBar()->currentMessage();
    CHECK(message.startsWith(u"Saved"_s));
    CHECK(message.contains(u"兰山区"_s));
    CHECK(message.contains(u"2025"_s));
    CHECK(f.window->overdueLabel()->text() == overdue);
}

TEST_CASE("the calendar of 填报日期 opens where the form is signed and not in January 2000",
          "[ui][dates]") {
    UiFixture f;
    // What the popup does before it shows: sync the calendar to the (unset) date, then show.
    const auto shownPage = [&](int year) {
        REQUIRE(f.window->unitSelector()->selectUnit(kLanshan, year));
        auto* filledOn = f.window->annexTab()->findChild<QDateEdit*>();
        REQUIRE(filledOn);
        REQUIRE(filledOn->calendarPopup());
        QCalendarWidget* calendar = filledOn->calendarWidget();
        REQUIRE(calendar);
        calendar->setSelectedDate(filledOn->date());
        calendar->setCurrentPage(filledOn->date().year(), filledOn->date().month());
        QWidget* popup = calendar->window();
        REQUIRE(popup != f.window.get());
        popup->show();
        const QDate page(calendar->yearShown(), calendar->monthShown(), 1);
        popup->hide();
        return page;
    };
    const QDate today = QDate::currentDate();
    // The form of last year (or this year's): today's month; an older one: the January after
    // its year, when it was signed.
    CHECK(shownPage(2025) ==
          (today.year() <= 2026 ? QDate(today.year(), today.month(), 1) : QDate(2026, 1, 1)));
    CHECK(shownPage(2021) == QDate(2022, 1, 1));
}

namespace {
QStringList pinnedTexts(QChart& chart) {
    QStringList out;
    for (QGraphicsItem* item : chart.childItems())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            out << text->text();
    return out;
}
} // namespace

TEST_CASE("charts give twelve series distinct lines and name what they show", "[ui][charts]") {
    ChartSpec lines;
    lines.kind = ChartSpec::Kind::Line;
    for (int i = 0; i < 12; ++i) {
        ChartSeries s;
        s.key = u"industry %1"_s.arg(i);
        s.label = s.key;
        s.points = {{2020, 1.0 + i}, {2021, 2.0 + i}};
        lines.series << s;
    }
    QSet<QRgb> colours;
    QSet<QString> looks;
    for (const ChartSeries& s : lines.series) {
        const QPen pen = ChartAdapter::seriesPen(lines, s.key);
        colours.insert(pen.color().rgb());
        looks.insert(u"%1/%2"_s.arg(pen.color().name()).arg(int(pen.style())));
    }
    CHECK(colours.size() == 12); // 危险化学品 and 木材加工 were both dark blue
    CHECK(looks.size() == 12);

    // Baseline, glide path and target are named on the chart, not only in a legend.
    for (const auto& [key, label] :
         {std::pair{u"baseline"_s, u"Baseline 2020"_s}, std::pair{u"glide_path"_s, u"Glide path"_s},
          std::pair{u"target"_s, u"Target (−20%)"_s}}) {
        ChartSeries r;
        r.key = key;
        r.label = label;
        r.role = ChartSeries::Role::Reference;
        r.points = {{2020, 3.0}, {2025, 2.4}};
        lines.series << r;
    }
    std::unique_ptr<QChart> chart = ChartAdapter::createChart(lines, {}, false);
    chart->resize(900, 500);
    const QStringList onChart = pinnedTexts(*chart);
    for (const QString& label : {u"Baseline 2020"_s, u"Glide path"_s, u"Target (−20%)"_s})
        CHECK(onChart.contains(label));

    // Bars carry the tables' two decimals, and the units left out are named.
    ChartSpec bars;
    bars.kind = ChartSpec::Kind::Bar;
    bars.title = u"Units below"_s;
    bars.categories = {u"兰山区"_s, u"罗庄区"_s};
    bars.footnote = u"Not shown, no like-for-like figures: 沂南县"_s;
    ChartSeries values;
    values.key = u"reduction"_s;
    values.points = {{0, 3.6472}, {1, 11.4421}};
    bars.series << values;
    std::unique_ptr<QChart> barChart = ChartAdapter::createChart(bars);
    barChart->resize(900, 500);
    const QStringList labels = pinnedTexts(*barChart);
    CHECK(labels.contains(u"3.65"_s));
    CHECK(labels.contains(u"11.44"_s));
    CHECK_FALSE(labels.contains(u"3.647"_s));
    CHECK(barChart->title().contains(u"沂南县"_s));
}

// "every tab of the window fits a 1024 by 700 screen" moved to layout_1024_test, which opens
// every tab at 1024×700 and 1920×1080 in both languages and checks more than the size.

TEST_CASE("typing a year into 接收日期 of the import preview changes the date", "[ui][dates]") {
    // The field was disabled until "this date:" was chosen in the box beside it, so a year
    // typed into it changed nothing.
    UiFixture f;
    FormImportDialog dialog(f.session->connection(), u"annex"_s, {}, {}, f.window.get());
    dialog.show();
    auto* receivedOn = dialog.findChild<QDateEdit*>(u"receivedOn"_s);
    REQUIRE(receivedOn);
    CHECK(receivedOn->isEnabled());
    receivedOn->setFocus();
    receivedOn->setSelectedSection(QDateTimeEdit::YearSection);
    const int lastYear = QDate::currentDate().year() - 1;
    QTest::keyClicks(receivedOn, QString::number(lastYear));
    CHECK(receivedOn->date().year() == lastYear);
    CHECK(dialog.receivedOn(0) == receivedOn->date()); // "this date" is what gets recorded
}

TEST_CASE("the English tab bar fits 1200 px without eliding or scrolling", "[ui][layout]") {
    // The English titles ("Key-industry form", "Insurance expansion", …) pushed the tab bar
    // into scroll arrows at 1200 px; the main tabs now carry short titles.
    UiFixture f; // tests run with the untranslated (English) texts
    installFeatures(*f.window, *f.session, f.prompter);
    f.window->resize(1200, 760);
    QApplication::processEvents();
    QTabBar* bar = f.window->tabs()->tabBar();
    bar->setElideMode(Qt::ElideNone); // the bar's size hint is then every title in full
    const int natural = bar->sizeHint().width();
    bar->setElideMode(Qt::ElideRight);

    INFO("tabs need " << natural << " px, the bar has " << f.window->tabs()->width());
    CHECK(natural <= f.window->tabs()->width());
}
