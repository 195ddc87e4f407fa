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

struct LikeForLike {
    ReportingCoverage coverage;
    AnnexTable baseline; // own rows of the matched units summed by industry, the baseline year
    AnnexTable year;     // the same units, the year
};

namespace like_for_like {

// baseline and year list the same subtree in the same (tree) order. A unit the lists do not
// share is ignored.
LikeForLike apply(const QList<UnitYear>& baseline, const QList<UnitYear>& year, int baselineYear,
                  int thisYear);

} // namespace like_for_like
} // namespace yufang
