#pragma once

#include <QSqlError>
#include <QString>

namespace yufang {

// What went wrong with the database file, told apart so the user knows what to do: wait for
// the other program, choose another file, restore a backup, or free disk space.
enum class DatabaseFault { Other, Busy, NotADatabase, Damaged, DiskFull, ReadOnly, CannotOpen };

// From the SQLite result code the QSQLITE driver reports (extended codes included); Other for
// any other engine.
DatabaseFault databaseFault(const QSqlError& error);
// One sentence for the user: the fault in words, then the engine's own text.
QString describeDatabaseError(const QSqlError& error);
QString describeDatabaseFault(DatabaseFault fault, const QString& detail);

} // namespace yufang
