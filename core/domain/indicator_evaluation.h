#pragma once

#include "indicator_definition.h"
#include "like_for_like.h"
#include "plan.h"
#include "rates.h"
#include "status_glossary.h"

#include <QHash>
#include <QString>

#include <optional>

// Evaluating an indicator (docs/indicators.md): its value in the baseline year and the year,
// the change, the glide-path expectation and the status, from summed cells of a form. The
// values are exact ratios of whole-number sums (a total is never an average of rates); a zero
// denominator is "not applicable", never 0. Statuses come only from domain/status_glossary.
namespace yufang {

// The summed whole-number cells of one row (or of the total) of a form, by column key. A key
// that is absent was not reported by any unit: it sums as nothing, not as 0.
using ColumnSums = QHash<QString, qint64>;

// The sums an evaluation starts from: those of every unit that reported in each year (全部已报)
// and those of the like-for-like set (like_for_like::match: reported in both years), with its
// coverage (应报 / 已报).
// Where a path from the first year with data starts: that year and its value (of all units
// that reported in it).
struct PathStart {
    int year = 0;
    rates::Ratio value;
};

struct IndicatorInput {
    ColumnSums year;
    ColumnSums baseline;
    ColumnSums matchedYear;
    ColumnSums matchedBaseline;
    ReportingCoverage coverage;
    std::optional<PathStart> pathStart; // IndicatorGlidePath::FromFirstData only
};

// One indicator for one row (or the total) in one year. Values are unscaled ratios: show them
// with format(definition.scale, definition.decimals); changes and the relative target with
// format(100) (%).
struct IndicatorFigure {
    QString indicatorCode;
    QString row; // the row key; the total is called 合计 (progressTotalName)
    bool total = false;
    bool local = false; // a local row of the unit (各地确定的重点行业, 分别列出)
    int year = 0;
    int baselineYear = 0;
    std::optional<rates::Ratio> value;         // all units reported for the year
    std::optional<rates::Ratio> baselineValue; // all units reported for the baseline year
    std::optional<rates::Ratio> change;        // (value − baseline) ÷ baseline; a fall is < 0
    std::optional<rates::Ratio> matchedValue;  // the like-for-like set
    std::optional<rates::Ratio> matchedBaselineValue;
    std::optional<rates::Ratio> matchedChange; // the status is measured on it
    std::optional<rates::Ratio> target;        // relative: the change to reach; level: the value
    std::optional<rates::Ratio> expected;      // the glide path for the year, in the target's terms
    int pathStartYear = 0; // FromFirstData: the first year with data, where the path starts
    ColumnSums sums;       // the year's summed cells of every unit that reported, by column key
    glossary::Term status = glossary::Term::NotAssessed;
    ReportingCoverage reporting;
};

// One indicator of a plan for a unit and a year: the total (合计) and, when the definition asks
// for it, each row, every figure with its coverage (应报 / 已报 / 同口径).
struct IndicatorResult {
    IndicatorDefinition definition;
    QList<IndicatorFigure> rows; // rowsToo only: in the form's order (plan industries first)
    IndicatorFigure total;
    QString problem; // why nothing could be evaluated (an unknown form); empty otherwise
};

// An indicator's trend: its total in every year the subtree stores its form
// (IndicatorService::trend), against its baseline year.
struct IndicatorTrend {
    IndicatorDefinition definition;
    int baselineYear = 0;
    QList<IndicatorFigure> points;
};

namespace indicators {

// The baseline year an indicator measures against: its own, else the plan's.
int baselineYear(const IndicatorDefinition& d, const Plan& plan);
// The column that stands for the plan's rate_denominator (insured_persons or employees).
QString planDenominatorKey(const Plan& plan);
// The value of summed cells: Σ numerator ÷ Σ denominator (ratio of sums) or Σ numerator
// (count); none when a column is not reported or the denominator is 0.
std::optional<rates::Ratio> value(const IndicatorDefinition& d, const Plan& plan,
                                  const ColumnSums& sums);
// (value − baseline) ÷ baseline, exactly; none without a positive baseline.
std::optional<rates::Ratio> relativeChange(const std::optional<rates::Ratio>& baseline,
                                           const std::optional<rates::Ratio>& value);
// The definition's target as an exact fraction (millionths: −0.10 → −100000/1000000).
std::optional<rates::Ratio> target(const IndicatorDefinition& d);
// The glide path's expectation for the year: a change (relative targets) or a value (level
// targets, from the baseline value), on a straight line from the baseline year to the plan's
// end year, the target from the end year on; none without a glide path.
// FromFirstData: a value on the line from the path's start (the first year with data, y₀, and
// its value v₀) to the level L at the plan's end year:
//     v₀ + (L − v₀) × (y − y₀) ÷ (end − y₀)   for y₀ ≤ y < end,
// L from the end year on or when v₀ already reaches L, none before y₀ or without a start.
std::optional<rates::Ratio> expected(const IndicatorDefinition& d, const Plan& plan, int year,
                                     const std::optional<rates::Ratio>& baselineValue,
                                     const std::optional<PathStart>& start = std::nullopt);

// Everything about one row (or the total, total = true) of one indicator in one year.
IndicatorFigure evaluate(const IndicatorDefinition& d, const Plan& plan, const QString& row,
                         bool total, int year, const IndicatorInput& input);

// What the status measures against the target and the path: the like-for-like change for a
// relative target, the year's value for a level with no path or one from the first year with
// data, else the like-for-like value.
const std::optional<rates::Ratio>& measured(const IndicatorDefinition& d,
                                            const IndicatorFigure& figure);
// How far the figure lags its glide path's expectation for the year, in the target's terms (a
// fraction: 0.05 is 5 percentage points of coverage, or a fall 5 points short); negative when
// ahead, none without both.
std::optional<double> shortfall(const IndicatorDefinition& d, const IndicatorFigure& figure);

// "2.35", "12", or "—": a value in the indicator's scale and decimals.
QString formatValue(const IndicatorDefinition& d, const std::optional<rates::Ratio>& value);
// "−10.00" (%) for a change or relative target, "—" without one.
QString formatChange(const std::optional<rates::Ratio>& change);
// The change against the baseline as a reader takes it in: for a level target (training
// coverage to reach 100 %) the difference in the value's own terms, in percentage points for a
// % ("+72.04 percentage points" from 23.28 % to 95.32 %: "+309.38%" read as three times the
// target), in the value's unit otherwise; for any other target the relative change, "−10.00%".
// "—" without both values. The fixed CSV columns keep formatChange (DESIGN.md).
QString describeChange(const IndicatorDefinition& d, const std::optional<rates::Ratio>& baseline,
                       const std::optional<rates::Ratio>& value,
                       const std::optional<rates::Ratio>& change);
// The target or expectation as it reads in the indicator's terms: a change in %, a level in
// the value's scale; "—" without one.
QString formatTarget(const IndicatorDefinition& d, const std::optional<rates::Ratio>& target);
// The same without trailing zeros, as a sentence reads it: "100", "92.5", "−10".
QString formatTargetInWords(const IndicatorDefinition& d,
                            const std::optional<rates::Ratio>& target);

// The year against the baseline as a trend table reads it: the difference in the value's own
// terms, signed, and the relative change in brackets, "−13 (−40.63%)", "+3" (a zero baseline
// has no relative change), "0 (0.00%)"; "—" without both values. All reporting units' values.
QString formatDifference(const IndicatorDefinition& d, const IndicatorFigure& figure);
// Whether the year reached the indicator's numeric target, for a trend table's 是否达到目标:
// true when met, false when measured and not met (未达成, 滞后, 进度正常), none for the
// baseline year and before, without a numeric target, or without a verdict (无基线, 无数据,
// 覆盖不足, 不作评价).
std::optional<bool> targetReached(const IndicatorDefinition& d, const IndicatorFigure& figure);

} // namespace indicators
} // namespace yufang
