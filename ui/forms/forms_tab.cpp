#include "forms_tab.h"
#include "status_messages.h"

#include "form_access.h"
#include "form_editor.h"
#include "form_file_actions.h"
#include "form_import_dialog.h"
#include "form_table_model.h"
#include "import_file_filter.h"
#include "table_file.h"

#include "annex_export_dialog.h"
#include "form_history_actions.h"
#include "prompter.h"
#include "report_renderer.h"
#include "server/read_only_reason.h"
#include "session.h"

#include "io/csv_writer.h"
#include "io/file_output.h"
#include "io/form_csv_writer.h"
#include "storage/unit_repository.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace yufang {

FormsTab::FormsTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)) {
    setObjectName(QStringLiteral("FormsTab"));
    m_printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    m_forms = new QComboBox(this);
    m_forms->setObjectName(QStringLiteral("FormChooser"));
    m_forms->setMinimumContentsLength(24);
    m_import = new QPushButton(tr("Import…"), this);
    m_export = new QPushButton(tr("Export table…"), this);
    m_preview = new QPushButton(tr("Print preview…"), this);
    m_pdf = new QPushButton(tr("Export PDF…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Form"), this));
    top->addWidget(m_forms, 1);
    top->addWidget(m_import);
    top->addWidget(m_export);
    top->addWidget(m_preview);
    top->addWidget(m_pdf);

    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_editor = new FormEditor(prompter, this);
    // Save and the unsaved-edits question as the 培训 and 职业病 tabs have them; the words
    // name the chosen form (showForm).
    m_files = new FormFileActions(session, prompter, m_editor, {}, this, [this] { showForm(); });
    offerFormHistory(m_editor, session, prompter, [this] { showForm(); });
    m_revert = new QPushButton(tr("Revert"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setDefault(true);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    // A form with many header and footer fields is taller than a 700 px screen leaves for a tab:
    // it scrolls rather than forcing the whole window taller than the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_editor);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    chooseImportFile = [this, documents] {
        // The form engine's import reads workbooks too (io/spreadsheet_reader).
        return QFileDialog::getOpenFileName(this, tr("Import form"), documents, importFileFilter());
    };
    chooseExportFile = [this](const QString& suggested) {
        // A name typed without an extension gets the chosen filter's (askTableFile).
        return askTableFile(this, tr("Export form"), suggested,
                            suggested.endsWith(QLatin1String(".xlsx")));
    };
    choosePdfFile = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF (*.pdf)"));
    };
    runExportDialog = [](AnnexExportDialog& d) { return d.exec() == QDialog::Accepted; };
    runImportDialog = [](FormImportDialog& d) { return d.exec() == QDialog::Accepted; };

    connect(m_forms, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showForm();
    });
    connect(m_save, &QPushButton::clicked, this, &FormsTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_editor->model()->revertEdits();
        showForm();
    });
    connect(m_import, &QPushButton::clicked, this, &FormsTab::importForm);
    connect(m_export, &QPushButton::clicked, this, &FormsTab::exportCsv);
    connect(m_preview, &QPushButton::clicked, this, &FormsTab::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, &FormsTab::exportPdf);
    connect(m_editor, &FormEditor::modifiedChanged, this, &FormsTab::updateActions);
    connect(m_editor, &FormEditor::findingsChanged, this, &FormsTab::updateActions);
    connect(&m_session, &Session::selectionChanged, this, &FormsTab::reload);
    connect(&m_session, &Session::databaseChanged, this, &FormsTab::reload);
    // Figures saved elsewhere, or the plan edited (a new column shows at once).
    connect(&m_session, &Session::figuresChanged, this, [this] {
        if (!isModified())
            reload();
    });
    m_session.addGuard([this] { return maybeSave(); });
    reload();
}

FormsTab::~FormsTab() = default;

bool FormsTab::consolidated() const {
    return m_session.unitHasChildren();
}

std::optional<FormDefinition> FormsTab::currentDefinition() const {
    const int i = m_forms->currentIndex();
    if (i < 0 || i >= m_definitions.size())
        return std::nullopt;
    return m_definitions.at(i);
}

bool FormsTab::selectForm(const QString& code) {
    const int i = m_forms->findData(code);
    if (i < 0)
        return false;
    m_forms->setCurrentIndex(i);
    return true;
}

bool FormsTab::isModified() const {
    return m_editor->model()->isModified();
}

void FormsTab::reload() {
    fillChooser();
    showForm();
}

