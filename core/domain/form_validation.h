#pragma once

#include "diagnostic.h"
#include "form_definition.h"
#include "form_table.h"

#include <QString>

#include <optional>

namespace yufang {

// Checks of a filled-in form against its definition (DESIGN.md "Validation", generalised):
// numbers are ≥ 0 (whole numbers by construction: counts are integers, decimals are kept
// scaled); each rule of the definition between two filled-in cells, with its own severity and
// message. Diagnostics carry the row index and the column key; the importer adds file and line.
Diagnostics validateFormRow(const FormDefinition& definition, const FormRow& row, int rowIndex);

// Every row, plus rows without a key, a key used twice (within its group), and local rows on
// a form that allows none.
Diagnostics validateFormTable(const FormDefinition& definition, const FormTable& table);

// A derived column is never trusted from a file: the value the file states is compared with the
// one computed from the row's numbers, rounded to the column's decimals, and a difference is a
// warning (nullopt when they agree, or the file leaves the cell empty).
std::optional<Diagnostic> checkStatedDerivedValue(const FormDefinition& definition,
                                                  const FormRow& row, const FormColumn& column,
                                                  std::optional<double> stated, int rowIndex);

// "建筑施工" or, for the IndustriesByKeyPersonnel kind, "建筑施工 / 一线班组长": how messages
// name a row.
QString formRowLabel(const FormRow& row);

} // namespace yufang
