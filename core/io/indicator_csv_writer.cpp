#include "indicator_csv_writer.h"

#include "csv_writer.h"

namespace yufang {

namespace {
QString blankIfNone(const QString& formatted) {
    return formatted == rates::notApplicable() ? QString() : formatted;
}

QString missingText(const ReportingCoverage& c) {
    QStringList parts;
    if (!c.missingBaseline.isEmpty() && c.baselineYear != c.year)
        parts << QStringLiteral("%1年：%2").arg(c.baselineYear).arg(c.missingBaseline.join(u"、"));
    if (!c.missingYear.isEmpty())
        parts << QStringLiteral("%1年：%2").arg(c.year).arg(c.missingYear.join(u"、"));
    return parts.join(u"；");
}

void addRow(TableSink& w, const Unit& unit, const Plan& plan, int year,
            const IndicatorDefinition& d, const IndicatorFigure& f) {
    const ReportingCoverage& c = f.reporting;
    w.addRow({
        CsvField::str(unit.code),
        CsvField::str(unit.name),
        CsvField::num(year),
        CsvField::str(plan.code),
        CsvField::str(d.code),
        CsvField::str(d.name),
        CsvField::str(f.row),
        CsvField::num(f.baselineYear),
        CsvField::num(blankIfNone(indicators::formatValue(d, f.baselineValue))),
        CsvField::num(blankIfNone(indicators::formatValue(d, f.value))),
        CsvField::str(d.unit),
        CsvField::num(blankIfNone(indicators::formatChange(f.change))),
        CsvField::str(indicatorTargetKindKey(d.targetKind)),
        CsvField::num(blankIfNone(indicators::formatTarget(d, f.target))),
        CsvField::num(blankIfNone(indicators::formatTarget(d, f.expected))),
        CsvField::str(glossary::key(f.status)),
        CsvField::str(glossary::officialName(f.status)),
        CsvField::num(c.expected),
        CsvField::num(c.reportedBaseline),
        CsvField::num(c.reportedYear),
        CsvField::num(c.matched),
        CsvField::str(missingText(c)),
        CsvField::num(blankIfNone(indicators::formatValue(d, f.matchedBaselineValue))),
        CsvField::num(blankIfNone(indicators::formatValue(d, f.matchedValue))),
        CsvField::num(blankIfNone(indicators::formatChange(f.matchedChange))),
    });
}
} // namespace

QStringList indicatorCsvHeader() {
    return {QStringLiteral("单位代码"),
            QStringLiteral("单位名称"),
            QStringLiteral("年度"),
            QStringLiteral("实施方案"),
            QStringLiteral("指标代码"),
            QStringLiteral("指标名称"),
            QStringLiteral("行"),
            QStringLiteral("基线年度"),
            QStringLiteral("基线年度值"),
            QStringLiteral("本年度值"),
            QStringLiteral("计量单位"),
            QStringLiteral("较基线变化（%）"),
            QStringLiteral("目标类型"),
            QStringLiteral("目标"),
            QStringLiteral("进度预期"),
            QStringLiteral("状态代码"),
            QStringLiteral("状态"),
            QStringLiteral("应报单位数"),
            QStringLiteral("基线年度已报单位数"),
            QStringLiteral("本年度已报单位数"),
            QStringLiteral("同口径单位数"),
            QStringLiteral("未报单位"),
            QStringLiteral("同口径基线年度值"),
            QStringLiteral("同口径本年度值"),
            QStringLiteral("同口径较基线变化（%）")};
}

void writeIndicators(TableSink& w, const Unit& unit, const Plan& plan, int year,
                     const QList<IndicatorResult>& results) {
    w.addHeaderRow(indicatorCsvHeader());
    for (const IndicatorResult& r : results) {
        if (!r.problem.isEmpty())
            continue;
        for (const IndicatorFigure& f : r.rows)
            addRow(w, unit, plan, year, r.definition, f);
        addRow(w, unit, plan, year, r.definition, r.total);
    }
}

QString indicatorCsv(const Unit& unit, const Plan& plan, int year,
                     const QList<IndicatorResult>& results) {
    CsvWriter w;
    writeIndicators(w, unit, plan, year, results);
    return w.text();
}

} // namespace yufang
