#pragma once

#include "domain/obligation.h"
#include "domain/plan.h"
#include "domain/plan_task.h"
#include "plan_category_store.h"
#include "record_revisions.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// Writes plans: the plan editor's operations. A plan is data (title, period, targets, key
// industries, obligations) and units point at it, so a new five-year plan is data entry.
class PlanStore {
public:
    explicit PlanStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Problems that stop a plan from being saved (empty code or title, years out of order,
    // target outside 0-100 %, duplicate or empty industry); empty when fine.
    static QStringList validate(const Plan& plan);

    // Inserts (plan.id == 0; sets it) or updates the plan, its industries in the given order
    // and its obligations, in one transaction.
    // ticket: the plan's revision when the editor loaded it (RecordRevisions); a save over a
    // newer change is refused. nullptr: unchecked; a new plan's ticket receives its first.
    bool save(Plan& plan, const QList<PlanTask>& obligations, QString* error,
              RevisionTicket* ticket = nullptr) const;

    // The same inside the caller's write transaction: claims the plan's revision with ticket
    // (nullptr: unchecked) and writes; the caller commits or rolls back (plan.id of a new plan
    // is then set even when it rolls back).
    bool saveWithinTransaction(Plan& plan, const QList<PlanTask>& obligations, QString* error,
                               RevisionTicket* ticket) const;

    // The plan editor's save: the plan's fields, its key-personnel categories
    // (PlanCategoryStore) and its return obligations (ObligationRepository::saveForPlan) in
    // one transaction, the plan's revision claimed once. Any step failing saves nothing.
    bool saveEdited(Plan& plan, const QList<PlanTask>& tasks,
                    const QList<PlanCategoryEdit>& categories, const QList<Obligation>& returns,
                    QString* error, RevisionTicket* ticket = nullptr) const;

    // A new plan copied from `sourceId` under `code`, every year (baseline, period, one-off and
    // yearly obligations) moved so the period starts at `startYear`, with the source's
    // key-personnel categories; not a preset. Returns it.
    std::optional<Plan> copy(qint64 sourceId, const QString& code, int startYear,
                             QString* error) const;

    // Units follow their own plan, else their nearest ancestor's; 0 clears the unit's own.
    bool assign(const QString& unitCode, qint64 planId, QString* error) const;
    QStringList unitsAssigned(qint64 planId) const; // codes of units naming the plan themselves
    // The unit follows planId from fromYear on (兰山区: national-2026 from 2026), what it followed
    // before staying as it was; a period starting in the same year is replaced. planId 0 removes
    // that period. The plan for a unit and a year: UnitRepository::effectivePlanId.
    bool assignFrom(const QString& unitCode, qint64 planId, int fromYear, QString* error) const;

private:
    // categoriesFrom: a plan whose key-personnel categories the saved plan receives (0: none).
    bool save(Plan& plan, const QList<PlanTask>& obligations, QString* error, qint64 categoriesFrom,
              RevisionTicket* ticket) const;
    bool checkBeforeWrite(const Plan& plan, QString* error) const;
    bool writeWithinTransaction(Plan& plan, const QList<PlanTask>& obligations, QString* error,
                                qint64 categoriesFrom, RevisionTicket* ticket) const;

    QSqlDatabase m_db;
};

} // namespace yufang
