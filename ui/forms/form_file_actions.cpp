#include "form_file_actions.h"

#include "form_access.h"
#include "form_editor.h"
#include "form_table_model.h"

#include "diagnostic_text.h"
#include "import_file_filter.h"
#include "prompter.h"
#include "receipt_date_chooser.h"
#include "report_renderer.h"
#include "save_conflict.h"
#include "session.h"
#include "status_messages.h"
#include "table_file.h"

#include "domain/form_diff.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "services/returns_service.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace yufang {

FormFileActions::FormFileActions(Session& session, Prompter& prompter, FormEditor* editor,
                                 Words words, QWidget* owner, std::function<void()> reload)
    : QObject(owner), m_session(session), m_prompter(prompter), m_editor(editor),
      m_words(std::move(words)), m_owner(owner), m_reload(std::move(reload)) {
    chooseReceiptDate = [this](const FormTableFileImport& import) {
        return askReceiptDate(m_owner, m_words.importTitle,
                              tr("%1 is recorded as the return of %2. When was it received?")
                                  .arg(QFileInfo(import.file).fileName(),
                                       import.unit ? import.unit->name : QString()),
                              import.ownDate());
    };
}

bool FormFileActions::isModified() const {
    return m_editor->model()->isModified();
}

QString FormFileActions::suggestedName(const QString& extension) const {
    const auto unit = m_session.unit();
    return QStringLiteral("%1-%2-%3.%4")
        .arg(m_words.fileStem, unit ? unit->name : QString())
        .arg(m_session.year())
        .arg(extension);
}

bool FormFileActions::save() {
    if (!isModified())
        return true;
    FormTableModel* m = m_editor->model();
    const FormTable table = m->table();
    const auto unit = m_session.unit();
    // A read-only form with edits is a parent's consolidated one: only its signature changed.
    const bool signature = m->isReadOnly();
    const GuardedSave guarded{
        form_access::recordKey(table.formCode, table.unitCode, table.year),
        m_words.table.arg(unit ? unit->name : table.unitCode).arg(table.year),
        [this, signature] { return signature ? QString() : conflictDifferences(); },
        [this] {
            m_editor->model()->revertEdits();
            m_reload();
        }};
    if (!saveEdits(m_prompter, m_owner, m_session.connection(), m_revision, guarded,
                   m->diagnostics(), [&](RevisionTicket* ticket, QString* why) {
                       return signature
                                  ? form_access::saveSignature(m_session.connection(), table,
                                                               ticket, why)
                                  : form_access::save(m_session.connection(), table, ticket, why);
                   }))
        return false;
    m->markSaved();
    // The panel beside the table, 概览 and 趋势 follow the saved figures.
    m_session.notifyFiguresChanged(table.unitCode, table.year);
    return true;
}

