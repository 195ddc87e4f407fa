#include "money.h"

#include "cell_parsing.h"

#include <cmath>

namespace yufang {

bool parseYuan(const QString& text, qint64* fen) {
    QString t = normaliseLabel(text);
    t.remove(QLatin1Char(',')).remove(QStringLiteral("元"));
    if (t.isEmpty())
        return false;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > 1e15)
        return false;
    *fen = qint64(std::llround(v * 100.0));
    return true;
}

} // namespace yufang
