#include "annex_export.h"

#include "form_definitions.h"
#include "roll_up.h"

#include "domain/bureau_name.h"
#include "io/annex_xlsx_sheet.h"
#include "storage/annex_repository.h"
#include "storage/annex_values.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

AnnexTable AnnexExport::figures(const QString& unitCode, int year) const {
    const AnnexRepository annexes(m_db);
    return UnitRepository(m_db).hasChildren(unitCode) ? annexes.consolidated(unitCode, year)
                                                      : annexes.load(unitCode, year);
}

bool AnnexExport::officialXlsx(const QString& unitCode, int year, bool blankTemplate,
                               QByteArray* bytes, QString* error) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    if (!unit) {
        *error = QCoreApplication::translate("AnnexExport", "unknown unit %1").arg(unitCode);
        return false;
    }
    const auto plan = PlanRepository(m_db).find(units.effectivePlanId(unitCode, year));
    if (!plan) {
        *error = QCoreApplication::translate("AnnexExport", "%1 follows no plan").arg(unit->name);
        return false;
    }
    AnnexSheetOptions options;
    options.bureau = bureauName(*unit, units.find(unit->parentCode));
    options.blankTemplate = blankTemplate;
    if (const auto definition = FormDefinitions(m_db).find(plan->id, annex_values::formCode()))
        options.notes = definition->notesFor(year);
    if (units.hasChildren(unitCode) && !blankTemplate)
        options.statusNote = rollUpCompleteness(m_db, unitCode, year).officialNote();
    return annexOfficialXlsx(*plan, figures(unitCode, year), options, bytes, error);
}

} // namespace yufang
