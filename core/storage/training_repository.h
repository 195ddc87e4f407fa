#pragma once

#include "audit_log.h"
#include "domain/training.h"
#include "record_revisions.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace yufang {

// Training rows and metadata per unit and year (the plan's key-personnel categories are
// PlanCategoryStore's), and the consolidated view of a subtree (summed from counts, like the annex). Since migration 12
// the figures are the form `training` of the form engine's storage (form_record, form_value;
// a row's group is the industry, its key the category): this class lays them out as the
// training grid (the unit's industries of the year × the plan's categories).
class TrainingRepository {
public:
    explicit TrainingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

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
    // Saved as the form engine saves any form, with its audit event (`action`).
    bool save(const TrainingTable& table, const QString& source, QString* error,
              RevisionTicket* ticket = nullptr, const QString& action = audit::kFormSaved);
    bool saveWithinTransaction(const TrainingTable& table, const QString& source, QString* error,
                               RevisionTicket* ticket = nullptr,
                               const QString& action = audit::kFormSaved);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
