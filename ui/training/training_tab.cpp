#include "training_tab.h"

#include "coverage_chart.h"
#include "provider_panel.h"

#include "forms/form_access.h"
#include "forms/form_editor.h"
#include "forms/form_file_actions.h"
#include "forms/form_history_actions.h"
#include "forms/form_table_model.h"
#include "prompter.h"
#include "server/read_only_reason.h"
#include "session.h"

#include "domain/plan_targets.h"
#include "domain/training_validation.h"
#include "progress/status_style.h"
#include "services/indicator_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_category_store.h"

#include <QHBoxLayout>
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
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_editor(new FormEditor(prompter, this)),
      m_files(new FormFileActions(
          session, prompter, m_editor,
          {kForm, QStringLiteral("培训情况表"), tr("The training table of %1 for %2"),
           tr("The training table for %1, %2 has unsaved changes. Save "
              "them?"),
           tr("Import training table"),
           tr("%1 %2 already holds training figures. Replace them with %3?"),
           tr("Export training table")},
          this, [this] { reload(); })) {
    offerFormHistory(m_editor, session, prompter, [this] { reload(); });
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
    m_editor->setSidePanel(m_pages, 1);
    // Thirty-odd lines (the categories of seven industries, their 小计 and 合计): compact rows.
    m_editor->view()->verticalHeader()->setDefaultSectionSize(22);

    m_addCategory = new QPushButton(tr("Add category…"), this);
    m_addCategory->setToolTip(
        tr("Add a key-personnel category to the unit's plan (e.g. 主要负责人)"));
    m_import = new QPushButton(tr("Import…"), this);
    m_export = new QPushButton(tr("Export table…"), this);
    m_print = new QPushButton(tr("Print preview…"), this);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    m_revert = new QPushButton(tr("Revert"), this);
    m_save = new QPushButton(tr("Save"), this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_addCategory, m_import, m_export, m_print, m_pdf})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &TrainingTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        model()->revertEdits();
        reload();
    });
    connect(m_addCategory, &QPushButton::clicked, this, &TrainingTab::addCategory);
    connect(m_import, &QPushButton::clicked, m_files, &FormFileActions::importDialog);
    connect(m_export, &QPushButton::clicked, m_files, &FormFileActions::exportDialog);
    connect(m_print, &QPushButton::clicked, m_files, &FormFileActions::printPreview);
    connect(m_pdf, &QPushButton::clicked, m_files, &FormFileActions::exportPdfDialog);
    connect(m_editor, &FormEditor::findingsChanged, this, &TrainingTab::updateActions);
    connect(m_editor, &FormEditor::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
    });
    connect(&m_session, &Session::selectionChanged, this, &TrainingTab::reload);
    connect(&m_session, &Session::databaseChanged, this, &TrainingTab::reload);
    // A local key industry added on the 基本情况表, figures filled from the register: reload,
    // but never over the user's unsaved edits.
    const auto reloadUnlessEdited = [this] {
        if (!isModified())
            reload();
    };
    connect(&m_session, &Session::figuresChanged, this, reloadUnlessEdited);
    m_session.addGuard([this] { return maybeSave(); });
    reload();
}

FormTableModel* TrainingTab::model() const {
    return m_editor->model();
}

QTableView* TrainingTab::view() const {
    return m_editor->view();
}

QLabel* TrainingTab::banner() const {
    return m_editor->banner();
}

bool TrainingTab::isModified() const {
    return model()->isModified();
}

