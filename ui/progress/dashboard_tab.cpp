#include "dashboard_tab.h"

#include "lazy_reload.h"
#include "progress_sort_proxy.h"
#include "progress_table_model.h"
#include "session.h"
#include "status_style.h"

#include "domain/disease.h"
#include "domain/status_glossary.h"
#include "report/progress_report.h"
#include "services/indicator_service.h"

#include <QFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

namespace {
QTableView* tableView(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // Compact rows: the year table shows 2020-2025 in the space it has at 1024×700.
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// One key figure: a caption above a large number.
QFrame* figureBox(QLabel*& caption, QLabel*& value, QWidget* parent) {
    auto* box = new QFrame(parent);
    box->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(box);
    caption = new QLabel(box);
    caption->setWordWrap(true); // "Reduction, like for like (target …)" fits 1024 px in two lines
    value = new QLabel(box);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    value->setFont(big);
    layout->addWidget(caption);
    layout->addWidget(value);
    return box;
}

QString ratioText(const std::optional<rates::Ratio>& r, int scale, const QString& unit) {
    return r ? r->format(scale) + unit : rates::notApplicable();
}
} // namespace

DashboardTab::DashboardTab(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session) {
    setObjectName(QStringLiteral("DashboardTab"));
    // The figures live in a scroll area: panels other features add (the indicator cards) make
    // the tab taller than a 1024×700 screen leaves, and it scrolls rather than forcing the
    // whole window taller than the screen.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    m_content = layout;
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_planLine = new QLabel(this);
    m_planLine->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_planLine);

    auto* figures = new QHBoxLayout;
    figures->addWidget(figureBox(m_baselineCaption, m_baselineValue, this));
    figures->addWidget(figureBox(m_latestCaption, m_latestValue, this));
    figures->addWidget(figureBox(m_reductionCaption, m_reductionValue, this));
    m_statusBadge = new QLabel(this);
    m_statusBadge->setObjectName(QStringLiteral("StatusBadge"));
    m_statusBadge->setAlignment(Qt::AlignCenter);
    m_statusBadge->setMinimumWidth(140);
    m_statusBadge->setMaximumWidth(220);
    QFont badgeFont = m_statusBadge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.6);
    badgeFont.setBold(true);
    m_statusBadge->setFont(badgeFont);
    figures->addWidget(m_statusBadge);
    layout->addLayout(figures);
    m_coverageLine = new QLabel(this);
    m_coverageLine->setObjectName(QStringLiteral("CoverageLine"));
    m_coverageLine->setWordWrap(true);
    layout->addWidget(m_coverageLine);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_diseaseBox = new QGroupBox(tr("Occupational disease (consolidated)"), this);
    m_diseaseBox->setObjectName(QStringLiteral("DiseaseBox"));
    auto* diseaseLayout = new QVBoxLayout(m_diseaseBox);
    m_diseaseLine = new QLabel(m_diseaseBox);
    m_diseaseLine->setObjectName(QStringLiteral("DiseaseLine"));
    m_diseaseLine->setWordWrap(true);
    diseaseLayout->addWidget(m_diseaseLine);
    layout->addWidget(m_diseaseBox);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* industryBox = new QWidget(splitter);
    auto* industryLayout = new QVBoxLayout(industryBox);
    industryLayout->setContentsMargins(0, 0, 0, 0);
    m_industryCaption = new QLabel(industryBox);
    m_industries = new ProgressTableModel(this);
    m_industryProxy = new ProgressSortProxy(this); // sorts numbers, not their text
    m_industryProxy->setSourceModel(m_industries);
    m_industryView = tableView(m_industryProxy, industryBox);
    m_industryView->setObjectName(QStringLiteral("IndustryProgressView"));
    m_industryView->setSortingEnabled(true);
    m_industryView->sortByColumn(-1, Qt::AscendingOrder); // plan order until the user sorts
    m_industryView->hideColumn(
        ProgressTableModel::TargetColumn); // the same on every row: shown above
    industryLayout->addWidget(m_industryCaption);
    industryLayout->addWidget(m_industryView);

    auto* lower = new QSplitter(Qt::Horizontal, splitter);
    auto* yearBox = new QGroupBox(tr("Key-industry total by year"), lower);
    auto* yearLayout = new QVBoxLayout(yearBox);
    m_years = new ProgressTableModel(this);
    m_years->setNameHeader(tr("Year"));
    m_yearView = tableView(m_years, yearBox);
    for (int c :
         {int(ProgressTableModel::BaselineRateColumn), int(ProgressTableModel::TargetColumn)})
        m_yearView->hideColumn(c); // the same on every row: shown in the figures above
    yearLayout->addWidget(m_yearView);

    m_childBox = new QGroupBox(tr("Units below, worst first"), lower);
    auto* childLayout = new QVBoxLayout(m_childBox);
    m_childCaption = new QLabel(m_childBox);
    m_behindLine = new QLabel(m_childBox);
    m_behindLine->setWordWrap(true);
    m_missingLine = new QLabel(m_childBox);
    m_missingLine->setObjectName(QStringLiteral("MissingChildrenLine"));
    m_missingLine->setWordWrap(true);
    m_childModel = new ProgressTableModel(this);
    m_childModel->setNameHeader(tr("Unit"));
    m_childView = tableView(m_childModel, m_childBox);
    m_childView->setObjectName(QStringLiteral("ChildProgressView"));
    for (int c :
         {int(ProgressTableModel::CoverageColumn), int(ProgressTableModel::BaselineRateColumn),
          int(ProgressTableModel::TargetColumn)})
        m_childView->hideColumn(c);
    childLayout->addWidget(m_childCaption);
    childLayout->addWidget(m_behindLine);
    childLayout->addWidget(m_missingLine);
    childLayout->addWidget(m_childView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Disease figures and the plan's disease target can be written without a session signal
    // (the repository directly): re-read them, cheaply, whenever the tab comes back.
    m_lazy = new LazyReload(
        this, [this] { reload(); }, [this] { showDisease(); });
    for (auto signal : {&Session::selectionChanged, &Session::figuresChanged})
        connect(&m_session, signal, m_lazy, &LazyReload::request);
    connect(&m_session, &Session::databaseChanged, m_lazy, &LazyReload::request);
    m_lazy->request();
}

