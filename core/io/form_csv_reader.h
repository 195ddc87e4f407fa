#pragma once

#include "domain/annex.h"
#include "domain/diagnostic.h"
#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "domain/form_validation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace yufang {

// One column of a form as the reader knows it: its canonical key and the header names it is
// recognised by (matched on normalised labels, English or Chinese): the caption, the caption
// with its unit and the definition's aliases.
struct FormColumnSpec {
    enum class Kind { Label, Count, Rate, Text, Decimal, Ignored };
    QString key;
    QStringList names;
    Kind kind = Kind::Count;
    bool required = false;
    int decimals =
        0; // Decimal: digits kept; the value in FormLine::counts is scaled by 10^decimals
    // Names with "{year}" standing for a four-digit year (the printedCaption {year}年工伤事故数量
    // matches 2023年工伤事故数量, 2023年度工伤事故数量 and 工伤事故数量（2023年）); the header's
    // year is then the table's.
    QStringList yearNames;
};

// One unit and year of a file read against a FormDefinition. The `form` layout gives one (its
// unit from 填报单位, its year from 年度); the `data` layout one per 单位代码 and 年度 found.
struct FormCsvTable {
    QString unitText; // 填报单位 as written, or the data layout's 单位名称
    QString unitCode; // the data layout's 单位代码 (an apostrophe and full-width digits undone)
    int unitLine = 0;
    std::optional<int> year;
    int yearLine = 0;
    FormTable table;     // rows as read, none local yet (the service decides)
    QList<int> rowLines; // the line of each row of table.rows
    QList<QHash<QString, StatedValue>> statedDerived; // per row: derived values the file states
    QList<bool> rowUnreadable; // per row: a number cell could not be read (its error rejects
                               // the file; a derived-value warning would only repeat it)
    std::optional<FormRow> statedTotal; // the 合计 row, to check against the sum
    int totalLine = 0;
    // Number columns with an unreadable cell in some row: their 合计 is not checked.
    QSet<QString> unreadableColumns;
    QSet<QString> statedFields; // keys of the header and footer fields the file has a line for
};

struct FormCsvContent {
    QString file;
    QString encoding;
    bool dataLayout = false;
    QList<FormCsvTable> tables;
    Diagnostics diagnostics;
};

// The column specs the reader recognises both layouts by: the row caption (and group caption)
// as labels, the data layout's unit and year columns, numbers, text and derived (stated
// values, to be compared). Number columns are required.
QList<FormColumnSpec> formTableColumnSpecs(const FormDefinition& definition);
// Keys of the fixed columns in formColumnSpecs.
namespace form_csv_keys {
inline const QString kRow = QStringLiteral("row");
inline const QString kGroup = QStringLiteral("group");
inline const QString kUnitCode = QStringLiteral("unit_code");
inline const QString kUnitName = QStringLiteral("unit_name");
inline const QString kYear = QStringLiteral("year");
} // namespace form_csv_keys

// Reads either layout of any form (form_csv_writer.h) in whatever encoding and shape Excel, WPS
// or LibreOffice saved it (DESIGN.md "Annex CSV": .csv in UTF-8, GB18030 or UTF-16 text, .xlsx
// and .xls through readCsvDocument). The form layout: a title, 填报单位：… (the label's value in
// the same cell or the next, several labels in one cell), 年度：…, the header row, rows, 合计
// (also merged over a 序号 column), then 填报人 / 联系电话 / 填报日期 and notes, which end the
// table; a row of units under the header and spare template rows without figures are read
// past, a row with figures below the table is an error; every header row starts the next form,
// so one sheet may hold several. The data layout: 单位代码 / 单位名称 / 年度 columns, a table
// per unit and year, a 合计 row per unit and year checked like the form's. Number cells become
// exact numbers (decimals scaled), derived cells are kept as stated values only. Every problem
// is collected with its file, line and field.
FormCsvContent readFormTableCsv(const QByteArray& bytes, const QString& fileName,
                                const FormDefinition& definition);

} // namespace yufang
