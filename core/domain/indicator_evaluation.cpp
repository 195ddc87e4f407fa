#include "indicator_evaluation.h"

#include "annex.h"
#include "progress.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace yufang::indicators {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IndicatorChange)
};

using glossary::Term;
using rates::Ratio;

constexpr qint64 kTargetDenominator = 1000000; // targets in millionths: exact for 0.1 %, 1 ‰

std::optional<qint64> sumOf(const QStringList& keys, const ColumnSums& sums) {
    std::optional<qint64> out;
    for (const QString& k : keys)
        if (const auto it = sums.constFind(k); it != sums.cend())
            out = out.value_or(0) + *it;
    return out;
}

// a ≤ b in the direction the plan wants: for "down" a smaller value is better.
bool reaches(IndicatorDirection direction, const Ratio& value, const Ratio& goal) {
    return direction == IndicatorDirection::Down ? progress::atLeast(goal, value)
                                                 : progress::atLeast(value, goal);
}

bool strictlyBetter(IndicatorDirection direction, const Ratio& value, const Ratio& before) {
    return !reaches(direction == IndicatorDirection::Down ? IndicatorDirection::Up
                                                          : IndicatorDirection::Down,
                    value, before);
}

bool positive(const std::optional<Ratio>& r) {
    return r && r->numerator > 0 && r->denominator > 0;
}
} // namespace

int baselineYear(const IndicatorDefinition& d, const Plan& plan) {
    return d.baselineYear > 0 ? d.baselineYear : plan.baselineYear;
}

QString planDenominatorKey(const Plan& plan) {
    return countFieldKey(plan.rateDenominator == RateDenominator::Employees
                             ? CountField::Employees
                             : CountField::InsuredPersons);
}

std::optional<Ratio> value(const IndicatorDefinition& d, const Plan& plan, const ColumnSums& sums) {
    const auto numerator = sumOf(d.numeratorKeys, sums);
    if (!numerator)
        return std::nullopt;
    if (d.kind == IndicatorKind::Count)
        return Ratio{*numerator, 1};
    const auto denominator = sumOf(
        d.denominatorFollowsPlan ? QStringList{planDenominatorKey(plan)} : d.denominatorKeys, sums);
    if (!denominator || *denominator <= 0)
        return std::nullopt; // not applicable, never 0
    return Ratio{*numerator, *denominator};
}

std::optional<Ratio> relativeChange(const std::optional<Ratio>& baseline,
                                    const std::optional<Ratio>& value) {
    if (!positive(baseline) || !value || value->denominator <= 0)
        return std::nullopt;
    // (ay/ny − ab/nb) ÷ (ab/nb) = (ay·nb − ab·ny) ÷ (ab·ny)
    const qint64 ab = baseline->numerator, nb = baseline->denominator;
    const qint64 ay = value->numerator, ny = value->denominator;
    return Ratio{ay * nb - ab * ny, ab * ny};
}

std::optional<Ratio> target(const IndicatorDefinition& d) {
    if (d.targetKind == IndicatorTargetKind::None)
        return std::nullopt;
    return Ratio{std::llround(d.target * double(kTargetDenominator)), kTargetDenominator};
}

namespace {
// From the value b at year `from` to the level L at the plan's end year: (b·(s − k) + L·k) ÷ s
//   = (ab·lD·(s − k) + lN·nb·k) ÷ (nb·lD·s), with s the years from `from` to the end and k
// those gone by `year` (the level from the end year on).
std::optional<Ratio> levelPath(const Ratio& level, const Plan& plan, int from, int year,
                               const Ratio& b) {
    if (b.denominator <= 0)
        return std::nullopt;
    const qint64 span = plan.endYear - from;
    const qint64 k = span <= 0 ? 1 : std::clamp<qint64>(year - from, 0, span);
    const qint64 s = span <= 0 ? 1 : span;
    const qint64 ab = b.numerator, nb = b.denominator;
    const qint64 lN = level.numerator, lD = level.denominator;
    return Ratio{ab * lD * (s - k) + lN * nb * k, nb * lD * s};
}
} // namespace

