#pragma once

#include "annex.h"
#include "like_for_like.h"
#include "plan.h"
#include "rates.h"

#include <QString>

#include <optional>

// Progress against the plan's accident-rate target (DESIGN.md, "Formulas"): the reduction of one
// industry's (or the total's) accident rate against the baseline year, compared with the glide
// path and the target. Pure values, no storage: the service feeds consolidated counts in.
namespace yufang {

// Canonical, untranslated keys in code and CSV; labels come from progressStatusLabel().
enum class ProgressStatus {
    Met,         // 已达成: reduction ≥ target
    OnTrack,     // 进度正常: reduction ≥ glide-path expectation for the year
    Behind,      // 滞后
    NoBaseline,  // 无基线: no baseline counts or a zero baseline rate
    NoData,      // 无数据: a baseline exists but the year has no rate (missing year)
    LowCoverage, // 覆盖不足: too few units reported in both years for the plan's threshold
};

QString progressStatusKey(ProgressStatus status);   // "met", "on_track", "behind", ...
QString progressStatusLabel(ProgressStatus status); // translated for the UI language
// The official Chinese term whatever the UI language (已达成, 进度正常, 滞后, 无基线, 无数据), for
// files whose headers are Chinese too.
QString progressStatusOfficialName(ProgressStatus status);

// One industry (or the key-industry total) in one year. Every rate is an exact ratio of
// consolidated counts, so display rounding is exact and a total is never an average of rates.
// Two sets of units: all that reported in each year (counts, accidentRate, baselineRate,
// reduction: what the annex shows), and the like-for-like set, the units that reported in both
// the baseline year and the year (matched…): the status follows the like-for-like reduction.
struct ProgressFigure {
    QString industry;
    bool local = false; // a local key industry (分别列出)
    bool total = false; // the key-industry total (合计)
    int year = 0;
    AnnexCounts counts;
    AnnexCounts baselineCounts;
    std::optional<rates::Ratio> accidentRate; // format(1000): ‰
    std::optional<rates::Ratio> baselineRate; // format(1000): ‰
    std::optional<rates::Ratio> coverage;     // format(100): %
    std::optional<rates::Ratio> reduction;    // fraction of the baseline rate; format(100): %
    rates::Ratio glidePath;                   // expected reduction for the year, fraction
    rates::Ratio target;                      // the plan's reduction target, fraction
    ProgressStatus status = ProgressStatus::NoBaseline;

    ReportingCoverage reporting; // 应报 N, 已报 M in both years; the like-for-like set
    AnnexCounts matchedCounts;
    AnnexCounts matchedBaselineCounts;
    std::optional<rates::Ratio> matchedRate;         // format(1000): ‰
    std::optional<rates::Ratio> matchedBaselineRate; // format(1000): ‰
    std::optional<rates::Ratio> matchedReduction;    // fraction; the status is measured on it

    // Percentage points the like-for-like reduction lags the glide path (positive: behind);
    // none without one. Used to rank units worst first.
    std::optional<double> gapPoints() const;
};

namespace progress {

// The plan's target as an exact fraction: basis points over 10000 (0.2 → 2000/10000).
rates::Ratio target(const Plan& plan);
// rates::glidePath as an exact fraction: target × (y − baseline) ÷ (end − baseline), clamped.
rates::Ratio glidePath(const Plan& plan, int year);
// (rate_baseline − rate_y) ÷ rate_baseline, exactly; none without a positive baseline rate.
std::optional<rates::Ratio> reduction(const std::optional<rates::Ratio>& baselineRate,
                                      const std::optional<rates::Ratio>& rate);
// a ≥ b for ratios with positive denominators, compared exactly.
bool atLeast(const rates::Ratio& a, const rates::Ratio& b);

// The figures a consolidated assessment starts from: all reported units' counts in each year,
// the like-for-like set's counts and the coverage (like_for_like::apply).
struct ProgressInput {
    AnnexCounts counts;
    AnnexCounts baselineCounts;
    AnnexCounts matchedCounts;
    AnnexCounts matchedBaselineCounts;
    ReportingCoverage coverage;
};

// Status: 无基线 when no unit reported for the baseline year or the reported units have no
// (or a zero) baseline rate, 无数据 likewise for the year, 覆盖不足 when the like-for-like set is
// below the plan's reportingThreshold, else the like-for-like reduction against the target and
// glide path (无基线 / 无数据 again when that set has no rate).
ProgressFigure assess(const Plan& plan, const QString& industry, int year,
                      const ProgressInput& input);
// One reporting unit: it reported in a year when it has counts for it.
ProgressFigure assess(const Plan& plan, const QString& industry, int year,
                      const AnnexCounts& counts, const AnnexCounts& baselineCounts);

} // namespace progress
} // namespace yufang
