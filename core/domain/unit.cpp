#include "unit.h"

namespace yufang {

QString unitLevelKey(UnitLevel level) {
    switch (level) {
    case UnitLevel::Province:
        return QStringLiteral("province");
    case UnitLevel::City:
        return QStringLiteral("city");
    case UnitLevel::County:
        return QStringLiteral("county");
    case UnitLevel::Zone:
        return QStringLiteral("zone");
    case UnitLevel::Other:
        break;
    }
    return QStringLiteral("other");
}

UnitLevel unitLevelFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("province") || k == QStringLiteral("省"))
        return UnitLevel::Province;
    if (k == QLatin1String("city") || k == QStringLiteral("市"))
        return UnitLevel::City;
    if (k == QLatin1String("county") || k == QStringLiteral("县") || k == QStringLiteral("区") ||
        k == QStringLiteral("县区"))
        return UnitLevel::County;
    if (k == QLatin1String("zone") || k == QStringLiteral("开发区") || k == QStringLiteral("园区"))
        return UnitLevel::Zone;
    return UnitLevel::Other;
}

std::optional<UnitLevel> parseUnitLevel(const QString& text) {
    const QString k = text.trimmed().toLower();
    if (k.isEmpty() || k == QLatin1String("other") || k == QStringLiteral("其他"))
        return UnitLevel::Other;
    const UnitLevel level = unitLevelFromKey(k);
    return level == UnitLevel::Other ? std::nullopt : std::optional<UnitLevel>(level);
}

bool isUnitCode(const QString& code) {
    if (code.size() != 6 && code.size() != 9 && code.size() != 12)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace yufang
