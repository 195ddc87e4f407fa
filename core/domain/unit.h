#pragma once

#include <QString>

namespace yufang {

enum class UnitLevel { Province, City, County, Zone, Other };

QString unitLevelKey(UnitLevel level);
// Unknown keys map to Other so hand-made unit lists never fail on a level spelling.
UnitLevel unitLevelFromKey(const QString& key);

// A reporting unit (填报单位) in the GB/T 2260 tree.
struct Unit {
    QString code;
    QString name;
    UnitLevel level = UnitLevel::Other;
    QString parentCode; // empty for a root
    qint64 planId = 0;  // 0: follows its parent's plan
};

} // namespace yufang
