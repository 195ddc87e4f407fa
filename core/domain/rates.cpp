#include "rates.h"

#include <QCoreApplication>

namespace yufang::rates {

std::optional<double> Ratio::value(double scale) const {
    if (denominator <= 0)
        return std::nullopt;
    return static_cast<double>(numerator) * scale / static_cast<double>(denominator);
}

QString Ratio::format(int scale, int decimals) const {
    if (denominator <= 0)
        return notApplicable();
    if (numerator < 0) {
        // A rise shows as a negative reduction: round the magnitude half-up (away from zero,
        // as spreadsheets do) and never print "-0.00".
        const QString magnitude = Ratio{-numerator, denominator}.format(scale, decimals);
        return magnitude.count(QLatin1Char('0')) + magnitude.count(QLatin1Char('.')) ==
                       magnitude.size()
                   ? magnitude
                   : QLatin1Char('-') + magnitude;
    }
    qint64 factor = scale;
    for (int i = 0; i < decimals; ++i)
        factor *= 10;
    // Half-up on the exact fraction: floor((2·n·f + d) / 2d). Counts stay far below the
    // range where this could overflow (n·f < 9.2e18 for n up to 9e12 and f up to 1e5).
    const qint64 scaled = (2 * numerator * factor + denominator) / (2 * denominator);
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const qint64 whole = scaled / unit;
    const qint64 frac = scaled % unit;
    if (decimals == 0)
        return QString::number(whole);
    return QString::number(whole) + QLatin1Char('.') +
           QStringLiteral("%1").arg(frac, decimals, 10, QLatin1Char('0'));
}

std::optional<Ratio> coverage(const AnnexCounts& counts) {
    if (!counts.insuredPersons || !counts.employees || *counts.employees <= 0)
        return std::nullopt;
    return Ratio{*counts.insuredPersons, *counts.employees};
}

std::optional<Ratio> accident(const AnnexCounts& counts, RateDenominator d) {
    const Count& denominator =
        d == RateDenominator::Employees ? counts.employees : counts.insuredPersons;
    if (!counts.accidents || !denominator || *denominator <= 0)
        return std::nullopt;
    return Ratio{*counts.accidents, *denominator};
}

std::optional<double> coverageRatePercent(const AnnexCounts& counts) {
    const auto r = coverage(counts);
    return r ? r->value(100.0) : std::nullopt;
}

std::optional<double> accidentRatePerMille(const AnnexCounts& counts, RateDenominator d) {
    const auto r = accident(counts, d);
    return r ? r->value(1000.0) : std::nullopt;
}

QString notApplicable() {
    return QStringLiteral("—");
}

QString formatCoverageRate(const AnnexCounts& counts) {
    const auto r = coverage(counts);
    return r ? r->format(100) : notApplicable();
}

QString formatAccidentRate(const AnnexCounts& counts, RateDenominator d) {
    const auto r = accident(counts, d);
    return r ? r->format(1000) : notApplicable();
}

std::optional<double> reduction(std::optional<double> baselineRate, std::optional<double> rate) {
    if (!baselineRate || !rate || *baselineRate <= 0.0)
        return std::nullopt;
    return (*baselineRate - *rate) / *baselineRate;
}

double glidePath(const Plan& plan, int year) {
    const int span = plan.endYear - plan.baselineYear;
    if (span <= 0 || year <= plan.baselineYear)
        return 0.0;
    if (year >= plan.endYear)
        return plan.accidentRateReductionTarget;
    return plan.accidentRateReductionTarget * (year - plan.baselineYear) / span;
}

QStringList definitions(RateDenominator d) {
    const QString denominator = d == RateDenominator::Employees
                                    ? QCoreApplication::translate("Rates", "employees")
                                    : QCoreApplication::translate("Rates", "insured persons");
    return {
        QCoreApplication::translate("Rates",
                                    "Insurance coverage rate = insured persons ÷ employees × 100%"),
        QCoreApplication::translate("Rates", "Accident rate = accidents ÷ %1 × 1000‰")
            .arg(denominator),
        QCoreApplication::translate(
            "Rates", "Rates on the total row are computed from the summed counts, never averaged; "
                     "\"—\" means the denominator is zero or missing."),
    };
}

} // namespace yufang::rates
