#include "progress.h"

#include "status_glossary.h"

#include <cmath>

namespace yufang {

namespace {
glossary::Term termOf(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::Met:
        return glossary::Term::Met;
    case ProgressStatus::OnTrack:
        return glossary::Term::OnTrack;
    case ProgressStatus::Behind:
        return glossary::Term::Behind;
    case ProgressStatus::NoBaseline:
        return glossary::Term::NoBaseline;
    case ProgressStatus::LowCoverage:
        return glossary::Term::LowCoverage;
    case ProgressStatus::NoData:
        break;
    }
    return glossary::Term::NoData;
}
} // namespace

QString progressStatusKey(ProgressStatus status) {
    return glossary::key(termOf(status));
}

QString progressStatusLabel(ProgressStatus status) {
    return glossary::label(termOf(status));
}

QString progressStatusOfficialName(ProgressStatus status) {
    return glossary::officialName(termOf(status));
}

std::optional<double> ProgressFigure::gapPoints() const {
    if (!matchedReduction)
        return std::nullopt;
    return (*glidePath.value(100.0)) - (*matchedReduction->value(100.0));
}

namespace progress {

rates::Ratio target(const Plan& plan) {
    // Targets are stated in whole or tenth percents ("about 20 %", "about 10 %"): basis points
    // keep them exact, so 8 ‰ against 10 ‰ is exactly the 20 % target, not 19.999…
    return rates::Ratio{std::llround(plan.accidentRateReductionTarget * 10000.0), 10000};
}

rates::Ratio glidePath(const Plan& plan, int year) {
    const rates::Ratio full = target(plan);
    const int span = plan.endYear - plan.baselineYear;
    if (span <= 0 || year >= plan.endYear)
        return full;
    if (year <= plan.baselineYear)
        return rates::Ratio{0, full.denominator};
    return rates::Ratio{full.numerator * (year - plan.baselineYear), full.denominator * span};
}

std::optional<rates::Ratio> reduction(const std::optional<rates::Ratio>& baselineRate,
                                      const std::optional<rates::Ratio>& rate) {
    if (!baselineRate || !rate || baselineRate->numerator <= 0 || baselineRate->denominator <= 0 ||
        rate->denominator <= 0)
        return std::nullopt;
    // (ab/nb − ay/ny) ÷ (ab/nb) = (ab·ny − ay·nb) ÷ (ab·ny)
    const qint64 ab = baselineRate->numerator, nb = baselineRate->denominator;
    const qint64 ay = rate->numerator, ny = rate->denominator;
    return rates::Ratio{ab * ny - ay * nb, ab * ny};
}

bool atLeast(const rates::Ratio& a, const rates::Ratio& b) {
#ifdef __SIZEOF_INT128__
    __extension__ typedef __int128 Wide; // products of two 63-bit values never overflow it
    return static_cast<Wide>(a.numerator) * b.denominator >=
           static_cast<Wide>(b.numerator) * a.denominator;
#else
    // Without 128-bit integers: exact while the products fit, long double beyond.
    const long double l = static_cast<long double>(a.numerator) * b.denominator;
    const long double r = static_cast<long double>(b.numerator) * a.denominator;
    return l >= r;
#endif
}

ProgressFigure assess(const Plan& plan, const QString& industry, int year,
                      const ProgressInput& input) {
    ProgressFigure f;
    f.industry = industry;
    f.year = year;
    f.counts = input.counts;
    f.baselineCounts = input.baselineCounts;
    f.accidentRate = rates::accident(input.counts, plan.rateDenominator);
    f.baselineRate = rates::accident(input.baselineCounts, plan.rateDenominator);
    f.coverage = rates::coverage(input.counts);
    f.reduction = reduction(f.baselineRate, f.accidentRate);
    f.glidePath = glidePath(plan, year);
    f.target = target(plan);
    f.reporting = input.coverage;
    f.matchedCounts = input.matchedCounts;
    f.matchedBaselineCounts = input.matchedBaselineCounts;
    f.matchedRate = rates::accident(input.matchedCounts, plan.rateDenominator);
    f.matchedBaselineRate = rates::accident(input.matchedBaselineCounts, plan.rateDenominator);
    f.matchedReduction = reduction(f.matchedBaselineRate, f.matchedRate);
    const ReportingCoverage& c = input.coverage;
    // 无基线 before 无数据 (as for a single unit): nothing to measure against says more than a
    // missing year.
    if (c.reportedBaseline == 0 || !f.baselineRate || f.baselineRate->numerator <= 0)
        f.status = ProgressStatus::NoBaseline;
    else if (c.reportedYear == 0 || !f.accidentRate)
        f.status = ProgressStatus::NoData;
    else if (!c.meets(plan.reportingThreshold))
        f.status = ProgressStatus::LowCoverage;
    else if (!f.matchedBaselineRate || f.matchedBaselineRate->numerator <= 0)
        f.status = ProgressStatus::NoBaseline;
    else if (!f.matchedReduction)
        f.status = ProgressStatus::NoData;
    else if (atLeast(*f.matchedReduction, f.target))
        f.status = ProgressStatus::Met;
    else if (atLeast(*f.matchedReduction, f.glidePath))
        f.status = ProgressStatus::OnTrack;
    else
        f.status = ProgressStatus::Behind;
    return f;
}

ProgressFigure assess(const Plan& plan, const QString& industry, int year,
                      const AnnexCounts& counts, const AnnexCounts& baselineCounts) {
    ProgressInput input{counts, baselineCounts, {}, {}, {}};
    ReportingCoverage& c = input.coverage;
    c.baselineYear = plan.baselineYear;
    c.year = year;
    c.expected = 1;
    c.reportedBaseline = baselineCounts.isEmpty() ? 0 : 1;
    c.reportedYear = counts.isEmpty() ? 0 : 1;
    c.matched = c.reportedBaseline * c.reportedYear;
    if (c.matched) {
        input.matchedCounts = counts;
        input.matchedBaselineCounts = baselineCounts;
    }
    return assess(plan, industry, year, input);
}

} // namespace progress
} // namespace yufang
