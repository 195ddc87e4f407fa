#pragma once

#include "annex.h"
#include "diagnostic.h"

namespace yufang {

// Checks the rules of DESIGN.md on one row: insured enterprises ≤ enterprises and
// accidents ≤ insured persons are errors; insured persons > employees is a warning only
// (construction projects insure migrant workers by project, 按项目参保). Negative counts are
// errors (the CSV reader rejects them earlier, the editor may still hold them).
Diagnostics validateAnnexRow(const AnnexRow& row, int rowIndex);

// Every row plus table-wide rules (duplicate or empty industry names).
Diagnostics validateAnnexTable(const AnnexTable& table);

} // namespace yufang
