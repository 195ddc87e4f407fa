#include "database_opener.h"

#include "database_actions.h"
#include "prompter.h"
#include "session.h"

#include "storage/database.h"
#include "storage/database_lock.h"
#include "storage/server_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <memory>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
};
} // namespace

namespace {
// A server has no file to lock: many users edit it at once, each save checked by its revision
// and what a login may write decided by the server (docs/server.md).
bool openServerFor(Session& session, Prompter& prompter, QWidget* parent, const QString& address) {
    auto database = std::make_unique<Database>(address);
    QString error;
    if (!database->open(&error)) {
        prompter.warning(parent, Text::tr("Cannot open database"), error);
        return false;
    }
    session.setDatabase(std::move(database), nullptr);
    return true;
}
} // namespace

bool openDatabaseFor(Session& session, Prompter& prompter, QWidget* parent, const QString& path) {
    if (isServerAddress(path))
        return openServerFor(session, prompter, parent, path);
    // The lock file lives beside the database, in a folder a new database may not have yet.
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<DatabaseLock>(path);
    bool readOnly = false;
    const bool acquired = lock->tryAcquire();
    const auto holder = acquired ? std::nullopt : lock->holder();
    if (!acquired && !holder) {
        // No lock can be made (a read-only folder or medium): looking is still possible.
        const auto answer =
            prompter.question(parent, Text::tr("Cannot open database"),
                              lock->error() + QStringLiteral("\n\n") +
                                  Text::tr("Open: open it read-only (nothing can be saved).\n"
                                           "Cancel: do not open it."),
                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Open)
            return false;
        readOnly = true;
        lock.reset();
    } else if (!acquired) {
        const bool elsewhere =
            !holder->host.isEmpty() && holder->host != QSysInfo::machineHostName();
        QString text = DatabaseLock::heldMessage(path, *holder) + QStringLiteral("\n\n") +
                       Text::tr("Open: open it read-only here (you can look, print and export; "
                                "nothing can be saved).\nCancel: do not open it.");
        QMessageBox::StandardButtons buttons = QMessageBox::Open | QMessageBox::Cancel;
        if (elsewhere) {
            text += QLatin1Char('\n') +
                    Text::tr("Ignore: the copy on %1 is closed (it crashed or the computer was "
                             "switched off): remove its lock and open the database for editing.")
                        .arg(holder->host);
            buttons |= QMessageBox::Ignore;
        }
        const auto answer = prompter.question(parent, Text::tr("Database in use"), text, buttons,
                                              QMessageBox::Open);
        if (answer == QMessageBox::Ignore && elsewhere) {
            if (!lock->takeOver()) {
                prompter.warning(parent, Text::tr("Cannot open database"),
                                 Text::tr("The lock of %1 could not be removed.").arg(path));
                return false;
            }
        } else if (answer == QMessageBox::Open) {
            readOnly = true;
            lock.reset();
        } else {
            return false;
        }
    }
    auto database = std::make_unique<Database>(path);
    database->setReadOnly(readOnly);
    QString error;
    if (!database->open(&error)) {
        if (database->fault() == DatabaseFault::Damaged &&
            offerLastBackup(prompter, parent, path, error)) {
            database.reset();
            lock.reset();
            return openDatabaseFor(session, prompter, parent, path);
        }
        prompter.warning(parent, Text::tr("Cannot open database"), error);
        return false;
    }
    session.setDatabase(std::move(database), std::move(lock));
    return true;
}

} // namespace yufang
