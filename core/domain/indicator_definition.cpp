#include "indicator_definition.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IndicatorDefinition)
};

template <typename E, std::size_t N>
std::optional<E> fromKey(const QString& key, const std::pair<E, const char*> (&table)[N]) {
    for (const auto& [value, name] : table)
        if (key == QLatin1String(name))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString toKey(E value, const std::pair<E, const char*> (&table)[N]) {
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return QString::fromLatin1(table[0].second);
}

const std::pair<IndicatorKind, const char*> kKinds[] = {
    {IndicatorKind::RatioOfSums, "ratio_of_sums"}, {IndicatorKind::Count, "count"}};
const std::pair<IndicatorDirection, const char*> kDirections[] = {
    {IndicatorDirection::Down, "down"}, {IndicatorDirection::Up, "up"}};
const std::pair<IndicatorTargetKind, const char*> kTargets[] = {
    {IndicatorTargetKind::None, "none"},
    {IndicatorTargetKind::Relative, "relative"},
    {IndicatorTargetKind::Level, "level"}};
const std::pair<IndicatorGlidePath, const char*> kPaths[] = {
    {IndicatorGlidePath::None, "none"},
    {IndicatorGlidePath::Linear, "linear"},
    {IndicatorGlidePath::FromFirstData, "from_first_data"}};
} // namespace

QString indicatorKindKey(IndicatorKind kind) {
    return toKey(kind, kKinds);
}
QString indicatorDirectionKey(IndicatorDirection direction) {
    return toKey(direction, kDirections);
}
QString indicatorTargetKindKey(IndicatorTargetKind kind) {
    return toKey(kind, kTargets);
}
QString indicatorGlidePathKey(IndicatorGlidePath path) {
    return toKey(path, kPaths);
}
std::optional<IndicatorKind> indicatorKindFromKey(const QString& key) {
    return fromKey(key, kKinds);
}
std::optional<IndicatorDirection> indicatorDirectionFromKey(const QString& key) {
    return fromKey(key, kDirections);
}
std::optional<IndicatorTargetKind> indicatorTargetKindFromKey(const QString& key) {
    return fromKey(key, kTargets);
}
std::optional<IndicatorGlidePath> indicatorGlidePathFromKey(const QString& key) {
    return fromKey(key, kPaths);
}

QString indicatorDefinitionProblem(const IndicatorDefinition& d) {
    static const QRegularExpression ascii(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!ascii.match(d.code).hasMatch())
        return Text::tr("code: \"%1\" is not a code (ascii letters, digits, - _ .)").arg(d.code);
    if (d.name.trimmed().isEmpty())
        return Text::tr("name: must not be empty");
    if (d.formCode.trimmed().isEmpty())
        return Text::tr("form: must name the form the indicator reads");
    if (d.numeratorKeys.isEmpty())
        return Text::tr("numerator: must name at least one column");
    if (d.kind == IndicatorKind::RatioOfSums && d.denominatorKeys.isEmpty() &&
        !d.denominatorFollowsPlan)
        return Text::tr("denominator: a ratio of sums needs a denominator column");
    if (d.scale < 1)
        return Text::tr("scale: must be 1 or more (100 for %, 1000 for ‰)");
    if (d.decimals < 0 || d.decimals > 6)
        return Text::tr("decimals: must be between 0 and 6");
    if (d.baselineYear < 0)
        return Text::tr("baseline_year: must be a year, or 0 for the plan's");
    if (d.targetKind == IndicatorTargetKind::None && d.glidePath != IndicatorGlidePath::None)
        return Text::tr("glide_path: a glide path needs a numeric target");
    if (d.glidePath == IndicatorGlidePath::FromFirstData &&
        d.targetKind != IndicatorTargetKind::Level)
        return Text::tr("glide_path: a path from the first year with data needs a level target "
                        "(a change needs the baseline year)");
    if (d.targetKind == IndicatorTargetKind::Relative &&
        (d.direction == IndicatorDirection::Down ? d.target >= 0 : d.target <= 0))
        return Text::tr("target: a relative target of an indicator that should go %1 must be %2")
            .arg(indicatorDirectionKey(d.direction), d.direction == IndicatorDirection::Down
                                                         ? Text::tr("below 0 (−0.10: down 10 %)")
                                                         : Text::tr("above 0 (0.10: up 10 %)"));
    if (d.targetKind == IndicatorTargetKind::Relative && d.target <= -1.0)
        return Text::tr("target: a value cannot fall by 100 % or more");
    if (d.targetKind == IndicatorTargetKind::Level && d.target < 0)
        return Text::tr("target: a level must not be negative");
    return {};
}

} // namespace yufang