void FormsTab::fillChooser() {
    const QString previous = m_forms->currentData().toString();
    m_filling = true;
    m_forms->clear();
    m_definitions.clear();
    const auto plan =
        m_session.hasDatabase()
            ? form_access::planFor(m_session.connection(), m_session.unitCode(), m_session.year())
            : std::nullopt;
    if (plan) {
        m_definitions = form_access::engineForms(m_session.connection(), plan->id);
        for (FormDefinition& d : m_definitions) {
            // The title on screen, in the CSV and on the printed page names the plan the unit
            // follows (《{plan}》…), as export-form and print-form write it.
            d.printTitle = d.printTitleFor(plan->title);
            m_forms->addItem(d.title, d.code);
        }
    }
    const int keep = m_forms->findData(previous);
    m_forms->setCurrentIndex(keep >= 0 ? keep : 0);
    m_filling = false;
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty())
        m_empty->setText(tr("Choose a unit and a year on the left."));
    else if (!plan)
        m_empty->setText(tr("The selected unit follows no plan in %1.").arg(m_session.year()));
    else if (m_definitions.isEmpty())
        m_empty->setText(tr("%1 has no forms of its own for %2 beyond 基本情况表, 培训 and 职业病. "
                            "Add one in 文件 → 计划… → 报表.")
                             .arg(plan->title)
                             .arg(m_session.year()));
    else
        m_empty->clear();
    m_empty->setVisible(!m_empty->text().isEmpty());
}

void FormsTab::showForm() {
    const auto definition = currentDefinition();
    const auto unit = m_session.unit();
    if (!definition || !unit) {
        m_editor->clear(QString());
        m_editor->setVisible(false);
        updateActions();
        return;
    }
    m_editor->setVisible(true);
    const int year = m_session.year();
    const bool parent = consolidated();
    const QSqlDatabase db = m_session.connection();
    // Taken before the form is read, so a save landing in between is a conflict, not lost.
    m_files->setRevision(
        RecordRevisions(db).ticket(form_access::recordKey(definition->code, unit->code, year)));
    // %1 and %2 stay for the unit and the year.
    m_files->setWords(
        {definition->code,
         definition->title,
         tr("%1 of %2 for %3").arg(definition->title, QStringLiteral("%1"), QStringLiteral("%2")),
         tr("%1 of %2 for %3 has unsaved changes. Save them?")
             .arg(definition->title, QStringLiteral("%1"), QStringLiteral("%2")),
         tr("Import form"),
         {},
         tr("Export form")});
    const FormTable table = form_access::load(db, *definition, unit->code, year, parent);
    // An accepted return freezes the unit's own form.
    const auto lock =
        parent ? std::nullopt : form_access::lockOf(db, definition->code, unit->code, year);
    const bool readOnly = parent || lock || m_session.isReadOnly();
    m_editor->setForm(
        *definition, table,
        tr("Reporting unit: %1 (%2)    Year: %3").arg(unit->name, unit->code).arg(year), readOnly,
        !readOnly || (parent && !m_session.isReadOnly()));
    if (parent) {
        m_editor->setConsolidatedBanner(
            form_access::completeness(db, definition->code, unit->code, year), year);
    } else if (m_session.isReadOnly()) {
        m_editor->setBanner(readOnlyReason(m_session), true);
    } else if (lock) {
        m_editor->setLock(*lock);
    } else if (!table.hasFigures()) {
        m_editor->setBanner(
            definition->rowKind == FormRowKind::Free
                ? tr("No figures stored for %1 yet: add a row for each %2 (Add row…), fill it "
                     "in and save.")
                      .arg(year)
                      .arg(definition->rowCaption)
                : tr("No figures stored for %1 yet: fill in the form and save.").arg(year));
    } else {
        m_editor->setBanner(QString());
    }
    updateActions();
}

void FormsTab::updateActions() {
    const bool shown = currentDefinition().has_value() && m_session.unit().has_value();
    const bool editable = shown && m_editor->isEditable();
    const bool errors = hasErrors(m_editor->model()->diagnostics());
    m_save->setEnabled(editable && isModified() && !errors);
    m_save->setToolTip(errors ? tr("Correct the errors marked in red before saving.") : QString());
    m_revert->setEnabled(editable && isModified());
    m_import->setEnabled(shown && !m_session.isReadOnly());
    for (QPushButton* b : {m_export, m_preview, m_pdf})
        b->setEnabled(shown);
}

bool FormsTab::save() {
    if (!isModified())
        return true;
    if (!m_files->save())
        return false;
    showForm();
    return true;
}

