#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace yufang {

// How a number cell is shown, which decides the text an importer gets for it: what a CSV
// saved from the sheet would hold. Shared by the .xlsx and .xls readers.
enum class NumberStyle {
    General, // numbers as numbers: a whole value without ".0"
    Date,    // a date (or date and time) format: an ISO date
    Percent, // a % format: 0.0152 shown as 1.52%, which the importer reads as a rate
};

// The style of an .xlsx number format: the built-in id (14-22, 27-36, 45-47, 50-58 are dates
// and times, 9, 10 are %) or, for custom ids, the format code (y, m, d, h, s outside quotes and
// brackets: a date; a % outside quotes: percent).
NumberStyle numberStyleOf(int numFmtId, QStringView formatCode);

// The text of a number cell. `value` is the cell's number. Whole values are written exactly
// ("126", never "126.0" or "1.26E+2"); fractions keep their shortest form. A whole value of
// 10^15 or more is refused (false, *error set): a spreadsheet keeps 15 significant digits, so
// such a cell is a code (an 18-digit 统一社会信用代码) whose last digits are already gone.
// `date1904`: the workbook counts days from 1904 (old Mac Excel).
bool numberCellText(double value, NumberStyle style, bool date1904, QByteArray* out,
                    QString* error);

// "C5" for the cell in 0-based column 2 of row 5, as a spreadsheet names it in messages.
QString cellName(int row, int column);

// The 0-based column of a reference such as "AB12" (-1 when it has no column letters), and
// its row (0 when it has none).
int columnOfReference(QStringView reference);
int columnOfReference(QByteArrayView reference); // as the sheet's XML holds it
int rowOfReference(QStringView reference);

} // namespace yufang
