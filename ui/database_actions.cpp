#include "database_actions.h"
#include "status_messages.h"

#include "main_window.h"
#include "prompter.h"
#include "session.h"

#include "storage/backup.h"
#include "storage/database.h"
#include "storage/server_connection.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

namespace yufang {

DatabaseActions::DatabaseActions(MainWindow& window, Session& session, Prompter& prompter)
    : QObject(&window), m_window(window), m_session(session), m_prompter(prompter) {
    m_backup = new QAction(tr("&Back up database…"), this);
    m_restore = new QAction(tr("&Restore database…"), this);
    m_check = new QAction(tr("&Check database"), this);
    m_keep = new QAction(tr("&Automatic backups…"), this);
    connect(m_backup, &QAction::triggered, this, &DatabaseActions::backup);
    connect(m_restore, &QAction::triggered, this, &DatabaseActions::restore);
    connect(m_check, &QAction::triggered, this, &DatabaseActions::check);
    connect(m_keep, &QAction::triggered, this, &DatabaseActions::chooseKeep);
    window.addFileActions({m_backup, m_restore, m_check, m_keep});
    connect(&session, &Session::databaseChanged, this, &DatabaseActions::updateActions);
    chooseBackupFile = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(&m_window, tr("Back up database"), suggested,
                                            tr("Yufang database (*.sqlite)"));
    };
    chooseRestoreFile = [this](const QString& folder) {
        return QFileDialog::getOpenFileName(&m_window, tr("Restore database"), folder,
                                            tr("Yufang database (*.sqlite);;All files (*)"));
    };
    updateActions();
}

void DatabaseActions::updateActions() {
    const bool open = m_session.hasDatabase();
    const QString path = open ? m_session.database()->path() : QString();
    const bool onServer = open && isServerAddress(path);
    // All four work on a database FILE (SQLite's backup API, its integrity check, copies
    // beside it). On a server they are off, and say what does the same there: the server's
    // administrator backs it up with pg_dump (docs/server.md, "Backup and restore").
    for (QAction* a : {m_backup, m_restore, m_check, m_keep}) {
        a->setEnabled(open && !onServer);
        a->setToolTip(onServer ? QString() : a->text().remove(QLatin1Char('&')));
        // A menu shows its actions' tooltips only when asked to.
        for (QObject* o : a->associatedObjects())
            if (auto* menu = qobject_cast<QMenu*>(o))
                menu->setToolTipsVisible(true);
    }
    if (!onServer)
        return;
    QString why;
    const auto server = ServerConnection::fromUrl(path, &why);
    const QString conninfo =
        server ? QStringLiteral("\"host=%1 dbname=%2\"")
                     .arg(server->host.isEmpty() ? QStringLiteral("localhost") : server->host,
                          server->database)
               : QString();
    const QString forFiles = tr("This is for a database file; this window is connected to a "
                                "server.");
    m_backup->setToolTip(
        forFiles + QLatin1Char('\n') +
        tr("The server's administrator backs it up with pg_dump (see \"Backup and restore\" in "
           "the server guide):") +
        QStringLiteral("\npg_dump --format=custom --file=yufang.dump %1").arg(conninfo));
    m_restore->setToolTip(
        forFiles + QLatin1Char('\n') +
        tr("The server's administrator restores a pg_dump backup with pg_restore (see \"Backup "
           "and restore\" in the server guide):") +
        QStringLiteral("\npg_restore --clean --if-exists --no-owner --dbname=%1 yufang.dump")
            .arg(conninfo));
    m_check->setToolTip(forFiles + QLatin1Char('\n') +
                        tr("The server checks its own storage; ask its administrator if "
                           "something looks damaged."));
    m_keep->setToolTip(forFiles + QLatin1Char('\n') +
                       tr("The server's backups are kept by its administrator (pg_dump every "
                          "night, copies kept elsewhere)."));
}

void DatabaseActions::backup() {
    if (!m_session.hasDatabase())
        return;
    const QFileInfo db(m_session.database()->path());
    const QString suggested = db.absoluteDir().filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(db.completeBaseName(), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = chooseBackupFile(suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!backupDatabase(m_session.connection(), path, &error)) {
        m_prompter.warning(&m_window, tr("Back up database"), error);
        return;
    }
    status::fileWritten(&m_window, path);
    m_prompter.information(&m_window, tr("Back up database"),
                           tr("The database was backed up to %1.").arg(path));
}

void DatabaseActions::restore() {
    if (!m_session.hasDatabase())
        return;
    const QString database = m_session.database()->path();
    const QString path = chooseRestoreFile(RollingBackups(database).folder());
    if (path.isEmpty())
        return;
    QString error;
    if (!checkBackupFile(path, &error)) {
        m_prompter.warning(&m_window, tr("Restore database"), error);
        return;
    }
    if (m_prompter.question(&m_window, tr("Restore database"),
                            tr("Replace everything in %1 by the backup %2? Changes made since "
                               "the backup are lost.")
                                .arg(database, path),
                            QMessageBox::Yes | QMessageBox::Cancel,
                            QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!restoreDatabase(path, database, &error)) {
        m_prompter.warning(&m_window, tr("Restore database"), error);
        return;
    }
    m_window.openDatabase(database); // reloads every view from the restored file
}

void DatabaseActions::check() {
    if (!m_session.hasDatabase())
        return;
    const QString database = m_session.database()->path();
    QString error;
    const QStringList problems = integrityProblems(database, &error);
    if (problems.isEmpty()) {
        m_prompter.information(&m_window, tr("Check database"),
                               tr("%1 passed the full integrity check.").arg(database));
        return;
    }
    const QString latest = RollingBackups(database).latest();
    m_prompter.warning(
        &m_window, tr("Check database"),
        tr("%1 is damaged:\n%2\n\nDo not write into it any more. Restore a backup (File → "
           "Restore database…)%3.")
            .arg(database, problems.mid(0, 10).join(QLatin1Char('\n')),
                 latest.isEmpty() ? QString()
                                  : tr("; the last automatic backup is %1").arg(latest)));
}

void DatabaseActions::chooseKeep() {
    if (!m_session.hasDatabase())
        return;
    const QSqlDatabase db = m_session.connection();
    const std::optional<QString> answer = m_prompter.text(
        &m_window, tr("Automatic backups"),
        tr("Yufang backs the database up before schema updates and large imports, into %1. "
           "How many of these backups are kept (now %2; 0 turns them off)?")
            .arg(RollingBackups(m_session.database()->path()).folder())
            .arg(RollingBackups::keep(db)));
    if (!answer)
        return;
    bool ok = false;
    const int keep = answer->trimmed().toInt(&ok);
    QString error;
    if (!ok || keep < 0)
        m_prompter.warning(&m_window, tr("Automatic backups"),
                           tr("Enter a whole number, 0 or more."));
    else if (!RollingBackups::setKeep(db, keep, &error))
        m_prompter.warning(&m_window, tr("Automatic backups"), error);
}

bool offerLastBackup(Prompter& prompter, QWidget* parent, const QString& databasePath,
                     const QString& error) {
    const QString latest = RollingBackups(databasePath).latest();
    if (latest.isEmpty())
        return false;
    if (prompter.question(parent, DatabaseActions::tr("Cannot open database"),
                          DatabaseActions::tr("%1\n\nRestore the last automatic backup, %2? "
                                              "Changes made since then are lost.")
                              .arg(error, latest),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QString why;
    if (restoreDatabase(latest, databasePath, &why))
        return true;
    prompter.warning(parent, DatabaseActions::tr("Restore database"), why);
    return false;
}

} // namespace yufang