bool FormsTab::maybeSave() {
    return m_files->maybeSave();
}

QString FormsTab::suggestedName(const QString& suffix) const {
    const auto unit = m_session.unit();
    const auto d = currentDefinition();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("%1-%2-%3.%4")
                      .arg(unit ? unit->name : m_session.unitCode())
                      .arg(m_session.year())
                      .arg(d ? d->title : QString(), suffix));
}

void FormsTab::exportCsv() {
    const auto d = currentDefinition();
    const auto unit = m_session.unit();
    if (!d || !unit || !m_session.confirmLeave())
        return;
    AnnexExportDialog options(this);
    // The dialog is the annex's; its title must name this form, not 导出基本情况表.
    options.setWindowTitle(tr("Export %1").arg(d->title));
    options.offerTemplate();
    if (!runExportDialog(options))
        return;
    const bool blank = options.blankTemplate();
    const bool sheet = blank || options.layout() == CsvLayout::Form;
    const QString path =
        chooseExportFile(suggestedName(blank ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (blank && tableFormatForPath(path) != TableFormat::Xlsx) {
        error = tr("The blank template is an Excel workbook: choose a name ending in .xlsx.");
    } else if (blank) {
        ok = form_access::exportTemplate(m_session.connection(), d->code, unit->code,
                                         m_session.year(), path, &error);
    } else if (sheet && tableFormatForPath(path) == TableFormat::Xlsx) {
        // The official sheet, from the stored form (confirmLeave saved or dropped the edits).
        ok = form_access::exportForm(m_session.connection(), d->code, unit->code, m_session.year(),
                                     path, &error);
    } else {
        const FormTable& table = m_editor->model()->table();
        QString note;
        if (consolidated() && d->consolidationNote)
            note = form_access::completeness(m_session.connection(), d->code, unit->code,
                                             m_session.year())
                       .officialNote();
        const auto fill = [&](TableSink& sink) {
            if (options.layout() == CsvLayout::Data)
                writeFormData(sink, *d, *unit, table);
            else
                writeFormLayout(sink, *d, unit->name, table, note);
        };
        ok = writeTableFile(path, fill, &error, options.encoding());
    }
    if (!ok)
        m_prompter.warning(this, tr("Export form"), error);
    else
        status::fileWritten(this, path);
}

std::optional<ReportDocument> FormsTab::document(QString* error) const {
    const auto d = currentDefinition();
    const auto unit = m_session.unit();
    if (!d || !unit) {
        *error = tr("Choose a form first.");
        return std::nullopt;
    }
    QString note;
    if (consolidated())
        note =
            form_access::completeness(m_session.connection(), d->code, unit->code, m_session.year())
                .officialNote();
    return form_access::report(m_session.connection(), *d, *unit, m_editor->model()->table(), note);
}

void FormsTab::printPreview() {
    QString error;
    const auto doc = document(&error);
    if (!doc) {
        m_prompter.warning(this, tr("Print preview"), error);
        return;
    }
    // The page the PDF export writes (a narrow form is portrait), not always landscape.
    m_printer->setPageOrientation(doc->landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(1100, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* printer) { ReportRenderer::paint(*doc, printer); });
    if (dialog.exec() == QDialog::Accepted) // the print button prints, then accepts
        status::printed(this, doc->name, *m_printer);
}

void FormsTab::exportPdf() {
    QString error;
    const auto doc = document(&error);
    if (!doc) {
        m_prompter.warning(this, tr("Export PDF"), error);
        return;
    }
    const QString path = choosePdfFile(suggestedName(QStringLiteral("pdf")));
    if (path.isEmpty())
        return;
    if (!ReportRenderer::writePdf(*doc, path, &error))
        m_prompter.warning(this, tr("Export PDF"), error);
    else
        status::fileWritten(this, path);
}

void FormsTab::importForm() {
    const auto d = currentDefinition();
    if (!d || !m_session.confirmLeave())
        return;
    const QString file = chooseImportFile();
    if (file.isEmpty())
        return;
    FormImportOptions options; // the unit and year selected
    options.unit = m_session.unitCode();
    options.year = m_session.year();
    FormImportDialog dialog(m_session.connection(), d->code, {file}, options, this);
    if (!runImportDialog(dialog) || dialog.landedCount() == 0)
        return;
    m_session.notifyFiguresChanged(m_session.unitCode(), m_session.year());
    showForm();
    status::filesImported(this, {file});
    m_prompter.information(this, tr("Import form"), dialog.summary());
}

} // namespace yufang
