#pragma once

#include "domain/prevention_fee.h"
#include "record_revisions.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// Prevention-fee budgets and projects of pooling units. Every write re-checks the cap inside
// its transaction, so the committed total can never be saved above it.
class FeeRepository {
public:
    explicit FeeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The stored budget, or a default one (income year = year - 1, 3 %) when none is stored.
    FeeBudget budget(const QString& unitCode, int year) const;
    bool hasBudget(const QString& unitCode, int year) const;
    QList<FeeProject> projects(const QString& unitCode, int year) const;

    // Refused when invalid or when it would put the committed projects over the new cap.
    // ticket (here and below): the record's revision when it was loaded (RecordRevisions); a
    // save over a newer change is refused. nullptr: unchecked; a new project receives its first.
    bool saveBudget(const FeeBudget& budget, QString* error,
                    RevisionTicket* ticket = nullptr) const;
    // Inserts (id 0; sets it) or updates a project and its experts; refused over the cap.
    bool saveProject(FeeProject& project, QString* error, RevisionTicket* ticket = nullptr) const;
    // The budgets of an imported file (yufang-cli import-fee-budgets), in one transaction; each
    // is refused as saveBudget refuses it, and then none is saved.
    bool saveBudgets(const QList<FeeBudget>& budgets, QString* error) const;
    // New projects of an imported file (yufang-cli import-fee-projects), in one transaction,
    // refused when a year's committed total would pass its cap. Sets their ids.
    bool addProjects(QList<FeeProject>& projects, QString* error) const;
    bool removeProject(qint64 id, QString* error, RevisionTicket* ticket = nullptr) const;

private:
    bool writeBudget(const FeeBudget& budget, QString* error) const;
    // Inside a transaction: inserts (id 0) or updates the project and its experts.
    bool writeProject(FeeProject& project, RevisionTicket* ticket, QString* error) const;

    QSqlDatabase m_db;
};

} // namespace yufang
