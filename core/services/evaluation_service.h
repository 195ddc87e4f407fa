#pragma once

#include "domain/evaluation_document.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace yufang {

struct EvaluationRequest {
    QString unitCode;
    qint64 planId = 0; // 0: the plan the unit follows in the year
    int year = 0;      // 0: the plan's end year (a final evaluation's year)
    EvaluationKind kind = EvaluationKind::Final;
    QDate today; // the document's date; invalid: today
};

// Assembles the final evaluation or the annual report of a unit (docs/evaluation.md) from the
// services that already compute each figure: the plan's indicators (IndicatorService, like for
// like, per row, per year and per child unit), the task checklist, the prevention fee, the
// expert pool, the hazards and the saved narrative. It computes nothing of its own beyond
// ranking the children; the printed document (report/evaluation_report) only shows the result.
class EvaluationService {
public:
    explicit EvaluationService(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<EvaluationDocument> build(const EvaluationRequest& request, QString* error) const;

    // The plan a document is about when none is named: for an annual report the plan the unit
    // follows in the year; for a final evaluation the one it followed in the latest year (at or
    // before `year`, 0: today's) whose period has ended by today, so 临沂市's final evaluation in
    // 2026 is of the 2021-2025 plan even when it follows the 2026-2030 plan from 2026. 0 when
    // the unit follows no plan.
    qint64 planFor(const QString& unitCode, int year, EvaluationKind kind,
                   const QDate& today) const;

    // The figure of insurance coverage of the key industries: an indicator that is not a
    // target of the plan (insured persons ÷ employees, %, per industry, not assessed), so it is
    // evaluated by the same engine.
    static IndicatorDefinition insuranceCoverageDefinition();

private:
    QSqlDatabase m_db;
};

} // namespace yufang
