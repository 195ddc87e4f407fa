#include "progress_csv_writer.h"

#include "csv_writer.h"

namespace yufang {

namespace {
CsvField count(const Count& c) {
    return c ? CsvField::num(*c) : CsvField::str({});
}

CsvField ratio(const std::optional<rates::Ratio>& r, int scale) {
    if (!r || r->denominator <= 0)
        return CsvField::str({});
    return CsvField::num(r->format(scale));
}

// The original sixteen columns, then (appended, like for like) which units the row covers.
QList<CsvField> row(const UnitProgress& p, const ProgressFigure& f) {
    return {CsvField::str(p.unit.code),
            CsvField::str(p.unit.name),
            CsvField::num(f.year),
            CsvField::str(f.industry),
            count(f.counts.accidents),
            count(f.counts.employees),
            count(f.counts.insuredPersons),
            ratio(f.coverage, 100),
            ratio(f.accidentRate, 1000),
            CsvField::num(p.plan.baselineYear),
            ratio(f.baselineRate, 1000),
            ratio(f.reduction, 100),
            ratio(f.glidePath, 100),
            ratio(f.target, 100),
            CsvField::str(progressStatusOfficialName(f.status)),
            CsvField::str(progressStatusKey(f.status)),
            CsvField::num(f.reporting.expected),
            CsvField::num(f.reporting.reportedBaseline),
            CsvField::num(f.reporting.reportedYear),
            CsvField::num(f.reporting.matched),
            ratio(f.matchedBaselineRate, 1000),
            ratio(f.matchedRate, 1000),
            ratio(f.matchedReduction, 100),
            CsvField::str(f.reporting.missingBaseline.join(QStringLiteral("、"))),
            CsvField::str(f.reporting.missingYear.join(QStringLiteral("、")))};
}
} // namespace

// The nine like-for-like columns come after the original sixteen, whose order and meaning stay
// as they were: other tools read the file by position.
QStringList progressCsvHeader() {
    return {QStringLiteral("单位代码"),
            QStringLiteral("单位名称"),
            QStringLiteral("年度"),
            QStringLiteral("重点行业名称"),
            QStringLiteral("工伤事故数量"),
            QStringLiteral("从业总人数"),
            QStringLiteral("参加工伤保险人数"),
            QStringLiteral("工伤保险参保率（%）"),
            QStringLiteral("工伤事故发生率（‰）"),
            QStringLiteral("基线年度"),
            QStringLiteral("基线年度工伤事故发生率（‰）"),
            QStringLiteral("较基线下降（%）"),
            QStringLiteral("进度预期下降（%）"),
            QStringLiteral("目标下降（%）"),
            QStringLiteral("状态"),
            QStringLiteral("状态代码"),
            QStringLiteral("应报单位数"),
            QStringLiteral("基线年度已报单位数"),
            QStringLiteral("本年度已报单位数"),
            QStringLiteral("同口径单位数"),
            QStringLiteral("同口径基线年度工伤事故发生率（‰）"),
            QStringLiteral("同口径工伤事故发生率（‰）"),
            QStringLiteral("同口径较基线下降（%）"),
            QStringLiteral("基线年度未报单位"),
            QStringLiteral("本年度未报单位")};
}

void writeProgress(TableSink& w, const UnitProgress& p, std::optional<int> year) {
    w.addHeaderRow(progressCsvHeader());
    for (int i = 0; i < p.years.size(); ++i) {
        if (year && p.years.at(i) != *year)
            continue;
        for (const ProgressSeries& s : p.industries)
            w.addRow(row(p, s.figures.at(i)));
        w.addRow(row(p, p.total.figures.at(i)));
    }
}

QString progressCsv(const UnitProgress& p, std::optional<int> year) {
    CsvWriter w;
    writeProgress(w, p, year);
    return w.text();
}

} // namespace yufang
