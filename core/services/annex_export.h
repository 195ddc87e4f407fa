#pragma once

#include "domain/annex.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace yufang {

// The annex of a unit and year as its own stack still gives it: the official .xlsx sheet and
// its figures. A unit with children has its consolidated figures (own
// rows plus all descendants), a unit without children its own form; a unit and year with no
// data yet gives the blank form of the unit's key industries, to be filled in. Its CSV layouts
// are the form engine's (FormTableExport of the form `annex`).
class AnnexExport {
public:
    explicit AnnexExport(QSqlDatabase db) : m_db(std::move(db)) {}

    // The official sheet as an .xlsx (io/annex_xlsx_sheet): 填报单位 names the unit's bureau.
    // `blankTemplate`: the form for the unit and year to fill in, with formulas and spare rows.
    bool officialXlsx(const QString& unitCode, int year, bool blankTemplate, QByteArray* bytes,
                      QString* error) const;
    // Own or consolidated figures, as the official sheet shows them.
    AnnexTable figures(const QString& unitCode, int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace yufang
