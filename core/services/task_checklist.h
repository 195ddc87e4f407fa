#pragma once

#include "io/table_sink.h"
#include "domain/hazard.h"
#include "domain/plan.h"
#include "domain/task_status.h"
#include "domain/unit.h"
#include "report/report_document.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

// A unit's checklist for one year: every obligation of its plan that falls due that year,
// with the unit's record and the status on `today` (逾期 is computed here, never stored), plus
// its hazard list. This is what the 任务 tab shows and what the unit sends up.
struct Checklist {
    Unit unit;
    Plan plan;
    int year = 0;
    QDate today;
    QList<ChecklistItem> items;
    QList<Hazard> hazards;

    int count(TaskStatus status) const;
    int overdueHazards() const;
};

class TaskChecklistService {
public:
    explicit TaskChecklistService(QSqlDatabase db) : m_db(std::move(db)) {}

    // planId 0: the plan the unit follows in that year; the evaluation asks for the plan it evaluates.
    std::optional<Checklist> build(const QString& unitCode, int year, const QDate& today,
                                   QString* error, qint64 planId = 0) const;

private:
    QSqlDatabase m_db;
};

// "工作任务（一）建立健全…" / "保障措施（四）加强考核评估".
QString sectionLabel(const PlanTask& o);
QString recurrenceLabel(const PlanTask& o);
QString dueSourceLabel(const PlanTask& o); // 实施方案 / 默认

// One header row and one row per obligation (CsvWriter rules: CRLF, quoting, neutralising).
void writeChecklist(TableSink& sink, const Checklist& c);
QString checklistCsv(const Checklist& c);
// The printable annual implementation report: checklist and hazard list.
ReportDocument checklistReport(const Checklist& c);

} // namespace yufang
