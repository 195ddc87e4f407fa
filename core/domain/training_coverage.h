#pragma once

#include "plan.h"
#include "rates.h"
#include "training.h"

#include <QMap>
#include <QString>

#include <optional>

// Training coverage of key personnel (DESIGN.md, "Formulas"): trained ÷ key personnel, per
// category, industry, unit and overall, always from summed counts, never an average of rates.
namespace yufang {

// Canonical keys in code and CSV; labels through trainingStatusLabel().
enum class TrainingStatus {
    Met,     // 已达成: coverage ≥ the plan's target (100 %)
    OnTrack, // 进度正常: coverage ≥ the path's expectation for the year
    Behind,  // 滞后
    NoData,  // 无数据: no key personnel counted for the year, so no coverage
};

QString trainingStatusKey(TrainingStatus status);          // "met", "on_track", "behind", "no_data"
QString trainingStatusLabel(TrainingStatus status);        // translated for the UI language
QString trainingStatusOfficialName(TrainingStatus status); // 已达成, 进度正常, 滞后, 无数据

namespace rates {
// 培训覆盖率: trained ÷ key personnel; none when either is missing or key personnel is zero.
std::optional<Ratio> trainingCoverage(const TrainingCounts& counts);
std::optional<double> trainingCoveragePercent(const TrainingCounts& counts);
QString formatTrainingCoverage(const TrainingCounts& counts); // "85.27" or "—"
QString trainingCoverageDefinition();
} // namespace rates

// Where one unit stands in one year.
struct TrainingAssessment {
    int year = 0;
    TrainingCounts counts;
    std::optional<rates::Ratio> coverage;
    std::optional<double> expected; // the path's coverage for the year, fraction; none without data
    double target = 1.0;
    int pathStartYear = 0; // first year with a coverage; 0 when there is none
    TrainingStatus status = TrainingStatus::NoData;

    // Percentage points the coverage lags the path (positive: behind); none without both.
    std::optional<double> gapPoints() const;
};

namespace training {

// The path to the target. It runs in a straight line from the coverage of the FIRST YEAR WITH
// DATA (y₀, c₀) to the plan's target at its last year:
//     expected(y) = c₀ + (target − c₀) × (y − y₀) ÷ (end − y₀)   for y₀ ≤ y < end,
// the target from the last year on, and nothing before y₀.
// Unlike the accident-rate glide path it does not start at the baseline year: key personnel were
// not counted in the 2020 baseline survey in most places, so anchoring at 2020 would mean
// assuming 0 % there and make every unit that reports late look ahead. When the baseline year
// has data it is the first year, and the two agree.
std::optional<double> expectedCoverage(const Plan& plan, const QMap<int, TrainingCounts>& history,
                                       int year, int* startYear = nullptr);

// Coverage, path and status of `year`, given the unit's totals for every year it has.
TrainingAssessment assess(const Plan& plan, const QMap<int, TrainingCounts>& history, int year);

} // namespace training
} // namespace yufang
