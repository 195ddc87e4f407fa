#pragma once

#include "audit_log.h"
#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "form_locks.h"
#include "form_versions.h"
#include "unit_plans.h"

#include <QHash>
#include <QSqlDatabase>

namespace yufang {

// What every save of a filled-in form keeps besides its values, for every form alike
// (FormRepository and the 基本情况表's AnnexWriter): a locked form (an accepted return,
// FormLocks) is refused, each changed value is one audit event (domain/form_diff), and the
// saved state is kept as a version (FormVersions). Statements are prepared once per
// FormHistory and definitions read once per plan, so one history serves a batch.
class FormHistory {
public:
    explicit FormHistory(QSqlDatabase db);

    // true when the form may be saved; false with FormLocks::lockedMessage when it is locked.
    bool checkUnlocked(const QString& formCode, const QString& unitCode, int year, QString* error);
    // Inside the caller's transaction: one event per difference between `before` (what was
    // stored) and `after` (what is stored now), then `after` as a version. `definition` names
    // the columns and orders them; nullptr: the stored definition of the plan the unit follows
    // in that year. The 基本情况表's events are annex.cell, annex.meta, annex.row_added and
    // annex.row_removed with the industry as the entity; any other form's form.cell, form.field,
    // form.row_added and form.row_removed with "FORM/ROW" (the form code, then the row's key
    // or group/key; the form code alone for a field). The reason is the source.
    bool record(const FormTable& before, const FormTable& after, const QString& source,
                const QString& sha256, QString* error, const FormDefinition* definition = nullptr);

private:
    const FormDefinition& definitionOf(const QString& formCode, const QString& unitCode, int year);

    QSqlDatabase m_db;
    AuditLog m_audit;
    FormLocks m_locks;
    FormVersions m_versions;
    UnitPlans m_plans;
    QHash<QString, FormDefinition> m_definitions; // by "plan id/form code"
};

} // namespace yufang
