#include "training_tab.h"
#include "import_file_filter.h"
#include "status_messages.h"
#include "table_file.h"

#include "coverage_chart.h"
#include "diagnostic_text.h"
#include "keyboard/editable_cell_view.h"
#include "provider_panel.h"
#include "training_table_model.h"
#include "whole_number_delegate.h"

#include "forms/form_access.h"
#include "prompter.h"
#include "report_renderer.h"
#include "save_conflict.h"
#include "session.h"

#include "io/csv_writer.h"
#include "io/file_output.h"
#include "io/training_csv.h"
#include "services/form_table_import.h"
#include "services/training_export.h"
#include "services/training_progress.h"
#include "storage/plan_category_store.h"
#include "storage/training_repository.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace yufang {

namespace {
QString percent(std::optional<double> fraction) {
    return fraction ? QStringLiteral("%1").arg(*fraction * 100.0, 0, 'f', 2) : QStringLiteral("—");
}

QColor statusColour(TrainingStatus s) {
    switch (s) {
    case TrainingStatus::Met:
        return QColor(0x1E, 0x84, 0x49);
    case TrainingStatus::OnTrack:
        return QColor(0x1F, 0x5F, 0xAF);
    case TrainingStatus::Behind:
        return QColor(0xC0, 0x39, 0x2B);
    case TrainingStatus::NoData:
        break;
    }
    return QColor(0x77, 0x77, 0x77);
}
} // namespace

TrainingTab::TrainingTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_model(new TrainingTableModel(this)) {
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_unitLine = new QLabel(this);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #EEF4FB; border: 1px solid #C5D7EE; padding: 4px; }"));

    m_view = new EditableCellView(this); // Tab skips the computed rates
    m_view->setModel(m_model);
    m_view->setItemDelegate(new WholeNumberDelegate(TrainingTableModel::CountCellRole, m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(22);

    m_preparer = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    auto* meta = new QHBoxLayout;
    auto* metaForm = new QFormLayout;
    metaForm->addRow(tr("Prepared by"), m_preparer);
    auto* metaForm2 = new QFormLayout;
    metaForm2->addRow(tr("Telephone"), m_phone);
    meta->addLayout(metaForm);
    meta->addLayout(metaForm2);
    m_findings = new QListWidget(this);
    m_findings->setMaximumHeight(80);
    m_findings->setWordWrap(true); // a long warning wraps instead of being cut off
    m_findings->setObjectName(QStringLiteral("TrainingFindings"));

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

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(meta);
    leftLayout->addWidget(m_findings);
    leftLayout->addLayout(buttons);

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
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_chart, 3);
    rightLayout->addWidget(new QLabel(tr("Sub-units, lagging first:"), right));
    rightLayout->addWidget(m_children, 2);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 440}); // the chart needs room for its year labels

    m_providers = new ProviderPanel(session, prompter, this);
    m_pages = new QTabWidget(this);
    m_pages->addTab(splitter, tr("Coverage"));
    m_pages->addTab(m_providers, tr("Recommended providers"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_unitLine);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    connect(m_save, &QPushButton::clicked, this, &TrainingTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_model->revert();
        reload();
    });
    connect(m_addCategory, &QPushButton::clicked, this, &TrainingTab::addCategory);
    connect(m_import, &QPushButton::clicked, this, &TrainingTab::importDialog);
    connect(m_export, &QPushButton::clicked, this, &TrainingTab::exportDialog);
    connect(m_print, &QPushButton::clicked, this, &TrainingTab::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &TrainingTab::exportPdfDialog);
    connect(m_model, &TrainingTableModel::diagnosticsChanged, this, &TrainingTab::updateFindings);
    connect(m_model, &TrainingTableModel::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
    });
    connect(m_preparer, &QLineEdit::textEdited, this, &TrainingTab::metaEdited);
    connect(m_phone, &QLineEdit::textEdited, this, &TrainingTab::metaEdited);
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

bool TrainingTab::isModified() const {
    return m_model->isModified();
}

void TrainingTab::reload() {
    m_loading = true;
    const auto unit = m_session.unit();
    const auto plan = m_session.plan();
    const int year = m_session.year();
    if (!unit || !plan) {
        m_model->setTable({}, true);
        m_title->setText(tr("Choose a unit and a year on the left."));
        m_unitLine->clear();
        m_banner->hide();
    } else {
        const TrainingRepository repo(m_session.connection());
        const bool parent = m_session.unitHasChildren();
        m_revision =
            RecordRevisions(m_session.connection()).ticket(RecordKey::training(unit->code, year));
        const TrainingTable table =
            parent ? repo.consolidated(unit->code, year) : repo.load(unit->code, year);
        const TrainingTable previous =
            parent ? repo.consolidated(unit->code, year - 1) : repo.load(unit->code, year - 1);
        m_model->setTable(table, parent || m_session.isReadOnly(), previous);
        m_title->setText(trainingFormTitle(*plan));
        m_unitLine->setText(
            tr("Reporting unit: %1 (%2)    Year: %3    Key-personnel categories: %4")
                .arg(unit->name, unit->code)
                .arg(year)
                .arg(table.categories.join(QStringLiteral("、"))));
        if (parent) {
            m_banner->setText(
                tr("Consolidated: the unit's own rows plus all units below it; %1 unit(s) hold "
                   "training figures for %2. Read-only: select a unit without sub-units to edit.")
                    .arg(repo.unitsWithData(unit->code, year))
                    .arg(year));
            m_banner->show();
        } else if (!repo.hasData(unit->code, year)) {
            m_banner->setText(
                tr("No training figures stored for %1 yet: fill in the table and save, or import "
                   "the exported blank table once filled in.")
                    .arg(year));
            m_banner->show();
        } else {
            m_banner->hide();
        }
        m_preparer->setText(table.meta.preparer);
        m_phone->setText(table.meta.phone);
        m_view->resizeColumnsToContents();
    }
    m_preparer->setReadOnly(m_model->isReadOnly());
    m_phone->setReadOnly(m_model->isReadOnly());
    m_loading = false;
    updateProgress();
    updateFindings();
    updateActions();
}

