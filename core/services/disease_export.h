#pragma once

#include "domain/disease.h"
#include "io/table_sink.h"
#include "report/report_document.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// The occupational disease table of a unit and year (own, or consolidated for a parent; blank
// when nothing is stored) as CSV and as a printable document with the trend against the baseline.
class DiseaseExport {
public:
    explicit DiseaseExport(QSqlDatabase db) : m_db(std::move(db)) {}

    // Into any TableSink (CSV, .xlsx); false with *error.
    bool write(TableSink& sink, const QString& unitCode, int year, QString* error) const;
    std::optional<QString> csv(const QString& unitCode, int year, QString* error) const;
    std::optional<ReportDocument> report(const QString& unitCode, int year, QString* error) const;
    // The unit's trend: one point per year with figures, against the plan's baseline year.
    QList<DiseaseTrendPoint> trend(const QString& unitCode) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
