#pragma once

#include "register_writer.h"

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

} // namespace yufang::sql
