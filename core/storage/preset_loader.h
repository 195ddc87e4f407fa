#pragma once

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// Loads the shipped plans and unit tree (resources/presets/presets.json) once per preset
// version. Rows the user already has are never overwritten or duplicated, and a unit the user
// deleted is not brought back by a later start.
class PresetLoader {
public:
    static int shippedVersion();
    // Loads when the database has an older preset version; a no-op otherwise.
    static bool load(QSqlDatabase& db, QString* error);
};

} // namespace yufang
