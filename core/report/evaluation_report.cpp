#include "evaluation_report.h"

#include "domain/status_glossary.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvaluationReport)
};

QString na() {
    return rates::notApplicable();
}

QString money(qint64 fen) {
    return rates::Ratio{fen, 100}.format(1, 2);
}

QString yearHeader(int year, int baselineYear) {
    return year == baselineYear ? Text::tr("%1 base").arg(year) : QString::number(year);
}

QString statusOf(const IndicatorFigure& f) {
    return glossary::label(f.status);
}

// The verdict of a final evaluation: in the plan's end year the glide path has reached the
// target, so "behind" it there means the target was not met.
QString verdictOf(const EvaluationDocument& d, const IndicatorFigure& f) {
    if (d.kind == EvaluationKind::Final && f.year == d.plan.endYear &&
        f.status == glossary::Term::Behind)
        return glossary::label(glossary::Term::NotMet);
    return statusOf(f);
}

QString rowCaption(const EvaluationSeries& s) {
    return s.local ? s.row + Text::tr(" (local)") : s.row;
}

QString indicatorCaption(const IndicatorDefinition& d) {
    return d.unit.isEmpty() ? d.name : Text::tr("%1 (%2)").arg(d.name, d.unit);
}

QList<int> range(int from, int to) {
    QList<int> list;
    for (int i = from; i < to; ++i)
        list << i;
    return list;
}

// 应报 N / 已报 M of the year, for a child's line.
QString reportedOf(const IndicatorFigure& f) {
    return QStringLiteral("%1/%2").arg(f.reporting.reportedYear).arg(f.reporting.expected);
}

// One line per row and the total: each year's value, the like-for-like change of the last
// year against the baseline, and its status.
ReportTable seriesTable(const EvaluationDocument& d, const EvaluationIndicator& i,
                        const QString& rowHeader) {
    const QList<int>& years = d.years;
    ReportTable t;
    t.header << rowHeader;
    for (int y : years)
        t.header << yearHeader(y, years.first());
    t.header << Text::tr("Change, like for like (%)") << Text::tr("Status");
    t.numericColumns = range(1, int(years.size()) + 2);
    t.columnWeights << 3;
    for (int n = 0; n <= years.size(); ++n)
        t.columnWeights << 2;
    t.columnWeights << 2;
    QList<EvaluationSeries> all = i.rows;
    all << i.total;
    for (const EvaluationSeries& s : all) {
        QStringList cells{s.total ? s.row : rowCaption(s)};
        for (int y : years) {
            QString cell = na();
            for (const IndicatorFigure& f : s.years)
                if (f.year == y)
                    cell = indicators::formatValue(i.definition, f.value);
            cells << cell;
        }
        const IndicatorFigure* last = s.finalFigure();
        cells << (last ? indicators::formatChange(last->matchedChange) : na())
              << (last ? verdictOf(d, *last) : na());
        if (s.total)
            t.boldRows << int(t.rows.size());
        t.rows << cells;
    }
    return t;
}

ReportTable childrenTable(const EvaluationDocument& d, const EvaluationIndicator& i) {
    ReportTable t;
    t.header = {Text::tr("Rank"),   Text::tr("Unit"),
                Text::tr("Value"),  Text::tr("Change, like for like (%)"),
                Text::tr("Status"), Text::tr("Reported/expected")};
    t.numericColumns = {0, 2, 3, 5};
    t.columnWeights = {1, 3, 2, 2, 2, 2};
    int rank = 0;
    for (const EvaluationChildFigure& c : i.children)
        t.rows << QStringList{c.hasData() ? QString::number(++rank) : na(),
                              c.name,
                              indicators::formatValue(i.definition, c.figure.value),
                              indicators::formatChange(c.figure.matchedChange),
                              verdictOf(d, c.figure),
                              reportedOf(c.figure)};
    return t;
}

QString sectionTitle(int n) {
    return evaluationSectionTitles().value(n);
}

// The file name of a table: numbered in print order, ASCII.
QString fileName(int n, const QString& key) {
    return QStringLiteral("%1_%2.csv").arg(n, 2, 10, QLatin1Char('0')).arg(key);
}

