#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace yufang {

// What clerks type into count cells, read leniently: full-width digits and spaces,
// thousands separators (1,234 or 1 234), a trailing ".0" that Excel adds, an apostrophe.
struct ParsedCount {
    enum class Kind { Empty, Value, Invalid } kind = Kind::Empty;
    qint64 value = 0;
    QString problem; // for Invalid: what is wrong, to go into "FILE:LINE: message"
};

ParsedCount parseCount(const QString& cell);
// A number ≥ 0 with at most `decimals` digits after the point (more only when they are zeros),
// read as leniently as a count and kept exact: the value is scaled by 10^decimals
// ("12.5" with 2 decimals is 1250).
ParsedCount parseDecimal(const QString& cell, int decimals);

// A rate as printed (85.27, 85.27%, 3.5‰); empty or "—" gives nullopt.
std::optional<double> parseRate(const QString& cell);

// Full-width to half-width (NFKC), whitespace removed: for matching headers and labels.
QString normaliseLabel(const QString& text);
// A header cell as the column tables compare it: normaliseLabel, lower case, without a unit
// suffix ("(%)", "（人）") and without the "*" that marks a required column.
QString headerKey(const QString& header);
// Full-width to half-width (NFKC: digits, letters, U+3000, "：", "（"), whitespace kept.
QString toHalfWidth(const QString& text);

// A date as clerks type it: 2021-09-10, 2021/9/10, 2021.9.10, 2021年9月10日; invalid otherwise.
QDate parseDate(const QString& cell);

// Year from "2020", "2020年", "２０２０"; nullopt otherwise.
std::optional<int> parseYear(const QString& cell);

} // namespace yufang