std::optional<Ratio> expected(const IndicatorDefinition& d, const Plan& plan, int year,
                              const std::optional<Ratio>& baselineValue,
                              const std::optional<PathStart>& start) {
    const auto full = target(d);
    if (!full || d.glidePath == IndicatorGlidePath::None)
        return std::nullopt;
    if (d.glidePath == IndicatorGlidePath::FromFirstData) {
        if (d.targetKind != IndicatorTargetKind::Level || !start || year < start->year)
            return std::nullopt;
        // A start that already reaches the level expects the level itself.
        if (reaches(d.direction, start->value, *full))
            return full;
        return levelPath(*full, plan, start->year, year, start->value);
    }
    const int from = baselineYear(d, plan);
    if (d.targetKind == IndicatorTargetKind::Relative) {
        // k of span years gone: 0 at the baseline year, the whole target from the end year on.
        const qint64 span = plan.endYear - from;
        const qint64 k = span <= 0 ? 1 : std::clamp<qint64>(year - from, 0, span);
        const qint64 s = span <= 0 ? 1 : span;
        return Ratio{full->numerator * k, full->denominator * s};
    }
    if (!baselineValue)
        return std::nullopt;
    return levelPath(*full, plan, from, year, *baselineValue);
}

IndicatorFigure evaluate(const IndicatorDefinition& d, const Plan& plan, const QString& row,
                         bool total, int year, const IndicatorInput& input) {
    IndicatorFigure f;
    f.indicatorCode = d.code;
    f.row = row;
    f.total = total;
    f.year = year;
    f.baselineYear = baselineYear(d, plan);
    f.sums = input.year;
    f.value = value(d, plan, input.year);
    f.baselineValue = value(d, plan, input.baseline);
    f.change = relativeChange(f.baselineValue, f.value);
    f.matchedValue = value(d, plan, input.matchedYear);
    f.matchedBaselineValue = value(d, plan, input.matchedBaseline);
    f.matchedChange = relativeChange(f.matchedBaselineValue, f.matchedValue);
    f.target = target(d);
    f.expected = expected(d, plan, year, f.matchedBaselineValue, input.pathStart);
    if (d.glidePath == IndicatorGlidePath::FromFirstData && input.pathStart)
        f.pathStartYear = input.pathStart->year;
    f.reporting = input.coverage;
    const ReportingCoverage& c = input.coverage;

    if (!d.assessed) {
        f.status = Term::NotAssessed;
        return f;
    }
    // A level without a glide path, or with one from the first year with data, needs no
    // baseline: the year's value against the level (and the path), with the year's returns
    // against the threshold (no baseline to match them with).
    if (d.targetKind == IndicatorTargetKind::Level && d.glidePath != IndicatorGlidePath::Linear) {
        if (c.reportedYear == 0 || !f.value)
            f.status = Term::NoData;
        else if (c.expected <= 0 ||
                 qint64(c.reportedYear) * 100 < qint64(plan.reportingThreshold) * c.expected)
            f.status = Term::LowCoverage;
        else if (reaches(d.direction, *measured(d, f), *f.target))
            f.status = Term::Met;
        else if (!f.expected)
            f.status = Term::NotMet;
        else
            f.status =
                reaches(d.direction, *measured(d, f), *f.expected) ? Term::OnTrack : Term::Behind;
        return f;
    }
    // A relative change needs a positive baseline (a zero baseline cannot fall by 10 %); the
    // other targets need a baseline value, 0 included.
    const bool relative = d.targetKind == IndicatorTargetKind::Relative;
    const auto usable = [&](const std::optional<Ratio>& b) {
        return relative ? positive(b) : b.has_value();
    };
    // The order of progress::assess: 无基线, 无数据, 覆盖不足, then the like-for-like figures.
    if (c.reportedBaseline == 0 || !usable(f.baselineValue))
        f.status = Term::NoBaseline;
    else if (c.reportedYear == 0 || !f.value)
        f.status = Term::NoData;
    else if (!c.meets(plan.reportingThreshold))
        f.status = Term::LowCoverage;
    else if (!usable(f.matchedBaselineValue))
        f.status = Term::NoBaseline;
    else if (!f.matchedValue || (relative && !f.matchedChange))
        f.status = Term::NoData;
    else if (d.targetKind == IndicatorTargetKind::None)
        // "Clearly down" without a number: a fall is what the plan asks for; anything else is
        // left to the reader (不作评价), since no number says how much is enough.
        f.status = strictlyBetter(d.direction, *f.matchedValue, *f.matchedBaselineValue)
                       ? Term::Met
                       : Term::NotAssessed;
    else {
        const Ratio& m = *measured(d, f);
        if (reaches(d.direction, m, *f.target))
            f.status = Term::Met;
        else if (!f.expected)
            f.status = Term::NotMet;
        else
            f.status = reaches(d.direction, m, *f.expected) ? Term::OnTrack : Term::Behind;
    }
    return f;
}

