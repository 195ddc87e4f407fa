#include "progress.h"

#include <QCoreApplication>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Progress)
};
} // namespace

QString progressStatusKey(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::Met:
        return QStringLiteral("met");
    case ProgressStatus::OnTrack:
        return QStringLiteral("on_track");
    case ProgressStatus::Behind:
        return QStringLiteral("behind");
    case ProgressStatus::NoBaseline:
        return QStringLiteral("no_baseline");
    case ProgressStatus::NoData:
        break;
    }
    return QStringLiteral("no_data");
}

QString progressStatusLabel(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::Met:
        return Text::tr("Target met");
    case ProgressStatus::OnTrack:
        return Text::tr("On track");
    case ProgressStatus::Behind:
        return Text::tr("Behind");
    case ProgressStatus::NoBaseline:
        return Text::tr("No baseline");
    case ProgressStatus::NoData:
        break;
    }
    return Text::tr("No data");
}

QString progressStatusOfficialName(ProgressStatus status) {
    switch (status) {
    case ProgressStatus::Met:
        return QStringLiteral("已达成");
    case ProgressStatus::OnTrack:
        return QStringLiteral("进度正常");
    case ProgressStatus::Behind:
        return QStringLiteral("滞后");
    case ProgressStatus::NoBaseline:
        return QStringLiteral("无基线");
    case ProgressStatus::NoData:
        break;
    }
    return QStringLiteral("无数据");
}

std::optional<double> ProgressFigure::gapPoints() const {
    if (!reduction)
        return std::nullopt;
    return (*glidePath.value(100.0)) - (*reduction->value(100.0));
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
                      const AnnexCounts& counts, const AnnexCounts& baselineCounts) {
    ProgressFigure f;
    f.industry = industry;
    f.year = year;
    f.counts = counts;
    f.baselineCounts = baselineCounts;
    f.accidentRate = rates::accident(counts, plan.rateDenominator);
    f.baselineRate = rates::accident(baselineCounts, plan.rateDenominator);
    f.coverage = rates::coverage(counts);
    f.reduction = reduction(f.baselineRate, f.accidentRate);
    f.glidePath = glidePath(plan, year);
    f.target = target(plan);
    if (!f.baselineRate || f.baselineRate->numerator <= 0)
        f.status = ProgressStatus::NoBaseline;
    else if (!f.reduction)
        f.status = ProgressStatus::NoData;
    else if (atLeast(*f.reduction, f.target))
        f.status = ProgressStatus::Met;
    else if (atLeast(*f.reduction, f.glidePath))
        f.status = ProgressStatus::OnTrack;
    else
        f.status = ProgressStatus::Behind;
    return f;
}

} // namespace progress
} // namespace yufang