int sectionIndex(EvaluationSection section) {
    switch (section) {
    case EvaluationSection::Training:
        return 2;
    case EvaluationSection::Disease:
        return 3;
    case EvaluationSection::Insurance:
        return 4;
    default:
        return 1;
    }
}

QList<EvaluationTable> indicatorTables(const EvaluationDocument& d, EvaluationSection section,
                                       int* n) {
    QList<EvaluationTable> tables;
    const int index = sectionIndex(section);
    for (const EvaluationIndicator* i : d.inSection(section)) {
        if (!i->problem.isEmpty())
            continue;
        const QString rowHeader = i->definition.formCode == QLatin1String("training")
                                      ? Text::tr("Key-personnel category")
                                      : Text::tr("Row");
        const bool anyChild = i->children.size() > i->childrenWithoutData.size();
        QString missing;
        if (!i->children.isEmpty() && !anyChild)
            missing = Text::tr("%1, %2: none of the %3 units below has data")
                          .arg(i->definition.name)
                          .arg(d.years.last())
                          .arg(i->children.size());
        else if (!i->childrenWithoutData.isEmpty())
            missing = Text::tr("%1, %2: units below without data: %3")
                          .arg(i->definition.name)
                          .arg(d.years.last())
                          .arg(i->childrenWithoutData.join(Text::tr(", ")));
        tables << EvaluationTable{fileName(++*n, QStringLiteral("indicator_") + i->definition.code),
                                  indicatorCaption(i->definition),
                                  seriesTable(d, *i, rowHeader),
                                  index,
                                  anyChild ? QString() : missing,
                                  true};
        if (anyChild)
            tables << EvaluationTable{
                fileName(++*n, QStringLiteral("children_") + i->definition.code),
                Text::tr("%1: units below, ranked, %2").arg(i->definition.name).arg(d.years.last()),
                childrenTable(d, *i),
                index,
                missing,
                true};
    }
    return tables;
}

QStringList paragraphsOf(const QString& text) {
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}
} // namespace

QStringList evaluationSectionTitles() {
    return {Text::tr("1. Completeness of the returns"),
            Text::tr("2. Indicators of the plan"),
            Text::tr("3. Training of key personnel"),
            Text::tr("4. Occupational disease"),
            Text::tr("5. Work-injury insurance of the key industries"),
            Text::tr("6. Tasks and safeguards"),
            Text::tr("7. Main measures and results"),
            Text::tr("8. Problems"),
            Text::tr("9. Next steps")};
}

