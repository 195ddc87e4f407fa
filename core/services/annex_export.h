#pragma once

#include "io/annex_csv_writer.h"

#include <QSqlDatabase>

#include <optional>

namespace yufang {

// The annex of a unit and year as CSV text: a unit with children exports its consolidated
// figures (own rows plus all descendants), a unit without children its own form. A unit and
// year with no data yet gives the blank form of the unit's key industries, to be filled in.
class AnnexExport {
public:
    explicit AnnexExport(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<QString> csv(const QString& unitCode, int year, AnnexLayout layout,
                               QString* error) const;
    // Into any TableSink (CSV, .xlsx); false with *error.
    bool write(TableSink& sink, const QString& unitCode, int year, AnnexLayout layout,
               QString* error) const;
    // The official sheet as an .xlsx (io/annex_xlsx_sheet): 填报单位 names the unit's bureau.
    // `blankTemplate`: the form for the unit and year to fill in, with formulas and spare rows.
    bool officialXlsx(const QString& unitCode, int year, bool blankTemplate, QByteArray* bytes,
                      QString* error) const;
    // Own or consolidated figures, as exported and printed.
    AnnexTable figures(const QString& unitCode, int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
