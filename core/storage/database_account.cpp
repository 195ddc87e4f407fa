#include "database_account.h"

#include "audit_log.h"
#include "sql_dialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

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
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT session_user")) && q.next())
            return q.value(0).toString();
    }
    return currentAccount();
}

QString accountCaption(const QString& account) {
    return account == QLatin1String(kUnknownAccount) ? Text::tr("unknown account") : account;
}

} // namespace yufang
