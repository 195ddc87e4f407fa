#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace yufang {

// Premium-rate floating (费率浮动, 人社部发〔2015〕71号) as editable tables: every figure the
// simulator uses comes from a RateScheme the office can change; the shipped one is labelled as
// an example, because Shandong's own rules are not in the plan text.

// An industry risk class: its base rate (fraction of payroll) and the tiers (fractions of the
// base rate) an employer of that class may float to. Class 1 floats up only: 1.0/1.2/1.5.
struct RiskClass {
    int riskClass = 1;
    double baseRate = 0.0;
    QList<double> tiers;
};

// Which last-year injury count a rule accepts.
enum class InjuryCondition { Any, None, Some };
QString injuryConditionKey(InjuryCondition c); // "any", "none", "some"
bool injuryConditionFromKey(const QString& key, InjuryCondition* out);

// One row of the ordered rule table; the first rule that matches decides the tier.
// payoutRatio must be > payoutMin (when set) and ≤ payoutMax (when set). A rule with
// payoutNotApplicable matches only employers with no contributions (ratio undefined); every
// other rule never matches them.
struct FloatRule {
    InjuryCondition injuries = InjuryCondition::Any;
    bool payoutNotApplicable = false;
    std::optional<double> payoutMin;
    std::optional<double> payoutMax;
    double tier = 1.0;
    QString note;

    bool matches(int newInjuries, std::optional<double> payoutRatio) const;
    QString describe() const; // "新发工伤=0, 支缴率 ≤ 120% → 80%" style, translated
};

struct RateScheme {
    QString label; // e.g. "示例方案 …": shown wherever a result is shown
    QList<RiskClass> classes;
    QList<FloatRule> rules;

    const RiskClass* findClass(int riskClass) const;
    QStringList validate() const; // empty when usable
};

struct EmployerFloatInput {
    QString name;
    int riskClass = 1;
    double payroll = 0.0;       // 缴费工资总额, yuan
    double contributions = 0.0; // what the employer paid in, yuan
    double benefitsPaid = 0.0;  // what the fund paid out for its workers, yuan
    int newInjuries = 0;        // new work-injury cases last year
};

// 支缴率 = benefits paid ÷ contributions; nullopt (not applicable) when nothing was paid in.
std::optional<double> payoutRatio(double benefitsPaid, double contributions);

struct FloatResult {
    bool ok = false;
    QString error; // when !ok: unknown class, no rule matched
    std::optional<double> payoutRatio;
    int ruleIndex = -1;    // 0-based row of the rule table that matched
    double ruleTier = 1.0; // what the rule said
    double tier = 1.0;     // what applies after the class's tiers are respected
    double baseRate = 0.0;
    double newRate = 0.0; // baseRate × tier
    double premium = 0.0; // payroll × newRate, yuan
    QString explanation;  // the rule, and any adjustment to the class's tiers
};

// Picks the tier. A rule tier the class does not offer moves to the nearest offered tier
// towards 100 % (class 1 never floats down: 80 % becomes 100 %), and the explanation says so.
FloatResult floatRate(const RateScheme& scheme, const EmployerFloatInput& input);

QString percentText(double fraction, int decimals = 0); // 0.8 → "80%"

} // namespace yufang
