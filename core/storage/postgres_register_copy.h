#pragma once

#include "register_writer.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace yufang::sql {

// Register rows into a PostgreSQL server with COPY register_enterprise FROM STDIN (text format),
// through the libpq connection behind the QPSQL driver, inside the caller's transaction: what
// makes a province's register load about as fast as `psql \copy` of the same file
// (docs/performance.md). On failure returns false with the server's message and, in *failed,
// the index of the record the server named (0 when it named none); the caller's transaction is
// then aborted and must be rolled back (all or nothing per file).
bool copyRegisterRows(const QSqlDatabase& db, const RegisterRecord* records, qsizetype count,
                      QString* error, qsizetype* failed);

// COPY … FROM STDIN of rows already in COPY's text format (appendCopyText/appendCopyNumber, a
// newline after each row): one round trip for any number of rows, where a prepared INSERT
// through QSqlQuery costs one per row. *failedRow: the 0-based row the server named.
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
