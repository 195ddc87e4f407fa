#include "task_checklist.h"

#include "io/csv_writer.h"
#include "storage/plan_repository.h"
#include "storage/plan_task_repository.h"
#include "storage/task_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TaskChecklist)
};

QString iso(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QStringList fileNames(const QStringList& stored) {
    QStringList names;
    for (const QString& s : stored)
        names << QFileInfo(s).fileName();
    return names;
}

QStringList headerRow() {
    return {Text::tr("No."),         Text::tr("Section"),    Text::tr("Obligation"),
            Text::tr("Detail"),      Text::tr("Recurrence"), Text::tr("Due"),
            Text::tr("Date set by"), Text::tr("Status"),     Text::tr("Done on"),
            Text::tr("Department"),  Text::tr("Evidence"),   Text::tr("Files")};
}

QStringList itemRow(int n, const ChecklistItem& i) {
    return {QString::number(n),
            sectionLabel(i.obligation),
            i.obligation.title,
            i.obligation.detail,
            recurrenceLabel(i.obligation),
            iso(i.due),
            dueSourceLabel(i.obligation),
            taskStatusLabel(i.status),
            iso(i.record.doneOn),
            i.record.department,
            i.record.note,
            fileNames(i.record.files).join(QStringLiteral("; "))};
}
} // namespace

int Checklist::count(TaskStatus status) const {
    int n = 0;
    for (const ChecklistItem& i : items)
        n += i.status == status ? 1 : 0;
    return n;
}

int Checklist::overdueHazards() const {
    int n = 0;
    for (const Hazard& h : hazards)
        n += h.isOverdue(today) ? 1 : 0;
    return n;
}

std::optional<Checklist> TaskChecklistService::build(const QString& unitCode, int year,
                                                     const QDate& today, QString* error,
                                                     qint64 planId) const {
    const UnitRepository units(m_db);
    const auto unit = units.find(unitCode);
    if (!unit) {
        if (error)
            *error = Text::tr("unknown unit %1").arg(unitCode);
        return std::nullopt;
    }
    // The plan of that year: a county on the 2021 plan up to 2025 and the 2026 plan from 2026
    // has the old plan's obligations in 2025 and the new plan's from 2026. The evaluation names
    // the plan it evaluates.
    const auto plan =
        PlanRepository(m_db).find(planId ? planId : units.effectivePlanId(unitCode, year));
    if (!plan) {
        if (error)
            *error = Text::tr("%1 follows no plan").arg(unit->name);
        return std::nullopt;
    }
    Checklist c;
    c.unit = *unit;
    c.plan = *plan;
    c.year = year;
    c.today = today;
    const TaskRepository tasks(m_db);
    const QHash<qint64, TaskRecord> records = tasks.records(unitCode, year);
    for (const PlanTask& o : PlanTaskRepository(m_db).forPlan(plan->id)) {
        if (!o.appliesIn(year))
            continue;
        ChecklistItem item;
        item.obligation = o;
        item.due = o.dueDate(year);
        item.record = records.value(o.id);
        item.record.unitCode = unitCode;
        item.record.obligationId = o.id;
        item.record.year = year;
        item.status = effectiveStatus(item.record.progress, item.due, today);
        c.items << item;
    }
    c.hazards = tasks.hazards(unitCode, year);
    return c;
}

QString sectionLabel(const PlanTask& o) {
    const QString ordinal = chineseOrdinal(o.sectionNumber);
    return o.section == PlanSection::Safeguard
               ? Text::tr("Safeguard (%1) %2").arg(ordinal, o.sectionTitle)
               : Text::tr("Task (%1) %2").arg(ordinal, o.sectionTitle);
}

QString recurrenceLabel(const PlanTask& o) {
    return o.recurrence == TaskRecurrence::Once ? Text::tr("Once") : Text::tr("Yearly");
}

QString dueSourceLabel(const PlanTask& o) {
    return o.dueFromSeed ? Text::tr("Plan text") : Text::tr("Default");
}

void writeChecklist(TableSink& w, const Checklist& c) {
    w.addHeaderRow(headerRow());
    int n = 0;
    for (const ChecklistItem& i : c.items) {
        QList<CsvField> fields;
        const QStringList row = itemRow(++n, i);
        for (qsizetype k = 0; k < row.size(); ++k)
            fields << (k == 0 ? CsvField::num(row.at(k)) : CsvField::str(row.at(k)));
        w.addRow(fields);
    }
}

QString checklistCsv(const Checklist& c) {
    CsvWriter w;
    writeChecklist(w, c);
    return w.text();
}

ReportDocument checklistReport(const Checklist& c) {
    ReportDocument doc;
    doc.name = Text::tr("%1 %2 task checklist").arg(c.unit.name).arg(c.year);
    doc.title(Text::tr("%1 %2: implementation of the plan's tasks").arg(c.unit.name).arg(c.year));
    doc.subtitle(c.plan.documentNumber.isEmpty()
                     ? c.plan.title
                     : QStringLiteral("%1（%2）").arg(c.plan.title, c.plan.documentNumber));
    doc.paragraph(Text::tr("Reporting unit: %1").arg(c.unit.name));
    doc.paragraph(
        Text::tr(
            "Status as of %1: %2 obligations, %3 done, %4 in progress, %5 not started, %6 overdue.")
            .arg(iso(c.today))
            .arg(c.items.size())
            .arg(c.count(TaskStatus::Done))
            .arg(c.count(TaskStatus::InProgress))
            .arg(c.count(TaskStatus::NotStarted))
            .arg(c.count(TaskStatus::Overdue)));
    ReportTable t;
    t.header = headerRow();
    t.header.removeAt(3); // the detail goes under the title in print, not a column of its own
    t.columnWeights = {3, 10, 14, 4, 6, 4, 4, 6, 6, 10, 6};
    t.numericColumns = {0};
    int n = 0;
    for (const ChecklistItem& i : c.items) {
        QStringList row = itemRow(++n, i);
        if (!i.obligation.detail.isEmpty())
            row[2] += QStringLiteral("\n") + i.obligation.detail;
        if (i.status == TaskStatus::Overdue)
            t.boldRows << t.rows.size(); // overdue lines stand out on paper too
        row.removeAt(3);
        t.rows << row;
    }
    doc.table(t);
    doc.subtitle(Text::tr("Hazards with a rectification deadline"));
    if (c.hazards.isEmpty()) {
        doc.paragraph(Text::tr("None recorded."));
    } else {
        ReportTable h;
        h.header = {Text::tr("No."),       Text::tr("Enterprise"), Text::tr("Problem"),
                    Text::tr("Deadline"),  Text::tr("Department"), Text::tr("Status"),
                    Text::tr("Closed on"), Text::tr("Overdue")};
        h.columnWeights = {3, 12, 20, 6, 8, 6, 6, 4};
        int k = 0;
        for (const Hazard& z : c.hazards) {
            if (z.isOverdue(c.today))
                h.boldRows << h.rows.size();
            h.rows << QStringList{QString::number(++k),
                                  z.enterprise,
                                  z.problem,
                                  iso(z.deadline),
                                  z.department,
                                  hazardStatusLabel(z.status),
                                  iso(z.closedOn),
                                  z.isOverdue(c.today) ? Text::tr("Overdue") : QString()};
        }
        doc.table(h);
    }
    doc.footnote(
        Text::tr("Due dates marked \"Default\" were set by Yufang where the plan text gives no "
                 "date; \"Overdue\" is computed on the status date, rows in bold are overdue."));
    return doc;
}

} // namespace yufang
