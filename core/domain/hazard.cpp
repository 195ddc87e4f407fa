#include "hazard.h"

#include "key_or_label.h"

#include <QCoreApplication>
#include <QStringList>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Hazard)
};
} // namespace

QString hazardStatusKey(HazardStatus s) {
    switch (s) {
    case HazardStatus::Rectifying:
        return QStringLiteral("rectifying");
    case HazardStatus::Closed:
        return QStringLiteral("closed");
    case HazardStatus::Open:
        break;
    }
    return QStringLiteral("open");
}

bool hazardStatusFromKey(const QString& key, HazardStatus* out) {
    if (key == QLatin1String("open"))
        *out = HazardStatus::Open;
    else if (key == QLatin1String("rectifying"))
        *out = HazardStatus::Rectifying;
    else if (key == QLatin1String("closed"))
        *out = HazardStatus::Closed;
    else
        return false;
    return true;
}

QString hazardStatusLabel(HazardStatus s) {
    switch (s) {
    case HazardStatus::Rectifying:
        return Text::tr("Being rectified");
    case HazardStatus::Closed:
        return Text::tr("Rectified");
    case HazardStatus::Open:
        break;
    }
    return Text::tr("Not rectified");
}

bool hazardStatusFromText(const QString& text, HazardStatus* out) {
    return fromKeyOrLabel<HazardStatus>(
        text, hazardStatusFromKey,
        {{hazardStatusLabel(HazardStatus::Open), HazardStatus::Open},
         {hazardStatusLabel(HazardStatus::Rectifying), HazardStatus::Rectifying},
         {hazardStatusLabel(HazardStatus::Closed), HazardStatus::Closed}},
        out);
}

QStringList validateHazard(const Hazard& h) {
    QStringList problems;
    if (h.enterprise.trimmed().isEmpty())
        problems << Text::tr("the enterprise is empty");
    if (h.problem.trimmed().isEmpty())
        problems << Text::tr("the problem is empty");
    if (!h.deadline.isValid())
        problems << Text::tr("the rectification deadline is missing");
    if (h.status == HazardStatus::Closed && !h.closedOn.isValid())
        problems << Text::tr("a rectified hazard needs the date it was closed");
    if (h.foundOn.isValid() && h.deadline.isValid() && h.deadline < h.foundOn)
        problems << Text::tr("the deadline is before the day the hazard was found");
    return problems;
}

} // namespace yufang
