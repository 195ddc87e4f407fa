#pragma once

#include "domain/annex.h"
#include "domain/plan.h"
#include "domain/unit.h"
#include "report_document.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// How a parent unit is printed: its consolidated table, or one page per child unit.
enum class AnnexPrintMode { Consolidated, PerChild };

// The annex in its official layout (seed "附件"): 《<plan title>》重点行业企业基本情况表, 填报单位,
// the header row with the year in the accident column, plan industries then local ones, 合计
// in bold, 填报人, 联系电话 and 填报日期, notes (1)-(3) of the plan, the rate definitions; A4
// landscape. statusNote, when given, stands under 填报单位 (a parent's "应报…已报…", marking a
// partial total).
ReportDocument annexReport(const Plan& plan, const Unit& unit, const AnnexTable& table,
                           const QString& statusNote = {});

// Builds the printable annex of a unit and year from the database: own figures for a unit
// without children, consolidated ones for a parent, or one page per child unit.
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
