#include "training_tab.h"
#include "import_file_filter.h"
#include "status_messages.h"
#include "table_file.h"

#include "coverage_chart.h"
#include "diagnostic_text.h"
#include "provider_panel.h"

#include "forms/form_access.h"
#include "forms/form_editor.h"
#include "forms/form_table_model.h"
#include "prompter.h"
#include "report_renderer.h"
#include "save_conflict.h"
#include "server/read_only_reason.h"
#include "session.h"

#include "domain/plan_targets.h"
#include "domain/training_validation.h"
#include "io/csv_writer.h"
#include "io/file_output.h"
#include "progress/status_style.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "services/indicator_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_category_store.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
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
      m_editor(new FormEditor(prompter, this)) {
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
    connect(m_import, &QPushButton::clicked, this, &TrainingTab::importDialog);
    connect(m_export, &QPushButton::clicked, this, &TrainingTab::exportDialog);
    connect(m_print, &QPushButton::clicked, this, &TrainingTab::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &TrainingTab::exportPdfDialog);
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
    connect(&m_session, &Session::annexChanged, this, reloadUnlessEdited);
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
        const bool readOnly = parent || m_session.isReadOnly();
        // Taken before the form is read, so a save landing in between is a conflict, not lost.
        m_revision = RecordRevisions(db).ticket(form_access::recordKey(kForm, unit->code, year));
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
                          readOnly, !readOnly);
        if (parent) {
            m_editor->setConsolidatedBanner(form_access::completeness(db, kForm, unit->code, year),
                                            year);
        } else if (m_session.isReadOnly()) {
            // A copy opened read-only says why the unit's own table cannot be edited.
            m_editor->setBanner(readOnlyReason(m_session), true);
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
    const bool editable = !m->isReadOnly();
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
    if (!isModified())
        return true;
    FormTableModel* m = model();
    const FormTable table = m->table();
    const auto unit = m_session.unit();
    const GuardedSave guarded{form_access::recordKey(table.formCode, table.unitCode, table.year),
                              tr("The training table of %1 for %2")
                                  .arg(unit ? unit->name : table.unitCode)
                                  .arg(table.year),
                              {},
                              [this] {
                                  model()->revertEdits();
                                  reload();
                              }};
    if (!saveEdits(m_prompter, this, m_session.connection(), m_revision, guarded, m->diagnostics(),
                   [&](RevisionTicket* ticket, QString* why) {
                       return form_access::save(m_session.connection(), table, ticket, why);
                   }))
        return false;
    m->markSaved();
    // The coverage beside the table, 概览 and 趋势 follow the saved figures.
    m_session.notifyFiguresChanged(table.unitCode, table.year);
    return true;
}

bool TrainingTab::maybeSave() {
    if (!isModified())
        return true;
    return resolveUnsavedChanges(
        m_prompter, this, tr("Unsaved changes"),
        tr("The training table for %1, %2 has unsaved changes. Save them?")
            .arg(m_session.unit() ? m_session.unit()->name : model()->table().unitCode)
            .arg(model()->table().year),
        [this] { return save(); }, [this] { model()->revertEdits(); });
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
    if (!maybeSave())
        return 0;
    const FormTableImporter importer(m_session.connection());
    int landed = 0;
    QStringList report, landedFiles;
    for (const QString& path : paths) {
        FormImportOptions options;
        options.year = m_session.year();
        FormTableFileImport import =
            importer.prepareFile(path, QStringLiteral("training"), options);
        // Only the "already holds data" error can be answered here: ask, then prepare again.
        const bool onlyReplace =
            countOf(import.diagnostics, Severity::Error) == 1 && import.replacesExisting;
        if (onlyReplace &&
            m_prompter.question(this, tr("Import training table"),
                                tr("%1 %2 already holds training figures. Replace them with %3?")
                                    .arg(import.unit ? import.unit->name : QString())
                                    .arg(options.year.value_or(0))
                                    .arg(path),
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes) {
            options.replace = true;
            import = importer.prepareFile(path, QStringLiteral("training"), options);
        }
        importer.commit(import);
        landed += import.landed ? 1 : 0;
        if (import.landed)
            landedFiles << path;
        report << import.summary();
        for (const Diagnostic& d : import.diagnostics)
            if (d.severity != Severity::Info)
                report << QStringLiteral("  ") + d.toString(&guiRemedy);
    }
    if (landed > 0)
        m_session.notifyFiguresChanged(m_session.unitCode(), m_session.year());
    status::filesImported(this, landedFiles);
    if (landed == paths.size())
        m_prompter.information(this, tr("Import training table"), report.join(QLatin1Char('\n')));
    else
        m_prompter.warning(this, tr("Import training table"), report.join(QLatin1Char('\n')));
    return landed;
}

bool TrainingTab::exportCsv(const QString& path, QString* error) const {
    const auto unit = m_session.unit();
    if (!unit || !form_access::exportForm(m_session.connection(), QStringLiteral("training"),
                                          unit->code, m_session.year(), path, error))
        return false;
    status::fileWritten(this, path);
    return true;
}

bool TrainingTab::exportPdf(const QString& path, QString* error) const {
    const auto unit = m_session.unit();
    if (!unit)
        return false;
    const auto doc =
        FormTableExport(m_session.connection()).report(unit->code, kForm, m_session.year(), error);
    if (!(doc && ReportRenderer::writePdf(*doc, path, error)))
        return false;
    status::fileWritten(this, path);
    return true;
}

void TrainingTab::importDialog() {
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import training table"),
                                                            QString(), importFileFilter());
    if (!paths.isEmpty())
        importFiles(paths);
}

void TrainingTab::exportDialog() {
    const auto unit = m_session.unit();
    if (!unit || !maybeSave())
        return;
    // The preparer's phone (0539…) would lose its 0 in a spreadsheet: then .xlsx comes first.
    const QString path =
        askTableFile(this, tr("Export training table"),
                     QStringLiteral("培训情况表-%1-%2.csv").arg(unit->name).arg(m_session.year()),
                     form_access::formFill(m_session.connection(), QStringLiteral("training"),
                                           unit->code, m_session.year()));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        m_prompter.warning(this, tr("Export training table"), error);
}

void TrainingTab::exportPdfDialog() {
    const auto unit = m_session.unit();
    if (!unit || !maybeSave())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"),
        QStringLiteral("培训情况表-%1-%2.pdf").arg(unit->name).arg(m_session.year()),
        tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        m_prompter.warning(this, tr("Export PDF"), error);
}

void TrainingTab::printPreview() {
    const auto unit = m_session.unit();
    if (!unit || !maybeSave())
        return;
    QString error;
    // The form engine's printed form: the layout in the definition, the status the
    // training-coverage indicator's.
    const auto doc =
        FormTableExport(m_session.connection()).report(unit->code, kForm, m_session.year(), &error);
    if (!doc) {
        m_prompter.warning(this, tr("Print preview"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc->landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(*doc, p); });
    if (preview.exec() == QDialog::Accepted) // the print button prints, then accepts
        status::printed(this, doc->name, printer);
}

} // namespace yufang
