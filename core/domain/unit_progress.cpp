#include "unit_progress.h"

namespace yufang {

QString progressTotalName() {
    return QStringLiteral("合计");
}

const ProgressFigure* ProgressSeries::at(int year) const {
    for (const ProgressFigure& f : figures)
        if (f.year == year)
            return &f;
    return nullptr;
}

int UnitProgress::latestYear() const {
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        if (yearsWithData.contains(*it))
            return *it;
    return plan.baselineYear;
}

int UnitProgress::latestYearUpTo(int year) const {
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        if (*it <= year && yearsWithData.contains(*it))
            return *it;
    return latestYear();
}

const ProgressSeries* UnitProgress::series(const QString& industry) const {
    if (industry == total.industry)
        return &total;
    for (const ProgressSeries& s : industries)
        if (s.industry == industry)
            return &s;
    return nullptr;
}

} // namespace yufang
