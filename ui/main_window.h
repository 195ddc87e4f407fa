#pragma once

#include <QHash>
#include <QMainWindow>

#include "domain/unit.h"

#include <functional>
#include <optional>

class QLabel;
class QTabWidget;

namespace yufang {

class AnnexTab;
class AuditView;
class Prompter;
class ReturnsTab;
class Session;
class Settings;
class UnitSelector;

// The window: units and year on the left, one tab per feature. Menus hold the actions that
// concern the whole database; each tab carries its own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Session& session, Prompter& prompter, Settings& settings, QWidget* parent = nullptr);

    AnnexTab* annexTab() const { return m_annexTab; }
    UnitSelector* unitSelector() const { return m_unitSelector; }
    QTabWidget* tabs() const { return m_tabs; }
    ReturnsTab* returnsTab() const { return m_returnsTab; }
    AuditView* auditView() const { return m_auditView; }

    // Extension points for feature modules: a tab after the existing ones, and actions in the
    // File menu (before Quit) or in the Reports menu.
    void addFeatureTab(QWidget* tab, const QString& title);
    void addFileActions(const QList<QAction*>& actions);
    QMenu* reportsMenu(); // becomes visible once a feature asks for it
    // What 文件 → 保存 (Ctrl+S) does while `tab` is the current tab; on a tab without one the
    // action is disabled rather than doing nothing.
    void addSaveHandler(QWidget* tab, std::function<bool()> save);

    // Opens (or creates) a database file and makes it current; false with a message on failure.
    bool openDatabase(const QString& path);
    // Selects the last unit and year used, else 本单位 in its latest year with figures.
    void restoreSelection();

    // 本单位 (Settings → Your unit; asked on first start): true once one is set.
    bool ensureHomeUnit(); // asks only when none is set or the database lacks it
    bool chooseHomeUnit(); // asks; selects the unit chosen in its latest year with figures
    // Tests answer the question instead of the dialog: the code chosen, or nothing (cancel).
    using HomeUnitChooser =
        std::function<std::optional<QString>(const QList<Unit>& units, const QString& current)>;
    void setHomeUnitChooser(HomeUnitChooser chooser) { m_chooseHomeUnit = std::move(chooser); }
    // The window's first size on a screen whose free area is `available` (the constructor's, for
    // its own screen): 1200×760 at most, the unit pane 220 px wide, or narrower where the tabs'
    // minimum width needs the room. The pane keeps the width it got when the window grows, so
    // where a window starts decides how wide its tab bar is: layout_1024_test starts it on the
    // screen it stands for, as the offscreen platform's screen is 800×600.
    void startOnScreen(const QSize& available);
    // The lasting overdue message, beside the passing messages (saved, exported) of the bar.
    QLabel* overdueLabel() const { return m_overdueLabel; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void newDatabase();
    void openDatabaseDialog();
    void about();
    void userGuide();
    void updateTitle();

    Session& m_session;
    Prompter& m_prompter;
    Settings& m_settings;
    UnitSelector* m_unitSelector;
    QTabWidget* m_tabs;
    AnnexTab* m_annexTab;
    ReturnsTab* m_returnsTab = nullptr;
    AuditView* m_auditView = nullptr;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quitSeparator = nullptr;
    QMenu* m_reportsMenu = nullptr;
    QAction* m_save = nullptr;
    QHash<QWidget*, std::function<bool()>> m_saveHandlers;
    void saveCurrentTab();
    void updateSaveAction();
    void showOverdue(int overdue, int soon);
    HomeUnitChooser m_chooseHomeUnit;
    QLabel* m_overdueLabel = nullptr;
};

} // namespace yufang
