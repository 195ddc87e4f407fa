#pragma once

#include "io/table_sink.h"
#include "domain/plan.h"
#include "domain/training.h"
#include "domain/unit.h"
#include "form_csv_reader.h"

namespace yufang {

// The training table as a spreadsheet (DESIGN.md "Annex CSV" rules: UTF-8 with BOM and CRLF by
// default, RFC 4180 quoting, formula-like text neutralised). Layout, top to bottom:
//   《plan title》重点行业企业重点人员工伤预防培训情况表
//   填报单位：兰山区
//   年度：2023
//   重点行业名称,重点人员类别,重点人员数,累计已培训人数,培训覆盖率,本年培训次数,其中线上,其中线下,培训学时,备注
//   one row per key industry × category, then 合计
//   填报人：…, 联系电话：…, the notes
// The coverage column is computed on export and only compared on import, never trusted.
QString trainingFormTitle(const Plan& plan);
QStringList trainingHeader();
QStringList trainingNotes();
void writeTraining(TableSink& sink, const Plan& plan, const Unit& unit, const TrainingTable& table);
QString trainingCsv(const Plan& plan, const Unit& unit, const TrainingTable& table);

// Columns the reader recognises (Chinese and the canonical English keys).
QList<FormColumnSpec> trainingColumns();

} // namespace yufang
