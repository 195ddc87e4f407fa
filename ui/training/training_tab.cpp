#include "training_tab.h"

#include "coverage_chart.h"
#include "provider_panel.h"

#include "forms/form_access.h"
#include "forms/form_editor.h"
#include "forms/form_file_actions.h"
#include "forms/form_table_model.h"
#include "prompter.h"
#include "session.h"

#include "domain/plan_targets.h"
#include "domain/training_validation.h"
#include "progress/status_style.h"
#include "services/indicator_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_category_store.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yufang {

namespace {
const QString kForm = QStringLiteral("training");

// The key-personnel categories of the form, in its order (the row keys of its groups).
QStringList categoriesOf(const FormTable& table) {
    QStringList out;
    for (const FormRow& row : table.rows)
        if (!out.contains(row.key))
            out << row.key;
    return out;
}
} // namespace

TrainingTab::TrainingTab(Session& session, Prompter& prompter, QWidget* parent)
    : UnitFormTab(session, prompter,
                  {kForm, QStringLiteral("培训情况表"), tr("The training table of %1 for %2"),
                   tr("The training table for %1, %2 has unsaved changes. Save "
                      "them?"),
                   tr("Import training table"),
                   tr("%1 %2 already holds training figures. Replace them with %3?"),
                   tr("Export training table")},
                  parent) {
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_chart = new CoverageChart(this);
    m_children = new QTableWidget(0, 4, this);
    m_children->setHorizontalHeaderLabels(
        {tr("Sub-unit"), tr("Coverage (%)"), tr("Path (%)"), tr("Status")});
    m_children->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_children->verticalHeader()->setVisible(false);
    m_children->horizontalHeader()->setStretchLastSection(true);
    m_children->verticalHeader()->setDefaultSectionSize(22);
    auto* coverage = new QWidget(this);
    auto* coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->setContentsMargins(0, 0, 0, 0);
    coverageLayout->addWidget(m_status);
    coverageLayout->addWidget(m_chart, 3);
    coverageLayout->addWidget(new QLabel(tr("Sub-units, lagging first:"), coverage));
    coverageLayout->addWidget(m_children, 2);
    m_providers = new ProviderPanel(session, prompter, this);
    // Beside the table: the coverage over the years, and the providers enterprises choose from.
    m_pages = new QTabWidget(this);
    m_pages->addTab(coverage, tr("Coverage"));
    m_pages->addTab(m_providers, tr("Recommended providers"));
    // The table has ten columns: three parts of the width to the panel's one (at 1024 px the
    // panel keeps its minimum, the width of the providers' buttons).
    editor()->setSidePanel(m_pages, 1);
    // Thirty-odd lines (the categories of seven industries, their 小计 and 合计): compact rows.
    view()->verticalHeader()->setDefaultSectionSize(22);

    m_addCategory = new QPushButton(tr("Add category…"), this);
    m_addCategory->setToolTip(
        tr("Add a key-personnel category to the unit's plan (e.g. 主要负责人)"));
    m_import = new QPushButton(tr("Import…"), this);
    m_export = new QPushButton(tr("Export table…"), this);
    m_print = new QPushButton(tr("Print preview…"), this);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    for (QPushButton* b : {m_addCategory, m_import, m_export, m_print, m_pdf})
        addButton(b);
    connect(m_addCategory, &QPushButton::clicked, this, &TrainingTab::addCategory);
    connect(m_import, &QPushButton::clicked, files(), &FormFileActions::importDialog);
    connect(m_export, &QPushButton::clicked, files(), &FormFileActions::exportDialog);
    connect(m_print, &QPushButton::clicked, files(), &FormFileActions::printPreview);
    connect(m_pdf, &QPushButton::clicked, files(), &FormFileActions::exportPdfDialog);
    reload();
}

QString TrainingTab::unitLine(const Unit& unit, int year, const FormTable& table) const {
    return tr("Reporting unit: %1 (%2)    Year: %3    Key-personnel categories: %4")
        .arg(unit.name, unit.code)
        .arg(year)
        .arg(categoriesOf(table).join(QStringLiteral("、")));
}

QString TrainingTab::ownBanner(int year, const FormTable& table, bool editable) const {
    return editable && !table.hasFigures()
               ? tr("No training figures stored for %1 yet: fill in the table and save, or "
                    "import the exported blank table once filled in.")
                     .arg(year)
               : QString();
}

