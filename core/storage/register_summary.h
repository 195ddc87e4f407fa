#pragma once

#include "domain/annex.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace yufang {

// Per-industry totals of one unit's register rows for a year: what derive-annex writes.
struct RegisterIndustryTotals {
    QString industry;
    AnnexCounts counts; // enterprises, insured enterprises (insured persons > 0), employees,
                        // insured persons, accidents
};

struct RegisterUnitTotals {
    QString unitCode;
    QList<RegisterIndustryTotals> industries; // in order of first appearance
};

// Sums the register per unit and industry for a year over the units given (with their
// register_unit slots). Each unit's rows are one id range (register_layout.h), read in order
// and summed in memory: no sort, which is what GROUP BY would cost. On SQLite it steps the C
// API through the driver's handle; other drivers go through QSqlQuery.
QList<RegisterUnitTotals> sumRegister(const QSqlDatabase& db,
                                      const QList<QPair<QString, qint64>>& unitSlots, int year,
                                      QString* error);

} // namespace yufang
