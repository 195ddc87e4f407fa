#pragma once

#include <QString>
#include <QStringList>

namespace yufang {

// Which head-count the accident rate is measured against; plans may differ.
enum class RateDenominator { InsuredPersons, Employees };

QString rateDenominatorKey(RateDenominator d);
RateDenominator rateDenominatorFromKey(const QString& key);

// A five-year action plan (实施方案) as data: everything the app shows about targets,
// titles and key industries comes from here, never from constants.
struct Plan {
    qint64 id = 0;
    QString code;           // stable key, e.g. "shandong-2021"
    QString title;          // 山东省工伤预防五年行动计划（2021-2025年）实施方案
    QString documentNumber; // 鲁人社字〔2021〕73号
    QString issuer;
    int baselineYear = 2020;
    int startYear = 2021;
    int endYear = 2025;
    double accidentRateReductionTarget = 0.20; // fraction of the baseline rate
    double trainingCoverageTarget = 1.0;
    RateDenominator rateDenominator = RateDenominator::InsuredPersons;
    // A consolidated status is given only when the units that reported in both the baseline
    // year and the year are at least this share (%) of the units expected to report
    // (docs/progress.md, "Like for like"). 100: a status speaks for every unit.
    int reportingThreshold = 100;
    QStringList industries; // key industries in the plan's order
    bool preset = false;

    int periodYears() const { return endYear - baselineYear; }
    bool operator==(const Plan&) const = default;
};

} // namespace yufang
