#pragma once

#include "plan_task.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace yufang {

// What a unit records; 逾期 (Overdue) is never stored: it is computed against a clock.
enum class TaskProgress { NotStarted, InProgress, Done };
enum class TaskStatus { NotStarted, InProgress, Done, Overdue };

QString taskProgressKey(TaskProgress p); // "not_started", "in_progress", "done"
bool taskProgressFromKey(const QString& key, TaskProgress* out);
QString taskStatusLabel(TaskStatus s); // 未开始 / 进行中 / 已完成 / 逾期 (translated)
// The key or the word the checklist printed (domain/key_or_label); 逾期 is computed from the
// deadline, never recorded, and reads as "not done yet" (NotStarted).
bool taskProgressFromText(const QString& text, TaskProgress* out);

// Not done and the deadline has passed (the due day itself is still in time).
TaskStatus effectiveStatus(TaskProgress progress, const QDate& due, const QDate& today);

// A unit's record of one obligation in one year.
struct TaskRecord {
    QString unitCode;
    qint64 obligationId = 0;
    int year = 0;
    TaskProgress progress = TaskProgress::NotStarted;
    QDate doneOn;
    QString department; // 责任部门
    QString note;       // 佐证说明
    QStringList files;  // evidence, paths relative to the database's files folder
};

// One line of a unit's checklist for a year: the obligation, its deadline and the record.
struct ChecklistItem {
    PlanTask obligation;
    QDate due;
    TaskRecord record;
    TaskStatus status = TaskStatus::NotStarted;
};

} // namespace yufang
