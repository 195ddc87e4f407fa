#include "training_coverage.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingCoverage)
};
constexpr double kEpsilon = 1e-9; // ratios of whole numbers: only float noise is below this
} // namespace

QString trainingStatusKey(TrainingStatus status) {
    switch (status) {
    case TrainingStatus::Met:
        return QStringLiteral("met");
    case TrainingStatus::OnTrack:
        return QStringLiteral("on_track");
    case TrainingStatus::Behind:
        return QStringLiteral("behind");
    case TrainingStatus::NoData:
        break;
    }
    return QStringLiteral("no_data");
}

QString trainingStatusLabel(TrainingStatus status) {
    switch (status) {
    case TrainingStatus::Met:
        return Text::tr("Achieved");
    case TrainingStatus::OnTrack:
        return Text::tr("On track");
    case TrainingStatus::Behind:
        return Text::tr("Behind");
    case TrainingStatus::NoData:
        break;
    }
    return Text::tr("No data");
}

QString trainingStatusOfficialName(TrainingStatus status) {
    switch (status) {
    case TrainingStatus::Met:
        return QStringLiteral("已达成");
    case TrainingStatus::OnTrack:
        return QStringLiteral("进度正常");
    case TrainingStatus::Behind:
        return QStringLiteral("滞后");
    case TrainingStatus::NoData:
        break;
    }
    return QStringLiteral("无数据");
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
