#include "rate_floating.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RateFloating)
};

bool sameTier(double a, double b) {
    return std::abs(a - b) < 1e-9;
}
} // namespace

QString injuryConditionKey(InjuryCondition c) {
    switch (c) {
    case InjuryCondition::None:
        return QStringLiteral("none");
    case InjuryCondition::Some:
        return QStringLiteral("some");
    case InjuryCondition::Any:
        break;
    }
    return QStringLiteral("any");
}

bool injuryConditionFromKey(const QString& key, InjuryCondition* out) {
    if (key == QLatin1String("any"))
        *out = InjuryCondition::Any;
    else if (key == QLatin1String("none"))
        *out = InjuryCondition::None;
    else if (key == QLatin1String("some"))
        *out = InjuryCondition::Some;
    else
        return false;
    return true;
}

QString percentText(double fraction, int decimals) {
    return QString::number(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

bool FloatRule::matches(int newInjuries, std::optional<double> ratio) const {
    if (injuries == InjuryCondition::None && newInjuries > 0)
        return false;
    if (injuries == InjuryCondition::Some && newInjuries <= 0)
        return false;
    if (payoutNotApplicable)
        return !ratio.has_value();
    if (!ratio)
        return false;
    if (payoutMin && !(*ratio > *payoutMin))
        return false;
    if (payoutMax && !(*ratio <= *payoutMax + 1e-12))
        return false;
    return true;
}

QString FloatRule::describe() const {
    QStringList parts;
    if (injuries == InjuryCondition::None)
        parts << Text::tr("no new injury last year");
    else if (injuries == InjuryCondition::Some)
        parts << Text::tr("new injuries last year");
    if (payoutNotApplicable)
        parts << Text::tr("payout ratio not applicable (no contributions)");
    else if (payoutMin && payoutMax)
        parts << Text::tr("%1 < payout ratio ≤ %2")
                     .arg(percentText(*payoutMin), percentText(*payoutMax));
    else if (payoutMin)
        parts << Text::tr("payout ratio > %1").arg(percentText(*payoutMin));
    else if (payoutMax)
        parts << Text::tr("payout ratio ≤ %1").arg(percentText(*payoutMax));
    if (parts.isEmpty())
        parts << Text::tr("any employer");
    return Text::tr("%1 → %2").arg(parts.join(Text::tr(" and ")), percentText(tier));
}

const RiskClass* RateScheme::findClass(int riskClass) const {
    for (const RiskClass& c : classes)
        if (c.riskClass == riskClass)
            return &c;
    return nullptr;
}

QStringList RateScheme::validate() const {
    QStringList problems;
    QSet<int> seen;
    for (const RiskClass& c : classes) {
        if (seen.contains(c.riskClass))
            problems << Text::tr("risk class %1 appears twice").arg(c.riskClass);
        seen.insert(c.riskClass);
        if (!(c.baseRate > 0.0 && c.baseRate < 1.0))
            problems << Text::tr("risk class %1: the base rate must be between 0 and 100%")
                            .arg(c.riskClass);
        if (c.tiers.isEmpty())
            problems << Text::tr("risk class %1 has no tiers").arg(c.riskClass);
        for (double t : c.tiers)
            if (!(t > 0.0))
                problems
                    << Text::tr("risk class %1: tier %2 is not positive").arg(c.riskClass).arg(t);
    }
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const FloatRule& r = rules.at(i);
        if (!(r.tier > 0.0))
            problems << Text::tr("rule %1: the tier must be positive").arg(i + 1);
        if (r.payoutMin && r.payoutMax && *r.payoutMin >= *r.payoutMax)
            problems << Text::tr("rule %1: the payout-ratio range is empty").arg(i + 1);
    }
    return problems;
}

std::optional<double> payoutRatio(double benefitsPaid, double contributions) {
    if (!(contributions > 0.0))
        return std::nullopt;
    return benefitsPaid / contributions;
}

FloatResult floatRate(const RateScheme& scheme, const EmployerFloatInput& input) {
    FloatResult r;
    const RiskClass* cls = scheme.findClass(input.riskClass);
    if (!cls) {
        r.error = Text::tr("risk class %1 is not in the rate table").arg(input.riskClass);
        return r;
    }
    if (input.payroll < 0 || input.contributions < 0 || input.benefitsPaid < 0 ||
        input.newInjuries < 0) {
        r.error = Text::tr("amounts and injury counts cannot be negative");
        return r;
    }
    r.payoutRatio = payoutRatio(input.benefitsPaid, input.contributions);
    r.baseRate = cls->baseRate;
    for (qsizetype i = 0; i < scheme.rules.size(); ++i) {
        if (scheme.rules.at(i).matches(input.newInjuries, r.payoutRatio)) {
            r.ruleIndex = int(i);
            break;
        }
    }
    if (r.ruleIndex < 0) {
        r.error =
            Text::tr("no rule of the scheme matches this employer; add one to the rule table");
        return r;
    }
    const FloatRule& rule = scheme.rules.at(r.ruleIndex);
    r.ruleTier = rule.tier;
    r.tier = rule.tier;
    r.explanation = Text::tr("rule %1: %2").arg(r.ruleIndex + 1).arg(rule.describe());
    if (!rule.note.isEmpty())
        r.explanation += QStringLiteral("（%1）").arg(rule.note);
    bool offered = false;
    for (double t : cls->tiers)
        offered = offered || sameTier(t, rule.tier);
    if (!offered && !cls->tiers.isEmpty()) {
        // Move towards 100 %: the closest offered tier on the base-rate side of the rule's tier.
        std::optional<double> best;
        for (double t : cls->tiers) {
            const bool towardsBase = rule.tier < 1.0 ? (t > rule.tier && t <= 1.0 + 1e-9)
                                                     : (t < rule.tier && t >= 1.0 - 1e-9);
            if (towardsBase && (!best || std::abs(t - rule.tier) < std::abs(*best - rule.tier)))
                best = t;
        }
        if (!best) { // nothing between: the offered tier closest to the rule's
            for (double t : cls->tiers)
                if (!best || std::abs(t - rule.tier) < std::abs(*best - rule.tier))
                    best = t;
        }
        r.tier = *best;
        r.explanation += Text::tr("; risk class %1 offers only %2, so %3 applies")
                             .arg(cls->riskClass)
                             .arg([&] {
                                 QStringList l;
                                 for (double t : cls->tiers)
                                     l << percentText(t);
                                 return l.join(QLatin1Char('/'));
                             }())
                             .arg(percentText(r.tier));
    }
    r.newRate = r.baseRate * r.tier;
    r.premium = input.payroll * r.newRate;
    r.ok = true;
    return r;
}

} // namespace yufang
