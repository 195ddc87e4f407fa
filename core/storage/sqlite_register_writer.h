#pragma once

#include "register_writer.h"

struct sqlite3;

namespace yufang {

// The SQLite fast path of RegisterWriter; null when the connection is not SQLite or the Qt
// driver's SQLite is not the library this program links (two copies of SQLite must never share
// a handle).
std::unique_ptr<RegisterWriter> createSqliteRegisterWriter(const QSqlDatabase& db);
// The connection's sqlite3* under the same conditions; null otherwise.
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace yufang
