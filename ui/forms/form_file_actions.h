#pragma once

#include "storage/record_revisions.h"

#include <QDate>

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace yufang {

struct FormTableFileImport;
class FormEditor;
class Prompter;
class Session;

// What a tab showing one built-in form of the unit's plan (培训, 职业病) does with the form
// beyond its editor, the same for each, through the form engine: save under the revision check
// (the tab sets the ticket it took before reading the form), ask before unsaved edits are left,
// import files (asking, file by file, before stored figures are replaced, and when the plan
// owes a return of the form, the date the file was received), export the table (CSV, or the
// official sheet as .xlsx) and its blank template, and the printed page (print preview, PDF).
// The tab keeps its panel and words.
class FormFileActions : public QObject {
    Q_OBJECT
public:
    // The tab's words, translated in its own context.
    struct Words {
        QString form;        // the definition's code: "training"
        QString fileStem;    // files are named 培训情况表-临沂市-2025.csv
        QString table;       // "The training table of %1 for %2" (unit, year)
        QString unsaved;     // "The training table for %1, %2 has unsaved changes. Save them?"
        QString importTitle; // "Import training table"
        QString replace;     // "%1 %2 already holds training figures. Replace them with %3?"
        QString exportTitle; // "Export training table"
    };
    // reload: shows what is stored again (after a conflict, a revert, an import).
    FormFileActions(Session& session, Prompter& prompter, FormEditor* editor, Words words,
                    QWidget* owner, std::function<void()> reload);

    void setRevision(RevisionTicket ticket) { m_revision = std::move(ticket); }
    // For a tab whose form changes (报表: the form chosen in its list).
    void setWords(Words words) { m_words = std::move(words); }
    bool save();
    bool maybeSave();
    // Imports the files for the selected year; replace: none asks per file, else as given.
    // Returns how many landed.
    int importFiles(const QStringList& paths, std::optional<bool> replace = std::nullopt);
    // Asks the receipt date of a file that records a return (the plan's 报送义务 names the
    // form), as the import dialogs do: today, the file's own date or a date chosen; nothing
    // when the clerk cancels (the file is not imported). A member so tests can answer it.
    std::function<std::optional<QDate>(const FormTableFileImport&)> chooseReceiptDate;
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;
    // The form's blank template for the selected unit and year (.xlsx, to fill in).
    bool exportTemplate(const QString& path, QString* error) const;

    void importDialog();
    void exportDialog();
    void exportPdfDialog();
    void exportTemplateDialog();
    void printPreview();

private:
    bool isModified() const;
    QString conflictDifferences() const;
    QString suggestedName(const QString& extension) const;

    Session& m_session;
    Prompter& m_prompter;
    FormEditor* m_editor;
    Words m_words;
    QWidget* m_owner;
    std::function<void()> m_reload;
    RevisionTicket m_revision; // of the form on screen, taken before it was read
};

} // namespace yufang
