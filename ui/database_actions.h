#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace yufang {

class MainWindow;
class Prompter;
class Session;

// File → Back up database…, Restore database…, Check database, Automatic backups… (issue 20).
// Backups go through SQLite's online backup API, never a file copy; a restore checks the file
// first. File choosers are members so tests answer them without a person. All four are for a
// database file: on a server connection they are disabled, their tooltips naming what the
// server's administrator does instead (pg_dump, pg_restore; docs/server.md).
class DatabaseActions : public QObject {
    Q_OBJECT
public:
    DatabaseActions(MainWindow& window, Session& session, Prompter& prompter);

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }
    QAction* checkAction() const { return m_check; }
    QAction* keepAction() const { return m_keep; }

    std::function<QString(const QString& suggested)> chooseBackupFile;
    std::function<QString(const QString& folder)> chooseRestoreFile;

    void backup();
    void restore();
    void check();
    void chooseKeep(); // how many automatic backups are kept

private:
    void updateActions();

    MainWindow& m_window;
    Session& m_session;
    Prompter& m_prompter;
    QAction* m_backup;
    QAction* m_restore;
    QAction* m_check;
    QAction* m_keep;
};

// When a database could not be opened because it is damaged: offers its last automatic
// backup and restores it when the user agrees. True when restored (open it again).
bool offerLastBackup(Prompter& prompter, QWidget* parent, const QString& databasePath,
                     const QString& error);

} // namespace yufang
