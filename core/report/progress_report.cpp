#include "progress_report.h"

#include "domain/rates.h"
#include "domain/status_glossary.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ProgressReport)
};

QString fmt(const std::optional<rates::Ratio>& r, int scale) {
    return r ? r->format(scale) : rates::notApplicable();
}
QString fmt(const Count& c) {
    return c ? QString::number(*c) : rates::notApplicable();
}

QString reportedUnits(const ReportingCoverage& c) {
    return c.year == c.baselineYear
               ? QString::number(c.reportedYear)
               : QStringLiteral("%1/%2").arg(c.reportedBaseline).arg(c.reportedYear);
}

QStringList figureCells(const QString& first, const ProgressFigure& f) {
    return {first,
            fmt(f.counts.accidents),
            fmt(f.counts.insuredPersons),
            fmt(f.coverage, 100),
            fmt(f.accidentRate, 1000),
            fmt(f.baselineRate, 1000),
            fmt(f.reduction, 100),
            fmt(f.matchedReduction, 100),
            f.glidePath.format(100),
            QString::number(f.reporting.expected),
            reportedUnits(f.reporting),
            progressStatusLabel(f.status)};
}

QStringList figureHeader(const QString& first, const Plan& plan) {
    using namespace glossary;
    return {first,
            Text::tr("Accidents"),
            Text::tr("Insured persons"),
            Text::tr("Coverage (%)"),
            Text::tr("Accident rate (‰)"),
            Text::tr("Rate %1 (‰)").arg(plan.baselineYear),
            Text::tr("Reduction, %1 (%)").arg(label(Term::AllReported)),
            Text::tr("Reduction, %1 (%)").arg(label(Term::LikeForLike)),
            Text::tr("Expected (%)"),
            Text::tr("Units: %1").arg(label(Term::Expected)),
            Text::tr("%1 %2/year").arg(label(Term::Reported)).arg(plan.baselineYear),
            Text::tr("Status")};
}

ReportTable figureTable(const QString& first, const Plan& plan) {
    ReportTable t;
    t.header = figureHeader(first, plan);
    t.numericColumns = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    t.columnWeights = {3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};
    return t;
}
} // namespace

QString coverageSentence(const ReportingCoverage& c) {
    using namespace glossary;
    QString text = c.text();
    const QString separator = Text::tr(", ");
    if (!c.missingBaseline.isEmpty() && c.year != c.baselineYear)
        text += Text::tr("; %1 in %2: %3")
                    .arg(label(Term::NotReported))
                    .arg(c.baselineYear)
                    .arg(c.missingBaseline.join(separator));
    if (!c.missingYear.isEmpty())
        text += Text::tr("; %1 in %2: %3")
                    .arg(label(Term::NotReported))
                    .arg(c.year)
                    .arg(c.missingYear.join(separator));
    return text + Text::tr(".");
}

QString missingChildrenSentence(const QList<ChildProgress>& children, int year) {
    QStringList noBaseline, noData;
    for (const ChildProgress& c : children) {
        if (c.total.reporting.reportedBaseline == 0)
            noBaseline << c.unit.name;
        if (c.total.reporting.reportedYear == 0)
            noData << c.unit.name;
    }
    const QString separator = Text::tr(", ");
    QStringList parts;
    if (!noBaseline.isEmpty())
        parts << Text::tr("%1 (%2): %3")
                     .arg(progressStatusLabel(ProgressStatus::NoBaseline))
                     .arg(children.isEmpty() ? 0 : children.first().total.reporting.baselineYear)
                     .arg(noBaseline.join(separator));
    if (!noData.isEmpty())
        parts << Text::tr("%1 (%2): %3")
                     .arg(progressStatusLabel(ProgressStatus::NoData))
                     .arg(year)
                     .arg(noData.join(separator));
    return parts.join(Text::tr("; "));
}

QString progressSummary(const UnitProgress& p, int year) {
    const ProgressFigure* f = p.total.at(year);
    if (!f)
        return {};
    using namespace glossary;
    const QString target = f->target.format(100);
    const QString coverage = coverageSentence(f->reporting);
    if (f->status == ProgressStatus::NoBaseline && !f->reduction)
        return Text::tr(
                   "No key-industry accident rate for the baseline year %1: progress cannot be "
                   "measured (target: down %2%).")
                   .arg(p.plan.baselineYear)
                   .arg(target) +
               QLatin1Char(' ') + coverage;
    if (f->status == ProgressStatus::NoData && !f->accidentRate)
        return Text::tr("%1: no data yet (baseline %2: %3‰).")
                   .arg(year)
                   .arg(p.plan.baselineYear)
                   .arg(fmt(f->baselineRate, 1000)) +
               QLatin1Char(' ') + coverage;
    const ReportingCoverage& c = f->reporting;
    QString text;
    if (f->matchedReduction && c.isComplete())
        text = Text::tr("%1: %2‰ against %3‰ in %4, down %5% (expected %6%, target %7%).")
                   .arg(year)
                   .arg(fmt(f->matchedRate, 1000), fmt(f->matchedBaselineRate, 1000))
                   .arg(p.plan.baselineYear)
                   .arg(fmt(f->matchedReduction, 100), f->glidePath.format(100), target);
    else if (f->matchedReduction)
        text = Text::tr("%1, %2 (the %3 of %4 units that reported in both %5 and %1): %6‰ against "
                        "%7‰, down %8% (expected %9%, target %10%).")
                   .arg(year)
                   .arg(label(Term::LikeForLike))
                   .arg(c.matched)
                   .arg(c.expected)
                   .arg(p.plan.baselineYear)
                   .arg(fmt(f->matchedRate, 1000), fmt(f->matchedBaselineRate, 1000),
                        fmt(f->matchedReduction, 100), f->glidePath.format(100), target);
    // A partial figure: the all-reported figure beside it, and which units are missing.
    if (!c.isComplete()) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                Text::tr("%1: %2‰ in %3 against %4‰ in %5, down %6%.")
                    .arg(label(Term::AllReported), fmt(f->accidentRate, 1000))
                    .arg(year)
                    .arg(fmt(f->baselineRate, 1000))
                    .arg(p.plan.baselineYear)
                    .arg(fmt(f->reduction, 100));
        text += QLatin1Char(' ') + coverage;
    }
    text += QLatin1Char(' ');
    if (f->status == ProgressStatus::LowCoverage)
        text += Text::tr("Status: %1 — fewer than %2% of the units expected reported in both "
                         "years, so no status is given.")
                    .arg(progressStatusLabel(f->status))
                    .arg(p.plan.reportingThreshold);
    else
        text += Text::tr("Status: %1.").arg(progressStatusLabel(f->status));
    return text.trimmed();
}

