#include "prevention_fee.h"

#include "key_or_label.h"

#include <QCoreApplication>

#include <cmath>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PreventionFee)
};
const char* const kStageKeys[] = {"applied", "reviewed", "approved", "implemented", "accepted"};
} // namespace

QString projectStageKey(ProjectStage s) {
    return QString::fromLatin1(kStageKeys[int(s)]);
}

bool projectStageFromKey(const QString& key, ProjectStage* out) {
    for (int i = 0; i < 5; ++i) {
        if (key == QLatin1String(kStageKeys[i])) {
            *out = ProjectStage(i);
            return true;
        }
    }
    return false;
}

QString projectStageLabel(ProjectStage s) {
    switch (s) {
    case ProjectStage::Reviewed:
        return Text::tr("Review");
    case ProjectStage::Approved:
        return Text::tr("Approval");
    case ProjectStage::Implemented:
        return Text::tr("Implementation");
    case ProjectStage::Accepted:
        return Text::tr("Acceptance");
    case ProjectStage::Applied:
        break;
    }
    return Text::tr("Application");
}

QString projectKindKey(ProjectKind k) {
    return k == ProjectKind::Training ? QStringLiteral("training") : QStringLiteral("publicity");
}

bool projectKindFromKey(const QString& key, ProjectKind* out) {
    if (key == QLatin1String("publicity"))
        *out = ProjectKind::Publicity;
    else if (key == QLatin1String("training"))
        *out = ProjectKind::Training;
    else
        return false;
    return true;
}

QString projectKindLabel(ProjectKind k) {
    return k == ProjectKind::Training ? Text::tr("Training") : Text::tr("Publicity");
}

bool projectStageFromText(const QString& text, ProjectStage* out) {
    return fromKeyOrLabel<ProjectStage>(
        text, projectStageFromKey,
        {{projectStageLabel(ProjectStage::Applied), ProjectStage::Applied},
         {projectStageLabel(ProjectStage::Reviewed), ProjectStage::Reviewed},
         {projectStageLabel(ProjectStage::Approved), ProjectStage::Approved},
         {projectStageLabel(ProjectStage::Implemented), ProjectStage::Implemented},
         {projectStageLabel(ProjectStage::Accepted), ProjectStage::Accepted}},
        out);
}

bool projectKindFromText(const QString& text, ProjectKind* out) {
    return fromKeyOrLabel<ProjectKind>(
        text, projectKindFromKey,
        {{projectKindLabel(ProjectKind::Publicity), ProjectKind::Publicity},
         {projectKindLabel(ProjectKind::Training), ProjectKind::Training}},
        out);
}

qint64 FeeBudget::capFen() const {
    return qint64(std::llround(double(priorIncomeFen) * capRatio));
}

qint64 committedFen(const QList<FeeProject>& projects) {
    qint64 sum = 0;
    for (const FeeProject& p : projects)
        if (p.committed())
            sum += p.amountFen;
    return sum;
}

QStringList validateBudget(const FeeBudget& budget) {
    QStringList problems;
    if (budget.priorIncomeFen < 0)
        problems << Text::tr("the fund contribution income cannot be negative");
    if (!(budget.capRatio > 0.0 && budget.capRatio <= 1.0))
        problems << Text::tr("the ratio must be above 0% and at most 100%");
    if (budget.capRatio > kDefaultFeeCapRatio + 1e-9 &&
        budget.approvalReference.trimmed().isEmpty())
        problems << Text::tr("a ratio above 3% needs the provincial approval reference (批准文号)");
    return problems;
}

QStringList checkProjectsAgainstCap(const FeeBudget& budget, const QList<FeeProject>& projects) {
    QStringList problems;
    for (const FeeProject& p : projects) {
        if (p.name.trimmed().isEmpty())
            problems << Text::tr("a project has no name");
        if (p.amountFen < 0)
            problems << Text::tr("%1: the amount cannot be negative").arg(p.name);
    }
    const qint64 committed = committedFen(projects);
    if (committed > budget.capFen())
        problems << Text::tr(
                        "approved projects would total %1 yuan, over the cap of %2 yuan (%3 of %4 "
                        "yuan income of %5) by %6 yuan; lower an amount, or record a higher "
                        "approved ratio")
                        .arg(yuanText(committed), yuanText(budget.capFen()),
                             QString::number(budget.capRatio * 100.0, 'f', 2) + QLatin1Char('%'),
                             yuanText(budget.priorIncomeFen))
                        .arg(budget.incomeYear)
                        .arg(yuanText(committed - budget.capFen()));
    return problems;
}

QString yuanText(qint64 fen) {
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    // Grouped by thousands with commas, as on the budget forms (QLocale::C would omit them).
    QString whole = QString::number(a / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return sign + whole + QLatin1Char('.') +
           QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace yufang
