#pragma once

#include "domain/unit_progress.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

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
} // namespace yufang
