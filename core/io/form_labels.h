#pragma once

#include "csv_reader.h"

#include <QList>
#include <QString>

namespace yufang {

// The labelled lines around a form's table ("填报单位：…", "填报人：…  联系电话：…",
// "校核人：", "年度：") as Excel and WPS save them: the value after the colon in the same cell, or
// in the next non-empty cell when the clerk typed it into B2; several labels in one cell.
enum class FormLabel { Unit, Year, Preparer, Phone, Date, Other };

struct LabelledValue {
    FormLabel label = FormLabel::Other;
    QString value; // half-width, trimmed; empty when left blank
};

QList<LabelledValue> labelledValues(const CsvRecord& record);
// True when the record's first non-empty cell starts with a label: a header or footer line,
// never a table row (a remark such as "联系人：李四" further right does not count).
bool startsWithLabel(const CsvRecord& record);
// "备注：…", "注：…", "说明：…", "（1）…": the notes under the table.
bool isNoteLine(const CsvRecord& record);
// "合计" (or 总计, total), spaces and full-width forms allowed.
bool isTotalLabel(const QString& text);
// A row of units under the header: "（户）", "（人）", "%", "‰" and nothing else.
bool isUnitsRow(const CsvRecord& record);

} // namespace yufang
