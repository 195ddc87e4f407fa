#pragma once

#include "csv_writer.h"
#include "domain/annex.h"
#include "domain/plan.h"
#include "domain/unit.h"

namespace yufang {

enum class AnnexLayout { Form, Data };
bool parseAnnexLayout(const QString& name, AnnexLayout* out); // "form", "data"

// The official header of the annex (DESIGN.md), with the accident column labelled by year.
QStringList annexFormHeader(int year);
// The title printed above the form: 《<plan title>》重点行业企业基本情况表.
QString annexFormTitle(const Plan& plan);
// The plan's notes (1)-(3), with the baseline year in note (1) replaced by the form's year.
QStringList annexFormNotes(const Plan& plan, int year);

// `form`: mirrors the printed annex, what counties fill in and send back. The rate columns hold
// plain numbers, their unit (% and ‰) in the header. Written to any TableSink (CSV, .xlsx).
void writeAnnexForm(TableSink& sink, const Plan& plan, const Unit& unit, const AnnexTable& table,
                    const QString& statusNote = {});
QString annexFormCsv(const Plan& plan, const Unit& unit, const AnnexTable& table,
                     const QString& statusNote = {});

// `data`: one header row, then one row per unit, year and industry.
QStringList annexDataHeader();
void appendAnnexDataRows(TableSink& writer, const Unit& unit, const AnnexTable& table);
void writeAnnexData(TableSink& sink, const Unit& unit, const AnnexTable& table);
QString annexDataCsv(const Unit& unit, const AnnexTable& table);

} // namespace yufang
