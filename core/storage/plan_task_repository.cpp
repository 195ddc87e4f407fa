#include "plan_task_repository.h"

#include "sql_values.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PlanTaskRepository)
};

QVariant yearOrNull(int year) {
    return year > 0 ? QVariant(year) : QVariant(QMetaType(QMetaType::Int));
}

bool run(QSqlQuery& q, QString* error) {
    if (q.exec())
        return true;
    if (error)
        *error = Text::tr("saving the obligations failed: %1").arg(q.lastError().text());
    return false;
}
} // namespace

QList<PlanTask> PlanTaskRepository::forPlan(qint64 planId) const {
    QList<PlanTask> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, code, section, section_number, section_title, title, detail, recurrence, "
        "due_year,"
        " first_year, last_year, due_month, due_day, due_from_seed, position FROM plan_task"
        " WHERE plan_id = ? ORDER BY position, id"));
    q.addBindValue(planId);
    q.exec();
    while (q.next()) {
        PlanTask o;
        o.id = q.value(0).toLongLong();
        o.planId = planId;
        o.code = q.value(1).toString();
        o.section = planSectionFromKey(q.value(2).toString());
        o.sectionNumber = q.value(3).toInt();
        o.sectionTitle = q.value(4).toString();
        o.title = q.value(5).toString();
        o.detail = q.value(6).toString();
        taskRecurrenceFromKey(q.value(7).toString(), &o.recurrence);
        o.dueYear = q.value(8).toInt();
        o.firstYear = q.value(9).toInt();
        o.lastYear = q.value(10).toInt();
        o.dueMonth = q.value(11).toInt();
        o.dueDay = q.value(12).toInt();
        o.dueFromSeed = q.value(13).toBool();
        o.position = q.value(14).toInt();
        out << o;
    }
    return out;
}

bool PlanTaskRepository::replaceForPlan(qint64 planId, const QList<PlanTask>& list,
                                        QString* error) const {
    QSet<QString> codes;
    for (const PlanTask& o : list) {
        const QStringList problems = validatePlanTask(o);
        if (!problems.isEmpty()) {
            if (error)
                *error = problems.join(QLatin1Char('\n'));
            return false;
        }
        if (codes.contains(o.code)) {
            if (error)
                *error = Text::tr("the code %1 is used by two obligations").arg(o.code);
            return false;
        }
        codes.insert(o.code);
    }
    QSqlQuery q(m_db);
    for (const PlanTask& old : forPlan(planId)) {
        if (codes.contains(old.code))
            continue;
        q.prepare(QStringLiteral("DELETE FROM plan_task WHERE id = ?"));
        q.addBindValue(old.id);
        if (!run(q, error))
            return false;
    }
    int position = 0;
    for (const PlanTask& o : list) {
        q.prepare(QStringLiteral(
            "INSERT INTO plan_task (plan_id, code, section, section_number, section_title, "
            "title,"
            " detail, recurrence, due_year, first_year, last_year, due_month, due_day, "
            "due_from_seed,"
            " position) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (plan_id, code) DO UPDATE SET section = excluded.section,"
            " section_number = excluded.section_number, section_title = excluded.section_title,"
            " title = excluded.title, detail = excluded.detail, recurrence = excluded.recurrence,"
            " due_year = excluded.due_year, first_year = excluded.first_year,"
            " last_year = excluded.last_year, due_month = excluded.due_month,"
            " due_day = excluded.due_day, due_from_seed = excluded.due_from_seed,"
            " position = excluded.position"));
        q.addBindValue(planId);
        q.addBindValue(notNullText(o.code));
        q.addBindValue(planSectionKey(o.section));
        q.addBindValue(o.sectionNumber);
        q.addBindValue(notNullText(o.sectionTitle));
        q.addBindValue(notNullText(o.title));
        q.addBindValue(notNullText(o.detail));
        q.addBindValue(taskRecurrenceKey(o.recurrence));
        const bool once = o.recurrence == TaskRecurrence::Once;
        q.addBindValue(yearOrNull(once ? o.dueYear : 0));
        q.addBindValue(yearOrNull(once ? 0 : o.firstYear));
        q.addBindValue(yearOrNull(once ? 0 : o.lastYear));
        q.addBindValue(o.dueMonth);
        q.addBindValue(o.dueDay);
        q.addBindValue(o.dueFromSeed ? 1 : 0);
        q.addBindValue(position++);
        if (!run(q, error))
            return false;
    }
    return true;
}

} // namespace yufang
