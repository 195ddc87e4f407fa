#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace yufang {

// Where an obligation sits in the plan text: 三、工作任务 (seven tasks) or 四、保障措施 (four
// safeguards).
enum class PlanSection { Task, Safeguard };

QString planSectionKey(PlanSection s); // "task", "safeguard"
PlanSection planSectionFromKey(const QString& key);

enum class TaskRecurrence { Once, Yearly };

QString taskRecurrenceKey(TaskRecurrence r); // "once", "yearly"
bool taskRecurrenceFromKey(const QString& key, TaskRecurrence* out);

// A concrete, checkable thing the plan asks every unit following it to do, with its deadline.
// Once: due on dueYear-MM-DD. Yearly: due MM-DD of every year from firstYear to lastYear.
// dueFromSeed says whether the plan text itself gives the date (true) or the app chose a
// sensible default (false): the checklist shows which is which.
struct PlanTask {
    qint64 id = 0;
    qint64 planId = 0;
    QString code; // stable key inside the plan, e.g. "annual-report"
    PlanSection section = PlanSection::Task;
    int sectionNumber = 1; // （一）… of that section
    QString sectionTitle;  // 建立健全工伤预防联防联控机制
    QString title;         // 建立联席会议制度
    QString detail;        // e.g. the campaign's theme
    TaskRecurrence recurrence = TaskRecurrence::Yearly;
    int dueYear = 0;   // Once only
    int firstYear = 0; // Yearly only
    int lastYear = 0;  // Yearly only
    int dueMonth = 12;
    int dueDay = 31;
    bool dueFromSeed = false;
    int position = 0;

    // Whether the obligation falls due in that year.
    bool appliesIn(int year) const;
    // Its deadline in that year; invalid when it does not apply. 02-29 in a common year is 02-28.
    QDate dueDate(int year) const;
    QString monthDay() const;              // "MM-DD"
    bool setMonthDay(const QString& mmdd); // false when not a valid month and day
    // Moves every year by delta: a plan copied into the next period keeps its calendar.
    void shiftYears(int delta);
    bool operator==(const PlanTask&) const = default;
};

// Problems that make an obligation unusable (empty title, bad date, first > last year).
QStringList validatePlanTask(const PlanTask& o);

// Chinese ordinal as in the plan text: 1 → 一.
QString chineseOrdinal(int n);

} // namespace yufang
