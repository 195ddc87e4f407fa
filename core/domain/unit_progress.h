#pragma once

#include "plan.h"
#include "progress.h"
#include "unit.h"

#include <QList>
#include <QString>

// Where a unit stands against its plan, as values: the progress service computes them, and the
// progress CSV, the printed report and the screens only show them.
namespace yufang {

// One industry (or the total) over the years of the progress table, in year order.
struct ProgressSeries {
    QString industry;
    bool local = false;
    bool total = false;
    QList<ProgressFigure> figures; // one per UnitProgress::years entry

    const ProgressFigure* at(int year) const;
};

// Where a unit stands against its plan: every industry of its consolidated annex and the
// key-industry total (合计), for the baseline year through the plan's end and any later year
// with data.
struct UnitProgress {
    Unit unit;
    Plan plan;
    QList<int> years;
    QList<int> yearsWithData;         // of these, the years some unit of the subtree reported
    QList<ProgressSeries> industries; // plan industries, then local ones
    ProgressSeries total;

    // The last year with data, else the baseline year.
    int latestYear() const;
    // The last year with data up to `year` (the year the clerk chose), else latestYear(): 概览
    // shows the chosen year when it has figures, so the year box and the page agree.
    int latestYearUpTo(int year) const;
    const ProgressSeries* series(const QString& industry) const; // "合计" finds the total
};

// A child unit's key-industry total in one year, for "who is behind".
struct ChildProgress {
    Unit unit;
    ProgressFigure total;
};

// The name of the total row, as on the annex.
QString progressTotalName();

} // namespace yufang
