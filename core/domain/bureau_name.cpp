#include "bureau_name.h"

namespace yufang {

namespace {
const QString kBureau = QStringLiteral("人力资源和社会保障局");
const QString kDepartment = QStringLiteral("人力资源和社会保障厅");

bool namesAnOffice(const QString& name) {
    return name.endsWith(QChar(u'局')) || name.endsWith(QChar(u'厅')) ||
           name.endsWith(QStringLiteral("中心"));
}

// 临沂市 → 临沂: how a development zone's name starts (临沂高新技术产业开发区).
QString placeStem(const QString& name) {
    for (const QString& suffix : {QStringLiteral("市"), QStringLiteral("地区"),
                                  QStringLiteral("自治州"), QStringLiteral("盟")})
        if (name.size() > suffix.size() + 1 && name.endsWith(suffix))
            return name.chopped(suffix.size());
    return name;
}
} // namespace

QString bureauName(const Unit& unit, const std::optional<Unit>& parent) {
    if (namesAnOffice(unit.name))
        return unit.name;
    if (unit.level == UnitLevel::Province)
        return unit.name + kDepartment;
    if (parent && unit.name.endsWith(QStringLiteral("本级")))
        return bureauName(*parent, std::nullopt);
    if (parent && parent->level == UnitLevel::City && unit.level != UnitLevel::City &&
        !unit.name.startsWith(placeStem(parent->name)))
        return parent->name + unit.name + kBureau;
    return unit.name + kBureau;
}

} // namespace yufang
