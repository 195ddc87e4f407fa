#pragma once

#include <QString>

#include <optional>

namespace yufang {

enum class UnitLevel { Province, City, County, Zone, Other };

QString unitLevelKey(UnitLevel level);
// Unknown keys map to Other: for what the database stores (always one of unitLevelKey's).
UnitLevel unitLevelFromKey(const QString& key);
// A level as a file spells it: the keys above or 省, 市, 县/区/县区, 开发区/园区, 其他; an empty
// cell is Other. nullopt for anything else (a misspelt "countyy" must not become Other).
std::optional<UnitLevel> parseUnitLevel(const QString& text);
// A GB/T 2260 code: six digits (a county such as 371302, a zone such as 371371), or nine or
// twelve digits for the townships and villages the statistical division code appends.
bool isUnitCode(const QString& code);

// A reporting unit (填报单位) in the GB/T 2260 tree.
struct Unit {
    QString code;
    QString name;
    UnitLevel level = UnitLevel::Other;
    QString parentCode; // empty for a root
    qint64 planId = 0;  // 0: follows its parent's plan
};

} // namespace yufang
