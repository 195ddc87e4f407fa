#pragma once

#include "report/report_document.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// The training table of a unit and year as a printable document: a unit with children gives
// its consolidated figures, a unit without its own table. Its CSV is the form engine's
// (FormTableExport with the form `training`).
class TrainingExport {
public:
    explicit TrainingExport(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ReportDocument> report(const QString& unitCode, int year, QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
