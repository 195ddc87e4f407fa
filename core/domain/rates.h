#pragma once

#include "annex.h"
#include "plan.h"

#include <QString>

#include <optional>

// Every formula of the plan lives here (DESIGN.md, "Formulas"). A zero or missing denominator
// gives std::nullopt, shown as "—": never 0, never a crash.
namespace yufang::rates {

// An exact ratio numerator/denominator; kept as integers so display rounding is exact.
struct Ratio {
    qint64 numerator = 0;
    qint64 denominator = 0;

    std::optional<double> value(double scale = 1.0) const;
    // Half-up rounding on the exact value, e.g. "12.35" for 12.345 ‰; a negative value rounds
    // its magnitude the same way ("-12.35").
    QString format(int scale, int decimals = 2) const;
};

std::optional<Ratio> coverage(const AnnexCounts& counts); // 工伤保险参保率
std::optional<Ratio> accident(const AnnexCounts& counts, RateDenominator d); // 工伤事故发生率

// Rates as numbers: coverage in %, accident rate in ‰.
std::optional<double> coverageRatePercent(const AnnexCounts& counts);
std::optional<double> accidentRatePerMille(const AnnexCounts& counts, RateDenominator d);

// Display text: "85.27" or "—"; no unit sign, the column header carries it.
QString formatCoverageRate(const AnnexCounts& counts);
QString formatAccidentRate(const AnnexCounts& counts, RateDenominator d);
QString notApplicable();

// (rate_baseline − rate_y) ÷ rate_baseline as a fraction; none without a positive baseline.
std::optional<double> reduction(std::optional<double> baselineRate, std::optional<double> rate);

// Expected reduction in year y on a straight path from 0 at the baseline year to the target
// at the plan's last year; clamped to [0, target].
double glidePath(const Plan& plan, int year);

// Footnotes printed under every report, one line per definition.
QStringList definitions(RateDenominator d);

} // namespace yufang::rates
