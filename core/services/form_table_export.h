#pragma once

#include "roll_up.h"

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "domain/indicator_evaluation.h"
#include "io/csv_writer.h"
#include "io/form_csv_writer.h"
#include "report/form_report.h"
#include "report/report_document.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// A unit's form of any definition as CSV and as a printable document: a unit with children
// gives its consolidated figures (own rows plus the sums of its descendants) with the
// "应报…已报…" line of the units below it that hold the form; a unit without children its own
// form. A unit and year with no data gives the blank form of its rows, to be filled in.
class FormTableExport {
public:
    explicit FormTableExport(QSqlDatabase db) : m_db(std::move(db)) {}

    // The unit's plan's definition and figures; nullopt with *error when the unit is unknown or
    // its plan has no such form.
    struct Figures {
        FormDefinition definition;
        Unit unit;
        FormTable table;
        QString statusNote; // a parent's coverage line, empty for a unit without children
        Completeness completeness;
    };
    std::optional<Figures> figures(const QString& unit, const QString& formCode, int year,
                                   QString* error) const;

    std::optional<QString> csv(const QString& unit, const QString& formCode, int year,
                               CsvLayout layout, QString* error) const;
    // Into any TableSink (CSV, .xlsx); false with *error.
    bool write(TableSink& sink, const QString& unit, const QString& formCode, int year,
               CsvLayout layout, QString* error) const;
    // The official sheet as an .xlsx (io/form_xlsx_sheet): 填报单位 names the unit's bureau, a
    // parent's sheet carries the 应报/已报 line. `blankTemplate`: the form of the unit and year
    // to fill in, with formulas, data validation and, where local rows are allowed, spare rows.
    bool officialXlsx(const QString& unit, const QString& formCode, int year, bool blankTemplate,
                      QByteArray* bytes, QString* error) const;
    // The printed form (report/form_report): the 培训 and 职业病 pages as any other form.
    std::optional<ReportDocument> report(const QString& unit, const QString& formCode, int year,
                                         QString* error) const;
    // A parent's form printed per child: each child unit's printed form (its own or, for a
    // parent, consolidated figures) as a section of one document, in the units' order; a unit
    // without children prints its own form.
    std::optional<ReportDocument> reportPerChild(const QString& unit, const QString& formCode,
                                                 int year, QString* error) const;
    // What the printed form shows besides the figures: the bureau, whether it is a parent's
    // consolidated form, `statusNote`, and the plan's indicators on the form (their trends when
    // the definition prints trends).
    FormReportContext context(const Unit& unit, const FormDefinition& definition, int year,
                              const QString& statusNote) const;
    // The indicator engine's results for the indicators of the unit's plan (in the year) that
    // read this form, evaluated on the unit's subtree: the printed form's indicator block.
    // Empty when the plan has none on the form or the unit follows no plan.
    QList<IndicatorResult> indicators(const QString& unit, const QString& formCode, int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
