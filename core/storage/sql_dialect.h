#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The only place that knows which SQL engine is underneath: SQLite (a file) or PostgreSQL
// through QPSQL (a server). Everything else writes portable SQL and asks here for the rest.
namespace yufang::sql {

bool isSqlite(const QSqlDatabase& db);
bool isPostgres(const QSqlDatabase& db);
// Migration texts use {{ID}} for an auto-numbered integer primary key, and a statement that is
// exactly {{REFUSE_UPDATE:table}} or {{REFUSE_DELETE:table}} for a trigger that makes the table
// append-only (the audit trail). On PostgreSQL the SQLite column types that mean something
// else there are translated (toServerTypes), so a migration written for SQLite runs on both:
// see CONTRIBUTING.md, "Migrations".
QString expandDialect(const QSqlDatabase& db, QString statement);
// SQLite's INTEGER is 64-bit and its REAL a double; PostgreSQL's INTEGER is 32-bit and its
// REAL a float (0.2 would read back as 0.200000003). Column types outside quotes become
// BIGINT and DOUBLE PRECISION, BLOB becomes BYTEA, DATETIME becomes TEXT (how SQLite keeps
// it), AUTOINCREMENT keys become identity columns.
QString toServerTypes(const QString& statement);
// SELECT returning the names of the database's own tables (first column), and whether one
// exists: sqlite_master, or the current schema of a server (QSqlDatabase::tables() lists
// every schema of a server and prefixes their names).
QString tableNamesQuery(const QSqlDatabase& db);
bool hasTable(const QSqlDatabase& db, const QString& table);
// A server only: creates the schema the connection's search_path names when it is missing.
bool ensureSchema(const QSqlDatabase& db, const QString& schema, QString* error);
// A server only: the session lock held while the schema is migrated and presets loaded, so
// two programs opening a new server at once do not both create it. No-op on SQLite.
bool lockSchema(const QSqlDatabase& db, bool lock, QString* error);
// The statements that open a write transaction: SQLite's BEGIN IMMEDIATE takes the write lock
// first; on a server the same (one writer at a time, readers never blocked) is a transaction
// advisory lock, which keeps the revision checks of record_revisions as strict across machines
// as they are across programs on one file.
QStringList beginWriteStatements(const QSqlDatabase& db);
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
// share, where WAL's shared memory cannot work. On a server: the busy timeout as lock_timeout,
// notices quiet. Returns false with *error set.
bool configureConnection(QSqlDatabase& db, QString* error);
// True when path lies on a network file system (SMB/CIFS, NFS, …) or is a UNC path.
bool onNetworkShare(const QString& path);

} // namespace yufang::sql
