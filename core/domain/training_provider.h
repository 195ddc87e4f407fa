#pragma once

#include "diagnostic.h"

#include <QDate>
#include <QString>

#include <optional>

namespace yufang {

// An entry of the recommended list of training providers and online platforms
// (工伤预防培训机构和线上培训平台推荐清单), kept by the province and the cities.
struct TrainingProvider {
    enum class Kind { Online, Offline };

    qint64 id = 0; // 0: not stored yet
    QString name;  // 名称
    Kind kind = Kind::Online;
    QString qualification; // 资质
    QString
        recommendedBy; // the level that recommends it: a unit level key ("province", "city", ...)
    QDate validUntil;  // invalid: no end date
    QString remark;

    bool isExpired(const QDate& today) const { return validUntil.isValid() && validUntil < today; }
    bool operator==(const TrainingProvider&) const = default;
};

QString providerKindKey(TrainingProvider::Kind kind);   // "online", "offline"
QString providerKindLabel(TrainingProvider::Kind kind); // translated: 线上平台 / 线下机构
std::optional<TrainingProvider::Kind> providerKindFromKey(const QString& key);
QString recommendingLevelLabel(const QString& levelKey); // 省级, 市级, 县级, ...

// Name required; everything else optional.
Diagnostics validateProvider(const TrainingProvider& provider);

} // namespace yufang