QList<EvaluationTable> evaluationTables(const EvaluationDocument& d) {
    QList<EvaluationTable> tables;
    int n = 0;

    ReportTable completeness;
    completeness.header = {Text::tr("Year"), glossary::label(glossary::Term::Expected),
                           glossary::label(glossary::Term::Reported),
                           glossary::label(glossary::Term::NotReported)};
    completeness.numericColumns = {1, 2};
    completeness.columnWeights = {2, 1, 1, 6};
    for (const EvaluationYearCoverage& c : d.completeness)
        completeness.rows << QStringList{yearHeader(c.year, d.years.value(0)),
                                         QString::number(c.expected), QString::number(c.reported),
                                         c.missing.isEmpty() ? na()
                                                             : c.missing.join(Text::tr(", "))};
    tables << EvaluationTable{fileName(++n, QStringLiteral("completeness")),
                              Text::tr("Units reporting each year"),
                              completeness,
                              0,
                              {},
                              true};

    // The summary: one line per indicator of the plan (its total).
    ReportTable summary;
    summary.header << Text::tr("Indicator");
    for (int y : d.years)
        summary.header << yearHeader(y, d.years.value(0));
    summary.header << Text::tr("Target") << Text::tr("Change, like for like (%)")
                   << Text::tr("Status");
    summary.numericColumns = range(1, int(d.years.size()) + 3);
    summary.columnWeights << 4;
    for (int k = 0; k < d.years.size() + 3; ++k)
        summary.columnWeights << 2;
    for (const EvaluationIndicator& i : d.indicators) {
        if (i.section == EvaluationSection::Insurance || !i.problem.isEmpty())
            continue;
        QStringList cells{indicatorCaption(i.definition)};
        for (int y : d.years) {
            QString cell = na();
            for (const IndicatorFigure& f : i.total.years)
                if (f.year == y)
                    cell = indicators::formatValue(i.definition, f.value);
            cells << cell;
        }
        const IndicatorFigure* last = i.total.finalFigure();
        cells << (last ? indicators::formatTarget(i.definition, last->target) : na())
              << (last ? indicators::formatChange(last->matchedChange) : na())
              << (last ? verdictOf(d, *last) : na());
        summary.rows << cells;
    }
    tables << EvaluationTable{fileName(++n, QStringLiteral("indicators")),
                              Text::tr("The plan's indicators at a glance"),
                              summary,
                              1,
                              {},
                              true};
    for (EvaluationSection s : {EvaluationSection::Indicators, EvaluationSection::Training,
                                EvaluationSection::Disease, EvaluationSection::Insurance})
        tables << indicatorTables(d, s, &n);

    ReportTable obligations;
    obligations.header = {Text::tr("Year"),    Text::tr("Task or safeguard"), Text::tr("Due"),
                          Text::tr("Status"),  Text::tr("Done on"),           Text::tr("On time"),
                          Text::tr("Evidence")};
    obligations.numericColumns = {6};
    obligations.columnWeights = {1, 7, 2, 1, 2, 1, 1};
    for (const EvaluationObligation& o : d.obligations)
        obligations.rows << QStringList{
            QString::number(o.year),
            o.section.isEmpty() ? o.title : o.section + QStringLiteral(" ") + o.title,
            o.due.isValid() ? o.due.toString(Qt::ISODate) : na(),
            taskStatusLabel(o.status),
            o.doneOn.isValid() ? o.doneOn.toString(Qt::ISODate) : na(),
            o.done ? (o.late ? Text::tr("late") : Text::tr("on time")) : na(),
            QString::number(o.evidence)};
    tables << EvaluationTable{fileName(++n, QStringLiteral("obligations")),
                              Text::tr("Obligations of the period"),
                              obligations,
                              5,
                              {},
                              true};

    ReportTable hazards;
    hazards.header = {Text::tr("Enterprise"), Text::tr("Hazard"), Text::tr("Deadline"),
                      Text::tr("Status"), Text::tr("Department")};
    hazards.columnWeights = {3, 4, 2, 2, 2};
    for (const Hazard& h : d.overdueHazards)
        hazards.rows << QStringList{h.enterprise, h.problem, h.deadline.toString(Qt::ISODate),
                                    hazardStatusLabel(h.status), h.department};
    tables << EvaluationTable{fileName(++n, QStringLiteral("overdue_hazards")),
                              Text::tr("Overdue hazard rectifications"),
                              hazards,
                              5,
                              d.overdueHazards.isEmpty() ? Text::tr("None.") : QString(),
                              !d.overdueHazards.isEmpty()};

    ReportTable fees;
    fees.header = {Text::tr("Year"),
                   Text::tr("Cap (yuan)"),
                   Text::tr("Committed (yuan)"),
                   Text::tr("Share of cap (%)"),
                   Text::tr("Projects"),
                   Text::tr("Experts reviewing")};
    fees.numericColumns = {1, 2, 3, 4, 5};
    for (int k = 0; k < d.fees.size(); ++k) {
        const EvaluationFeeYear& f = d.fees[k];
        fees.rows << QStringList{QString::number(f.year),
                                 f.budgetStored ? money(f.capFen) : na(),
                                 money(f.committedFen),
                                 f.budgetStored && f.capFen > 0
                                     ? rates::Ratio{f.committedFen, f.capFen}.format(100)
                                     : na(),
                                 QString::number(f.projects),
                                 QString::number(d.experts.reviewersByYear.value(k).second)};
    }
    tables << EvaluationTable{fileName(++n, QStringLiteral("prevention_fee")),
                              Text::tr("Prevention fee against its cap, and expert reviews"),
                              fees,
                              5,
                              Text::tr("Expert pool: %1 experts, %2 valid on %3.")
                                  .arg(d.experts.total)
                                  .arg(d.experts.valid)
                                  .arg(d.cover.date.toString(Qt::ISODate)),
                              true};
    return tables;
}

