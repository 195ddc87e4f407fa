#pragma once

#include "annex.h"

#include <QList>
#include <QString>

namespace yufang {

// The counts of one training row: one key industry and one key-personnel category (重点人员类别)
// of a unit in a year. Every count is a whole number ≥ 0; empty means "not reported", which
// sums as nothing. Class hours (培训学时) are whole too: 学时 is the unit certificates and
// training plans count in, and the issue asks for whole numbers throughout, so a total never
// carries a rounding remainder.
struct TrainingCounts {
    Count keyPersonnel;    // 重点人员数
    Count trained;         // 累计已培训人数: trained so far, cumulative since the plan began
    Count sessions;        // 本年培训次数: trainings held this year
    Count onlineSessions;  // 其中线上
    Count offlineSessions; // 其中线下
    Count classHours;      // 培训学时 this year

    bool isEmpty() const;
    TrainingCounts& operator+=(const TrainingCounts& other);
    bool operator==(const TrainingCounts&) const = default;
};

enum class TrainingField {
    KeyPersonnel,
    Trained,
    Sessions,
    OnlineSessions,
    OfflineSessions,
    ClassHours
};
inline constexpr int kTrainingFieldCount = 6;
Count& trainingRef(TrainingCounts& counts, TrainingField field);
Count trainingValue(const TrainingCounts& counts, TrainingField field);
// Canonical, untranslated key for CSV headers and diagnostics ("key_personnel", ...).
QString trainingFieldKey(TrainingField field);
// Official Chinese column name (重点人员数, ...).
QString trainingFieldCaption(TrainingField field);

struct TrainingRow {
    QString industry;
    QString category;
    bool local = false; // a local key industry of the unit (分别列出)
    TrainingCounts counts;
    QString remark;

    bool operator==(const TrainingRow&) const = default;
};

// 填报人 and 联系电话 of the training table.
struct TrainingMeta {
    QString preparer;
    QString phone;

    bool operator==(const TrainingMeta&) const = default;
};

// The training table of one unit and year: every key industry × every key-personnel category of
// the unit's plan, industries in the annex's order, categories in the plan's order.
struct TrainingTable {
    QString unitCode;
    int year = 0;
    QStringList industries;
    QStringList categories;
    QList<TrainingRow> rows;
    TrainingMeta meta;

    TrainingCounts total() const;
    TrainingCounts totalOfIndustry(const QString& industry) const;
    TrainingCounts totalOfCategory(const QString& category) const;
    bool hasFigures() const;
    const TrainingRow* find(const QString& industry, const QString& category) const;
    bool operator==(const TrainingTable&) const = default;
};

} // namespace yufang
