#include "start_selection.h"

#include "storage/annex_values.h"
#include "storage/form_repository.h"
#include "storage/unit_repository.h"

namespace yufang {

int latestYearWithFigures(const QSqlDatabase& db, const QString& unitCode) {
    const QList<int> years = // ascending
        FormRepository(db).years(annex_values::formCode(), unitCode);
    return years.isEmpty() ? 0 : years.last();
}

StartSelection startSelection(const QSqlDatabase& db, const QString& lastUnit, int lastYear,
                              const QString& homeUnit, int currentYear) {
    const UnitRepository units(db);
    if (!lastUnit.isEmpty() && lastYear > 0 && units.find(lastUnit))
        return {lastUnit, lastYear};
    StartSelection out;
    if (!homeUnit.isEmpty() && units.find(homeUnit)) {
        out.unitCode = homeUnit;
    } else {
        const QList<Unit> all = units.all();
        if (all.isEmpty())
            return out;
        out.unitCode = all.first().code;
    }
    const int latest = latestYearWithFigures(db, out.unitCode);
    out.year = latest > 0 ? latest : currentYear;
    return out;
}

} // namespace yufang
