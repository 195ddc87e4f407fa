#include "unit_bureau.h"

#include "storage/unit_repository.h"

namespace yufang {

QString bureauName(const QSqlDatabase& db, const QString& unitCode) {
    const UnitRepository units(db);
    const auto unit = units.find(unitCode);
    if (!unit)
        return {};
    const auto parent = unit->parentCode.isEmpty() ? std::nullopt : units.find(unit->parentCode);
    return bureauName(*unit, parent);
}

} // namespace yufang
