#pragma once

#include "report/annex_report.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// How a parent unit is printed: its consolidated table, or one page per child unit.
enum class AnnexPrintMode { Consolidated, PerChild };

// Assembles the values of a printed annex from the database (the unit's plan for the year, its
// own or consolidated figures, a parent's 应报/已报 note, the bureau's name from
// services/unit_bureau) and hands them to report/annex_report, which reads no storage.
class AnnexReportBuilder {
public:
    explicit AnnexReportBuilder(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ReportDocument> build(const QString& unitCode, int year, AnnexPrintMode mode,
                                        QString* error) const;

private:
    std::optional<ReportDocument> one(const Unit& unit, int year, QString* error) const;
    QSqlDatabase m_db;
};

} // namespace yufang
