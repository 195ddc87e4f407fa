#pragma once

#include "domain/disease.h"
#include "report/report_document.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// The occupational disease table of a unit and year (own, or consolidated for a parent) as a
// printable document with the trend against the baseline. Its CSV is the form engine's
// (FormTableExport with the form `disease`).
class DiseaseExport {
public:
    explicit DiseaseExport(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ReportDocument> report(const QString& unitCode, int year, QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
