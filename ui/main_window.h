#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>

class QTabWidget;

namespace yufang {

class AnnexEditor;
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

    AnnexEditor* annexEditor() const { return m_annexEditor; }
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
    // Selects the last unit and year used, or the root unit and the plan's baseline year.
    void restoreSelection();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void newDatabase();
    void openDatabaseDialog();
    void about();
    void updateTitle();

    Session& m_session;
    Prompter& m_prompter;
    Settings& m_settings;
    UnitSelector* m_unitSelector;
    QTabWidget* m_tabs;
    AnnexEditor* m_annexEditor;
    ReturnsTab* m_returnsTab = nullptr;
    AuditView* m_auditView = nullptr;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quitSeparator = nullptr;
    QMenu* m_reportsMenu = nullptr;
    QAction* m_save = nullptr;
    QHash<QWidget*, std::function<bool()>> m_saveHandlers;
    void saveCurrentTab();
    void updateSaveAction();
};

} // namespace yufang
