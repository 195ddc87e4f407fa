#pragma once

#include "postgres_handle.h"
#include "register_writer.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace yufang::sql {

// Register rows into a PostgreSQL server by ONE COPY register_enterprise FROM STDIN (text
// format) for the whole file, through the libpq connection behind the QPSQL driver, inside the
// caller's transaction: what makes a province's register load about as fast as `psql \copy` of
// the same file (docs/server.md). Opened by the first row, ended by finish(). A COPY per batch
// of the row buffer cost a round trip each and, worse, left the server idle while the program
// read the next batch and the program idle while the server took the last: kept open, the
// server parses rows sent while the program reads on, as with psql.
//
// The server names a row it refuses only when the COPY ends (finish(), or add() should libpq
// find the COPY over), by its place in the COPY: mapped back to the file line of the record
// (RegisterRecord::line). The caller's transaction is then aborted and must be rolled back (all
// or nothing per file). No other statement may run on the connection while the COPY is open:
// finish() first. Destroyed open, the COPY is abandoned (the server fails it).
class RegisterCopy {
public:
    explicit RegisterCopy(const QSqlDatabase& db);
    ~RegisterCopy();
    RegisterCopy(const RegisterCopy&) = delete;
    RegisterCopy& operator=(const RegisterCopy&) = delete;

    // On failure: false with the server's message and the line of the row it named (0: none).
    bool add(const RegisterRecord* records, qsizetype count, QString* error, int* line);
    bool finish(QString* error, int* line);

private:
    bool send();
    bool end(const char* abandon, QString* error, int* line);

    pg_conn* m_conn;
    bool m_open = false;
    QByteArray m_text;        // rows formatted, not sent yet
    std::vector<int> m_lines; // the file line of each row of the open COPY, in its order
};

// COPY … FROM STDIN of rows already in COPY's text format (appendCopyText/appendCopyNumber, a
// newline after each row): one round trip for any number of rows, where a prepared INSERT
// through QSqlQuery costs one per row. *failedRow: the 0-based row the server named (0: none).
bool copyRows(const QSqlDatabase& db, const char* copyStatement, const QByteArray& rows,
              QString* error, qsizetype* failedRow = nullptr);
// A value and the tab after it, in COPY's text format (the row's last tab becomes its newline).
void appendCopyText(QByteArray& out, QByteArrayView value);
void appendCopyNumber(QByteArray& out, qint64 value);

// One statement with text parameters ($1, $2, …) through libpq: an array literal of
// textArray() lets one statement stand for many rows' worth of round trips.
bool execParams(const QSqlDatabase& db, const char* statement, const QList<QByteArray>& params,
                QString* error);
QByteArray textArray(const QList<QByteArray>& values);

} // namespace yufang::sql