ReportDocument progressReport(const UnitProgress& p, const QList<ChildProgress>& children,
                              const QList<ChartSpec>& charts) {
    const int latest = p.latestYear();
    ReportDocument doc;
    doc.name = Text::tr("Progress report %1 %2").arg(p.unit.name).arg(latest);
    doc.landscape = true;
    doc.title(Text::tr("Work-injury prevention: progress against the accident-rate target"));
    doc.subtitle(Text::tr("Reporting unit: %1 (%2)").arg(p.unit.name, p.unit.code));
    doc.subtitle(
        Text::tr("Plan: %1 %2; baseline year %3, period %4-%5, target: key-industry accident "
                 "rate down %6%")
            .arg(p.plan.title, p.plan.documentNumber)
            .arg(p.plan.baselineYear)
            .arg(p.plan.startYear)
            .arg(p.plan.endYear)
            .arg(progress::target(p.plan).format(100)));
    doc.paragraph(progressSummary(p, latest));

    doc.subtitle(Text::tr("Key-industry total by year"));
    ReportTable years = figureTable(Text::tr("Year"), p.plan);
    for (const ProgressFigure& f : p.total.figures)
        years.rows << figureCells(QString::number(f.year), f);
    doc.table(years);

    doc.subtitle(Text::tr("By key industry, %1").arg(latest));
    ReportTable industries = figureTable(Text::tr("Key industry"), p.plan);
    for (const ProgressSeries& s : p.industries)
        if (const ProgressFigure* f = s.at(latest))
            industries.rows << figureCells(s.local ? s.industry + Text::tr(" (local)") : s.industry,
                                           *f);
    if (const ProgressFigure* f = p.total.at(latest)) {
        industries.boldRows << int(industries.rows.size());
        industries.rows << figureCells(progressTotalName(), *f);
    }
    doc.table(industries);

    if (!children.isEmpty()) {
        doc.subtitle(Text::tr("Units below, worst first, %1").arg(latest));
        ReportTable units = figureTable(Text::tr("Unit"), p.plan);
        for (const ChildProgress& c : children)
            units.rows << figureCells(c.unit.name, c.total);
        doc.table(units);
        if (const QString missing = missingChildrenSentence(children, latest); !missing.isEmpty())
            doc.paragraph(missing);
    }

    for (const QString& line : rates::definitions(p.plan.rateDenominator))
        doc.footnote(line);
    doc.footnote(
        Text::tr("Reduction = (rate in the baseline year %1 − rate in the year) ÷ rate in the "
                 "baseline year × 100%.")
            .arg(p.plan.baselineYear));
    doc.footnote(
        Text::tr(
            "Expected reduction (glide path) = target × (year − %1) ÷ %2: a straight line from 0 "
            "in %1 to the target in %3.")
            .arg(p.plan.baselineYear)
            .arg(p.plan.periodYears())
            .arg(p.plan.endYear));
    doc.footnote(
        Text::tr("%1: the units that reported in both the baseline year and the year; the "
                 "reduction and the status are measured on them. %2: every unit that reported "
                 "in each year. %3: the units expected to report (those without sub-units, and "
                 "a unit with sub-units that holds figures of its own).")
            .arg(glossary::label(glossary::Term::LikeForLike),
                 glossary::label(glossary::Term::AllReported),
                 glossary::label(glossary::Term::Expected)));
    doc.footnote(
        Text::tr(
            "Status (like for like): %1 = reduction ≥ target; %2 = reduction ≥ expected; %3 = "
            "below expected; %4 = no baseline data or a zero baseline rate; %5 = no data for the "
            "year; %6 = fewer than %7% of the units expected reported in both years.")
            .arg(progressStatusLabel(ProgressStatus::Met),
                 progressStatusLabel(ProgressStatus::OnTrack),
                 progressStatusLabel(ProgressStatus::Behind),
                 progressStatusLabel(ProgressStatus::NoBaseline),
                 progressStatusLabel(ProgressStatus::NoData),
                 progressStatusLabel(ProgressStatus::LowCoverage))
            .arg(p.plan.reportingThreshold));

    // Charts after the footnotes: the figures and their definitions stay on the first pages.
    for (const ChartSpec& chart : charts) {
        if (chart.isEmpty())
            continue;
        doc.pageBreak();
        doc.chart(chart);
    }
    return doc;
}

} // namespace yufang
