#pragma once

#include "domain/plan.h"
#include "domain/training_coverage.h"
#include "domain/unit.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

struct ChildTrainingStatus {
    Unit unit;
    TrainingAssessment assessment;
};

// Where a unit and its sub-units stand on the training target, from consolidated counts.
class TrainingProgress {
public:
    explicit TrainingProgress(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<Plan> planOf(const QString& unitCode) const;
    // Coverage, path and status of the unit's subtree in `year`.
    TrainingAssessment assess(const QString& unitCode, int year) const;
    // One assessment per year from the plan's baseline year to its end (and any later year with
    // data): the points of the coverage chart.
    QList<TrainingAssessment> series(const QString& unitCode) const;
    // The direct sub-units, worst first: behind (largest gap first), then without data, then on
    // track and achieved (lowest coverage first).
    QList<ChildTrainingStatus> children(const QString& unitCode, int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
