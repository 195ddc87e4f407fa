#pragma once

#include "domain/annex.h"
#include "domain/plan.h"
#include "io/table_sink.h"
#include "report/report_document.h"

#include <QSqlDatabase>
#include <QStringList>

namespace yufang {

// How complete a consolidated annex is: of the units at the bottom of the subtree (the ones
// expected to report: leaves), how many hold a form for the year.
struct Completeness {
    int reported = 0;
    int expected = 0;
    QStringList missing; // names of the leaves without a form, in tree order

    bool isPartial() const { return reported < expected; }
    // Translated for the screen: "12 of 15 units reported".
    QString text() const;
    // Fixed Chinese line printed under 填报单位 in CSV and print:
    // "汇总情况：应报15个单位，已报12个（部分汇总）".
    QString officialNote() const;
};

// For a unit with children: its leaves, reported when they hold the form for the year (the
// 基本情况表 unless another form is named). For a leaf: itself (1 expected).
Completeness rollUpCompleteness(const QSqlDatabase& db, const QString& unitCode, int year,
                                const QString& formCode = QStringLiteral("annex"));

// The measures of the leadership matrix.
enum class MatrixMeasure {
    Enterprises,
    InsuredEnterprises,
    Employees,
    InsuredPersons,
    Accidents,
    AccidentRate,
    CoverageRate
};
inline constexpr int kMatrixMeasureCount = 7;
QString matrixMeasureKey(MatrixMeasure m); // enterprises, ..., accident_rate, coverage_rate
bool parseMatrixMeasure(const QString& key, MatrixMeasure* out);
QString matrixMeasureCaption(MatrixMeasure m); // official Chinese caption with its unit sign

// Child units × industries for one measure, with totals. Rates on total rows and columns are
// recomputed from the summed counts, never averaged.
struct MeasureMatrix {
    struct Row {
        QString code;
        QString name;
        QList<AnnexCounts> cells; // one per industry
        AnnexCounts total;
    };
    QString unitCode;
    QString unitName;
    int year = 0;
    MatrixMeasure measure = MatrixMeasure::Accidents;
    RateDenominator denominator = RateDenominator::InsuredPersons;
    QStringList industries;
    QList<Row> rows; // children in tree order; "本级" last when the unit has figures of its own
    Row total;       // the unit's consolidated figures
    Completeness completeness;

    QString cellText(const AnnexCounts& counts) const; // "" for an empty count, "—" for no rate
};

MeasureMatrix measureMatrix(const QSqlDatabase& db, const QString& unitCode, int year,
                            MatrixMeasure measure);
void writeMatrix(TableSink& sink, const MeasureMatrix& matrix);
QString matrixCsv(const MeasureMatrix& matrix);
ReportDocument matrixReport(const MeasureMatrix& matrix);

} // namespace yufang