void DashboardTab::addPanel(QWidget* panel) {
    m_content->insertWidget(m_content->indexOf(m_diseaseBox) + 1, panel);
}

void DashboardTab::reload() {
    m_progress.reset();
    m_children.clear();
    if (m_session.hasDatabase() && !m_session.unitCode().isEmpty()) {
        const ProgressService service(m_session.connection());
        m_progress = service.unitProgress(m_session.unitCode());
        if (m_progress)
            m_children = service.childrenRanked(m_session.unitCode(),
                                                m_progress->latestYearUpTo(m_session.year()));
    }
    showFigures();
    showDisease();
}

// The consolidated new cases in the baseline year and the latest year with figures, the change
// and, where the plan sets a numeric target, whether it is met: all computed in core.
void DashboardTab::showDisease() {
    m_diseaseTrend.clear();
    const std::optional<Plan> plan = m_session.hasDatabase() && !m_session.unitCode().isEmpty()
                                         ? m_session.plan()
                                         : std::nullopt;
    const auto trend = plan ? IndicatorService(m_session.connection())
                                  .diseaseCasesTrend(*plan, m_session.unitCode())
                            : std::nullopt;
    if (trend)
        m_diseaseTrend = trend->points;
    m_diseaseBox->setVisible(trend.has_value());
    if (!trend)
        return;
    if (m_diseaseTrend.isEmpty()) {
        m_diseaseLine->setText(tr("No occupational disease figures entered."));
        return;
    }
    const IndicatorDefinition& d = trend->definition;
    const IndicatorFigure* base = nullptr;
    for (const IndicatorFigure& p : m_diseaseTrend)
        if (p.year == p.baselineYear)
            base = &p;
    const IndicatorFigure& latest = m_diseaseTrend.constLast();
    const auto count = [](const IndicatorFigure* p, DiseaseField field) {
        const auto c = p ? p->sums.constFind(diseaseFieldKey(field)) : ColumnSums::const_iterator();
        return p && c != p->sums.cend() ? QString::number(*c) : QStringLiteral("—");
    };
    QStringList lines;
    lines << tr("New pneumoconiosis cases: %1 in %2 (baseline), %3 in %4")
                 .arg(count(base, DiseaseField::Pneumoconiosis))
                 .arg(latest.baselineYear)
                 .arg(count(&latest, DiseaseField::Pneumoconiosis))
                 .arg(latest.year);
    lines << tr("Other occupational disease cases: %1 in %2 (baseline), %3 in %4")
                 .arg(count(base, DiseaseField::OtherDiseases))
                 .arg(latest.baselineYear)
                 .arg(count(&latest, DiseaseField::OtherDiseases))
                 .arg(latest.year);
    lines << tr("Change in new cases since %1: %2")
                 .arg(latest.baselineYear)
                 .arg(indicators::formatDifference(d, latest));
    if (d.targetKind != IndicatorTargetKind::Relative)
        lines << tr("The plan sets no numeric target (a clear decrease is asked for).");
    else
        // The indicator engine's status: like for like, and no verdict below the reporting
        // threshold (覆盖不足), as on the indicator's card.
        lines << tr("Plan target: down %1% — %2")
                     .arg(QString::number(-d.target * 100.0, 'g', 4))
                     .arg(glossary::label(latest.year > latest.baselineYear
                                              ? latest.status
                                              : glossary::Term::NotAssessed));
    m_diseaseLine->setText(lines.join(QLatin1Char('\n')));
}

