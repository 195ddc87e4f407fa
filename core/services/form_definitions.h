#pragma once

#include "domain/diagnostic.h"
#include "domain/form_definition.h"
#include "domain/obligation.h"
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

// What copying a form brought into a plan: the code the form got there, and the return
// obligations (报送义务) copied with it.
struct CopiedForm {
    QString code;
    QList<Obligation> returns;
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
    // What a copy does with a code the target plan has already.
    enum class TakenCode {
        Refuse,   // copy-plan-forms: nothing is copied
        NextFree, // the plan editor's 从计划复制…: the copy is code-2 (or -3, …)
    };
    // Copies a form of one plan into another (a province variant starts from a copy; the
    // 2026-2030 plan's 重点平台企业 form into a copy of 临沂's plan) in one transaction with the
    // source plan's return obligations for the form when the target owes no return of it
    // (ObligationRepository::copyForFormWithinTransaction: deadlines moved as a plan copy moves
    // them). New obligations move the target plan's revision, as its own save does, so a plan
    // editor opened before does not save its old list of returns over them.
    std::optional<CopiedForm> copy(qint64 fromPlanId, const QString& code, qint64 toPlanId,
                                   QString* error, TakenCode taken = TakenCode::Refuse);
    // Removes a form of a plan with the plan's returns that are the import of it, in one
    // transaction: a return naming a form the plan no longer has could never be made, and the
    // plan's next save would refuse it. Refused while any unit of the plan holds figures of the
    // form, or a unit's return was recorded against one of those returns (the error names it).
    // *removedReturns gets the returns that went with the form. New obligations move the plan's
    // revision, as its own save does.
    bool remove(qint64 planId, const QString& code, QString* error,
                QList<Obligation>* removedReturns = nullptr);

private:
    QSqlDatabase m_db;
};

} // namespace yufang
