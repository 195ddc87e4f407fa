#pragma once

#include "chart_spec.h"
#include "domain/evaluation_document.h"
#include "report_document.h"

#include <QList>
#include <QString>

namespace yufang {

// One table of the evaluation as the PDF prints it and the CSV folder holds it: the file name
// (ASCII, numbered in document order: "03_indicator_accident-rate.csv") and its caption.
struct EvaluationTable {
    QString fileName;
    QString caption;
    ReportTable table;
    int section = 0;     // index in evaluationSectionTitles() it prints under
    QString note;        // printed under the table (the units below without data); may be empty
    bool printed = true; // false: in the CSV folder only (an empty list the PDF says in words)
};

// Every table of the document, in the order it prints them. The PDF and the CSV files are both
// made from this list, so they cannot disagree.
QList<EvaluationTable> evaluationTables(const EvaluationDocument& document);

// The printed final evaluation or annual report (docs/evaluation.md): cover, completeness, the
// plan's indicators (per row, per year and per child unit ranked), training, occupational
// disease, insurance coverage, tasks and safeguards, and the three narrative sections.
// The charts of evaluationCharts() print after the indicator tables, as vector charts at print
// size (ReportDocument::chart, painted by ui/print/chart_painter).
ReportDocument evaluationReport(const EvaluationDocument& document);

// One document for several units (a parent's children): a contents page naming each unit and
// its section, then each unit's document after a page break.
ReportDocument combinedEvaluationReport(const QString& parentName,
                                        const QList<EvaluationDocument>& documents);

// The chart of each indicator's total over the years: the values, the baseline level, the
// glide path and the target, each labelled (the decimals are the indicator's, as in the tables).
QList<ChartSpec> evaluationCharts(const EvaluationDocument& document);

// Section titles in print order (一、封面 … 九、下一步工作打算), for the contents and the tests.
QStringList evaluationSectionTitles();

} // namespace yufang
