#include "indicator_definition_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IndicatorDefinitionJson)
};

const QString kCode = QStringLiteral("code");
const QString kName = QStringLiteral("name");
const QString kForm = QStringLiteral("form");
const QString kKind = QStringLiteral("kind");
const QString kNumerator = QStringLiteral("numerator");
const QString kDenominator = QStringLiteral("denominator");
const QString kFollowsPlan = QStringLiteral("denominator_follows_plan");
const QString kScale = QStringLiteral("scale");
const QString kUnit = QStringLiteral("unit");
const QString kDecimals = QStringLiteral("decimals");
const QString kDirection = QStringLiteral("direction");
const QString kBaselineYear = QStringLiteral("baseline_year");
const QString kTargetKind = QStringLiteral("target_kind");
const QString kTarget = QStringLiteral("target");
const QString kGlidePath = QStringLiteral("glide_path");
const QString kRowsToo = QStringLiteral("rows_too");
const QString kRowFilter = QStringLiteral("row_filter");
const QString kAssessed = QStringLiteral("assessed");

const QStringList& knownKeys() {
    static const QStringList keys = {kCode,        kName,         kForm,       kKind,   kNumerator,
                                     kDenominator, kFollowsPlan,  kScale,      kUnit,   kDecimals,
                                     kDirection,   kBaselineYear, kTargetKind, kTarget, kGlidePath,
                                     kRowsToo,     kRowFilter,    kAssessed};
    return keys;
}

QJsonArray toArray(const QStringList& l) {
    QJsonArray a;
    for (const QString& s : l)
        a << s;
    return a;
}

// Reads fields one by one and keeps the first problem, "field: message".
class Reader {
public:
    explicit Reader(const QJsonObject& o) : m_o(o) {}

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString& field, const QString& message) {
        if (m_error.isEmpty())
            m_error = field + QStringLiteral(": ") + message;
    }

    QString text(const QString& key, bool required) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, Text::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, Text::tr("must be text"));
            return {};
        }
        return v.toString().trimmed();
    }

    QStringList keys(const QString& key, bool required) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, Text::tr("is missing"));
            return {};
        }
        if (v.isString())
            return {v.toString().trimmed()};
        if (!v.isArray()) {
            fail(key, Text::tr("must be a column key or a list of them"));
            return {};
        }
        QStringList out;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                fail(key, Text::tr("every item must be a non-empty text"));
                return {};
            }
            out << item.toString().trimmed();
        }
        return out;
    }

    int whole(const QString& key, int fallback) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
            fail(key, Text::tr("must be a whole number"));
            return fallback;
        }
        return int(d);
    }

    double number(const QString& key, double fallback) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            fail(key, Text::tr("must be a number"));
            return fallback;
        }
        return v.toDouble();
    }

    bool flag(const QString& key, bool fallback) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(key, Text::tr("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    template <typename E>
    E choice(const QString& key, E fallback, std::optional<E> (*parse)(const QString&),
             const QString& allowed) {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined())
            return fallback;
        const auto e = v.isString() ? parse(v.toString()) : std::nullopt;
        if (!e) {
            fail(key, Text::tr("must be one of %1").arg(allowed));
            return fallback;
        }
        return *e;
    }

private:
    const QJsonObject& m_o;
    QString m_error;
};

int lineOf(const QByteArray& bytes, qsizetype offset) {
    return int(bytes.left(offset).count('\n')) + 1;
}
} // namespace

QJsonObject indicatorDefinitionToJson(const IndicatorDefinition& d) {
    QJsonObject o;
    o[kCode] = d.code;
    o[kName] = d.name;
    o[kForm] = d.formCode;
    o[kKind] = indicatorKindKey(d.kind);
    o[kNumerator] = toArray(d.numeratorKeys);
    if (d.kind == IndicatorKind::RatioOfSums) {
        o[kDenominator] = toArray(d.denominatorKeys);
        o[kFollowsPlan] = d.denominatorFollowsPlan;
    }
    o[kScale] = d.scale;
    o[kUnit] = d.unit;
    o[kDecimals] = d.decimals;
    o[kDirection] = indicatorDirectionKey(d.direction);
    o[kBaselineYear] = d.baselineYear;
    o[kTargetKind] = indicatorTargetKindKey(d.targetKind);
    if (d.targetKind != IndicatorTargetKind::None)
        o[kTarget] = d.target;
    o[kGlidePath] = indicatorGlidePathKey(d.glidePath);
    o[kRowsToo] = d.rowsToo;
    o[kRowFilter] = toArray(d.rowFilter);
    o[kAssessed] = d.assessed;
    return o;
}

