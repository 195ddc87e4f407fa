#include "main_window.h"

#include "forms/annex_file_actions.h"
#include "database_actions.h"
#include "database_opener.h"
#include "forms/annex_tab.h"
#include "help/user_guide_dialog.h"
#include "keyboard/window_keys.h"
#include "main_tab_style.h"
#include "office/home_unit_dialog.h"
#include "prompter.h"
#include "register/register_tab.h"
#include "register/uninsured_tab.h"
#include "returns/audit_view.h"
#include "returns/returns_tab.h"
#include "server/open_database_dialog.h"
#include "session.h"
#include "unit_selector.h"

#include "services/start_selection.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/record_revisions.h"
#include "storage/server_connection.h"
#include "storage/tracking_repository.h"
#include "storage/unit_repository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QColor>
#include <QDate>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace yufang {

MainWindow::MainWindow(Session& session, Prompter& prompter, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_prompter(prompter), m_settings(settings) {
    setObjectName(QStringLiteral("MainWindow"));
    m_unitSelector = new UnitSelector(session, this);
    auto* dock = new QDockWidget(tr("Units"), this);
    dock->setObjectName(QStringLiteral("UnitsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable);
    dock->setWidget(m_unitSelector);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    // Every title in full from 1024 px in Chinese and English (layout_1024_test); a narrower
    // window shortens them with "…", the full title in the tooltip, instead of scroll arrows
    // that hide half of the tabs.
    useCompactTabs(*m_tabs->tabBar());
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(false);
    m_annexTab = new AnnexTab(session, prompter, m_tabs);
    m_tabs->addTab(m_annexTab, tr("Form", "main tab"));
    setCentralWidget(m_tabs);
    m_returnsTab = new ReturnsTab(session, prompter, m_tabs);
    addFeatureTab(m_returnsTab, tr("Returns"));
    m_auditView = new AuditView(session, prompter, m_tabs);
    addFeatureTab(m_auditView, tr("Audit", "main tab"));
    // Overdue returns of 本单位: a banner in the returns tab and a lasting status-bar message,
    // not a modal box at every start (see ReturnsTab). The message is a permanent widget on the
    // right, so the passing messages (saved, exported) on the left never wipe it out.
    m_overdueLabel = new QLabel(this);
    m_overdueLabel->setObjectName(QStringLiteral("OverdueStatus"));
    statusBar()->addPermanentWidget(m_overdueLabel);
    connect(m_returnsTab, &ReturnsTab::overdueChanged, this, &MainWindow::showOverdue);
    auto* registerTab = new RegisterTab(session, prompter, m_tabs);
    auto* uninsuredTab = new UninsuredTab(session, prompter, m_tabs);
    addFeatureTab(registerTab, tr("Register", "main tab"));
    addFeatureTab(uninsuredTab, tr("Expansion", "main tab"));
    // The uninsured list is read from the register: a new register makes it stale.
    connect(registerTab, &RegisterTab::importFinished, uninsuredTab,
            &UninsuredTab::registerChanged);

    createMenus();
    installWindowKeys(*this, *m_tabs); // Ctrl+Tab, Ctrl+PgDn/PgUp; action keys before fields
    new AnnexFileActions(*this, session, prompter,
                         settings);                // File: import, export, print the annex
    new DatabaseActions(*this, session, prompter); // File: back up, restore, check
    connect(m_annexTab, &AnnexTab::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(&m_session, &Session::databaseChanged, this, &MainWindow::updateTitle);
    connect(&m_session, &Session::selectionChanged, this, [this](const QString& unit, int year) {
        m_settings.setLastUnit(unit);
        m_settings.setLastYear(year);
    });
    startOnScreen(screen()->availableGeometry().size());
    if (!m_settings.windowGeometry().isEmpty())
        restoreGeometry(m_settings.windowGeometry());
    updateTitle();
}

void MainWindow::startOnScreen(const QSize& available) {
    // A first start on a 1024×700 screen opened a 1200 px window, its right part off screen.
    resize(QSize(1200, 760).boundedTo(available));
    // A county's name in full where the current tab's minimum width leaves room for it.
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("UnitsDock")))
        resizeDocks({dock}, {220}, Qt::Horizontal);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction* newDb = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newDb->setShortcut(QKeySequence::New);
    QAction* openDb = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabaseDialog);
    openDb->setShortcut(QKeySequence::Open);
    file->addSeparator();
    m_save = file->addAction(tr("&Save form"), this, &MainWindow::saveCurrentTab);
    m_save->setShortcut(QKeySequence::Save);
    addSaveHandler(m_annexTab, [this] { return m_annexTab->save(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateSaveAction);
    m_quitSeparator = file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_reportsMenu = menuBar()->addMenu(tr("&Reports"));
    m_reportsMenu->menuAction()->setVisible(false); // shown once a feature adds a report

    QMenu* settings = menuBar()->addMenu(tr("Se&ttings"));
    settings->addAction(tr("&Your unit…"), this, &MainWindow::chooseHomeUnit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User guide"), this, &MainWindow::userGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Yufang"), this, &MainWindow::about);
}

void MainWindow::showOverdue(int overdue, int soon) {
    const int index = m_tabs->indexOf(m_returnsTab);
    // The count alone, in red, with the words in the tooltip and the status bar: "Returns (22
    // overdue)" cut five English titles at 1024 px (layout_1024_test). Chinese keeps 项逾期.
    m_tabs->setTabText(index, overdue > 0
                                  ? tr("Returns (%1)", "main tab: %1 returns overdue").arg(overdue)
                                  : tr("Returns"));
    m_tabs->tabBar()->setTabTextColor(index, overdue > 0 ? QColor(Qt::darkRed) : QColor());
    m_tabs->setTabToolTip(index,
                          overdue > 0 ? tr("%n return(s) overdue", "", overdue) : tr("Returns"));
    m_overdueLabel->setText(
        overdue + soon > 0
            ? tr("%1 return(s) overdue and %2 due within 30 days: see the Returns tab.")
                  .arg(overdue)
                  .arg(soon)
            : QString());
}

bool MainWindow::ensureHomeUnit() {
    const QString home = m_settings.homeUnit();
    if (m_session.hasDatabase() && !home.isEmpty() &&
        UnitRepository(m_session.connection()).find(home))
        return true;
    return chooseHomeUnit();
}

bool MainWindow::chooseHomeUnit() {
    if (!m_session.hasDatabase())
        return false;
    const QList<Unit> units = UnitRepository(m_session.connection()).all();
    const TrackingRepository tracking(m_session.connection());
    // 启用日期 defaults to 1 January of this year: what fell due before is not overdue here.
    const QString current = m_settings.homeUnit();
    const std::optional<QDate> stored = tracking.trackedSince(current);
    // The dates' revisions as shown: a date another copy saves while the dialog is open is
    // not overwritten (storage/record_revisions).
    const QHash<QString, qint64> shown =
        RecordRevisions(m_session.connection()).allOf(TrackingRepository::recordKey({}).kind);
    std::optional<QDate> since;
    std::optional<QString> code;
    if (m_chooseHomeUnit) {
        code = m_chooseHomeUnit(units, current);
    } else {
        HomeUnitDialog dialog(units, current,
                              stored.value_or(QDate(m_returnsTab->today().year(), 1, 1)), this);
        if (dialog.exec() == QDialog::Accepted) {
            code = dialog.unitCode();
            since = dialog.trackedSince();
        }
    }
    if (!code || code->isEmpty())
        return false;
    if (!since && !tracking.trackedSince(*code))
        since = QDate(m_returnsTab->today().year(), 1, 1);
    QString error;
    RevisionTicket ticket = RecordRevisions::ticketIn(shown, TrackingRepository::recordKey(*code));
    if (since && !m_session.isReadOnly() &&
        !TrackingRepository(m_session.connection()).setTrackedSince(*code, *since, &error, &ticket))
        m_prompter.warning(this, tr("Your unit"), error);
    m_settings.setHomeUnit(*code);
    m_returnsTab->setHomeUnit(*code);
    const int latest = latestYearWithFigures(m_session.connection(), *code);
    m_unitSelector->selectUnit(*code, latest > 0 ? latest : QDate::currentDate().year());
    return true;
}

void MainWindow::userGuide() {
    UserGuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::addSaveHandler(QWidget* tab, std::function<bool()> save) {
    m_saveHandlers.insert(tab, std::move(save));
    updateSaveAction();
}

void MainWindow::saveCurrentTab() {
    const auto handler = m_saveHandlers.constFind(m_tabs->currentWidget());
    if (handler == m_saveHandlers.cend() || !(*handler)())
        return; // a failed save has said why in its own dialog
    // A passing confirmation on the left; the lasting overdue message stays on the right.
    const auto unit = m_session.unit();
    statusBar()->showMessage(
        tr("Saved %1 of %2, %3.")
            .arg(m_tabs->tabText(m_tabs->currentIndex()), unit ? unit->name : m_session.unitCode())
            .arg(m_session.year()),
        10000);
}

void MainWindow::updateSaveAction() {
    if (m_save)
        m_save->setEnabled(m_saveHandlers.contains(m_tabs->currentWidget()));
}

void MainWindow::addFeatureTab(QWidget* tab, const QString& title) {
    m_tabs->setTabToolTip(m_tabs->addTab(tab, title), title);
}

QMenu* MainWindow::reportsMenu() {
    m_reportsMenu->menuAction()->setVisible(true);
    return m_reportsMenu;
}

void MainWindow::addFileActions(const QList<QAction*>& actions) {
    m_fileMenu->insertActions(m_quitSeparator, actions);
    m_fileMenu->insertSeparator(m_quitSeparator);
}

bool MainWindow::openDatabase(const QString& path) {
    if (m_session.hasDatabase() && !m_session.confirmLeave())
        return false;
    if (!openDatabaseFor(m_session, m_prompter, this, path))
        return false;
    // A server address is remembered without its password (Database::path()).
    m_settings.setLastDatabase(m_session.database()->path());
    restoreSelection();
    return true;
}

void MainWindow::restoreSelection() {
    // A server's unit login starts at its own unit, its 本单位 (docs/server.md, "In the window").
    const bool limited = m_session.rights().isLimited();
    const QString home = limited ? m_session.rights().unitCode() : m_settings.homeUnit();
    m_returnsTab->setHomeUnit(home);
    const StartSelection start =
        startSelection(m_session.connection(), limited ? QString() : m_settings.lastUnit(),
                       m_settings.lastYear(), home, QDate::currentDate().year());
    if (!start.unitCode.isEmpty())
        m_unitSelector->selectUnit(start.unitCode, start.year);
}

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New database"), m_settings.lastFolder(), tr("Yufang database (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_prompter.warning(this, tr("New database"),
                           tr("%1 exists already. Open it with File → Open database.").arg(path));
        return;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    openDatabase(path);
}

void MainWindow::openDatabaseDialog() {
    // 本地数据库文件 or 服务器 (docs/server.md).
    OpenDatabaseDialog dialog(m_settings.lastFolder(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.location();
    if (!dialog.isServer())
        m_settings.setLastFolder(QFileInfo(path).absolutePath());
    if (openDatabase(path))
        dialog.keepPassword(); // only a password the server accepted is remembered
}

void MainWindow::about() {
    m_prompter.information(
        this, tr("About Yufang"),
        tr("Yufang %1\nWork-injury prevention five-year action plan: the key-industry form, "
           "targets "
           "and progress for human-resources and social-security bureaus.\nDatabase: %2")
            .arg(QApplication::applicationVersion(),
                 m_session.hasDatabase() ? m_session.database()->path() : QString()));
}

void MainWindow::updateTitle() {
    const QString path = m_session.hasDatabase() ? m_session.database()->path() : QString();
    QString db = QFileInfo(path).fileName();
    // A server: the login and where (two windows on one server tell apart by their login).
    if (QString why; isServerAddress(path))
        if (const auto server = ServerConnection::fromUrl(path, &why))
            db = QStringLiteral("%1@%2/%3")
                     .arg(server->effectiveUser(), server->host, server->database);
    const QString readOnly =
        m_session.database() && m_session.database()->isReadOnly() ? tr(" (read-only)") : QString();
    setWindowTitle(tr("Yufang") + (db.isEmpty() ? QString() : QStringLiteral(" — ") + db) +
                   readOnly + QStringLiteral("[*]"));
    if (m_session.hasDatabase())
        statusBar()->showMessage(m_session.database()->isReadOnly()
                                     ? tr("%1 — read-only: another copy of Yufang is editing it")
                                           .arg(m_session.database()->path())
                                     : m_session.database()->path());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_session.confirmLeave()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace yufang
