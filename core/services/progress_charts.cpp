#include "progress_charts.h"

#include "domain/status_glossary.h"

#include <QCoreApplication>

namespace yufang::progress_charts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProgressCharts)
};

QString perMille(const rates::Ratio& r) {
    return r.format(1000) + QStringLiteral("‰");
}
QString percent(const rates::Ratio& r) {
    return r.format(100) + QStringLiteral("%");
}

// "20" for a 20.00 % target, "12.5" for 12.50 %.
QString shortPercent(const rates::Ratio& r) {
    QString text = r.format(100);
    while (text.contains(QLatin1Char('.')) &&
           (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text;
}

// rate_baseline × (1 − fraction), exactly: (ab/nb) × (fd − fn)/fd.
rates::Ratio scaledRate(const rates::Ratio& baseline, const rates::Ratio& fraction) {
    return rates::Ratio{baseline.numerator * (fraction.denominator - fraction.numerator),
                        baseline.denominator * fraction.denominator};
}

// "应报 15，已报 13" for the year of a figure.
QString yearCoverage(const ReportingCoverage& c) {
    return Text::tr("%1 %2, %3 %4")
        .arg(glossary::label(glossary::Term::Expected))
        .arg(c.expected)
        .arg(glossary::label(glossary::Term::Reported))
        .arg(c.reportedYear);
}

ChartSeries rateLine(const ProgressSeries& s) {
    ChartSeries line;
    line.key = s.industry;
    line.label = s.total ? Text::tr("Key-industry total") : s.industry;
    line.role = s.total ? ChartSeries::Role::Total : ChartSeries::Role::Data;
    for (const ProgressFigure& f : s.figures) {
        if (!f.accidentRate)
            continue; // a missing year leaves a gap in the data, never a false zero
        line.points << QPointF(f.year, *f.accidentRate->value(1000.0));
        // Each year's rate is of the units that reported that year: say how many.
        line.tooltips << QStringLiteral("%1 %2: %3 (%4)")
                             .arg(line.label)
                             .arg(f.year)
                             .arg(perMille(*f.accidentRate))
                             .arg(yearCoverage(f.reporting));
    }
    return line;
}

ChartSeries levelLine(const QString& key, const QString& label, double x0, double x1,
                      const rates::Ratio& value, int scale) {
    ChartSeries line;
    line.key = key;
    line.label = label;
    line.role = ChartSeries::Role::Reference;
    const QString text =
        label + QStringLiteral(": ") + (scale == 1000 ? perMille(value) : percent(value));
    line.points << QPointF(x0, *value.value(scale)) << QPointF(x1, *value.value(scale));
    line.tooltips << text << text;
    return line;
}

// Bars of reductions (%) plus target and glide-path lines spanning the whole category axis.
ChartSpec reductionBars(const Plan& plan, int year,
                        const QList<std::pair<QString, const ProgressFigure*>>& bars) {
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bar;
    // Like for like: each bar compares the units that reported in both years, as the status.
    const QString likeForLike = glossary::label(glossary::Term::LikeForLike);
    spec.yTitle = Text::tr("Reduction against %1, %2 (%)").arg(plan.baselineYear).arg(likeForLike);
    ChartSeries values;
    values.key = QStringLiteral("reduction");
    values.label = Text::tr("Reduction %1, %2").arg(year).arg(likeForLike);
    QStringList missing;
    for (const auto& [label, f] : bars) {
        if (!f->matchedReduction) {
            missing << label; // named under the title, never silently dropped
            continue;
        }
        if (f->status == ProgressStatus::Behind)
            values.highlight << int(spec.categories.size());
        values.points << QPointF(spec.categories.size(), *f->matchedReduction->value(100.0));
        values.tooltips << QStringLiteral("%1: %2 (%3; %4)")
                               .arg(label, percent(*f->matchedReduction),
                                    progressStatusLabel(f->status), f->reporting.text());
        spec.categories << label;
    }
    spec.series << values;
    if (!missing.isEmpty())
        spec.footnote = Text::tr("Not shown, no like-for-like figures: %1")
                            .arg(missing.join(Text::tr(", ", "list separator")));
    const double left = -0.5, right = spec.categories.size() - 0.5;
    const rates::Ratio target = progress::target(plan);
    spec.series << levelLine(QStringLiteral("target"), Text::tr("Target"), left, right, target,
                             100);
    const rates::Ratio glide = progress::glidePath(plan, year);
    if (!progress::atLeast(glide, target))
        spec.series << levelLine(QStringLiteral("glide_path"), Text::tr("Expected by %1").arg(year),
                                 left, right, glide, 100);
    return spec;
}
} // namespace

ChartSpec accidentRateChart(const UnitProgress& p) {
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Line;
    spec.key = QStringLiteral("accident_rate");
    spec.title = Text::tr("%1: key-industry accident rate by year").arg(p.unit.name);
    // A year some units are missing from is a partial total: the title says so.
    if (const ProgressFigure* latest = p.total.at(p.latestYear());
        latest && latest->reporting.reportedYear < latest->reporting.expected)
        spec.title +=
            Text::tr(" (%1: %2)").arg(p.latestYear()).arg(yearCoverage(latest->reporting));
    spec.xTitle = Text::tr("Year");
    spec.yTitle = Text::tr("Accident rate (‰)");
    for (const ProgressSeries& s : p.industries) {
        ChartSeries line = rateLine(s);
        if (!line.points.isEmpty())
            spec.series << line;
    }
    spec.series << rateLine(p.total);
    const ProgressFigure* base = p.total.at(p.plan.baselineYear);
    if (!base || !base->baselineRate || base->baselineRate->numerator <= 0)
        return spec; // no baseline: nothing to draw the path from
    const rates::Ratio& b = *base->baselineRate;
    const double first = p.years.constFirst(), last = p.years.constLast();
    spec.series << levelLine(QStringLiteral("baseline"),
                             Text::tr("Baseline %1").arg(p.plan.baselineYear), first, last, b,
                             1000);
    ChartSeries glide;
    glide.key = QStringLiteral("glide_path");
    glide.label = Text::tr("Glide path");
    glide.role = ChartSeries::Role::Reference;
    for (int y = p.plan.baselineYear; y <= p.plan.endYear; ++y) {
        const rates::Ratio expected = scaledRate(b, progress::glidePath(p.plan, y));
        glide.points << QPointF(y, *expected.value(1000.0));
        glide.tooltips
            << QStringLiteral("%1 %2: %3").arg(glide.label).arg(y).arg(perMille(expected));
    }
    spec.series << glide;
    spec.series << levelLine(QStringLiteral("target"),
                             Text::tr("Target (−%1%)").arg(shortPercent(progress::target(p.plan))),
                             first, last, scaledRate(b, progress::target(p.plan)), 1000);
    return spec;
}

ChartSpec industryReductionChart(const UnitProgress& p, int year) {
    QList<std::pair<QString, const ProgressFigure*>> bars;
    for (const ProgressSeries& s : p.industries)
        if (const ProgressFigure* f = s.at(year))
            bars.append({s.industry, f});
    if (const ProgressFigure* f = p.total.at(year))
        bars.append({Text::tr("Total"), f});
    ChartSpec spec = reductionBars(p.plan, year, bars);
    spec.key = QStringLiteral("reduction");
    const ProgressFigure* total = p.total.at(year);
    spec.title = Text::tr("Reduction by industry, %1 (%2)")
                     .arg(year)
                     .arg(total ? total->reporting.text() : QString());
    spec.xTitle = Text::tr("Key industry");
    return spec;
}

ChartSpec childrenChart(const UnitProgress& p, const QList<ChildProgress>& children, int year) {
    QList<std::pair<QString, const ProgressFigure*>> bars;
    for (const ChildProgress& c : children)
        bars.append({c.unit.name, &c.total});
    ChartSpec spec = reductionBars(p.plan, year, bars);
    spec.key = QStringLiteral("children");
    spec.title = Text::tr("Units below %1 compared, %2").arg(p.unit.name).arg(year);
    spec.xTitle = Text::tr("Unit");
    return spec;
}

} // namespace yufang::progress_charts
