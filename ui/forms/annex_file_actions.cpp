#include "annex_file_actions.h"
#include "import_file_filter.h"
#include "status_messages.h"
#include "table_file.h"

#include "annex_export_dialog.h"
#include "form_import_dialog.h"
#include "main_window.h"
#include "prompter.h"
#include "report_renderer.h"
#include "session.h"

#include "io/file_output.h"
#include "services/form_table_export.h"
#include "settings.h"
#include "storage/annex_values.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSet>

namespace yufang {

AnnexFileActions::AnnexFileActions(MainWindow& window, Session& session, Prompter& prompter,
                                   Settings& settings)
    : QObject(&window), m_window(window), m_session(session), m_prompter(prompter),
      m_settings(settings), m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution)) {
    setObjectName(QStringLiteral("AnnexFileActions"));
    m_printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));

    m_import = new QAction(tr("&Import key-industry forms…"), this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export = new QAction(tr("&Export key-industry form…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_template = new QAction(tr("Export blank &template (Excel)…"), this);
    m_template->setToolTip(tr("The selected unit's form for the selected year as an Excel "
                              "workbook to fill in: totals and rates as formulas, spare rows "
                              "for local industries; it imports back as it is"));
    m_preview = new QAction(tr("Print pre&view…"), this);
    m_preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_print = new QAction(tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_pdf = new QAction(tr("Export P&DF…"), this);
    m_pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_perChild = new QAction(tr("Print one page per child unit"), this);
    m_perChild->setCheckable(true);
    m_perChild->setToolTip(
        tr("For a unit with sub-units: print each sub-unit's form on its own page instead of "
           "the consolidated table"));
    window.addFileActions({m_import, m_export, m_template});
    window.addFileActions({m_preview, m_print, m_pdf, m_perChild});

    connect(m_import, &QAction::triggered, this, &AnnexFileActions::importForms);
    connect(m_export, &QAction::triggered, this, &AnnexFileActions::exportForm);
    connect(m_template, &QAction::triggered, this, &AnnexFileActions::exportTemplate);
    connect(m_preview, &QAction::triggered, this, &AnnexFileActions::printPreview);
    connect(m_print, &QAction::triggered, this, &AnnexFileActions::print);
    connect(m_pdf, &QAction::triggered, this, &AnnexFileActions::exportPdf);
    connect(&m_session, &Session::selectionChanged, this, &AnnexFileActions::updateActions);
    connect(&m_session, &Session::databaseChanged, this, &AnnexFileActions::updateActions);

    chooseImportFiles = [this] {
        return QFileDialog::getOpenFileNames(&m_window, tr("Import key-industry forms"),
                                             m_settings.lastFolder(), importFileFilter());
    };
    chooseExportFile = [this](const QString& suggested) {
        // The official sheet (.xlsx) or the CSV layouts, by the extension chosen; the workbook
        // first when the suggested name is one (exportForm: a phone a spreadsheet would mangle).
        return askTableFile(&m_window, tr("Export key-industry form"), suggested,
                            suggested.endsWith(QLatin1String(".xlsx")));
    };
    chooseTemplateFile = [this](const QString& suggested) {
        QString path = QFileDialog::getSaveFileName(&m_window, tr("Export blank template"),
                                                    suggested, tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".xlsx");
        return path;
    };
    choosePdfFile = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(&m_window, tr("Export PDF"), suggested,
                                            tr("PDF (*.pdf)"));
    };
    runImportDialog = [](FormImportDialog& d) { return d.exec() == QDialog::Accepted; };
    runExportDialog = [](AnnexExportDialog& d) { return d.exec() == QDialog::Accepted; };
    updateActions();
}

AnnexFileActions::~AnnexFileActions() = default;

void AnnexFileActions::updateActions() {
    const bool selected = m_session.hasDatabase() && !m_session.unitCode().isEmpty();
    m_import->setEnabled(m_session.hasDatabase());
    for (QAction* a : {m_export, m_template, m_preview, m_print, m_pdf})
        a->setEnabled(selected);
    m_perChild->setEnabled(selected && m_session.unitHasChildren());
}

QString AnnexFileActions::suggestedName(const QString& suffix) const {
    const auto unit = m_session.unit();
    const QString name = QStringLiteral("%1-%2-基本情况表.%3")
                             .arg(unit ? unit->name : m_session.unitCode())
                             .arg(m_session.year())
                             .arg(suffix);
    return QDir(m_settings.lastFolder()).filePath(name);
}

void AnnexFileActions::importForms() {
    if (!m_session.hasDatabase() || !m_session.confirmLeave())
        return; // unsaved edits first: an import may replace the form on screen
    const QStringList files = chooseImportFiles();
    if (files.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(files.first()).absolutePath());
    // The 基本情况表 is the form `annex` of the form engine: its import is every form's.
    FormImportDialog dialog(m_session.connection(), annex_values::formCode(), files, {}, &m_window);
    if (!runImportDialog(dialog))
        return; // cancelled: nothing was written
    QSet<QString> changed;
    QStringList landed;
    for (const FormTableFileImport& import : dialog.imports()) {
        if (!import.landed)
            continue;
        landed << import.file;
        for (qsizetype i = 0; i < import.tables.size(); ++i)
            changed.insert(import.tables.at(i).unitCode + QLatin1Char('/') +
                           QString::number(import.tables.at(i).year));
    }
    for (const QString& key : std::as_const(changed))
        m_session.notifyFiguresChanged(key.section(QLatin1Char('/'), 0, 0),
                                       key.section(QLatin1Char('/'), 1).toInt());
    status::filesImported(&m_window, landed);
    m_prompter.information(&m_window, tr("Import key-industry forms"), dialog.summary());
}

void AnnexFileActions::exportForm() {
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty() || !m_session.confirmLeave())
        return;
    AnnexExportDialog options(&m_window);
    if (!runExportDialog(options))
        return;
    // The CSV layouts and the official sheet are the form engine's, from the plan's `annex`
    // definition.
    const FormTableExport forms(m_session.connection());
    const QString form = annex_values::formCode();
    const bool fragile = tableHasFragileCodes([&](TableSink& sink) {
        forms.write(sink, m_session.unitCode(), form, m_session.year(), options.layout(), nullptr);
    });
    const QString path =
        chooseExportFile(suggestedName(fragile ? QStringLiteral("xlsx") : QStringLiteral("csv")));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    QString error;
    bool ok = false;
    if (tableFormatForPath(path) == TableFormat::Xlsx && options.layout() == CsvLayout::Form) {
        QByteArray bytes;
        ok = forms.officialXlsx(m_session.unitCode(), form, m_session.year(), false, &bytes,
                                &error) &&
             writeFileAtomically(path, bytes, &error);
    } else {
        bool filled = true;
        ok = writeTableFile(
                 path,
                 [&](TableSink& sink) {
                     filled = forms.write(sink, m_session.unitCode(), form, m_session.year(),
                                          options.layout(), &error);
                 },
                 &error, options.encoding()) &&
             filled;
    }
    if (!ok)
        m_prompter.warning(&m_window, tr("Export key-industry form"), error);
    else
        status::fileWritten(&m_window, path);
}

void AnnexFileActions::exportTemplate() {
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty())
        return;
    const auto unit = m_session.unit();
    const QString name = QStringLiteral("%1-%2-基本情况表-空表.xlsx")
                             .arg(unit ? unit->name : m_session.unitCode())
                             .arg(m_session.year());
    const QString path = chooseTemplateFile(QDir(m_settings.lastFolder()).filePath(name));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    QString error;
    QByteArray bytes;
    if (!FormTableExport(m_session.connection())
             .officialXlsx(m_session.unitCode(), annex_values::formCode(), m_session.year(), true,
                           &bytes, &error) ||
        !writeFileAtomically(path, bytes, &error))
        m_prompter.warning(&m_window, tr("Export blank template"), error);
    else
        status::fileWritten(&m_window, path);
}

