#pragma once

#include "domain/plan.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

class PlanRepository {
public:
    explicit PlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Plan> all() const;
    std::optional<Plan> find(qint64 id) const;
    std::optional<Plan> findByCode(const QString& code) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
