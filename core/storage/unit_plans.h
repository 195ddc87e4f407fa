#pragma once

#include "domain/plan_assignment.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace yufang {

// Every unit's name and effective plan (its own, else the nearest ancestor's), read in one
// query, and each plan's key industries, read once per plan: for work over a whole subtree
// (derive-annex, derive-figures, saving a province's forms) that would otherwise walk the unit
// tree and query the plan again for each of 160 units.
class UnitPlans {
public:
    explicit UnitPlans(QSqlDatabase db);

    QString nameOf(const QString& unitCode) const;
    // The plan the unit follows in the year (0: now), by domain/plan_assignment; 0: no plan.
    qint64 effectivePlanId(const QString& unitCode, int year = 0) const;
    // The key industries, in order, of the plan the unit follows in the year
    // (AnnexRepository::planIndustriesOf, cached per plan), walked in memory.
    const QStringList& planIndustriesOf(const QString& unitCode, int year = 0);

private:
    struct UnitPlan {
        QString name;
        UnitPlanLinks links;
    };
    QSqlDatabase m_db;
    QHash<QString, UnitPlan> m_units;
    QHash<qint64, QStringList> m_industries;
};

} // namespace yufang