void TrainingTab::aboutToShow(const FormDefinition* definition, const Unit* unit, int year) {
    if (!definition || !unit) {
        model()->setExtraChecks({});
        return;
    }
    const QSqlDatabase db = session().connection();
    const bool parent = session().unitHasChildren();
    const auto before = form_access::definitionFor(db, kForm, unit->code, year - 1);
    const FormTable previous =
        form_access::load(db, before ? *before : *definition, unit->code, year - 1, parent);
    model()->setExtraChecks(
        [previous](const FormTable& t) { return trainingFormWarnings(t, previous); });
}

void TrainingTab::shown() {
    if (m_chart) // built
        updateProgress();
}

// The plan's training-coverage indicator, evaluated like every indicator (its path from the
// first year with data, no status below the plan's reporting threshold: docs/progress.md), so
// the panel, 概览 and the printed page say the same.
void TrainingTab::updateProgress() {
    m_children->setRowCount(0);
    const auto unit = session().unit();
    const auto plan = session().plan();
    const QSqlDatabase db = session().connection();
    const QList<IndicatorDefinition> all =
        plan ? IndicatorRepository(db).forPlan(plan->id) : QList<IndicatorDefinition>{};
    const auto index = plan_targets::trainingCoverageIndex(all);
    if (!unit || !plan || !index) {
        m_status->clear();
        m_chart->setSeries({}, 1.0);
        return;
    }
    const IndicatorDefinition& d = all.at(*index);
    const IndicatorService service(db);
    const int year = session().year();
    const IndicatorFigure f = service.evaluate(d, *plan, unit->code, year).total;
    m_status->setText(
        tr("<b>Training coverage %1: %2%</b> — path %3%, target %4% by %5 — "
           "<span style=\"color:%6\"><b>%7</b></span>")
            .arg(year)
            .arg(indicators::formatValue(d, f.value), indicators::formatValue(d, f.expected))
            .arg(indicators::formatTargetInWords(d, f.target))
            .arg(plan->endYear)
            .arg(termColor(f.status).name(), glossary::label(f.status)));
    // The chart runs over the plan's period (and any later year shown), the path to its end.
    QList<IndicatorFigure> series;
    for (int y = indicators::baselineYear(d, *plan); y <= std::max(plan->endYear, year); ++y)
        series << (y == year ? f : service.evaluate(d, *plan, unit->code, y).total);
    m_chart->setSeries(series, d.target);
    const QList<UnitFigure> children = service.children(d, *plan, unit->code, year);
    m_children->setRowCount(int(children.size()));
    for (int r = 0; r < children.size(); ++r) {
        const UnitFigure& c = children.at(r);
        const QStringList cells = {c.unit.name, indicators::formatValue(d, c.figure.value),
                                   indicators::formatValue(d, c.figure.expected),
                                   glossary::label(c.figure.status)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.unit.code);
            item->setData(Qt::UserRole + 1, glossary::key(c.figure.status));
            if (col == 3)
                item->setForeground(termColor(c.figure.status));
            if (col == 1 || col == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_children->setItem(r, col, item);
        }
    }
    m_children->resizeColumnsToContents();
}

void TrainingTab::updateActions() {
    UnitFormTab::updateActions();
    if (!m_pdf)
        return; // still being built
    const bool selected = session().unit().has_value();
    m_import->setEnabled(selected && !session().isReadOnly());
    m_export->setEnabled(selected);
    m_print->setEnabled(selected);
    m_pdf->setEnabled(selected);
    m_addCategory->setEnabled(selected && !session().isReadOnly());
}

void TrainingTab::addCategory() {
    const auto plan = session().plan();
    if (!plan || !maybeSave())
        return;
    const auto name = prompter().text(
        this, tr("Add key-personnel category"),
        tr("New key-personnel category of the plan %1 (e.g. 主要负责人):").arg(plan->title));
    if (!name)
        return;
    QString error;
    if (!PlanCategoryStore(session().connection()).add(plan->id, *name, &error)) {
        prompter().warning(this, tr("Add key-personnel category"), error);
        return;
    }
    reload();
}

} // namespace yufang
