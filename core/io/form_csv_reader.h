#pragma once

#include "domain/annex.h"
#include "domain/diagnostic.h"
#include "domain/form_definition.h"
#include "domain/form_table.h"

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
    enum class Kind { Label, Count, Rate, Text, Decimal };
    QString key;
    QStringList names;
    Kind kind = Kind::Count;
    bool required = false;
    int decimals =
        0; // Decimal: digits kept; the value in FormLine::counts is scaled by 10^decimals
    // Names with "{year}" standing for a four-digit year (the printedCaption {year}年工伤事故数量
    // matches 2023年工伤事故数量); the header's year is then ParsedForm::headerYear.
    QStringList yearNames;
};

// One data line: label, text and rate cells by key (trimmed), counts by key.
struct FormLine {
    int line = 0;
    QHash<QString, QString> text;
    QHash<QString, Count> counts;
};

struct ParsedForm {
    QString file;
    QString encoding;
    QString unitText; // 填报单位 as written
    int unitLine = 0;
    std::optional<int> year; // 年度
    int yearLine = 0;
    QString preparer;
    QString phone;
    QString filledOn; // 填报日期 as written
    // Which of 填报人, 联系电话, 填报日期 (and the extra labels asked for) the file has a line for,
    // so an import changes only what the file states.
    QSet<QString> statedLabels;
    QHash<QString, QString> labels; // extra header labels asked for → value as written
    QHash<QString, int> labelLines;
    int headerLine = 0;
    QStringList headerKeys; // the keys of the columns the header row has
    // The year a header name with "{year}" stated (2023年工伤事故数量): the form layout's year
    // when the form has no 年度 line.
    std::optional<int> headerYear;
    QList<FormLine> rows;
    std::optional<FormLine> total; // the 合计 row, for the caller to check against the sum
    Diagnostics diagnostics;       // with file and line
};

// Reads the printed-form layout of a form: a title, 填报单位：…,
// 年度：…, one header row, data rows, 合计, then 填报人/联系电话/备注 (which end the table). Every
// encoding, quoting and neutralising rule of the annex applies (decodeText, CsvReader,
// parseCount). `labelKey` is the label column that finds the header row and the 合计 row.
// `extraLabels` are further "label：value" lines above the header to collect into `labels`
// (a form's own header fields).
ParsedForm readFormCsv(const QByteArray& bytes, const QString& fileName,
                       const QList<FormColumnSpec>& columns, const QString& labelKey,
                       const QStringList& extraLabels = {});

// One unit and year of a file read against a FormDefinition. The `form` layout gives one (its
// unit from 填报单位, its year from 年度); the `data` layout one per 单位代码 and 年度 found.
struct FormCsvTable {
    QString unitText; // 填报单位 as written, or the data layout's 单位代码 (else 单位名称)
    int unitLine = 0;
    std::optional<int> year;
    int yearLine = 0;
    FormTable table;     // rows as read, none local yet (the service decides)
    QList<int> rowLines; // the line of each row of table.rows
    QList<QHash<QString, double>> statedDerived; // per row: derived values the file states
    std::optional<FormRow> statedTotal;          // the 合计 row, to check against the sum
    int totalLine = 0;
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

// Reads either layout of any form (form_csv_writer.h) with readFormCsv's rules. Number cells
// become exact numbers (decimals scaled), derived cells are kept as stated values only.
FormCsvContent readFormTableCsv(const QByteArray& bytes, const QString& fileName,
                                const FormDefinition& definition);

} // namespace yufang
