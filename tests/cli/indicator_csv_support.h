#pragma once

// What the CLI tests of the indicator engine share: the annex data layout's header and the
// indicator CSV (docs/indicators.md), read back row by row.
#include "cli_support.h"

namespace yufang::test {

inline const QString kAnnexHeader =
    QStringLiteral("单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,"
                   "参加工伤保险人数,工伤事故数量,备注");

// The lines of a UTF-8 CSV with BOM and CRLF, as yufang-cli writes it.
inline QStringList lines(const QByteArray& bytes) {
    QByteArray b = bytes;
    REQUIRE(b.startsWith("\xEF\xBB\xBF"));
    b.remove(0, 3);
    QStringList out = QString::fromUtf8(b).split(QStringLiteral("\r\n"));
    REQUIRE(out.last().isEmpty());
    out.removeLast();
    return out;
}

inline void ok(const CliResult& r) {
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}

// The CSV row of an indicator and row ("合计" for the total), split into cells.
inline QStringList rowOf(const QStringList& csv, const QString& indicator, const QString& row) {
    for (const QString& l : csv) {
        const QStringList cells = l.split(u',');
        if (cells.size() > 6 && cells.at(4) == indicator && cells.at(6) == row)
            return cells;
    }
    FAIL("no row " << indicator.toStdString() << " / " << row.toStdString());
    return {};
}

// Columns of the indicator CSV (docs/indicators.md).
enum Column {
    Plan = 3,
    BaselineYear = 7,
    BaselineValue = 8,
    Value = 9,
    Change = 11,
    Target = 13,
    Expected = 14,
    StatusKey = 15,
    Status = 16,
    Expected_ = 17,
    ReportedBaseline = 18,
    ReportedYear = 19,
    Matched = 20,
};

} // namespace yufang::test
