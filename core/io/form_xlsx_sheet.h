#pragma once

#include "domain/form_definition.h"
#include "domain/form_table.h"

#include <QByteArray>
#include <QString>

namespace yufang {

// Any form as its official sheet in an .xlsx workbook (docs/xlsx-output.md), laid out by its
// definition: the marker (附件) of its `print`, the merged print title, 填报单位 with the
// bureau's name (and 年度 where the definition has a year line), its header fields, a
// consolidated form's 应报/已报 line, the header row of the form layout (printed captions with
// their units), one row per row of the table, 合计 in bold, the footer fields each label in its
// cell and the value in the next, the notes, borders, A4 (landscape as the printed form is),
// the header row repeated on every page and the width fitted to one page. Derived columns are
// values with their decimals (% and ‰ as number formats), sum columns their sums.
//
// As a template (`blankTemplate`), the number cells are empty for the unit to fill (whole
// numbers or decimals ≥ 0 by data validation), spare rows take local rows where the import
// would accept them (the definition allows local rows of its own: not rows that must come
// from the 基本情况表), 合计, derived and sum columns are formulas, and the sheet is protected
// so only the cells to fill take input. It reads back through the importers as it is, or once
// filled and saved by Excel, WPS or LibreOffice (the formulas' cached values).
struct FormSheetOptions {
    QString bureau;            // 填报单位
    QString statusNote;        // a consolidated form's 应报/已报 line (not on a template)
    bool consolidated = false; // a parent's form: the definition's consolidatedMark after 年度
    bool blankTemplate = false;
    int spareRows = 5; // template only, where local rows are allowed
};

// `definition` as the unit's plan gives it (FormDefinitions::forUnit: {plan} in the print title
// and the plan's rate denominator resolved); `table` the figures, or the rows to fill.
bool formOfficialXlsx(const FormDefinition& definition, const FormTable& table,
                      const FormSheetOptions& options, QByteArray* bytes, QString* error);

} // namespace yufang
