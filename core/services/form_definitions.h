#pragma once

#include "domain/diagnostic.h"
#include "domain/form_definition.h"
#include "storage/record_revisions.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// A plan's form with the plan it belongs to.
struct PlanForm {
    qint64 planId = 0;
    QString planCode;
    FormDefinition definition;
};

// The forms of the plans as FormDefinitions: storage keeps them as JSON text
// (storage/form_definition_repository), this parses and validates them, so the CLI, the GUI and
// the importers never see the text. Adding, editing, copying and deleting a form are data
// changes, never code.
class FormDefinitions {
public:
    explicit FormDefinitions(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every plan's forms, by plan then position; a stored definition that no longer reads is
    // left out (and reported by check()).
    QList<PlanForm> all() const;
    QList<FormDefinition> ofPlan(qint64 planId) const;
    std::optional<FormDefinition> find(qint64 planId, const QString& code) const;
    // The definition `code` of the plan the unit follows in the year (0: now), else of the plan
    // it follows now (a new plan's form filed for its baseline year), its print title with
    // "{plan}" replaced by that plan's title.
    std::optional<FormDefinition> forUnit(const QString& unitCode, const QString& code,
                                          int year = 0) const;
    // The stored definitions that do not read, as diagnostics naming plan, form and field.
    Diagnostics check() const;

    // Adds the definition to the plan, or replaces the plan's definition of that code when
    // `replace` (else an existing code is refused). The definition is validated first.
    bool save(qint64 planId, const FormDefinition& definition, bool replace, QString* error,
              RevisionTicket* ticket = nullptr);
    // Copies a form of one plan into another (a province variant starts from a copy).
    bool copy(qint64 fromPlanId, const QString& code, qint64 toPlanId, QString* error);
    // Refused while any unit of the plan holds figures of the form.
    bool remove(qint64 planId, const QString& code, QString* error);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
