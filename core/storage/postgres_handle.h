#pragma once

#include <QSqlDatabase>
#include <QString>

struct pg_conn;

namespace yufang::sql {

// The libpq connection behind a QPSQL connection (QSqlDriver::handle()), for what Qt's driver
// does not offer; nullptr for any other driver. The driver links the same libpq.so.5.
pg_conn* postgresHandle(const QSqlDatabase& db);

// Whether the server connection is inside a transaction block. PostgreSQL only warns about a
// BEGIN inside a transaction (SQLite refuses it), so nested use is told from this instead.
bool inServerTransaction(const QSqlDatabase& db);

// The login libpq authenticated as (session_user: Yufang never changes the session's
// authorization); empty without a libpq connection.
QString postgresLogin(const QSqlDatabase& db);

} // namespace yufang::sql
