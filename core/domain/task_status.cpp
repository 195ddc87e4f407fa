#include "task_status.h"

#include "key_or_label.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TaskStatus)
};
} // namespace

QString taskProgressKey(TaskProgress p) {
    switch (p) {
    case TaskProgress::InProgress:
        return QStringLiteral("in_progress");
    case TaskProgress::Done:
        return QStringLiteral("done");
    case TaskProgress::NotStarted:
        break;
    }
    return QStringLiteral("not_started");
}

bool taskProgressFromKey(const QString& key, TaskProgress* out) {
    if (key == QLatin1String("not_started"))
        *out = TaskProgress::NotStarted;
    else if (key == QLatin1String("in_progress"))
        *out = TaskProgress::InProgress;
    else if (key == QLatin1String("done"))
        *out = TaskProgress::Done;
    else
        return false;
    return true;
}

QString taskStatusLabel(TaskStatus s) {
    switch (s) {
    case TaskStatus::InProgress:
        return Text::tr("In progress");
    case TaskStatus::Done:
        return Text::tr("Done");
    case TaskStatus::Overdue:
        return Text::tr("Overdue");
    case TaskStatus::NotStarted:
        break;
    }
    return Text::tr("Not started");
}

bool taskProgressFromText(const QString& text, TaskProgress* out) {
    return fromKeyOrLabel<TaskProgress>(
        text, taskProgressFromKey,
        {{taskStatusLabel(TaskStatus::NotStarted), TaskProgress::NotStarted},
         {taskStatusLabel(TaskStatus::InProgress), TaskProgress::InProgress},
         {taskStatusLabel(TaskStatus::Done), TaskProgress::Done},
         {taskStatusLabel(TaskStatus::Overdue), TaskProgress::NotStarted}},
        out);
}

TaskStatus effectiveStatus(TaskProgress progress, const QDate& due, const QDate& today) {
    if (progress == TaskProgress::Done)
        return TaskStatus::Done;
    if (due.isValid() && today.isValid() && today > due)
        return TaskStatus::Overdue;
    return progress == TaskProgress::InProgress ? TaskStatus::InProgress : TaskStatus::NotStarted;
}

} // namespace yufang
