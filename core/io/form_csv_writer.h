#pragma once

#include "csv_writer.h"
#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "domain/unit.h"

namespace yufang {

// The CSV layouts of any form definition (docs/forms.md), the 基本情况表's among them: UTF-8
// with BOM or GB18030 (encodeCsv), CRLF, RFC 4180 quoting, neutralised text cells.
enum class CsvLayout { Form, Data };
bool parseCsvLayout(const QString& name, CsvLayout* out); // "form", "data"

// `form` mirrors the printed form: the title, 填报单位：…, 年度：… (unless the definition has no
// year line), the form's own header fields, the header row (the row caption, then every
// column's printed header with its unit, "{year}" the table's year), one row per row, 合计,
// 填报人/联系电话/填报日期 (the definition's footer fields), the notes (with the year). Derived
// columns are computed; not applicable is an empty cell.
QStringList formLayoutHeader(const FormDefinition& definition, int year);
void writeFormLayout(TableSink& sink, const FormDefinition& definition, const QString& unitName,
                     const FormTable& table, const QString& statusNote = {});
QString formLayoutCsv(const FormDefinition& definition, const QString& unitName,
                      const FormTable& table, const QString& statusNote = {});

// `data`: one header row (单位代码, 单位名称, 年度, the row caption, every stored column's
// caption), then one row per unit, year and row. Derived and sum columns are left out: they
// are computed, never stored.
QStringList formDataHeader(const FormDefinition& definition);
void appendFormDataRows(TableSink& writer, const FormDefinition& definition, const Unit& unit,
                        const FormTable& table);
void writeFormData(TableSink& sink, const FormDefinition& definition, const Unit& unit,
                   const FormTable& table);
QString formDataCsv(const FormDefinition& definition, const Unit& unit, const FormTable& table);

} // namespace yufang
