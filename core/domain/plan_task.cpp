#include "plan_task.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanTask)
};
} // namespace

QString planSectionKey(PlanSection s) {
    return s == PlanSection::Safeguard ? QStringLiteral("safeguard") : QStringLiteral("task");
}

PlanSection planSectionFromKey(const QString& key) {
    return key == QLatin1String("safeguard") ? PlanSection::Safeguard : PlanSection::Task;
}

QString taskRecurrenceKey(TaskRecurrence r) {
    return r == TaskRecurrence::Once ? QStringLiteral("once") : QStringLiteral("yearly");
}

bool taskRecurrenceFromKey(const QString& key, TaskRecurrence* out) {
    if (key == QLatin1String("once"))
        *out = TaskRecurrence::Once;
    else if (key == QLatin1String("yearly"))
        *out = TaskRecurrence::Yearly;
    else
        return false;
    return true;
}

bool PlanTask::appliesIn(int year) const {
    if (recurrence == TaskRecurrence::Once)
        return year == dueYear;
    return year >= firstYear && year <= lastYear;
}

QDate PlanTask::dueDate(int year) const {
    if (!appliesIn(year))
        return {};
    const QDate first(year, dueMonth, 1);
    if (!first.isValid())
        return {};
    return QDate(year, dueMonth, qMin(dueDay, first.daysInMonth()));
}

QString PlanTask::monthDay() const {
    return QStringLiteral("%1-%2")
        .arg(dueMonth, 2, 10, QLatin1Char('0'))
        .arg(dueDay, 2, 10, QLatin1Char('0'));
}

bool PlanTask::setMonthDay(const QString& mmdd) {
    const QStringList parts = mmdd.trimmed().split(QLatin1Char('-'));
    if (parts.size() != 2)
        return false;
    bool okMonth = false;
    bool okDay = false;
    const int month = parts.at(0).toInt(&okMonth);
    const int day = parts.at(1).toInt(&okDay);
    // 2000 is a leap year, so 02-29 is accepted as a month-day.
    if (!okMonth || !okDay || !QDate(2000, month, day).isValid())
        return false;
    dueMonth = month;
    dueDay = day;
    return true;
}

void PlanTask::shiftYears(int delta) {
    if (dueYear)
        dueYear += delta;
    if (firstYear)
        firstYear += delta;
    if (lastYear)
        lastYear += delta;
}

QStringList validatePlanTask(const PlanTask& o) {
    QStringList problems;
    if (o.code.trimmed().isEmpty())
        problems << Text::tr("the obligation has no code");
    if (o.title.trimmed().isEmpty())
        problems << Text::tr("the obligation has no title");
    if (!QDate(2000, o.dueMonth, o.dueDay).isValid())
        problems
            << Text::tr("%1: the deadline %2 is not a month and day").arg(o.title, o.monthDay());
    if (o.recurrence == TaskRecurrence::Once && o.dueYear <= 0)
        problems << Text::tr("%1: a one-off obligation needs its year").arg(o.title);
    if (o.recurrence == TaskRecurrence::Yearly && (o.firstYear <= 0 || o.lastYear < o.firstYear))
        problems << Text::tr("%1: the years %2-%3 are not a range")
                        .arg(o.title)
                        .arg(o.firstYear)
                        .arg(o.lastYear);
    return problems;
}

QString chineseOrdinal(int n) {
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

} // namespace yufang
