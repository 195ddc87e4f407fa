// Times the register's read paths on an imported database (bench/run_register_bench.sh builds
// it): derive-annex for the whole province and one year, the consolidated annex views, and the
// 企业名录 tab's first screen and a filtered search. Not a test: it prints milliseconds.
#include "feature_installer.h"
#include "main_window.h"
#include "prompter.h"
#include "register_model.h"
#include "register_tab.h"
#include "report_renderer.h"
#include "services/register_derivation.h"
#include "services/register_query.h"
#include "services/uninsured_list.h"
#include "session.h"
#include "settings.h"
#include "storage/annex_repository.h"
#include "storage/database.h"
#include "unit_selector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace yufang;

namespace {
template <typename F> double bestOf(int runs, F&& f) {
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

// Says yes to every question and shows nothing: a benchmark cannot click a message box.
class QuietPrompter : public Prompter {
public:
    QMessageBox::StandardButton question(QWidget*, const QString&, const QString&,
                                         QMessageBox::StandardButtons,
                                         QMessageBox::StandardButton) override {
        return QMessageBox::Yes;
    }
    void information(QWidget*, const QString&, const QString&) override {}
    void warning(QWidget*, const QString&, const QString& text) override {
        std::fprintf(stderr, "warning: %s\n", qPrintable(text));
    }
    std::optional<QString> text(QWidget*, const QString&, const QString&) override {
        return std::nullopt;
    }
};

void line(const char* what, double ms, const char* target) {
    std::printf("%-52s %9.1f ms   (target %s)\n", what, ms, target);
}
} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: register_bench DB [YEAR]\n");
        return 2;
    }
    const int year = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2023;
    {
        // What app/gui/main.cpp does after QApplication: the window with every feature, the
        // database opened (migrations checked, selection restored), shown and painted.
        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(backend);
        QElapsedTimer t;
        t.start();
        Session session;
        QuietPrompter prompter;
        MainWindow window(session, prompter, settings);
        installFeatures(window, session, prompter);
        if (!window.openDatabase(QString::fromLocal8Bit(argv[1])))
            return 1;
        window.show();
        QCoreApplication::processEvents();
        window.grab();
        line("main window usable (constructed, database open, painted)", t.nsecsElapsed() / 1e6,
             "< 1000 ms with process start");
        // A click in the unit tree: every tab follows the selection.
        for (const auto& [code, what] :
             {std::pair{QStringLiteral("370000"), "select a unit: province, 2023, tabs reloaded"},
              std::pair{QStringLiteral("371300"), "select a unit: city, 2023"},
              std::pair{QStringLiteral("371302"), "select a unit: county, 2023"}}) {
            t.start();
            window.unitSelector()->selectUnit(code, 2023);
            QCoreApplication::processEvents();
            window.grab();
            line(what, t.nsecsElapsed() / 1e6, "-");
        }
        // The buttons of the 企业名录 tab on the province, as a clerk presses them: the forms
        // and tables written and every view told once. 2022, so that the core derive-annex
        // figures below still time a first derivation of 2023.
        window.unitSelector()->selectUnit(QStringLiteral("370000"), 2022);
        RegisterTab* registerTab = nullptr;
        for (int i = 0; i < window.tabs()->count() && !registerTab; ++i)
            registerTab = qobject_cast<RegisterTab*>(window.tabs()->widget(i));
        if (registerTab) {
            registerTab->confirmReplace = [](const RegisterDerivationPlan&) { return true; };
            t.start();
            registerTab->deriveAnnex();
            line("GUI: fill form from register, province, 2022", t.nsecsElapsed() / 1e6, "-");
            t.start();
            registerTab->deriveFigures();
            line("GUI: fill training and disease from register, 2022", t.nsecsElapsed() / 1e6, "-");
        }
    }
    Database db(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString province = QStringLiteral("370000");
    const RegisterDerivation derivation(db.connection());
    double computeMs = 0;
    auto derive = [&] {
        QElapsedTimer t;
        t.start();
        const RegisterDerivationPlan plan = derivation.compute(province, year);
        computeMs = t.nsecsElapsed() / 1e6;
        QString why;
        if (!derivation.apply(plan, true, &why))
            std::fprintf(stderr, "derive failed: %s\n", qPrintable(why));
    };
    // The first derivation writes every form anew, with an audit event per filled cell; a
    // repeat finds the same figures and records only versions.
    line("derive-annex, province, one year, first time", bestOf(1, derive), "< 100 ms");
    line("  of which compute (read register_summary)", computeMs, "-");
    line("derive-annex, province, one year, again", bestOf(5, derive), "< 100 ms");
    const AnnexRepository annexes(db.connection());
    line("consolidated annex view, province",
         bestOf(5, [&] { annexes.consolidated(province, year); }), "< 10 ms");
    line("consolidated annex view, city 371300",
         bestOf(5, [&] { annexes.consolidated(QStringLiteral("371300"), year); }), "< 10 ms");
    line("consolidated annex view, county 371302",
         bestOf(5, [&] { annexes.consolidated(QStringLiteral("371302"), year); }), "< 10 ms");

    // The tab: model plus view, first screen painted.
    auto firstScreen = [&](const RegisterFilter& filter) {
        QTableView view;
        view.resize(1200, 700);
        RegisterModel model(db.connection());
        view.setModel(&model);
        model.setFilter(filter);
        view.show();
        view.grab(); // paints the visible rows: the model has fetched what the screen shows
    };
    RegisterFilter all;
    all.unitCode = province;
    line("企业名录: first screen, whole register (1M rows)", bestOf(3, [&] { firstScreen(all); }),
         "< 300 ms");
    RegisterFilter yearOnly = all;
    yearOnly.year = year;
    line("企业名录: first screen, province, one year", bestOf(3, [&] { firstScreen(yearOnly); }),
         "< 300 ms");
    RegisterFilter search = yearOnly;
    search.search = QStringLiteral("鑫华");
    line("企业名录: name search 鑫华, province, one year", bestOf(3, [&] { firstScreen(search); }),
         "< 300 ms");
    RegisterFilter searchAll = all;
    searchAll.search = QStringLiteral("鑫华泰");
    line("企业名录: name search 鑫华泰, all years", bestOf(3, [&] { firstScreen(searchAll); }),
         "< 300 ms");
    RegisterFilter county = all;
    county.unitCode = QStringLiteral("371302");
    county.year = year;
    county.insured = RegisterFilter::Insured::Uninsured;
    county.industry = QStringLiteral("建筑施工");
    line("企业名录: county+year+industry+uninsured", bestOf(3, [&] { firstScreen(county); }),
         "< 300 ms");
    RegisterFilter credit = all;
    credit.search = QStringLiteral("9137130");
    line("企业名录: credit code prefix 9137130", bestOf(3, [&] { firstScreen(credit); }),
         "< 300 ms");
    auto sortedScreens = [&](const RegisterFilter& filter, int middleRow) {
        QTableView view;
        view.resize(1200, 700);
        RegisterModel model(db.connection());
        view.setModel(&model);
        model.setFilter(filter);
        view.show();
        QElapsedTimer t;
        t.start();
        model.sort(int(RegisterColumn::Employees), Qt::DescendingOrder);
        view.grab();
        const double first = t.nsecsElapsed() / 1e6;
        t.start();
        view.scrollTo(model.index(middleRow, 0));
        view.grab();
        return std::pair{first, t.nsecsElapsed() / 1e6};
    };
    const auto [sortAll, middleAll] = sortedScreens(all, 500000);
    line("企业名录: sort by employees, whole register (1M rows)", sortAll, "-");
    line("  then a screen in the middle (row 500,000)", middleAll, "-");
    const auto [sortYear, middleYear] = sortedScreens(yearOnly, 80000);
    line("企业名录: sort by employees, province, one year", sortYear, "-");
    line("  then a screen in the middle (row 80,000)", middleYear, "-");
    // 扩面行动 → 打印预览 / PDF for the whole province: tens of thousands of rows on paper.
    {
        const QList<UninsuredEnterprise> list = UninsuredList(db.connection()).list(province, year);
        QTemporaryDir dir;
        QString why;
        QElapsedTimer t;
        t.start();
        ReportRenderer::writePdf(UninsuredList::report(list, QStringLiteral("山东省"), year),
                                 dir.filePath(QStringLiteral("uninsured.pdf")), &why);
        std::printf("%-52s %9.1f ms   (%lld enterprises)\n",
                    "uninsured list of the province as PDF", t.nsecsElapsed() / 1e6,
                    qint64(list.size()));
    }
    const RegisterQuery query(db.connection());
    line("企业名录: sort by employees, province, one year",
         bestOf(3, [&] { query.page(yearOnly, int(RegisterColumn::Employees), false, 0, 100); }),
         "-");
    return 0;
}
