#include "training.h"

namespace yufang {

namespace {
void addCount(Count& into, const Count& add) {
    if (add)
        into = into.value_or(0) + *add;
}
} // namespace

bool TrainingCounts::isEmpty() const {
    return !keyPersonnel && !trained && !sessions && !onlineSessions && !offlineSessions &&
           !classHours;
}

TrainingCounts& TrainingCounts::operator+=(const TrainingCounts& other) {
    addCount(keyPersonnel, other.keyPersonnel);
    addCount(trained, other.trained);
    addCount(sessions, other.sessions);
    addCount(onlineSessions, other.onlineSessions);
    addCount(offlineSessions, other.offlineSessions);
    addCount(classHours, other.classHours);
    return *this;
}

Count& trainingRef(TrainingCounts& counts, TrainingField field) {
    switch (field) {
    case TrainingField::KeyPersonnel:
        return counts.keyPersonnel;
    case TrainingField::Trained:
        return counts.trained;
    case TrainingField::Sessions:
        return counts.sessions;
    case TrainingField::OnlineSessions:
        return counts.onlineSessions;
    case TrainingField::OfflineSessions:
        return counts.offlineSessions;
    case TrainingField::ClassHours:
        break;
    }
    return counts.classHours;
}

Count trainingValue(const TrainingCounts& counts, TrainingField field) {
    return trainingRef(const_cast<TrainingCounts&>(counts), field);
}

QString trainingFieldKey(TrainingField field) {
    switch (field) {
    case TrainingField::KeyPersonnel:
        return QStringLiteral("key_personnel");
    case TrainingField::Trained:
        return QStringLiteral("trained");
    case TrainingField::Sessions:
        return QStringLiteral("sessions");
    case TrainingField::OnlineSessions:
        return QStringLiteral("online_sessions");
    case TrainingField::OfflineSessions:
        return QStringLiteral("offline_sessions");
    case TrainingField::ClassHours:
        break;
    }
    return QStringLiteral("class_hours");
}

QString trainingFieldCaption(TrainingField field) {
    switch (field) {
    case TrainingField::KeyPersonnel:
        return QStringLiteral("重点人员数");
    case TrainingField::Trained:
        return QStringLiteral("累计已培训人数");
    case TrainingField::Sessions:
        return QStringLiteral("本年培训次数");
    case TrainingField::OnlineSessions:
        return QStringLiteral("其中线上");
    case TrainingField::OfflineSessions:
        return QStringLiteral("其中线下");
    case TrainingField::ClassHours:
        break;
    }
    return QStringLiteral("培训学时");
}

TrainingCounts TrainingTable::total() const {
    TrainingCounts sum;
    for (const TrainingRow& row : rows)
        sum += row.counts;
    return sum;
}

TrainingCounts TrainingTable::totalOfIndustry(const QString& industry) const {
    TrainingCounts sum;
    for (const TrainingRow& row : rows)
        if (row.industry == industry)
            sum += row.counts;
    return sum;
}

TrainingCounts TrainingTable::totalOfCategory(const QString& category) const {
    TrainingCounts sum;
    for (const TrainingRow& row : rows)
        if (row.category == category)
            sum += row.counts;
    return sum;
}

bool TrainingTable::hasFigures() const {
    for (const TrainingRow& row : rows)
        if (!row.counts.isEmpty())
            return true;
    return false;
}

const TrainingRow* TrainingTable::find(const QString& industry, const QString& category) const {
    for (const TrainingRow& row : rows)
        if (row.industry == industry && row.category == category)
            return &row;
    return nullptr;
}

} // namespace yufang
