#pragma once

#include "domain/training.h"
#include "record_revisions.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace yufang {

// Training rows and metadata per unit and year, the key-personnel categories of each plan, and
// the consolidated view of a subtree (summed from counts with WITH RECURSIVE, like the annex).
class TrainingRepository {
public:
    explicit TrainingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Key-personnel categories (重点人员类别) in the plan's order.
    QStringList categoriesOfPlan(qint64 planId) const;
    // Of the plan the unit follows in the year (0: now).
    QStringList categoriesOf(const QString& unitCode, int year = 0) const;
    // Adds a category at the end of the plan's list (the 2026-2030 plan adds 主要负责人).
    bool addPlanCategory(qint64 planId, const QString& name, QString* error);

    // The unit's own table: every key industry (plan, then local) × every category, counts empty
    // where nothing is stored.
    TrainingTable load(const QString& unitCode, int year) const;
    // Own rows plus all descendants', summed per industry and category from counts.
    TrainingTable consolidated(const QString& unitCode, int year) const;
    // load() for a unit without children, consolidated() for a parent: what is shown and exported.
    TrainingTable figures(const QString& unitCode, int year) const;

    bool hasData(const QString& unitCode, int year) const;
    int unitsWithData(const QString& unitCode, int year) const;
    // The subtree's summed counts per year, every year that has rows.
    QMap<int, TrainingCounts> history(const QString& unitCode) const;

    // ticket: the revision the editor loaded (RecordRevisions); nullptr replaces what is stored.
    bool save(const TrainingTable& table, const QString& source, QString* error,
              RevisionTicket* ticket = nullptr);
    bool saveWithinTransaction(const TrainingTable& table, const QString& source, QString* error,
                               RevisionTicket* ticket = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