void TrainingTab::reload() {
    const auto unit = m_session.unit();
    const int year = m_session.year();
    const QSqlDatabase db = m_session.connection();
    const auto definition = unit && m_session.plan()
                                ? form_access::definitionFor(db, kForm, unit->code, year)
                                : std::nullopt;
    if (!unit || !definition) {
        model()->setExtraChecks({});
        m_editor->clear(tr("Choose a unit and a year on the left."));
    } else {
        const bool parent = m_session.unitHasChildren();
        // An accepted return freezes the unit's own form.
        const auto lock = parent ? std::nullopt : form_access::lockOf(db, kForm, unit->code, year);
        const bool readOnly = parent || lock || m_session.isReadOnly();
        // Taken before the form is read, so a save landing in between is a conflict, not lost.
        m_files->setRevision(
            RecordRevisions(db).ticket(form_access::recordKey(kForm, unit->code, year)));
        const FormTable table = form_access::load(db, *definition, unit->code, year, parent);
        // "Trained" is cumulative: below the year before's figure is a warning at its cell.
        const auto before = form_access::definitionFor(db, kForm, unit->code, year - 1);
        const FormTable previous =
            form_access::load(db, before ? *before : *definition, unit->code, year - 1, parent);
        model()->setExtraChecks(
            [previous](const FormTable& t) { return trainingFormWarnings(t, previous); });
        m_editor->setForm(*definition, table,
                          tr("Reporting unit: %1 (%2)    Year: %3    Key-personnel categories: %4")
                              .arg(unit->name, unit->code)
                              .arg(year)
                              .arg(categoriesOf(table).join(QStringLiteral("、"))),
                          readOnly, !readOnly || (parent && !m_session.isReadOnly()));
        if (parent) {
            m_editor->setConsolidatedBanner(form_access::completeness(db, kForm, unit->code, year),
                                            year);
        } else if (m_session.isReadOnly()) {
            // A copy opened read-only says why the unit's own table cannot be edited.
            m_editor->setBanner(readOnlyReason(m_session), true);
        } else if (lock) {
            m_editor->setLock(*lock);
        } else if (!table.hasFigures()) {
            m_editor->setBanner(
                tr("No training figures stored for %1 yet: fill in the table and save, or import "
                   "the exported blank table once filled in.")
                    .arg(year));
        } else {
            m_editor->setBanner(QString());
        }
    }
    updateProgress();
    updateActions();
}

// The plan's training-coverage indicator, evaluated like every indicator (its path from the
// first year with data, no status below the plan's reporting threshold: docs/progress.md), so
// the panel, 概览 and the printed page say the same.
void TrainingTab::updateProgress() {
    m_children->setRowCount(0);
    const auto unit = m_session.unit();
    const auto plan = m_session.plan();
    const QSqlDatabase db = m_session.connection();
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
    const int year = m_session.year();
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
    const FormTableModel* m = model();
    const bool editable = m_editor->isEditable();
    const bool selected = m_session.unit().has_value();
    const bool errors = hasErrors(m->diagnostics());
    m_revert->setEnabled(editable && m->isModified());
    m_save->setEnabled(editable && m->isModified() && !errors);
    m_save->setToolTip(errors ? tr("Correct the errors marked in red before saving.") : QString());
    m_import->setEnabled(selected && !m_session.isReadOnly());
    m_export->setEnabled(selected);
    m_print->setEnabled(selected);
    m_pdf->setEnabled(selected);
    m_addCategory->setEnabled(selected && !m_session.isReadOnly());
}

bool TrainingTab::save() {
    return m_files->save();
}

bool TrainingTab::maybeSave() {
    return m_files->maybeSave();
}

void TrainingTab::addCategory() {
    const auto plan = m_session.plan();
    if (!plan || !maybeSave())
        return;
    const auto name = m_prompter.text(
        this, tr("Add key-personnel category"),
        tr("New key-personnel category of the plan %1 (e.g. 主要负责人):").arg(plan->title));
    if (!name)
        return;
    QString error;
    if (!PlanCategoryStore(m_session.connection()).add(plan->id, *name, &error)) {
        m_prompter.warning(this, tr("Add key-personnel category"), error);
        return;
    }
    reload();
}

int TrainingTab::importFiles(const QStringList& paths) {
    return m_files->importFiles(paths);
}

bool TrainingTab::exportCsv(const QString& path, QString* error) const {
    return m_files->exportCsv(path, error);
}

bool TrainingTab::exportPdf(const QString& path, QString* error) const {
    return m_files->exportPdf(path, error);
}

} // namespace yufang
