#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// An indicator (指标) of a plan as data (docs/indicators.md): which form and columns it reads,
// how its value is formed from the summed cells (a ratio of sums times a scale, or a plain
// count), which way is better, its baseline year, its target and glide path. Adding an
// indicator to a plan is a new definition, never new code. Pure values: no storage, no JSON
// (io/indicator_definition_json reads and writes them).
namespace yufang {

enum class IndicatorKind {
    RatioOfSums, // Σ numerator ÷ Σ denominator × scale (e.g. accidents ÷ insured persons × 1000)
    Count,       // Σ numerator (e.g. new cases of occupational disease)
};

enum class IndicatorDirection { Down, Up }; // which way the plan wants the value to move

enum class IndicatorTargetKind {
    None, // "clearly down" without a number: 已达成 when it moved the plan's way, else 不作评价
    Relative, // a change of the value against the baseline, e.g. −0.10 = down 10 %
    Level,    // a value to reach, as a fraction of the scale (1.00 = 100 %) or a count
};

enum class IndicatorGlidePath {
    None,   // only the end target: 已达成 or 未达成
    Linear, // a straight line from the baseline (0 change, or the baseline value) to the target
            // at the plan's end year: 进度正常 / 滞后 in between
    // Level targets only: a straight line from the value of the FIRST YEAR WITH DATA (from the
    // baseline year on) to the level at the plan's end year, per row and total. Training
    // coverage: key personnel were not counted in the 2020 baseline survey, so a path from the
    // baseline year would assume 0 % there and make every unit that reports late look ahead.
    FromFirstData,
};

struct IndicatorDefinition {
    QString code;     // stable key within the plan, ascii: "accident-rate"
    QString name;     // 重点行业工伤事故发生率
    QString formCode; // the form it reads: "annex", "training", "disease" or an engine form
    IndicatorKind kind = IndicatorKind::RatioOfSums;
    // Column keys of the form; several keys add up (new cases = pneumoconiosis + other).
    QStringList numeratorKeys;
    QStringList denominatorKeys; // RatioOfSums only
    // The annex's accident rate is measured against the plan's rate_denominator (insured
    // persons or employees): then the denominator is that column, whatever denominatorKeys say.
    bool denominatorFollowsPlan = false;
    int scale = 1;    // 100: %, 1000: ‰, 1: a count or a plain ratio
    QString unit;     // shown beside the value: ‰, %, 人, 起
    int decimals = 2; // of the value as shown; changes are always shown with 2
    IndicatorDirection direction = IndicatorDirection::Down;
    int baselineYear = 0; // 0: the plan's baseline year
    IndicatorTargetKind targetKind = IndicatorTargetKind::None;
    double target = 0.0; // Relative: signed fraction (−0.10); Level: fraction of the scale
    IndicatorGlidePath glidePath = IndicatorGlidePath::None;
    bool rowsToo = false;  // per row (industry, category, enterprise) as well as the total
    QStringList rowFilter; // only these rows (and a total over them); empty: the form's rows
    bool assessed = true;  // false: figures only, status 不作评价

    bool operator==(const IndicatorDefinition&) const = default;
};

// Stable keys for files and the database ("ratio_of_sums", "down", "relative", "linear").
QString indicatorKindKey(IndicatorKind kind);
QString indicatorDirectionKey(IndicatorDirection direction);
QString indicatorTargetKindKey(IndicatorTargetKind kind);
QString indicatorGlidePathKey(IndicatorGlidePath path);
std::optional<IndicatorKind> indicatorKindFromKey(const QString& key);
std::optional<IndicatorDirection> indicatorDirectionFromKey(const QString& key);
std::optional<IndicatorTargetKind> indicatorTargetKindFromKey(const QString& key);
std::optional<IndicatorGlidePath> indicatorGlidePathFromKey(const QString& key);

// The first inconsistency of a definition, naming the field ("scale: must be 1 or more"), or
// empty when it can be evaluated.
QString indicatorDefinitionProblem(const IndicatorDefinition& d);

} // namespace yufang