// Their changes (stored since the form was loaded) and the clerk's, value by value, as the
// versions dialog words them; the first twelve of each.
QString FormFileActions::conflictDifferences() const {
    const FormTableModel* m = m_editor->model();
    const FormDefinition& definition = m->definition();
    const FormTable& loaded = m->savedTable();
    const FormTable now =
        form_access::load(m_session.connection(), definition, loaded.unitCode, loaded.year, false);
    const auto describe = [&](const QList<FormChange>& changes) {
        QStringList lines;
        for (const FormChange& c : changes) {
            if (lines.size() == 12) {
                lines << tr("… and %1 more").arg(changes.size() - 12);
                break;
            }
            lines << tr("  %1 %2: \"%3\" → \"%4\"")
                         .arg(formRowLabel(c.group, c.row), formFieldCaption(definition, c.field),
                              c.oldValue, c.newValue);
        }
        return lines.join(QLatin1Char('\n'));
    };
    const QList<FormChange> theirs = diffForms(definition, loaded, now);
    const QList<FormChange> mine = diffForms(definition, loaded, m->table());
    QString text;
    if (!theirs.isEmpty())
        text += tr("Their changes:") + QLatin1Char('\n') + describe(theirs);
    if (!mine.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Your changes:") +
                QLatin1Char('\n') + describe(mine);
    return text;
}

bool FormFileActions::maybeSave() {
    if (!isModified())
        return true;
    const FormTable& table = m_editor->model()->table();
    return resolveUnsavedChanges(
        m_prompter, m_owner, tr("Unsaved changes"),
        m_words.unsaved.arg(m_session.unit() ? m_session.unit()->name : table.unitCode)
            .arg(table.year),
        [this] { return save(); }, [this] { m_editor->model()->revertEdits(); });
}

int FormFileActions::importFiles(const QStringList& paths, std::optional<bool> replace) {
    if (!maybeSave())
        return 0;
    const FormTableImporter importer(m_session.connection());
    int landed = 0;
    QStringList report, landedFiles;
    for (const QString& path : paths) {
        FormImportOptions options;
        options.year = m_session.year();
        options.replace = replace.value_or(false);
        FormTableFileImport import = importer.prepareFile(path, m_words.form, options);
        // Only the "already holds figures" error can be answered here: ask, then prepare again.
        const bool onlyReplace =
            countOf(import.diagnostics, Severity::Error) == 1 && import.replacesExisting;
        if (!replace && onlyReplace &&
            m_prompter.question(m_owner, m_words.importTitle,
                                m_words.replace.arg(import.unit ? import.unit->name : QString())
                                    .arg(options.year.value_or(0))
                                    .arg(path),
                                QMessageBox::Yes | QMessageBox::No,
                                QMessageBox::No) == QMessageBox::Yes) {
            options.replace = true;
            import = importer.prepareFile(path, m_words.form, options);
        }
        if (import.acceptable() && import.unit &&
            ReturnsService(m_session.connection())
                .importRecordsReturn(import.unit->code, m_words.form)) {
            const auto received = chooseReceiptDate(import);
            if (!received) {
                report << tr("%1: not imported (cancelled)").arg(path);
                continue;
            }
            import.receivedOn = *received;
        }
        importer.commit(import);
        landed += import.landed ? 1 : 0;
        if (import.landed)
            landedFiles << path;
        report << import.summary();
        // Errors and warnings; the notes too once the file landed (the return recorded and
        // its receipt date), as the import dialog's summary lists them.
        for (const Diagnostic& d : import.diagnostics)
            if (d.severity != Severity::Info || import.landed)
                report << QStringLiteral("  ") + d.toString(&guiRemedy);
    }
    if (landed > 0)
        m_session.notifyFiguresChanged(m_session.unitCode(), m_session.year());
    status::filesImported(m_owner, landedFiles);
    if (landed == paths.size())
        m_prompter.information(m_owner, m_words.importTitle, report.join(QLatin1Char('\n')));
    else
        m_prompter.warning(m_owner, m_words.importTitle, report.join(QLatin1Char('\n')));
    return landed;
}

bool FormFileActions::exportCsv(const QString& path, QString* error) const {
    const auto unit = m_session.unit();
    if (!unit || !form_access::exportForm(m_session.connection(), m_words.form, unit->code,
                                          m_session.year(), path, error))
        return false;
    status::fileWritten(m_owner, path);
    return true;
}

bool FormFileActions::exportPdf(const QString& path, QString* error) const {
    const auto unit = m_session.unit();
    // The form engine's printed form: the layout in the definition, the indicators' lines.
    const auto doc = unit ? FormTableExport(m_session.connection())
                                .report(unit->code, m_words.form, m_session.year(), error)
                          : std::nullopt;
    if (!(doc && ReportRenderer::writePdf(*doc, path, error)))
        return false;
    status::fileWritten(m_owner, path);
    return true;
}

bool FormFileActions::exportTemplate(const QString& path, QString* error) const {
    const auto unit = m_session.unit();
    if (!unit || !form_access::exportTemplate(m_session.connection(), m_words.form, unit->code,
                                              m_session.year(), path, error))
        return false;
    status::fileWritten(m_owner, path);
    return true;
}

void FormFileActions::importDialog() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_owner, m_words.importTitle, QString(), importFileFilter());
    if (!paths.isEmpty())
        importFiles(paths);
}

void FormFileActions::exportDialog() {
    const auto unit = m_session.unit();
    if (!unit || !maybeSave())
        return;
    // The preparer's phone (0539…) would lose its 0 in a spreadsheet: then .xlsx comes first.
    const QString path = askTableFile(
        m_owner, m_words.exportTitle, suggestedName(QStringLiteral("csv")),
        form_access::formFill(m_session.connection(), m_words.form, unit->code, m_session.year()));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        m_prompter.warning(m_owner, m_words.exportTitle, error);
}

void FormFileActions::exportPdfDialog() {
    if (!m_session.unit() || !maybeSave())
        return;
    const QString path = QFileDialog::getSaveFileName(
        m_owner, tr("Export PDF"), suggestedName(QStringLiteral("pdf")), tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        m_prompter.warning(m_owner, tr("Export PDF"), error);
}

void FormFileActions::exportTemplateDialog() {
    const auto unit = m_session.unit();
    if (!unit)
        return;
    const QString name = QStringLiteral("%1-%2-%3-空表.xlsx")
                             .arg(m_words.fileStem, unit->name)
                             .arg(m_session.year());
    QString path = QFileDialog::getSaveFileName(m_owner, tr("Export blank template"), name,
                                                tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".xlsx");
    QString error;
    if (!path.isEmpty() && !exportTemplate(path, &error))
        m_prompter.warning(m_owner, tr("Export blank template"), error);
}

void FormFileActions::printPreview() {
    const auto unit = m_session.unit();
    if (!unit || !maybeSave())
        return;
    QString error;
    const auto doc = FormTableExport(m_session.connection())
                         .report(unit->code, m_words.form, m_session.year(), &error);
    if (!doc) {
        m_prompter.warning(m_owner, tr("Print preview"), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc->landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, m_owner);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(*doc, p); });
    if (preview.exec() == QDialog::Accepted) // the print button prints, then accepts
        status::printed(m_owner, doc->name, printer);
}

} // namespace yufang
