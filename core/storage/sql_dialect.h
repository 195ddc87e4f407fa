#pragma once

#include <QSqlDatabase>
#include <QString>

// The only place that knows which SQL engine is underneath. Everything else writes portable
// SQL (SQLite now, PostgreSQL through QPSQL later) and asks here for the rest.
namespace yufang::sql {

bool isSqlite(const QSqlDatabase& db);
// Migration texts use {{ID}} for an auto-numbered integer primary key, and a statement that is
// exactly {{REFUSE_UPDATE:table}} or {{REFUSE_DELETE:table}} for a trigger that makes the table
// append-only (the audit trail).
QString expandDialect(const QSqlDatabase& db, QString statement);
// A condition that is true where the text column contains the bound text (one `?`), compared
// byte for byte: SQLite's instr(), PostgreSQL's strpos().
QString containsText(const QSqlDatabase& db, const QString& column);
// How long a statement waits for another program's write lock before giving up as busy: 30 s,
// long enough for a large import to finish committing, short enough that a stuck writer is
// reported. The environment variable YUFANG_BUSY_TIMEOUT_MS overrides it (scripts, tests).
int busyTimeoutMs();
// Connect options for QSQLITE that apply the busy timeout from the very first read.
QString connectOptions();
// Per-connection settings: foreign keys on, the busy timeout, and the journal mode: WAL on a
// local disk (readers keep working during a long import), the rollback journal on a network
// share, where WAL's shared memory cannot work. Returns false with *error set.
bool configureConnection(QSqlDatabase& db, QString* error);
// True when path lies on a network file system (SMB/CIFS, NFS, …) or is a UNC path.
bool onNetworkShare(const QString& path);

} // namespace yufang::sql