std::optional<IndicatorDefinition> indicatorDefinitionFromJson(const QJsonObject& o,
                                                               QString* error) {
    Reader r(o);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownKeys().contains(it.key()))
            r.fail(it.key(), Text::tr("unknown field (known: %1)").arg(knownKeys().join(u", ")));
    IndicatorDefinition d;
    d.code = r.text(kCode, true);
    d.name = r.text(kName, true);
    d.formCode = r.text(kForm, true);
    d.kind = r.choice(kKind, IndicatorKind::RatioOfSums, &indicatorKindFromKey,
                      QStringLiteral("ratio_of_sums, count"));
    d.numeratorKeys = r.keys(kNumerator, true);
    d.denominatorKeys = r.keys(kDenominator, false);
    d.denominatorFollowsPlan = r.flag(kFollowsPlan, false);
    d.scale = r.whole(kScale, d.kind == IndicatorKind::Count ? 1 : 100);
    d.unit = r.text(kUnit, false);
    d.decimals = r.whole(kDecimals, d.kind == IndicatorKind::Count ? 0 : 2);
    d.direction = r.choice(kDirection, IndicatorDirection::Down, &indicatorDirectionFromKey,
                           QStringLiteral("down, up"));
    d.baselineYear = r.whole(kBaselineYear, 0);
    d.targetKind = r.choice(kTargetKind, IndicatorTargetKind::None, &indicatorTargetKindFromKey,
                            QStringLiteral("none, relative, level"));
    d.target = r.number(kTarget, 0.0);
    if (d.targetKind != IndicatorTargetKind::None && !o.contains(kTarget))
        r.fail(kTarget, Text::tr("is missing: a %1 target needs its value")
                            .arg(indicatorTargetKindKey(d.targetKind)));
    d.glidePath = r.choice(kGlidePath, IndicatorGlidePath::None, &indicatorGlidePathFromKey,
                           QStringLiteral("none, linear, from_first_data"));
    d.rowsToo = r.flag(kRowsToo, false);
    d.rowFilter = r.keys(kRowFilter, false);
    d.assessed = r.flag(kAssessed, true);
    if (!r.failed()) {
        // The domain's own checks, "field: message" as well.
        const QString problem = indicatorDefinitionProblem(d);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return std::nullopt;
        }
        return d;
    }
    if (error)
        *error = r.error();
    return std::nullopt;
}

QByteArray indicatorDefinitionFile(const IndicatorDefinition& d) {
    return QJsonDocument(indicatorDefinitionToJson(d)).toJson(QJsonDocument::Indented);
}

std::optional<IndicatorDefinition>
readIndicatorDefinitionFile(const QByteArray& bytes, const QString& fileName, QString* error) {
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a BOM, as Notepad writes it; the offsets below count without it
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parse);
    if (parse.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("%1:%2: %3")
                         .arg(fileName)
                         .arg(lineOf(text, parse.offset))
                         .arg(Text::tr("not valid JSON: %1").arg(parse.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error =
                QStringLiteral("%1:1: %2")
                    .arg(fileName, Text::tr("an indicator definition must be one JSON object"));
        return std::nullopt;
    }
    QString problem;
    auto d = indicatorDefinitionFromJson(doc.object(), &problem);
    if (!d && error) {
        // The line of the field's key, where the clerk has to look.
        const QString field = problem.section(QLatin1Char(':'), 0, 0);
        const qsizetype at = text.indexOf(QByteArray('"' + field.toUtf8() + '"'));
        *error = QStringLiteral("%1:%2: %3")
                     .arg(fileName)
                     .arg(at < 0 ? 1 : lineOf(text, at))
                     .arg(problem);
    }
    return d;
}

} // namespace yufang
