#pragma once

#include "hazard.h"
#include "indicator_evaluation.h"
#include "plan.h"
#include "task_status.h"
#include "unit.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The final evaluation (期末评估) and the annual report (年度报告) as plain values
// (docs/evaluation.md): services/evaluation_service assembles them from the existing services,
// report/evaluation_report prints them, and the clerk's 插入数字 menu quotes them. Nothing here
// reads a database or formats a page.
namespace yufang {

enum class EvaluationKind { Final, Annual };
QString evaluationKindKey(EvaluationKind kind); // "final", "annual"
std::optional<EvaluationKind> evaluationKindFromKey(const QString& key);
QString evaluationKindTitle(EvaluationKind kind); // 期末评估报告 / 年度报告 (translated)

// The three sections the clerk writes (主要做法和成效、存在的问题、下一步工作打算), saved per unit,
// plan, year and kind (storage/evaluation_narrative_repository).
struct EvaluationNarrative {
    QString unitCode;
    qint64 planId = 0;
    int year = 0;
    EvaluationKind kind = EvaluationKind::Final;
    QString achievements; // 主要做法和成效
    QString problems;     // 存在的问题
    QString nextSteps;    // 下一步工作打算
    QString preparer;     // 编制人 on the cover
    bool isEmpty() const {
        return achievements.trimmed().isEmpty() && problems.trimmed().isEmpty() &&
               nextSteps.trimmed().isEmpty();
    }
};

struct EvaluationCover {
    QString unitCode;
    QString unitName;   // 临沂市
    QString bureauName; // 临沂市人力资源和社会保障局
    QString planTitle;
    QString documentNumber;
    int baselineYear = 0;
    int startYear = 0;
    int endYear = 0;
    int year = 0; // the year the document reports on (the plan's end year for a final one)
    QDate date;
    QString preparer;
};

// One indicator (or one row of it) over the years: the baseline year first, then every year
// of the period up to the document's year, each with its own like-for-like figure.
struct EvaluationSeries {
    QString row; // the row key; the total is 合计
    bool total = false;
    bool local = false;
    QList<IndicatorFigure> years;
    const IndicatorFigure* finalFigure() const { return years.isEmpty() ? nullptr : &years.last(); }
};

// A child unit's figure of one indicator in the document's year (its own subtree's total).
struct EvaluationChildFigure {
    QString code;
    QString name;
    IndicatorFigure figure;
    bool hasData() const { return figure.value.has_value(); }
};

enum class EvaluationSection { Indicators, Training, Disease, Insurance };

struct EvaluationIndicator {
    IndicatorDefinition definition;
    EvaluationSection section = EvaluationSection::Indicators;
    QList<EvaluationSeries> rows; // per row, in the form's order (rowsToo only)
    EvaluationSeries total;
    QList<EvaluationChildFigure> children; // ranked: best first, units without data last
    QStringList childrenWithoutData;       // their names, tree order
    QString problem;                       // why nothing could be evaluated; empty otherwise
};

// Which units reported each year (应报 / 已报 / 未报), from the main indicator's returns.
struct EvaluationYearCoverage {
    int year = 0;
    int expected = 0;
    int reported = 0;
    QStringList missing;
};

struct EvaluationObligation {
    int year = 0;
    QString section; // 工作任务（一）… / 保障措施（四）…
    QString title;
    QDate due;
    TaskStatus status = TaskStatus::NotStarted; // on the document's date (逾期 computed)
    bool done = false;
    QDate doneOn;
    bool late = false; // done after the due date, or not done and the due date has passed
    int evidence = 0;  // files attached as evidence
};

struct EvaluationFeeYear {
    int year = 0;
    bool budgetStored = false;
    qint64 capFen = 0;
    qint64 committedFen = 0;
    int projects = 0;
    bool overCap() const { return committedFen > capFen; }
};

struct EvaluationExperts {
    int total = 0;                          // in the pool
    int valid = 0;                          // valid on the document's date
    QList<QPair<int, int>> reviewersByYear; // (year, experts who reviewed a fee project)
};

struct EvaluationDocument {
    EvaluationKind kind = EvaluationKind::Final;
    Plan plan;
    EvaluationCover cover;
    QList<int> years;       // the baseline year, then the period's years up to cover.year
    int mainIndicator = -1; // index in indicators of the one completeness is read from
    QList<EvaluationYearCoverage> completeness;
    QList<EvaluationIndicator> indicators; // the plan's, then the insurance coverage
    QList<EvaluationObligation> obligations;
    QList<Hazard> overdueHazards;
    QList<EvaluationFeeYear> fees;
    EvaluationExperts experts;
    EvaluationNarrative narrative;

    const EvaluationIndicator* indicator(const QString& code) const;
    QList<const EvaluationIndicator*> inSection(EvaluationSection section) const;
};

// A figure the clerk can quote in the narrative: what it is and the text inserted.
struct QuotableFigure {
    QString label; // 重点行业工伤事故发生率 2025年
    QString text;  // 2025年重点行业工伤事故发生率为1.23‰，较2020年下降21.00%
};
QList<QuotableFigure> quotableFigures(const EvaluationDocument& document);

// The like-for-like rule as it is printed in the completeness section.
QString likeForLikeRuleText();

} // namespace yufang
