#pragma once

#include "register_writer.h"

namespace yufang {

// The SQLite fast path of RegisterWriter; null when the connection is not SQLite or the Qt
// driver's SQLite is not the library this program links (two copies of SQLite must never share
// a handle).
std::unique_ptr<RegisterWriter> createSqliteRegisterWriter(const QSqlDatabase& db);

} // namespace yufang
