#include "trends_tab.h"

#include "charts/chart_adapter.h"
#include "charts/chart_panel.h"
#include "lazy_reload.h"
#include "session.h"

#include "services/disease_charts.h"
#include "services/indicator_service.h"
#include "services/progress_charts.h"

#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace yufang {

TrendsTab::TrendsTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session) {
    setObjectName(QStringLiteral("TrendsTab"));
    auto* layout = new QVBoxLayout(this);
    // Top: the rate chart with its tickable legend beside it. Middle: the industries' bars and
    // the disease chart side by side. Bottom: the units below across the full width, a row per
    // unit, so fifteen county names ("临沂高新技术产业开发区") are never elided: a third of a
    // 1024 px window cut them to "临沂高新…".
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_rate = new ChartPanel(prompter, top);
    m_rate->setObjectName(QStringLiteral("RateChart"));
    m_rate->setLegendVisible(false); // the list beside it is the legend
    auto* side = new QVBoxLayout;
    auto* caption = new QLabel(tr("Lines shown:"), top);
    m_series = new QListWidget(top);
    m_series->setObjectName(QStringLiteral("TrendSeriesList"));
    m_series->setMaximumWidth(200);
    m_note = new QLabel(top);
    m_note->setWordWrap(true);
    m_note->setMaximumWidth(200);
    side->addWidget(caption);
    side->addWidget(m_series, 1);
    side->addWidget(m_note);
    topLayout->addWidget(m_rate, 1);
    topLayout->addLayout(side);
    auto* bottom = new QSplitter(Qt::Horizontal, splitter);
    m_reduction = new ChartPanel(prompter, bottom);
    m_reduction->setObjectName(QStringLiteral("ReductionChart"));
    m_children = new ChartPanel(prompter, splitter);
    m_children->setObjectName(QStringLiteral("ChildrenChart"));
    m_disease = new ChartPanel(prompter, bottom);
    m_disease->setObjectName(QStringLiteral("DiseaseChart"));
    // The rate chart, with up to twelve lines, gets half of the height and at least 280 px
    // (it was about 150 px at 1024×700, four lines on top of one another).
    top->setMinimumHeight(280);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    // The bar charts ask for a row of their own per bar (ChartPanel), so on a low screen
    // (1024×700) the tab scrolls rather than squeezing the bars until their names are elided.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(splitter);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);

    connect(m_series, &QListWidget::itemChanged, this, &TrendsTab::seriesToggled);
    // Disease figures and the plan's disease target can be written without a session signal
    // (the repository directly): re-read them, cheaply, whenever the tab comes back.
    m_lazy = new LazyReload(
        this, [this] { reload(); }, [this] { showDisease(); });
    for (auto signal : {&Session::selectionChanged, &Session::figuresChanged})
        connect(&m_session, signal, m_lazy, &LazyReload::request);
    connect(&m_session, &Session::databaseChanged, m_lazy, &LazyReload::request);
    m_lazy->request();
}

void TrendsTab::reload() {
    showDisease();
    m_progress.reset();
    QList<ChildProgress> children;
    if (m_session.hasDatabase() && !m_session.unitCode().isEmpty()) {
        const ProgressService service(m_session.connection());
        m_progress = service.unitProgress(m_session.unitCode());
        if (m_progress)
            children = service.childrenRanked(m_session.unitCode(), m_progress->latestYear());
    }
    // Keep the user's unticked lines across reloads of the same industries.
    QSet<QString> unticked;
    for (int i = 0; i < m_series->count(); ++i)
        if (m_series->item(i)->checkState() == Qt::Unchecked)
            unticked << m_series->item(i)->data(Qt::UserRole).toString();
    m_filling = true;
    m_series->clear();
    if (!m_progress) {
        m_filling = false;
        for (ChartPanel* panel : {m_rate, m_reduction, m_children})
            panel->setSpec({});
        m_note->setText(tr("Select a unit that follows a plan."));
        return;
    }
    const UnitProgress& p = *m_progress;
    const int latest = p.latestYear();
    const ChartSpec rate = progress_charts::accidentRateChart(p);
    for (const ChartSeries& s : rate.series) {
        auto* item = new QListWidgetItem(s.label, m_series);
        item->setData(Qt::UserRole, s.key);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(unticked.contains(s.key) ? Qt::Unchecked : Qt::Checked);
        // The list is the legend on screen: a swatch in the line's colour and style.
        QPixmap swatch(18, 10);
        swatch.fill(Qt::transparent);
        {
            QPainter painter(&swatch);
            QPen pen = ChartAdapter::seriesPen(rate, s.key);
            pen.setWidthF(std::min(pen.widthF() + 0.5, 4.0));
            painter.setPen(pen);
            painter.drawLine(0, 5, 18, 5);
        }
        item->setIcon(QIcon(swatch));
        if (s.role == ChartSeries::Role::Total) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_filling = false;
    m_rate->setSpec(rate);
    m_rate->setHiddenSeries(unticked);
    m_reduction->setSpec(progress_charts::industryReductionChart(p, latest));
    m_children->setSpec(progress_charts::childrenChart(p, children, latest));
    m_children->setVisible(!children.isEmpty());
    m_note->setText(tr("Hover over a point or bar for its exact value. Latest year with data: %1.")
                        .arg(latest));
}

// New occupational-disease cases by year, from the trend core computes; hidden without figures.
void TrendsTab::showDisease() {
    const std::optional<Unit> unit = m_session.hasDatabase() ? m_session.unit() : std::nullopt;
    const std::optional<Plan> plan = unit ? m_session.plan() : std::nullopt;
    const auto trend =
        plan ? IndicatorService(m_session.connection()).diseaseCasesTrend(*plan, unit->code)
             : std::nullopt;
    const ChartSpec spec = !trend || trend->points.isEmpty()
                               ? ChartSpec{}
                               : disease_charts::newCasesChart(unit->name, trend->points);
    m_disease->setSpec(spec);
    m_disease->setVisible(!spec.isEmpty());
}

void TrendsTab::seriesToggled() {
    if (m_filling)
        return;
    QSet<QString> hidden;
    for (int i = 0; i < m_series->count(); ++i)
        if (m_series->item(i)->checkState() == Qt::Unchecked)
            hidden << m_series->item(i)->data(Qt::UserRole).toString();
    m_rate->setHiddenSeries(hidden);
}

} // namespace yufang
