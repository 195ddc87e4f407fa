#pragma once

#include "domain/plan_task.h"

#include <QList>
#include <QSqlDatabase>

namespace yufang {

// A plan's obligations (plan_task), in the plan's order.
class PlanTaskRepository {
public:
    explicit PlanTaskRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<PlanTask> forPlan(qint64 planId) const;
    // Makes the plan's obligations exactly `list`, matched on code: existing rows are updated in
    // place (so units' records of them survive), new codes inserted, missing codes deleted
    // (with their records). Runs inside the caller's transaction; validates first.
    bool replaceForPlan(qint64 planId, const QList<PlanTask>& list, QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
