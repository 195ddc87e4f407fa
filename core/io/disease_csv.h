#pragma once

#include "io/table_sink.h"
#include "domain/disease.h"
#include "domain/plan.h"
#include "domain/unit.h"
#include "form_csv_reader.h"

namespace yufang {

// The occupational disease table as a spreadsheet, in the training table's layout and under the
// annex's encoding and quoting rules:
//   《plan title》重点行业职业病情况表 / 填报单位：… / 年度：…
//   重点行业名称,尘肺病新发病例数,其他职业病新发病例数,新发病例合计,接尘人数,备注
//   one row per key industry, 合计, 填报人：…, 联系电话：…
// 新发病例合计 is computed on export and ignored on import.
QString diseaseFormTitle(const Plan& plan);
QStringList diseaseHeader();
void writeDisease(TableSink& sink, const Plan& plan, const Unit& unit, const DiseaseTable& table);
QString diseaseCsv(const Plan& plan, const Unit& unit, const DiseaseTable& table);
QList<FormColumnSpec> diseaseColumns();

} // namespace yufang