ReportDocument evaluationReport(const EvaluationDocument& d) {
    const EvaluationCover& c = d.cover;
    const QString kindTitle = d.kind == EvaluationKind::Final
                                  ? evaluationKindTitle(d.kind)
                                  : Text::tr("%1 %2").arg(c.year).arg(evaluationKindTitle(d.kind));
    ReportDocument doc;
    doc.name = Text::tr("%1 %2 %3").arg(c.unitName, kindTitle).arg(c.year);
    doc.landscape = false;
    // Every page names the bureau and the document.
    const ReportRunningHeader header{c.bureauName, kindTitle};
    doc.runningHeader = header;

    // The cover.
    doc.title(c.bureauName);
    doc.title(c.planTitle);
    doc.title(kindTitle);
    doc.paragraph(Text::tr("Reporting unit: %1 (%2)").arg(c.unitName, c.unitCode));
    doc.paragraph(Text::tr("Plan: %1 %2").arg(c.planTitle, c.documentNumber));
    doc.paragraph(Text::tr("Period: %1-%2, baseline year %3; figures up to %4")
                      .arg(c.startYear)
                      .arg(c.endYear)
                      .arg(c.baselineYear)
                      .arg(c.year));
    doc.paragraph(Text::tr("Date: %1").arg(c.date.toString(Qt::ISODate)));
    doc.paragraph(Text::tr("Prepared by: %1").arg(c.preparer.isEmpty() ? na() : c.preparer));
    doc.pageBreak();

    const QList<EvaluationTable> tables = evaluationTables(d);
    const auto printSection = [&](int section) {
        for (const EvaluationTable& t : tables) {
            if (t.section != section)
                continue;
            doc.subtitle(t.caption);
            if (t.printed)
                doc.table(t.table);
            if (!t.note.isEmpty())
                doc.paragraph(t.note);
        }
    };

    doc.title(sectionTitle(0));
    doc.paragraph(likeForLikeRuleText());
    printSection(0);

    // The indicator tables have a column per year: they print on A4 landscape pages; the tasks
    // and the written sections go back to portrait.
    doc.section(PageOrientation::Landscape, header);
    doc.title(sectionTitle(1));
    printSection(1);
    for (const ChartSpec& spec : evaluationCharts(d))
        doc.chart(spec); // vector, at print size: the CLI prints the same charts as the GUI

    for (int s = 2; s <= 4; ++s) {
        doc.title(sectionTitle(s));
        bool any = false;
        for (const EvaluationTable& t : tables)
            any = any || t.section == s;
        if (!any)
            doc.paragraph(Text::tr("The plan has no indicator of this kind."));
        printSection(s);
    }

    doc.section(PageOrientation::Portrait, header);
    doc.title(sectionTitle(5));
    int done = 0;
    int late = 0;
    for (const EvaluationObligation& o : d.obligations) {
        done += o.done ? 1 : 0;
        late += o.late ? 1 : 0;
    }
    doc.paragraph(Text::tr("%1 obligations fell due; %2 done, %3 late or overdue.")
                      .arg(d.obligations.size())
                      .arg(done)
                      .arg(late));
    printSection(5);

    const QStringList texts{d.narrative.achievements, d.narrative.problems, d.narrative.nextSteps};
    for (int s = 6; s <= 8; ++s) {
        doc.title(sectionTitle(s));
        const QStringList paragraphs = paragraphsOf(texts[s - 6]);
        if (paragraphs.isEmpty())
            doc.paragraph(Text::tr("(not written yet)"));
        for (const QString& p : paragraphs)
            doc.paragraph(p);
    }

    doc.footnote(Text::tr("Rates are computed from summed counts, never averaged; a total row "
                          "recomputes them from the sums. A change is (value − baseline) ÷ "
                          "baseline; “%1” means not applicable (no figures, or a zero "
                          "denominator).")
                     .arg(na()));
    return doc;
}

