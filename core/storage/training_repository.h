#pragma once

#include "audit_log.h"
#include "domain/training.h"
#include "record_revisions.h"

#include <QMap>
#include <QSqlDatabase>

namespace yufang {

// The form `training` of the form engine's storage (form_record, form_value; a row's group is
// the industry, its key the category) laid out as a TrainingTable (the unit's industries of the
// year × the plan's categories) for what still reads that shape: the printed page
// (TrainingExport::report), the coverage over the years (TrainingProgress, indicator_sources)
// and the register derivation, which also writes through it. The 培训 tab, imports and exports
// read and write the form through the engine (FormRepository); the plan's categories are
// PlanCategoryStore's.
class TrainingRepository {
public:
    explicit TrainingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The unit's own table: every key industry (plan, then local) × every category, counts empty
    // where nothing is stored.
    TrainingTable load(const QString& unitCode, int year) const;
    // Own rows plus all descendants', summed per industry and category from counts.
    TrainingTable consolidated(const QString& unitCode, int year) const;
    // load() for a unit without children, consolidated() for a parent: what is shown and printed.
    TrainingTable figures(const QString& unitCode, int year) const;

    // Whether the unit holds the form for the year (indicator_sources asks each unit).
    bool hasData(const QString& unitCode, int year) const;

    // Inside the caller's transaction (the register derivation), as the form engine saves any
    // form, with its audit event (`action`); ticket: the revision the caller loaded, nullptr
    // replaces what is stored.
    bool saveWithinTransaction(const TrainingTable& table, const QString& source, QString* error,
                               RevisionTicket* ticket = nullptr,
                               const QString& action = audit::kFormSaved);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
