#include "form_definitions.h"

#include "io/form_definition_json.h"
#include "storage/form_definition_repository.h"
#include "storage/obligation_repository.h"
#include "storage/plan_repository.h"
#include "storage/record_revisions.h"
#include "storage/transaction.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FormDefinitions)
};

std::optional<FormDefinition> parse(const StoredFormDefinition& s, Diagnostics* out) {
    Diagnostics found;
    auto d =
        formDefinitionFromJson(s.json, QStringLiteral("%1/%2").arg(s.planCode, s.code), &found);
    if (out)
        *out << found;
    return d;
}

// A definition with errors is never stored: *error gets the first.
bool isValid(const FormDefinition& d, QString* error) {
    const Diagnostics problems = validateFormDefinition(d);
    if (hasErrors(problems) && error)
        *error = problems.first().message;
    return !hasErrors(problems);
}
} // namespace

QList<PlanForm> FormDefinitions::all() const {
    QList<PlanForm> out;
    for (const StoredFormDefinition& s : FormDefinitionRepository(m_db).all())
        if (auto d = parse(s, nullptr))
            out << PlanForm{s.planId, s.planCode, *d};
    return out;
}

QList<FormDefinition> FormDefinitions::ofPlan(qint64 planId) const {
    QList<FormDefinition> out;
    for (const StoredFormDefinition& s : FormDefinitionRepository(m_db).ofPlan(planId))
        if (auto d = parse(s, nullptr))
            out << *d;
    return out;
}

std::optional<FormDefinition> FormDefinitions::find(qint64 planId, const QString& code) const {
    const auto s = FormDefinitionRepository(m_db).find(planId, code);
    return s ? parse(*s, nullptr) : std::nullopt;
}

std::optional<FormDefinition> FormDefinitions::forUnit(const QString& unitCode, const QString& code,
                                                       int year) const {
    const UnitRepository units(m_db);
    qint64 planId = units.effectivePlanId(unitCode, year);
    auto d = planId > 0 ? find(planId, code) : std::nullopt;
    if (!d && year != 0) {
        // A form only the unit's present plan has, filed for a year the old plan still covers:
        // the new plan's baseline year (2025 figures of the 2026-2030 plan's platform form).
        planId = units.effectivePlanId(unitCode);
        d = planId > 0 ? find(planId, code) : std::nullopt;
    }
    if (!d)
        return d;
    // The unit's form prints the name of the plan it follows, and divides as that plan does.
    if (const auto plan = PlanRepository(m_db).find(planId)) {
        d->printTitle = d->printTitleFor(plan->title);
        const QString denominator = rateDenominatorKey(plan->rateDenominator);
        if (d->column(denominator))
            for (FormColumn& c : d->columns)
                if (c.denominatorFollowsPlan)
                    c.denominatorKey = denominator;
    }
    return d;
}

Diagnostics FormDefinitions::check() const {
    Diagnostics out;
    for (const StoredFormDefinition& s : FormDefinitionRepository(m_db).all())
        parse(s, &out);
    return out;
}

bool FormDefinitions::save(qint64 planId, const FormDefinition& definition, bool replace,
                           QString* error, RevisionTicket* ticket) {
    if (!isValid(definition, error))
        return false;
    FormDefinitionRepository repository(m_db);
    if (!replace && repository.find(planId, definition.code)) {
        if (error)
            *error = Text::tr("the plan has a form %1 already").arg(definition.code);
        return false;
    }
    return repository.save(planId, definition.code, formDefinitionToCompactJson(definition), error,
                           ticket);
}

std::optional<CopiedForm> FormDefinitions::copy(qint64 fromPlanId, const QString& code,
                                                qint64 toPlanId, QString* error, TakenCode taken) {
    auto d = find(fromPlanId, code);
    if (!d) {
        if (error)
            *error = Text::tr("the plan has no form %1").arg(code);
        return std::nullopt;
    }
    if (!isValid(*d, error))
        return std::nullopt;
    FormDefinitionRepository repository(m_db);
    if (repository.find(toPlanId, d->code)) {
        if (taken == TakenCode::Refuse) {
            if (error)
                *error = Text::tr("the plan has a form %1 already").arg(d->code);
            return std::nullopt;
        }
        // Nothing the plan holds is replaced: its own form of that code, or an earlier copy.
        int n = 2;
        while (repository.find(toPlanId, QStringLiteral("%1-%2").arg(code).arg(n)))
            ++n;
        d->code = QStringLiteral("%1-%2").arg(code).arg(n);
    }
    CopiedForm copied{d->code, {}};
    const bool ok = inTransaction(m_db, error, [&] {
        return repository.saveWithinTransaction(toPlanId, d->code, formDefinitionToCompactJson(*d),
                                                nullptr, error) &&
               ObligationRepository(m_db).copyForFormWithinTransaction(
                   fromPlanId, code, toPlanId, d->code, &copied.returns, error) &&
               (copied.returns.isEmpty() ||
                RecordRevisions(m_db).claim(RecordKey::plan(toPlanId), nullptr, error));
    });
    return ok ? std::optional(copied) : std::nullopt;
}

bool FormDefinitions::remove(qint64 planId, const QString& code, QString* error,
                             QList<Obligation>* removedReturns) {
    const ObligationRepository obligations(m_db);
    const QString named = obligationFormCode(code);
    QList<Obligation> gone;
    const bool ok = inTransaction(m_db, error, [&] {
        if (!FormDefinitionRepository(m_db).removeWithinTransaction(planId, code, error))
            return false;
        QList<Obligation> kept;
        const auto split = [&] {
            kept.clear();
            gone.clear();
            for (const Obligation& o : obligations.ofPlan(planId))
                (o.annexKind != AnnexKind::None && o.formCode == named ? gone : kept) << o;
        };
        split();
        if (gone.isEmpty())
            return true;
        if (!RecordRevisions(m_db).claim(RecordKey::plan(planId), nullptr, error))
            return false;
        split(); // again, now that the plan is this transaction's: a return added meanwhile stays
        return obligations.saveForPlanWithinTransaction(planId, kept, error);
    });
    if (ok && removedReturns)
        *removedReturns = gone;
    return ok;
}

} // namespace yufang
