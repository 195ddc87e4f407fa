#include "annex_export.h"

#include "roll_up.h"
#include "storage/annex_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

AnnexTable AnnexExport::figures(const QString& unitCode, int year) const {
    const AnnexRepository annexes(m_db);
    return UnitRepository(m_db).hasChildren(unitCode) ? annexes.consolidated(unitCode, year)
                                                      : annexes.load(unitCode, year);
}

std::optional<QString> AnnexExport::csv(const QString& unitCode, int year, AnnexLayout layout,
                                        QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    if (!unit) {
        if (error)
            *error = QCoreApplication::translate("AnnexExport", "unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    const AnnexTable table = figures(unitCode, year);
    if (layout == AnnexLayout::Data)
        return annexDataCsv(*unit, table);
    const auto plan = PlanRepository(m_db).find(units.effectivePlanId(unitCode, year));
    if (!plan) {
        if (error)
            *error =
                QCoreApplication::translate("AnnexExport", "%1 follows no plan").arg(unit->name);
        return std::nullopt;
    }
    // A consolidated form says how complete it is, so a partial total is never taken for whole.
    const QString note = units.hasChildren(unitCode)
                             ? rollUpCompleteness(m_db, unitCode, year).officialNote()
                             : QString();
    return annexFormCsv(*plan, *unit, table, note);
}

} // namespace yufang
