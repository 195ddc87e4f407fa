#pragma once

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// Where the window opens.
struct StartSelection {
    QString unitCode; // empty: the database holds no unit
    int year = 0;
};

// The last unit and year used, while that unit still exists. Otherwise 本单位 (else the first
// root unit) in the latest year its subtree holds figures for, else `currentYear`: a fresh
// install opens on the clerk's own unit and on figures, not on the baseline year 2020.
StartSelection startSelection(const QSqlDatabase& db, const QString& lastUnit, int lastYear,
                              const QString& homeUnit, int currentYear);

// The latest year the unit's subtree holds annex figures for; 0 when none.
int latestYearWithFigures(const QSqlDatabase& db, const QString& unitCode);

} // namespace yufang