std::optional<ReportDocument> AnnexFileActions::document(QString* error) const {
    // The form engine's printed form of the plan's `annex` definition (its `print` layout).
    const FormTableExport forms(m_session.connection());
    const QString form = annex_values::formCode();
    return m_perChild->isChecked()
               ? forms.reportPerChild(m_session.unitCode(), form, m_session.year(), error)
               : forms.report(m_session.unitCode(), form, m_session.year(), error);
}

void AnnexFileActions::paintOn(QPrinter* printer) {
    QString error;
    if (const auto doc = document(&error))
        ReportRenderer::paint(*doc, printer);
}

void AnnexFileActions::printPreview() {
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty() || !m_session.confirmLeave())
        return;
    QPrintPreviewDialog dialog(m_printer.get(), &m_window);
    dialog.setWindowTitle(tr("Print preview"));
    dialog.resize(1100, 760);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &AnnexFileActions::paintOn);
    if (dialog.exec() == QDialog::Accepted) // the preview's print button prints, then accepts
        status::printed(&m_window,
                        QFileInfo(suggestedName(QStringLiteral("pdf"))).completeBaseName(),
                        *m_printer);
}

void AnnexFileActions::print() {
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty() || !m_session.confirmLeave())
        return;
    QPrintDialog dialog(m_printer.get(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintOn(m_printer.get());
    status::printed(&m_window, QFileInfo(suggestedName(QStringLiteral("pdf"))).completeBaseName(),
                    *m_printer);
}

void AnnexFileActions::exportPdf() {
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty() || !m_session.confirmLeave())
        return;
    QString error;
    const auto doc = document(&error);
    if (!doc) {
        m_prompter.warning(&m_window, tr("Export PDF"), error);
        return;
    }
    const QString path = choosePdfFile(suggestedName(QStringLiteral("pdf")));
    if (path.isEmpty())
        return;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    if (!ReportRenderer::writePdf(*doc, path, &error))
        m_prompter.warning(&m_window, tr("Export PDF"), error);
    else
        status::fileWritten(&m_window, path);
}

} // namespace yufang