ReportDocument combinedEvaluationReport(const QString& parentName,
                                        const QList<EvaluationDocument>& documents) {
    ReportDocument doc;
    doc.landscape = false;
    if (documents.isEmpty())
        return doc;
    const EvaluationDocument& first = documents.first();
    doc.name = Text::tr("%1 units below %2 %3")
                   .arg(parentName, evaluationKindTitle(first.kind))
                   .arg(first.cover.year);
    doc.title(Text::tr("%1: %2 of the units below, %3")
                  .arg(parentName, evaluationKindTitle(first.kind))
                  .arg(first.cover.year));
    doc.subtitle(Text::tr("Contents"));
    ReportTable contents;
    contents.header = {Text::tr("No."), Text::tr("Unit"), Text::tr("Code")};
    contents.numericColumns = {0};
    contents.columnWeights = {1, 4, 2};
    for (int k = 0; k < documents.size(); ++k)
        contents.rows << QStringList{QString::number(k + 1), documents[k].cover.unitName,
                                     documents[k].cover.unitCode};
    doc.table(contents);
    for (const EvaluationDocument& d : documents)
        doc.append(evaluationReport(d));
    return doc;
}

QList<ChartSpec> evaluationCharts(const EvaluationDocument& d) {
    QList<ChartSpec> charts;
    for (const EvaluationIndicator& i : d.indicators) {
        if (!i.problem.isEmpty() || i.section == EvaluationSection::Insurance)
            continue;
        const IndicatorDefinition& def = i.definition;
        ChartSpec spec;
        spec.kind = ChartSpec::Kind::Line;
        spec.key = QStringLiteral("evaluation_") + def.code;
        spec.title = def.name;
        spec.xTitle = Text::tr("Year");
        spec.yTitle = indicatorCaption(def);
        spec.countValues = def.kind == IndicatorKind::Count;
        spec.decimals = spec.countValues ? 0 : def.decimals;
        ChartSeries values{
            QStringLiteral("total"), Text::tr("Total"), ChartSeries::Role::Total, {}, {}, {}};
        ChartSeries glide{QStringLiteral("glide_path"),
                          Text::tr("Glide path"),
                          ChartSeries::Role::Reference,
                          {},
                          {},
                          {}};
        std::optional<double> baseline;
        std::optional<double> targetValue;
        for (const IndicatorFigure& f : i.total.years) {
            const auto v = f.value ? f.value->value(def.scale) : std::nullopt;
            if (v) {
                values.points << QPointF(f.year, *v);
                values.tooltips << indicators::formatValue(def, f.value) + def.unit;
            }
            if (!baseline && f.baselineValue)
                baseline = f.baselineValue->value(def.scale);
            // The glide path and the target as values: a relative one from the baseline value.
            const auto asValue =
                [&](const std::optional<rates::Ratio>& r) -> std::optional<double> {
                if (!r)
                    return std::nullopt;
                if (def.targetKind == IndicatorTargetKind::Level)
                    return r->value(def.scale);
                if (def.targetKind == IndicatorTargetKind::Relative && f.baselineValue)
                    return *f.baselineValue->value(def.scale) * (1.0 + *r->value());
                return std::nullopt;
            };
            if (const auto e = asValue(f.expected))
                glide.points << QPointF(f.year, *e);
            if (const auto t = asValue(f.target))
                targetValue = t;
        }
        if (values.points.isEmpty())
            continue;
        spec.series << values;
        if (baseline)
            spec.series << ChartSeries{
                QStringLiteral("baseline"),
                Text::tr("Baseline %1").arg(d.years.first()),
                ChartSeries::Role::Reference,
                {QPointF(d.years.first(), *baseline), QPointF(d.years.last(), *baseline)},
                {},
                {}};
        if (!glide.points.isEmpty())
            spec.series << glide;
        if (targetValue)
            spec.series << ChartSeries{
                QStringLiteral("target"),
                Text::tr("Target"),
                ChartSeries::Role::Reference,
                {QPointF(d.years.first(), *targetValue), QPointF(d.years.last(), *targetValue)},
                {},
                {}};
        charts << spec;
    }
    return charts;
}

} // namespace yufang
