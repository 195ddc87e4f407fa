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
// Per-connection settings: foreign keys on, a busy timeout. Returns false with *error set.
bool configureConnection(QSqlDatabase& db, QString* error);

} // namespace yufang::sql
