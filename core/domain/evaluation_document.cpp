#include "evaluation_document.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EvaluationDocument)
};

// "下降21.00%" / "上升3.00%" / "持平": a change in words, so a quoted sentence never reads
// "变化−21.00%".
QString changeWords(const rates::Ratio& change) {
    if (change.numerator == 0)
        return Text::tr("unchanged");
    const rates::Ratio magnitude{qAbs(change.numerator), qAbs(change.denominator)};
    const bool fell = (change.numerator < 0) != (change.denominator < 0);
    return (fell ? Text::tr("down %1%") : Text::tr("up %1%")).arg(magnitude.format(100));
}
} // namespace

QString evaluationKindKey(EvaluationKind kind) {
    return kind == EvaluationKind::Final ? QStringLiteral("final") : QStringLiteral("annual");
}

std::optional<EvaluationKind> evaluationKindFromKey(const QString& key) {
    if (key == QLatin1String("final"))
        return EvaluationKind::Final;
    if (key == QLatin1String("annual"))
        return EvaluationKind::Annual;
    return std::nullopt;
}

QString evaluationKindTitle(EvaluationKind kind) {
    return kind == EvaluationKind::Final ? Text::tr("Final evaluation report")
                                         : Text::tr("Annual report");
}

const EvaluationIndicator* EvaluationDocument::indicator(const QString& code) const {
    for (const EvaluationIndicator& i : indicators)
        if (i.definition.code == code)
            return &i;
    return nullptr;
}

QList<const EvaluationIndicator*> EvaluationDocument::inSection(EvaluationSection section) const {
    QList<const EvaluationIndicator*> found;
    for (const EvaluationIndicator& i : indicators)
        if (i.section == section)
            found << &i;
    return found;
}

QList<QuotableFigure> quotableFigures(const EvaluationDocument& d) {
    QList<QuotableFigure> figures;
    for (const EvaluationYearCoverage& c : d.completeness)
        figures << QuotableFigure{Text::tr("Units reporting, %1").arg(c.year),
                                  Text::tr("in %1, %2 of the %3 units expected reported")
                                      .arg(c.year)
                                      .arg(c.reported)
                                      .arg(c.expected)};
    for (const EvaluationIndicator& i : d.indicators) {
        const IndicatorFigure* f = i.total.finalFigure();
        if (!f || !f->value)
            continue;
        const QString value = indicators::formatValue(i.definition, f->value) + i.definition.unit;
        QString text = Text::tr("in %1, %2 was %3").arg(f->year).arg(i.definition.name, value);
        if (f->matchedChange)
            text += Text::tr(", %1 on %2 (like for like)")
                        .arg(changeWords(*f->matchedChange))
                        .arg(f->baselineYear);
        figures << QuotableFigure{QStringLiteral("%1 %2").arg(i.definition.name).arg(f->year),
                                  text};
    }
    int done = 0;
    int late = 0;
    for (const EvaluationObligation& o : d.obligations) {
        done += o.done ? 1 : 0;
        late += o.late ? 1 : 0;
    }
    if (!d.obligations.isEmpty())
        figures << QuotableFigure{Text::tr("Tasks and safeguards"),
                                  Text::tr("%1 of %2 obligations done, %3 late")
                                      .arg(done)
                                      .arg(d.obligations.size())
                                      .arg(late)};
    for (const EvaluationFeeYear& fee : d.fees)
        if (fee.budgetStored || fee.projects > 0)
            figures << QuotableFigure{
                Text::tr("Prevention fee, %1").arg(fee.year),
                Text::tr("in %1, %2 yuan of prevention fee committed against a cap of %3 yuan")
                    .arg(fee.year)
                    .arg(rates::Ratio{fee.committedFen, 100}.format(1))
                    .arg(rates::Ratio{fee.capFen, 100}.format(1))};
    return figures;
}

QString likeForLikeRuleText() {
    return Text::tr(
        "Figures are consolidated from the counts of the units below, summed before any rate is "
        "computed. A change against the baseline year compares like for like: only the units "
        "that reported in both the baseline year and the year are counted in both (同口径); a "
        "status is given only when they are at least the plan's reporting threshold of the "
        "units expected.");
}

} // namespace yufang
