#pragma once

#include "domain/plan.h"
#include "domain/progress.h"
#include "domain/unit.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

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

// Reads consolidated annex counts (own rows plus all descendants', summed BEFORE any rate is
// computed) and assesses them against the unit's own plan: target, baseline year and period
// are data, so the next plan works without a code change.
class ProgressService {
public:
    explicit ProgressService(QSqlDatabase db) : m_db(std::move(db)) {}

    // None with *error when the unit is unknown or follows no plan.
    std::optional<UnitProgress> unitProgress(const QString& unitCode,
                                             QString* error = nullptr) const;

    // The unit's children assessed for `year` (0: the unit's latest year with data), worst
    // first: by how many points their reduction lags the glide path; units without a baseline
    // or without data for the year last, in tree order.
    QList<ChildProgress> childrenRanked(const QString& unitCode, int year = 0) const;

private:
    QSqlDatabase m_db;
};

// The name of the total row, as on the annex.
QString progressTotalName();

} // namespace yufang
