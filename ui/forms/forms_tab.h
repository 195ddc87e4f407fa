#pragma once

#include "domain/form_definition.h"
#include "report/report_document.h"
#include "storage/record_revisions.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace yufang {

class AnnexExportDialog;
class FormEditor;
class FormFileActions;
class FormImportDialog;
class Prompter;
class Session;

// The 报表 tab: the forms the engine runs for the selected unit's plan in the selected year (a
// new plan's 重点平台企业 form, a province's own), chosen at the top. A unit without sub-units
// fills its form in and saves it (Ctrl+S too) through the engine, with the revision check and
// the conflict dialog; a parent sees the consolidated form, read-only, with 应报/已报. Import
// (file → preview of the findings → confirm), export (form or data layout as CSV in UTF-8 or
// GB18030, the form as its official .xlsx sheet, or its blank template) and print / PDF through
// the shared print path.
class FormsTab : public QWidget {
    Q_OBJECT
public:
    FormsTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~FormsTab() override;

    QComboBox* formBox() const { return m_forms; }
    FormEditor* editor() const { return m_editor; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* revertButton() const { return m_revert; }
    QLabel* emptyLabel() const { return m_empty; }
    std::optional<FormDefinition> currentDefinition() const;
    bool selectForm(const QString& code);

    bool isModified() const;
    // Saves when the form has no errors; says why not otherwise. True when nothing is unsaved.
    bool save();
    bool maybeSave();

    // The printed form (its ReportDocument) of what is on screen.
    std::optional<ReportDocument> document(QString* error) const;

    // Seams for the tests: the file dialogs and the modal dialogs.
    std::function<QString()> chooseImportFile;
    std::function<QString(const QString& suggested)> chooseExportFile;
    std::function<QString(const QString& suggested)> choosePdfFile;
    std::function<bool(AnnexExportDialog&)> runExportDialog;
    std::function<bool(FormImportDialog&)> runImportDialog;

public Q_SLOTS:
    void reload();
    void importForm();
    void exportCsv();
    void printPreview();
    void exportPdf();

private:
    void fillChooser();
    void showForm();
    void updateActions();
    QString suggestedName(const QString& suffix) const;
    bool consolidated() const;

    Session& m_session;
    Prompter& m_prompter;
    QList<FormDefinition> m_definitions;
    QComboBox* m_forms;
    QLabel* m_empty;
    FormEditor* m_editor;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_preview;
    QPushButton* m_pdf;
    QPushButton* m_revert;
    QPushButton* m_save;
    std::unique_ptr<QPrinter> m_printer;
    FormFileActions* m_files; // save and the unsaved-edits question
    bool m_filling = false;
};

} // namespace yufang
