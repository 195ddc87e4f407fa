#pragma once

#include "io/table_sink.h"
#include "report/report_document.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// The training table of a unit and year as CSV text and as a printable document: a unit with
// children gives its consolidated figures, a unit without its own table. A unit and year with
// no data yet gives the blank table (every key industry × category, counts empty) to fill in.
class TrainingExport {
public:
    explicit TrainingExport(QSqlDatabase db) : m_db(std::move(db)) {}

    // Into any TableSink (CSV, .xlsx); false with *error.
    bool write(TableSink& sink, const QString& unitCode, int year, QString* error) const;
    std::optional<QString> csv(const QString& unitCode, int year, QString* error) const;
    std::optional<ReportDocument> report(const QString& unitCode, int year, QString* error) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
