#pragma once

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// What currentAccount() (storage/audit_log.h) records when no account can be found at all.
inline constexpr char kUnknownAccount[] = "unknown";

// Who is changing the database: on a server the database login (session_user: what the
// access rules and the audit trail's trigger see), on a file currentAccount(). The returns
// board's received_by and accepted_by are written with it.
QString databaseAccount(const QSqlDatabase& db);

// An account as the window shows it: kUnknownAccount (recorded by an older version where no
// account was found) in the user's language, any other account as it is.
QString accountCaption(const QString& account);

} // namespace yufang
