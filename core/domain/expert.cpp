#include "expert.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Expert)
};
} // namespace

QString expertFieldKey(ExpertField f) {
    switch (f) {
    case ExpertField::Safety:
        return QStringLiteral("safety");
    case ExpertField::Health:
        return QStringLiteral("health");
    case ExpertField::Prevention:
        break;
    }
    return QStringLiteral("prevention");
}

QString expertFieldLabel(ExpertField f) {
    switch (f) {
    case ExpertField::Safety:
        return Text::tr("Production safety");
    case ExpertField::Health:
        return Text::tr("Occupational health");
    case ExpertField::Prevention:
        break;
    }
    return Text::tr("Work-injury prevention");
}

bool expertFieldFromText(const QString& text, ExpertField* out) {
    const QString t = text.trimmed();
    for (ExpertField f : {ExpertField::Prevention, ExpertField::Safety, ExpertField::Health}) {
        static const QStringList chinese = {QStringLiteral("工伤预防"), QStringLiteral("安全生产"),
                                            QStringLiteral("职业卫生")};
        if (t.compare(expertFieldKey(f), Qt::CaseInsensitive) == 0 || t == expertFieldLabel(f) ||
            t == chinese.at(int(f))) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString expertLevelKey(ExpertLevel l) {
    return l == ExpertLevel::Province ? QStringLiteral("province") : QStringLiteral("city");
}

QString expertLevelLabel(ExpertLevel l) {
    return l == ExpertLevel::Province ? Text::tr("Provincial") : Text::tr("City");
}

bool expertLevelFromText(const QString& text, ExpertLevel* out) {
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("province"), Qt::CaseInsensitive) == 0 ||
        t == QStringLiteral("省级") || t == expertLevelLabel(ExpertLevel::Province)) {
        *out = ExpertLevel::Province;
        return true;
    }
    if (t.compare(QLatin1String("city"), Qt::CaseInsensitive) == 0 || t == QStringLiteral("市级") ||
        t == expertLevelLabel(ExpertLevel::City)) {
        *out = ExpertLevel::City;
        return true;
    }
    return false;
}

} // namespace yufang
