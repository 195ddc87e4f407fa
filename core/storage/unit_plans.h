#pragma once

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
    qint64 effectivePlanId(const QString& unitCode) const; // 0: no plan
    // The plan's key industries in order (AnnexRepository::planIndustriesOf, cached). The
    // effective plan follows UnitRepository::effectivePlanId, walked in memory.
    const QStringList& planIndustriesOf(const QString& unitCode);

private:
    struct UnitPlan {
        QString name;
        QString parent;
        qint64 planId = 0;
    };
    QSqlDatabase m_db;
    QHash<QString, UnitPlan> m_units;
    QHash<qint64, QStringList> m_industries;
};

} // namespace yufang
