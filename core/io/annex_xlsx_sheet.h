#pragma once

#include "domain/annex.h"
#include "domain/plan.h"

#include <QByteArray>
#include <QString>

namespace yufang {

// The annex as the official sheet in an .xlsx workbook (docs/xlsx-output.md): 附件, the merged
// title, 填报单位 with the bureau's name, the header, one row per industry, 合计 in bold,
// 填报人 / 联系电话 / 填报日期, the notes, borders, A4 landscape with the header rows repeated on
// every page and the width fitted to one page.
//
// As a template (`blankTemplate`), the counts are empty cells for the county to fill (whole
// numbers ≥ 0 by data validation), a few spare rows take local industries, 合计 and the rates
// are formulas, and the sheet is protected so only the cells to fill can be typed into. It
// reads back through the annex importer as it is, or once filled and saved by Excel, WPS or
// LibreOffice (the formulas' cached values).
struct AnnexSheetOptions {
    QString bureau;     // 填报单位
    QString statusNote; // a consolidated form's 应报/已报 line
    QStringList notes;  // 备注 (1)…, the definition's for the form's year
    bool blankTemplate = false;
    int spareRows = 5; // template only
};

bool annexOfficialXlsx(const Plan& plan, const AnnexTable& table, const AnnexSheetOptions& options,
                       QByteArray* bytes, QString* error);

} // namespace yufang