const std::optional<Ratio>& measured(const IndicatorDefinition& d, const IndicatorFigure& f) {
    if (d.targetKind == IndicatorTargetKind::Relative)
        return f.matchedChange;
    if (d.targetKind == IndicatorTargetKind::Level && d.glidePath != IndicatorGlidePath::Linear)
        return f.value; // no baseline to match the year's units with
    return f.matchedValue;
}

std::optional<double> shortfall(const IndicatorDefinition& d, const IndicatorFigure& f) {
    const std::optional<Ratio>& m = measured(d, f);
    if (!m || !f.expected || !m->value() || !f.expected->value())
        return std::nullopt;
    const double gap = *f.expected->value() - *m->value();
    return d.direction == IndicatorDirection::Up ? gap : -gap;
}

QString formatValue(const IndicatorDefinition& d, const std::optional<Ratio>& value) {
    return value ? value->format(d.scale, d.decimals) : rates::notApplicable();
}

QString formatChange(const std::optional<Ratio>& change) {
    return change ? change->format(100) : rates::notApplicable();
}

QString describeChange(const IndicatorDefinition& d, const std::optional<Ratio>& baseline,
                       const std::optional<Ratio>& value, const std::optional<Ratio>& change) {
    if (d.targetKind != IndicatorTargetKind::Level)
        return change ? formatChange(change) + QLatin1Char('%') : rates::notApplicable();
    if (!baseline || !value || baseline->denominator == 0 || value->denominator == 0)
        return rates::notApplicable();
    // value − baseline, exactly while the products fit (counts of people do by far).
    qint64 left = 0, right = 0, denominator = 0, numerator = 0;
    Ratio difference;
    if (!__builtin_mul_overflow(value->numerator, baseline->denominator, &left) &&
        !__builtin_mul_overflow(baseline->numerator, value->denominator, &right) &&
        !__builtin_mul_overflow(value->denominator, baseline->denominator, &denominator) &&
        !__builtin_sub_overflow(left, right, &numerator))
        difference = Ratio{numerator, denominator};
    else
        difference = Ratio{qint64(std::llround((*value->value() - *baseline->value()) * 1e9)),
                           qint64(1000000000)};
    QString text = difference.format(d.scale, d.decimals);
    if (difference.numerator > 0)
        text.prepend(QLatin1Char('+'));
    if (d.scale == 100)
        return Text::tr("%1 percentage points").arg(text);
    return text + d.unit;
}

namespace {
// "+3", "−13", "0": a signed magnitude with the minus sign of print (U+2212).
QString signedText(const Ratio& r, int scale, int decimals) {
    const QString magnitude =
        Ratio{r.numerator < 0 ? -r.numerator : r.numerator, r.denominator}.format(scale, decimals);
    const bool zero =
        magnitude.count(QLatin1Char('0')) + magnitude.count(QLatin1Char('.')) == magnitude.size();
    if (zero || r.numerator == 0)
        return magnitude;
    return (r.numerator < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}
} // namespace

QString formatDifference(const IndicatorDefinition& d, const IndicatorFigure& f) {
    if (!f.value || !f.baselineValue || f.value->denominator <= 0 ||
        f.baselineValue->denominator <= 0)
        return rates::notApplicable();
    const Ratio& v = *f.value;
    const Ratio& b = *f.baselineValue;
    QString text = signedText(Ratio{v.numerator * b.denominator - b.numerator * v.denominator,
                                    v.denominator * b.denominator},
                              d.scale, d.decimals);
    if (f.change)
        text += QStringLiteral(" (%1%)").arg(signedText(*f.change, 100, 2));
    return text;
}

std::optional<bool> targetReached(const IndicatorDefinition& d, const IndicatorFigure& f) {
    if (d.targetKind == IndicatorTargetKind::None || f.year <= f.baselineYear)
        return std::nullopt;
    switch (f.status) {
    case Term::Met:
        return true;
    case Term::NotMet:
    case Term::Behind:
    case Term::OnTrack:
        return false;
    default:
        return std::nullopt;
    }
}

QString formatTarget(const IndicatorDefinition& d, const std::optional<Ratio>& target) {
    if (!target)
        return rates::notApplicable();
    return d.targetKind == IndicatorTargetKind::Relative ? formatChange(target)
                                                         : formatValue(d, target);
}

QString formatTargetInWords(const IndicatorDefinition& d, const std::optional<Ratio>& target) {
    QString text = formatTarget(d, target);
    if (!target || !text.contains(QLatin1Char('.')))
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace yufang::indicators
