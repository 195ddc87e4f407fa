#pragma once

#include "annex.h"

#include <QList>
#include <QString>
#include <QStringList>

// The like-for-like rule (docs/progress.md, "Like for like"): which units a consolidated figure
// covers, and the counts of the units that reported in BOTH the baseline year and the year (the
// matched set), so a reduction never compares 13 counties' year with 15 counties' baseline.
// The one place this rule lives; the progress service, CSV, report and screens only show it.
namespace yufang {

// One unit of a subtree in one year, as the rule needs it (storage/subtree_returns reads it).
struct UnitYear {
    QString code;
    QString name;
    bool hasChildren = false;
    bool hasForm = false; // holds a form for the year (figures or 填报人/联系电话 only)
    AnnexTable own;       // its own rows for the year, descendants' not included
};

// 应报 N, 已报 M for the baseline year and the year. N counts the reporting units of the
// subtree: every unit without sub-units, plus a unit with sub-units that holds figures of its
// own (市本级) in either year; a unit with sub-units and no figures of its own is covered through
// them. A unit without sub-units has reported when it holds a form; one with sub-units when it
// holds figures of its own (its 填报人 line on a consolidated form is not a return).
struct ReportingCoverage {
    int baselineYear = 0;
    int year = 0;
    int expected = 0;            // 应报
    int reportedBaseline = 0;    // 已报 in the baseline year
    int reportedYear = 0;        // 已报 in the year
    int matched = 0;             // reported in both: the like-for-like set
    QStringList missingBaseline; // names of expected units without a return, tree order
    QStringList missingYear;

    bool isComplete() const { return expected > 0 && matched == expected; }
    // matched ≥ thresholdPercent % of expected, compared exactly.
    bool meets(int thresholdPercent) const;
    // "应报15，已报：2020年15，2025年13" (fixed Chinese, for files).
    QString officialText() const;
    // The same in the UI language.
    QString text() const;
    // "13/15": the matched set over the expected units.
    QString matchedText() const;
};

// The same as far as the rule needs it, for any form (annex, training, disease or a form of
// the form engine): whether the unit holds a form for the year, and figures of its own.
struct UnitReturn {
    QString code;
    QString name;
    bool hasChildren = false;
    bool hasForm = false;    // holds a form for the year (figures or 填报人/联系电话 only)
    bool hasFigures = false; // holds figures of its own for the year
};

// Who is expected, who reported, and the matched set (reported in both years), in tree order.
struct MatchedUnits {
    ReportingCoverage coverage;
    QStringList codes; // the like-for-like set: whose own figures are summed, both years
};

struct LikeForLike {
    ReportingCoverage coverage;
    AnnexTable baseline; // own rows of the matched units summed by industry, the baseline year
    AnnexTable year;     // the same units, the year
};

namespace like_for_like {

// The rule itself, for any form: baseline and year list the same subtree in the same (tree)
// order; a unit the lists do not share is ignored. The caller sums the matched units' own
// figures (apply() does it for the annex; the indicator service for every other form).
MatchedUnits match(const QList<UnitReturn>& baseline, const QList<UnitReturn>& year,
                   int baselineYear, int thisYear);

UnitReturn returnOf(const UnitYear& unit);

// The annex: match() and the matched units' own rows summed by industry.
LikeForLike apply(const QList<UnitYear>& baseline, const QList<UnitYear>& year, int baselineYear,
                  int thisYear);

} // namespace like_for_like
} // namespace yufang
