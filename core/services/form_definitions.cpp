#include "form_definitions.h"

#include "io/form_definition_json.h"
#include "storage/form_definition_repository.h"
#include "storage/plan_repository.h"
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
    const Diagnostics problems = validateFormDefinition(definition);
    if (hasErrors(problems)) {
        if (error)
            *error = problems.first().message;
        return false;
    }
    FormDefinitionRepository repository(m_db);
    if (!replace && repository.find(planId, definition.code)) {
        if (error)
            *error = Text::tr("the plan has a form %1 already").arg(definition.code);
        return false;
    }
    return repository.save(planId, definition.code, formDefinitionToCompactJson(definition), error,
                           ticket);
}

bool FormDefinitions::copy(qint64 fromPlanId, const QString& code, qint64 toPlanId,
                           QString* error) {
    const auto d = find(fromPlanId, code);
    if (!d) {
        if (error)
            *error = Text::tr("the plan has no form %1").arg(code);
        return false;
    }
    return save(toPlanId, *d, false, error);
}

bool FormDefinitions::remove(qint64 planId, const QString& code, QString* error) {
    return FormDefinitionRepository(m_db).remove(planId, code, error);
}

} // namespace yufang
