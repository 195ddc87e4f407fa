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

// A derived value as a file states it. The file's own precision decides how close it must be:
// "85.3%" allows 0.05, "85.27%" 0.005 (decimals -1: the column's). `text` is shown in the
// warning as written.
struct StatedValue {
    double value = 0;
    int decimals = -1;
    bool sign = false; // the file wrote % or ‰ after it
    QString text;
    StatedValue() = default;
    StatedValue(double v) : value(v) {} // NOLINT: a bare number at the column's precision
};

// A derived column is never trusted from a file: the value the file states is compared with the
// one computed from the row's numbers, within half a unit of the last digit the file shows, and
// a difference is a warning (nullopt when they agree, or the file leaves the cell empty). A
// percentage written without its sign may be the fraction Excel keeps when the cell's percent
// format is lost (0.8527 for 85.27%): that agrees too.
std::optional<Diagnostic> checkStatedDerivedValue(const FormDefinition& definition,
                                                  const FormRow& row, const FormColumn& column,
                                                  std::optional<StatedValue> stated, int rowIndex);

// "建筑施工" or, for the IndustriesByKeyPersonnel kind, "建筑施工 / 一线班组长": how messages
// name a row.
QString formRowLabel(const FormRow& row);

} // namespace yufang
