#include "training_coverage.h"

#include "status_glossary.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingCoverage)
};
constexpr double kEpsilon = 1e-9; // ratios of whole numbers: only float noise is below this
} // namespace

// The same words as the accident-rate statuses: one glossary (docs/glossary.md).
namespace {
glossary::Term termOf(TrainingStatus status) {
    switch (status) {
    case TrainingStatus::Met:
        return glossary::Term::Met;
    case TrainingStatus::OnTrack:
        return glossary::Term::OnTrack;
    case TrainingStatus::Behind:
        return glossary::Term::Behind;
    case TrainingStatus::NoData:
        break;
    }
    return glossary::Term::NoData;
}
} // namespace

QString trainingStatusKey(TrainingStatus status) {
    return glossary::key(termOf(status));
}

QString trainingStatusLabel(TrainingStatus status) {
    return glossary::label(termOf(status));
}

QString trainingStatusOfficialName(TrainingStatus status) {
    return glossary::officialName(termOf(status));
}

namespace rates {

std::optional<Ratio> trainingCoverage(const TrainingCounts& counts) {
    if (!counts.trained || !counts.keyPersonnel || *counts.keyPersonnel <= 0)
        return std::nullopt;
    return Ratio{*counts.trained, *counts.keyPersonnel};
}

std::optional<double> trainingCoveragePercent(const TrainingCounts& counts) {
    const auto r = trainingCoverage(counts);
    return r ? r->value(100.0) : std::nullopt;
}

QString formatTrainingCoverage(const TrainingCounts& counts) {
    const auto r = trainingCoverage(counts);
    return r ? r->format(100) : notApplicable();
}

QString trainingCoverageDefinition() {
    return Text::tr(
        "Training coverage = trained key personnel (cumulative) ÷ key personnel × 100%; "
        "totals are computed from the summed counts, never averaged; \"—\" means no key "
        "personnel are counted.");
}

} // namespace rates

std::optional<double> TrainingAssessment::gapPoints() const {
    if (!coverage || !expected)
        return std::nullopt;
    return (*expected - *coverage->value()) * 100.0;
}

namespace training {

std::optional<double> expectedCoverage(const Plan& plan, const QMap<int, TrainingCounts>& history,
                                       int year, int* startYear) {
    int first = 0;
    double start = 0.0;
    for (auto it = history.constBegin(); it != history.constEnd(); ++it) {
        if (const auto c = rates::trainingCoverage(it.value())) {
            first = it.key();
            start = *c->value();
            break;
        }
    }
    if (startYear)
        *startYear = first;
    if (first == 0 || year < first)
        return std::nullopt;
    const double target = plan.trainingCoverageTarget;
    if (year >= plan.endYear || start >= target)
        return target;
    return start + (target - start) * double(year - first) / double(plan.endYear - first);
}

TrainingAssessment assess(const Plan& plan, const QMap<int, TrainingCounts>& history, int year) {
    TrainingAssessment a;
    a.year = year;
    a.target = plan.trainingCoverageTarget;
    a.counts = history.value(year);
    a.coverage = rates::trainingCoverage(a.counts);
    a.expected = expectedCoverage(plan, history, year, &a.pathStartYear);
    if (!a.coverage) {
        a.status = TrainingStatus::NoData;
        return a;
    }
    const double value = *a.coverage->value();
    if (value + kEpsilon >= a.target)
        a.status = TrainingStatus::Met;
    else if (a.expected && value + kEpsilon >= *a.expected)
        a.status = TrainingStatus::OnTrack;
    else
        a.status = TrainingStatus::Behind;
    return a;
}

} // namespace training
} // namespace yufang
