#pragma once

#include "domain/register_columns.h"

#include <QString>

#include <optional>

// Reading a register file's header row: which column a header cell names. It lives in io, not
// in the domain's column list, because it normalises cell text as io/cell_parsing does.
namespace yufang {

// A header cell (any case, full-width or spaced) to its column. A name with a star or a unit or
// hint in brackets ("*企业名称", "从业人数（人）") names its column too, *decorated telling so; a
// bracket that narrows or rescales the figure ("从业人数（其中女职工）", "缴费额（万元）") does
// not.
std::optional<RegisterColumn> registerColumnFromHeader(const QString& header,
                                                       bool* decorated = nullptr);

} // namespace yufang
