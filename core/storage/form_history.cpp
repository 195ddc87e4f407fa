#include "form_history.h"

#include "domain/diagnostic.h"
#include "domain/form_diff.h"
#include "form_definition_repository.h"
#include "io/form_definition_json.h"
#include "unit_repository.h"

namespace yufang {

namespace {
const QString kAnnex = QStringLiteral("annex");

QString actionOf(FormChange::Kind kind, bool annex) {
    switch (kind) {
    case FormChange::Kind::Cell:
        return annex ? audit::kAnnexCell : audit::kFormCell;
    case FormChange::Kind::Field:
        return annex ? audit::kAnnexMeta : audit::kFormField;
    case FormChange::Kind::RowAdded:
        return annex ? audit::kAnnexRowAdded : audit::kFormRowAdded;
    case FormChange::Kind::RowRemoved:
        break;
    }
    return annex ? audit::kAnnexRowRemoved : audit::kFormRowRemoved;
}
} // namespace

FormHistory::FormHistory(QSqlDatabase db)
    : m_db(db), m_audit(db), m_locks(db), m_versions(db), m_plans(db) {}

bool FormHistory::checkUnlocked(const QString& formCode, const QString& unitCode, int year,
                                QString* error) {
    const auto lock = m_locks.lockOf(formCode, unitCode, year);
    if (!lock)
        return true;
    if (error) {
        const auto unit = UnitRepository(m_db).find(unitCode);
        *error = FormLocks::lockedMessage(unit ? unit->name : unitCode, year, *lock);
    }
    return false;
}

const FormDefinition& FormHistory::definitionOf(const QString& formCode, const QString& unitCode,
                                                int year) {
    // The plan the unit follows in the year; a form only its present plan has (a baseline
    // filed before the plan began) is read with the present plan's, as FormDefinitions does.
    const FormDefinitionRepository stored(m_db);
    for (const qint64 planId :
         {m_plans.effectivePlanId(unitCode, year), m_plans.effectivePlanId(unitCode)}) {
        const QString key = QStringLiteral("%1/%2").arg(planId).arg(formCode);
        if (const auto it = m_definitions.constFind(key); it != m_definitions.constEnd())
            return *it;
        const auto found = stored.find(planId, formCode);
        if (!found)
            continue;
        Diagnostics ignored;
        if (auto d = formDefinitionFromJson(found->json, formCode, &ignored))
            return *m_definitions.insert(key, *d);
    }
    // No readable definition: the values still diff, by key, numbers as whole numbers.
    const QString none = QStringLiteral("-/%1").arg(formCode);
    if (!m_definitions.contains(none)) {
        FormDefinition d;
        d.code = formCode;
        m_definitions.insert(none, d);
    }
    return m_definitions[none];
}

bool FormHistory::record(const FormTable& before, const FormTable& after, const QString& source,
                         const QString& sha256, QString* error, const FormDefinition* definition) {
    const FormDefinition& d =
        definition ? *definition : definitionOf(after.formCode, after.unitCode, after.year);
    const bool annex = after.formCode == kAnnex;
    QList<AuditEvent> events;
    for (const FormChange& c : diffForms(d, before, after)) {
        AuditEvent e;
        e.action = actionOf(c.kind, annex);
        e.unitCode = after.unitCode;
        e.year = after.year;
        const QString row = formRowLabel(c.group, c.row);
        e.entity = annex ? row : (row.isEmpty() ? after.formCode : after.formCode + u'/' + row);
        e.field = c.field;
        e.oldValue = c.oldValue;
        e.newValue = c.newValue;
        e.reason = source; // where the change came from: manual, import:FILE, ...
        events << e;
    }
    return m_audit.append(events, error) &&
           m_versions.addWithinTransaction(after, source, sha256, error);
}

} // namespace yufang
