#include "training_progress.h"

#include "storage/plan_repository.h"
#include "storage/training_repository.h"
#include "storage/unit_repository.h"

namespace yufang {

namespace {
int rank(TrainingStatus s) {
    switch (s) {
    case TrainingStatus::Behind:
        return 0;
    case TrainingStatus::NoData:
        return 1;
    case TrainingStatus::OnTrack:
        return 2;
    case TrainingStatus::Met:
        break;
    }
    return 3;
}
} // namespace

std::optional<Plan> TrainingProgress::planOf(const QString& unitCode) const {
    return PlanRepository(m_db).find(UnitRepository(m_db).effectivePlanId(unitCode));
}

TrainingAssessment TrainingProgress::assess(const QString& unitCode, int year) const {
    const Plan plan = planOf(unitCode).value_or(Plan{});
    return training::assess(plan, TrainingRepository(m_db).history(unitCode), year);
}

QList<TrainingAssessment> TrainingProgress::series(const QString& unitCode) const {
    const Plan plan = planOf(unitCode).value_or(Plan{});
    const QMap<int, TrainingCounts> history = TrainingRepository(m_db).history(unitCode);
    int last = plan.endYear;
    if (!history.isEmpty())
        last = std::max(last, history.lastKey());
    int first = plan.baselineYear;
    if (!history.isEmpty())
        first = std::min(first, history.firstKey());
    QList<TrainingAssessment> out;
    for (int y = first; y <= last; ++y)
        out << training::assess(plan, history, y);
    return out;
}

QList<ChildTrainingStatus> TrainingProgress::children(const QString& unitCode, int year) const {
    QList<ChildTrainingStatus> out;
    for (const Unit& child : UnitRepository(m_db).children(unitCode))
        out << ChildTrainingStatus{child, assess(child.code, year)};
    std::stable_sort(out.begin(), out.end(),
                     [](const ChildTrainingStatus& a, const ChildTrainingStatus& b) {
                         const TrainingAssessment& x = a.assessment;
                         const TrainingAssessment& y = b.assessment;
                         if (rank(x.status) != rank(y.status))
                             return rank(x.status) < rank(y.status);
                         if (x.status == TrainingStatus::Behind)
                             return x.gapPoints().value_or(0) > y.gapPoints().value_or(0);
                         if (x.coverage && y.coverage)
                             return *x.coverage->value() < *y.coverage->value();
                         return false;
                     });
    return out;
}

} // namespace yufang
