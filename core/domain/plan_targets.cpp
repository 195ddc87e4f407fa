#include "plan_targets.h"

namespace yufang::plan_targets {

namespace {
bool isAccidentRate(const IndicatorDefinition& d) {
    return d.formCode == QLatin1String("annex") && d.kind == IndicatorKind::RatioOfSums &&
           d.numeratorKeys == QStringList{QStringLiteral("accidents")} &&
           d.direction == IndicatorDirection::Down && d.targetKind == IndicatorTargetKind::Relative;
}

bool isTrainingCoverage(const IndicatorDefinition& d) {
    return d.formCode == QLatin1String("training") && d.kind == IndicatorKind::RatioOfSums &&
           d.numeratorKeys == QStringList{QStringLiteral("trained")} &&
           d.denominatorKeys == QStringList{QStringLiteral("key_personnel")} &&
           d.targetKind == IndicatorTargetKind::Level;
}

bool isDiseaseCases(const IndicatorDefinition& d) {
    return d.formCode == QLatin1String("disease") && d.kind == IndicatorKind::Count &&
           d.direction == IndicatorDirection::Down && d.targetKind != IndicatorTargetKind::Level;
}

template <typename Pred>
std::optional<qsizetype> firstOf(const QList<IndicatorDefinition>& list, Pred pred) {
    for (qsizetype i = 0; i < list.size(); ++i)
        if (pred(list.at(i)))
            return i;
    return std::nullopt;
}
} // namespace

std::optional<qsizetype> accidentRateIndex(const QList<IndicatorDefinition>& indicators) {
    return firstOf(indicators, isAccidentRate);
}

std::optional<qsizetype> trainingCoverageIndex(const QList<IndicatorDefinition>& indicators) {
    return firstOf(indicators, isTrainingCoverage);
}

std::optional<qsizetype> diseaseCasesIndex(const QList<IndicatorDefinition>& indicators) {
    return firstOf(indicators, isDiseaseCases);
}

std::optional<double> diseaseReduction(const QList<IndicatorDefinition>& indicators) {
    const auto i = diseaseCasesIndex(indicators);
    if (!i || indicators.at(*i).targetKind != IndicatorTargetKind::Relative)
        return std::nullopt;
    return -indicators.at(*i).target;
}

std::optional<IndicatorDefinition>
withDiseaseReduction(const QList<IndicatorDefinition>& indicators,
                     std::optional<double> reduction) {
    const auto i = diseaseCasesIndex(indicators);
    if (!i)
        return std::nullopt;
    IndicatorDefinition d = indicators.at(*i);
    d.targetKind = reduction ? IndicatorTargetKind::Relative : IndicatorTargetKind::None;
    d.target = reduction ? -*reduction : 0.0;
    d.glidePath = IndicatorGlidePath::None;
    return d;
}

void readInto(const QList<IndicatorDefinition>& indicators, Plan& plan) {
    // The indicator's relative target is signed (−0.10); the plan's field is the size of the
    // reduction (0.10). Negation is exact, so a value written through reads back unchanged.
    if (const auto i = accidentRateIndex(indicators)) {
        const double reduction = -indicators.at(*i).target;
        if (reduction > 0.0 && reduction < 1.0)
            plan.accidentRateReductionTarget = reduction;
    }
    if (const auto i = trainingCoverageIndex(indicators)) {
        const double level = indicators.at(*i).target;
        if (level > 0.0 && level <= 1.0)
            plan.trainingCoverageTarget = level;
    }
}

QList<IndicatorDefinition> carrying(const Plan& plan,
                                    const QList<IndicatorDefinition>& indicators) {
    QList<IndicatorDefinition> out;
    if (const auto i = accidentRateIndex(indicators);
        i && indicators.at(*i).target != -plan.accidentRateReductionTarget) {
        IndicatorDefinition d = indicators.at(*i);
        d.target = -plan.accidentRateReductionTarget;
        out << d;
    }
    if (const auto i = trainingCoverageIndex(indicators);
        i && indicators.at(*i).target != plan.trainingCoverageTarget) {
        IndicatorDefinition d = indicators.at(*i);
        d.target = plan.trainingCoverageTarget;
        out << d;
    }
    return out;
}

} // namespace yufang::plan_targets
