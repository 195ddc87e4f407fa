#pragma once

#include "report/report_document.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QPrinter;

namespace yufang {

class AnnexExportDialog;
class FormImportDialog;
class MainWindow;
class Prompter;
class Session;
class Settings;

// The File-menu actions of the annex (issue 3): import forms with a preview, export one as
// CSV, print preview, print and export PDF in the official layout. A parent unit prints its
// consolidated table, or one page per child unit when that option is ticked. File choosers
// and the dialogs' exec() are members so tests can answer them without a person.
class AnnexFileActions : public QObject {
    Q_OBJECT
public:
    AnnexFileActions(MainWindow& window, Session& session, Prompter& prompter, Settings& settings);
    ~AnnexFileActions() override;

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* templateAction() const { return m_template; }
    QAction* previewAction() const { return m_preview; }
    QAction* printAction() const { return m_print; }
    QAction* pdfAction() const { return m_pdf; }
    QAction* perChildAction() const { return m_perChild; }
    QPrinter* printer() const { return m_printer.get(); }

    // The selected unit and year as printed (consolidated or one page per child).
    std::optional<ReportDocument> document(QString* error) const;

    std::function<QStringList()> chooseImportFiles;
    std::function<QString(const QString& suggested)> chooseExportFile;
    std::function<QString(const QString& suggested)> chooseTemplateFile;
    std::function<QString(const QString& suggested)> choosePdfFile;
    std::function<bool(FormImportDialog&)> runImportDialog;
    std::function<bool(AnnexExportDialog&)> runExportDialog;

    void importForms();
    void exportForm();
    void exportTemplate(); // the blank .xlsx template of the unit and year
    void printPreview();
    void print();
    void exportPdf();
    // Paints the current document on a printer whose page set-up the user chose.
    void paintOn(QPrinter* printer);

private:
    void updateActions();
    QString suggestedName(const QString& suffix) const;

    MainWindow& m_window;
    Session& m_session;
    Prompter& m_prompter;
    Settings& m_settings;
    std::unique_ptr<QPrinter> m_printer; // kept, so the set-up chosen in the preview is printed
    QAction* m_import;
    QAction* m_export;
    QAction* m_template;
    QAction* m_preview;
    QAction* m_print;
    QAction* m_pdf;
    QAction* m_perChild;
};

} // namespace yufang