void DashboardTab::showFigures() {
    QList<ProgressTableModel::Row> industries, years, children;
    if (!m_progress) {
        m_title->setText(tr("Progress"));
        m_planLine->setText(tr("Select a unit that follows a plan."));
        for (QLabel* l :
             {m_baselineCaption, m_baselineValue, m_latestCaption, m_latestValue,
              m_reductionCaption, m_reductionValue, m_statusBadge, m_summary, m_coverageLine,
              m_industryCaption, m_behindLine, m_missingLine, m_childCaption})
            l->clear();
        m_statusBadge->setStyleSheet(QString());
        m_industries->setRows({});
        m_years->setRows({});
        m_childModel->setRows({});
        return;
    }
    const UnitProgress& p = *m_progress;
    // The year chosen on the left when it has figures, else the latest before it (said below).
    const int latest = p.latestYearUpTo(m_session.year());
    const ProgressFigure* base = p.total.at(p.plan.baselineYear);
    const ProgressFigure* now = p.total.at(latest);
    m_title->setText(tr("%1: key-industry accident rate against the target").arg(p.unit.name));
    m_planLine->setText(
        tr("%1 — baseline year %2, period %3-%4, target: down %5%")
            .arg(p.plan.title)
            .arg(p.plan.baselineYear)
            .arg(p.plan.startYear)
            .arg(p.plan.endYear)
            .arg(progress::target(p.plan).format(100)) +
        (latest != m_session.year()
             ? QStringLiteral("\n") +
                   tr("No figures for %1 yet: showing %2.").arg(m_session.year()).arg(latest)
             : QString()));
    // The three cards are one like-for-like comparison (the units that reported in both years),
    // so the reduction can be recomputed from the two rates beside it; without such a set they
    // show what was reported.
    const bool matched = now && now->matchedReduction;
    const QString likeForLike = glossary::label(glossary::Term::LikeForLike);
    m_baselineCaption->setText(
        matched ? tr("Accident rate %1 (baseline, %2)").arg(p.plan.baselineYear).arg(likeForLike)
                : tr("Accident rate %1 (baseline)").arg(p.plan.baselineYear));
    m_baselineValue->setText(ratioText(matched ? now->matchedBaselineRate
                                       : base  ? base->accidentRate
                                               : std::nullopt,
                                       1000, QStringLiteral("‰")));
    m_latestCaption->setText(matched
                                 ? tr("Accident rate %1 (latest, %2)").arg(latest).arg(likeForLike)
                                 : tr("Accident rate %1 (latest)").arg(latest));
    m_latestValue->setText(ratioText(matched ? now->matchedRate
                                     : now   ? now->accidentRate
                                             : std::nullopt,
                                     1000, QStringLiteral("‰")));
    m_reductionCaption->setText(tr("Reduction, %1 (target %2%, expected by %3: %4%)")
                                    .arg(likeForLike)
                                    .arg(progress::target(p.plan).format(100))
                                    .arg(latest)
                                    .arg(progress::glidePath(p.plan, latest).format(100)));
    m_reductionValue->setText(
        ratioText(now ? now->matchedReduction : std::nullopt, 100, QStringLiteral("%")));
    // Which units the figures cover, always; in the alert colour when some did not report.
    m_coverageLine->setText(now ? coverageSentence(now->reporting) : QString());
    m_coverageLine->setStyleSheet(now && !now->reporting.isComplete()
                                      ? QStringLiteral("color: %1; font-weight: bold")
                                            .arg(progressStatusColor(ProgressStatus::Behind).name())
                                      : QString());
    const ProgressStatus status = now ? now->status : ProgressStatus::NoBaseline;
    const QColor colour = progressStatusColor(status);
    m_reductionValue->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
    m_statusBadge->setText(progressStatusLabel(status));
    m_statusBadge->setProperty("statusKey", progressStatusKey(status));
    m_statusBadge->setStyleSheet(
        QStringLiteral("background: %1; color: white; border-radius: 6px; padding: 8px")
            .arg(colour.name()));
    m_summary->setText(progressSummary(p, latest));

    m_industryCaption->setText(tr("By key industry, %1").arg(latest));
    for (const ProgressSeries& s : p.industries)
        if (const ProgressFigure* f = s.at(latest))
            industries << ProgressTableModel::Row{
                s.local ? s.industry + tr(" (local)") : s.industry, *f, false};
    if (now)
        industries << ProgressTableModel::Row{progressTotalName(), *now, true};
    for (const ProgressFigure& f : p.total.figures)
        years << ProgressTableModel::Row{QString::number(f.year), f, f.year == latest};
    QStringList behind;
    int assessed = 0; // children with a status against the target: met, on track or behind
    for (const ChildProgress& c : m_children) {
        children << ProgressTableModel::Row{c.unit.name, c.total, false};
        if (c.total.status == ProgressStatus::Behind)
            behind << c.unit.name;
        assessed += c.total.status == ProgressStatus::Met ||
                    c.total.status == ProgressStatus::OnTrack ||
                    c.total.status == ProgressStatus::Behind;
    }
    for (ProgressTableModel* m : {m_industries, m_years, m_childModel}) {
        m->setDenominator(p.plan.rateDenominator);
        m->setBaselineYear(p.plan.baselineYear);
    }
    m_industries->setRows(industries);
    m_years->setRows(years);
    m_yearView->scrollToBottom(); // the latest year in view, even where the table must scroll
    m_childModel->setRows(children);
    m_childBox->setVisible(!m_children.isEmpty());
    m_childCaption->setText(tr("%1 units below %2, assessed for %3")
                                .arg(m_children.size())
                                .arg(p.unit.name)
                                .arg(latest));
    // "None behind" is a finding only about units that could be assessed: with no figures
    // below, it would read as good news.
    m_behindLine->setText(!behind.isEmpty()
                              ? tr("Behind (worst first): %1").arg(behind.join(tr(", ")))
                          : assessed == 0 ? tr("No unit below has figures to assess yet.")
                                          : tr("No unit below is behind."));
    // The province view names the cities a consolidated figure is missing.
    m_missingLine->setText(missingChildrenSentence(m_children, latest));
    m_behindLine->setStyleSheet(behind.isEmpty()
                                    ? QString()
                                    : QStringLiteral("color: %1; font-weight: bold")
                                          .arg(progressStatusColor(ProgressStatus::Behind).name()));
}

} // namespace yufang
