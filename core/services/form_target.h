#pragma once

#include "domain/diagnostic.h"
#include "domain/unit.h"
#include "storage/unit_repository.h"

#include <optional>

namespace yufang {

// Which unit and year an imported key-industry form (training, occupational disease) is for:
// the same rules as the annex. The unit comes from --unit, else from 填报单位 (a bureau's name
// resolves to its unit; unknown or ambiguous is an error); the year from --year, else from the
// file's 年度 line; a conflict between the two is an error. Problems go into *out with the file
// and line.
std::optional<Unit> resolveFormUnit(const UnitRepository& units, const QString& unitText, int line,
                                    const QString& chosenUnit, const QString& file,
                                    Diagnostics* out);
std::optional<int> resolveFormYear(std::optional<int> fileYear, int line,
                                   std::optional<int> chosenYear, const QString& file,
                                   Diagnostics* out);

// A Diagnostic with the file and line filled in.
Diagnostic fileDiagnostic(Severity severity, const QString& file, int line, const QString& message,
                          const QString& field = {});

} // namespace yufang
