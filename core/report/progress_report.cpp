#include "progress_report.h"

#include "domain/rates.h"

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

QStringList figureCells(const QString& first, const ProgressFigure& f) {
    return {first,
            fmt(f.counts.accidents),
            fmt(f.counts.insuredPersons),
            fmt(f.coverage, 100),
            fmt(f.accidentRate, 1000),
            fmt(f.baselineRate, 1000),
            fmt(f.reduction, 100),
            f.glidePath.format(100),
            progressStatusLabel(f.status)};
}

QStringList figureHeader(const QString& first, const Plan& plan) {
    return {first,
            Text::tr("Accidents"),
            Text::tr("Insured persons"),
            Text::tr("Coverage (%)"),
            Text::tr("Accident rate (‰)"),
            Text::tr("Rate %1 (‰)").arg(plan.baselineYear),
            Text::tr("Reduction (%)"),
            Text::tr("Expected (%)"),
            Text::tr("Status")};
}

ReportTable figureTable(const QString& first, const Plan& plan) {
    ReportTable t;
    t.header = figureHeader(first, plan);
    t.numericColumns = {1, 2, 3, 4, 5, 6, 7};
    t.columnWeights = {3, 2, 2, 2, 2, 2, 2, 2, 2};
    return t;
}
} // namespace

QString progressSummary(const UnitProgress& p, int year) {
    const ProgressFigure* f = p.total.at(year);
    if (!f)
        return {};
    const QString target = f->target.format(100);
    if (f->status == ProgressStatus::NoBaseline)
        return Text::tr(
                   "No key-industry accident rate for the baseline year %1: progress cannot be "
                   "measured (target: down %2%).")
            .arg(p.plan.baselineYear)
            .arg(target);
    if (f->status == ProgressStatus::NoData)
        return Text::tr("%1: no data yet (baseline %2: %3‰).")
            .arg(year)
            .arg(p.plan.baselineYear)
            .arg(fmt(f->baselineRate, 1000));
    return Text::tr("%1: %2‰ against %3‰ in %4, down %5% (expected %6%, target %7%): %8.")
        .arg(year)
        .arg(fmt(f->accidentRate, 1000), fmt(f->baselineRate, 1000))
        .arg(p.plan.baselineYear)
        .arg(fmt(f->reduction, 100), f->glidePath.format(100), target,
             progressStatusLabel(f->status));
}

ReportDocument progressReport(const UnitProgress& p, const QList<ChildProgress>& children,
                              const QStringList& chartImages) {
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
        Text::tr(
            "Status: %1 = reduction ≥ target; %2 = reduction ≥ expected; %3 = below "
            "expected; %4 = no baseline data or a zero baseline rate; %5 = no data for the year.")
            .arg(progressStatusLabel(ProgressStatus::Met),
                 progressStatusLabel(ProgressStatus::OnTrack),
                 progressStatusLabel(ProgressStatus::Behind),
                 progressStatusLabel(ProgressStatus::NoBaseline),
                 progressStatusLabel(ProgressStatus::NoData)));

    // Charts after the footnotes: the figures and their definitions stay on the first pages.
    for (const QString& image : chartImages) {
        doc.pageBreak();
        doc.image(image);
    }
    return doc;
}

} // namespace yufang
