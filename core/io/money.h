#pragma once

#include <QString>

namespace yufang {

// An amount in yuan as clerks type it ("12,345.67", full-width digits, a trailing 元) to whole
// fen; false when it is not a non-negative amount.
bool parseYuan(const QString& text, qint64* fen);

} // namespace yufang
