#include "bureau_name.h"

namespace yufang {

QString bureauName(const Unit& unit, const std::optional<Unit>& parent) {
    if (unit.level == UnitLevel::Province)
        return unit.name + QStringLiteral("人力资源和社会保障厅");
    QString place = unit.name;
    if (unit.level != UnitLevel::City && parent && parent->level == UnitLevel::City) {
        // 临沂高新技术产业开发区 already names its city; 兰山区 does not.
        QString city = parent->name;
        if (city.size() > 2 && city.endsWith(QStringLiteral("市")))
            city.chop(1);
        if (!place.startsWith(city))
            place = parent->name + place;
    }
    return place + QStringLiteral("人力资源和社会保障局");
}

} // namespace yufang
