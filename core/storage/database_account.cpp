#include "database_account.h"

#include "postgres_handle.h"
#include "sql_dialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseAccount)
};
} // namespace

QString databaseAccount(const QSqlDatabase& db) {
    // On a server the login is who the server let in, what its access rules and its audit
    // trigger see; the program's own account says nothing there (an administrator's import
    // ran as whatever the shell's USER was, or as nobody, and the board said "unknown").
    if (db.isValid() && !sql::isSqlite(db)) {
        // libpq holds the login it authenticated as, which is session_user (Yufang never
        // changes the session's authorization): no round trip for every save, and an answer
        // even inside a transaction the server has already failed.
        if (const QString login = sql::postgresLogin(db); !login.isEmpty())
            return login;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
            return q.value(0).toString();
    }
    return operatingSystemAccount();
}

QString operatingSystemAccount() {
    // USER on Unix, USERNAME on Windows; LOGNAME where a service manager set only that.
    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("USERNAME");
    if (account.isEmpty())
        account = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // A service, a container or `env -i` sets none of them: the account database still
    // names the user the process runs as.
    if (account.isEmpty())
        if (const passwd* entry = ::getpwuid(::geteuid()); entry && entry->pw_name)
            account = QString::fromLocal8Bit(entry->pw_name);
#endif
    return account.isEmpty() ? QString::fromLatin1(kUnknownAccount) : account;
}

QString accountCaption(const QString& account) {
    return account == QLatin1String(kUnknownAccount) ? Text::tr("unknown account") : account;
}

} // namespace yufang
