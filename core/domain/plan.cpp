#include "plan.h"

namespace yufang {

QString rateDenominatorKey(RateDenominator d) {
    return d == RateDenominator::Employees ? QStringLiteral("employees")
                                           : QStringLiteral("insured_persons");
}

RateDenominator rateDenominatorFromKey(const QString& key) {
    return key == QLatin1String("employees") ? RateDenominator::Employees
                                             : RateDenominator::InsuredPersons;
}

} // namespace yufang