void TrainingTab::updateProgress() {
    m_children->setRowCount(0);
    const auto unit = m_session.unit();
    const auto plan = m_session.plan();
    if (!unit || !plan) {
        m_status->clear();
        m_chart->setSeries({}, 1.0);
        return;
    }
    const TrainingProgress progress(m_session.connection());
    const TrainingAssessment a = progress.assess(unit->code, m_session.year());
    m_status->setText(
        tr("<b>Training coverage %1: %2%</b> — path %3%, target %4% by %5 — "
           "<span style=\"color:%6\"><b>%7</b></span>")
            .arg(m_session.year())
            .arg(a.coverage ? a.coverage->format(100) : QStringLiteral("—"), percent(a.expected))
            .arg(a.target * 100.0, 0, 'f', 0)
            .arg(plan->endYear)
            .arg(statusColour(a.status).name(), trainingStatusLabel(a.status)));
    m_chart->setSeries(progress.series(unit->code), plan->trainingCoverageTarget);
    const QList<ChildTrainingStatus> children = progress.children(unit->code, m_session.year());
    m_children->setRowCount(int(children.size()));
    for (int r = 0; r < children.size(); ++r) {
        const ChildTrainingStatus& c = children.at(r);
        const QStringList cells = {
            c.unit.name,
            c.assessment.coverage ? c.assessment.coverage->format(100) : QStringLiteral("—"),
            percent(c.assessment.expected), trainingStatusLabel(c.assessment.status)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.unit.code);
            item->setData(Qt::UserRole + 1, trainingStatusKey(c.assessment.status));
            if (col == 3)
                item->setForeground(statusColour(c.assessment.status));
            if (col == 1 || col == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_children->setItem(r, col, item);
        }
    }
    m_children->resizeColumnsToContents();
}

void TrainingTab::metaEdited() {
    if (!m_loading)
        m_model->setMeta(TrainingMeta{m_preparer->text().trimmed(), m_phone->text().trimmed()});
}

void TrainingTab::updateFindings() {
    m_findings->clear();
    for (const Diagnostic& d : m_model->diagnostics()) {
        const bool error = d.severity == Severity::Error;
        auto* item =
            new QListWidgetItem((error ? tr("Error: ") : tr("Warning: ")) + d.message, m_findings);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
    }
    m_findings->setVisible(m_findings->count() > 0);
    updateActions();
}

void TrainingTab::updateActions() {
    const bool editable = !m_model->isReadOnly();
    const bool selected = m_session.unit().has_value();
    const bool errors = hasErrors(m_model->diagnostics());
    m_revert->setEnabled(editable && m_model->isModified());
    m_save->setEnabled(editable && m_model->isModified() && !errors);
    m_save->setToolTip(errors ? tr("Correct the errors marked in red before saving.") : QString());
    m_import->setEnabled(selected);
    m_export->setEnabled(selected);
    m_print->setEnabled(selected);
    m_pdf->setEnabled(selected);
    m_addCategory->setEnabled(selected);
}

bool TrainingTab::save() {
    if (!m_model->isModified())
        return true;
    const TrainingTable table = m_model->table();
    const auto unit = m_session.unit();
    const GuardedSave guarded{RecordKey::training(table.unitCode, table.year),
                              tr("The training table of %1 for %2")
                                  .arg(unit ? unit->name : table.unitCode)
                                  .arg(table.year),
                              {},
                              [this] {
                                  m_model->revert();
                                  reload();
                              }};
    if (!saveEdits(m_prompter, this, m_session.connection(), m_revision, guarded,
                   m_model->diagnostics(), [&](RevisionTicket* ticket, QString* why) {
                       return TrainingRepository(m_session.connection())
                           .save(table, QStringLiteral("manual"), why, ticket);
                   }))
        return false;
    m_model->markSaved();
    reload();
    return true;
}

bool TrainingTab::maybeSave() {
    if (!m_model->isModified())
        return true;
    return resolveUnsavedChanges(
        m_prompter, this, tr("Unsaved changes"),
        tr("The training table for %1, %2 has unsaved changes. Save them?")
            .arg(m_session.unit() ? m_session.unit()->name : m_model->table().unitCode)
            .arg(m_model->table().year),
        [this] { return save(); }, [this] { m_model->revert(); });
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
        reload();
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
        TrainingExport(m_session.connection()).report(unit->code, m_session.year(), error);
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
    const auto doc =
        TrainingExport(m_session.connection()).report(unit->code, m_session.year(), &error);
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
