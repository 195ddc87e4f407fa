#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace yufang::server {

struct SqliteImportTable {
    QString name;
    qint64 rows = 0;
};

// What `server import-sqlite FILE` moved: each table of the file and its rows.
struct SqliteImportResult {
    QList<SqliteImportTable> tables;
    qint64 rows() const {
        qint64 n = 0;
        for (const SqliteImportTable& t : tables)
            n += t.rows;
        return n;
    }
};

// Moves an office's SQLite database into the server (docs/server.md, "Moving an office's SQLite
// data in"): every table of the file with its ids, revisions and audit trail as they are (the
// audit trail keeps the accounts the file recorded), in one transaction of the server, so the
// server holds all of it or none. Both connections must be open at the same schema version
// (Database::open migrates both). The server's plans, units and forms' definitions are replaced
// by the file's; its logins are kept (each login's unit must be in the file).
// Refused, with nothing changed, while the server holds rows of any unit's data (forms, returns,
// the register, the audit trail…) unless `replace`, which replaces the server's data as a whole.
bool importSqlite(QSqlDatabase server, QSqlDatabase file, bool replace, SqliteImportResult* result,
                  QString* error);

} // namespace yufang::server
