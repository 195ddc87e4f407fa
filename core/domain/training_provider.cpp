#include "training_provider.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingProvider)
};
} // namespace

QString providerKindKey(TrainingProvider::Kind kind) {
    return kind == TrainingProvider::Kind::Online ? QStringLiteral("online")
                                                  : QStringLiteral("offline");
}

QString providerKindLabel(TrainingProvider::Kind kind) {
    return kind == TrainingProvider::Kind::Online ? Text::tr("Online platform")
                                                  : Text::tr("Offline provider");
}

std::optional<TrainingProvider::Kind> providerKindFromKey(const QString& key) {
    if (key == QLatin1String("online"))
        return TrainingProvider::Kind::Online;
    if (key == QLatin1String("offline"))
        return TrainingProvider::Kind::Offline;
    return std::nullopt;
}

QString recommendingLevelLabel(const QString& levelKey) {
    if (levelKey == QLatin1String("province"))
        return Text::tr("Province");
    if (levelKey == QLatin1String("city"))
        return Text::tr("City");
    if (levelKey == QLatin1String("county"))
        return Text::tr("County");
    return levelKey;
}

Diagnostics validateProvider(const TrainingProvider& provider) {
    Diagnostics out;
    if (provider.name.trimmed().isEmpty()) {
        Diagnostic d;
        d.field = QStringLiteral("name");
        d.message = Text::tr("the name of the provider or platform is empty");
        out << d;
    }
    return out;
}

} // namespace yufang
