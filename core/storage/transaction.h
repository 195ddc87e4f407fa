#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace yufang {

// Starts a write transaction. On SQLite it is BEGIN IMMEDIATE: the write lock is taken at once,
// waiting up to the busy timeout while another program writes. A deferred BEGIN would read
// first and fail at its first write without waiting ("database is locked": SQLite cannot let a
// reader that wants to write wait for another writer without risking a deadlock).
// Every write transaction of the application starts here.
bool beginWrite(QSqlDatabase db, QString* error);
// Commits. When the commit fails, rolls back and reports the commit's error: after a full disk
// SQLite has already rolled back, and the rollback's own "no transaction is active" would
// otherwise hide the cause.
bool commitWrite(QSqlDatabase db, QString* error);

// Runs work inside one write transaction: commits when it returns true, rolls back when it
// returns false or the commit fails. *error gets the database's message where work left none.
bool inTransaction(QSqlDatabase db, QString* error, const std::function<bool()>& work);

} // namespace yufang
