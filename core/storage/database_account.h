#pragma once

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// What operatingSystemAccount() records when no account can be found at all.
inline constexpr char kUnknownAccount[] = "unknown";

// Who is changing the database, the one answer for everything that records who did something:
// record revisions (named in a save conflict), form locks, annex versions, the audit trail and
// the returns board's 接收人 and 确认人. On a server the database login (session_user: what the
// access rules and the audit trail's trigger see; two clerks whose PCs both say
// "Administrator" log in as two logins), on a file operatingSystemAccount().
QString databaseAccount(const QSqlDatabase& db);

// The operating-system account running Yufang (USER, else USERNAME on Windows, else LOGNAME,
// else the system's user database). Only what databaseAccount() records on a file: never
// record it directly, a server would then store what the PC says instead of the login.
QString operatingSystemAccount();

// An account as the window shows it: kUnknownAccount (recorded by an older version where no
// account was found) in the user's language, any other account as it is.
QString accountCaption(const QString& account);

} // namespace yufang
