#pragma once

#include "domain/form_definition.h"
#include "domain/obligation.h"
#include "storage/record_revisions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace yufang {

class FormDefinitionEditor;
class FormEditor;
class Prompter;
class Session;

// The plan editor's 报表 page: the plan's forms in a list (add a new one, copy one from any plan
// such as national-2026's 重点平台企业 form, remove one), the definition editor, and a LIVE
// PREVIEW of the form as it will look: empty, or filled with the selected unit's figures for
// the year. Invalid definitions are refused with a message naming the field. The built-in
// 基本情况表, 培训 and 职业病 are listed (indicators read them) but keep their own editors.
class PlanFormsPage : public QWidget {
    Q_OBJECT
public:
    PlanFormsPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    void setPlan(qint64 planId);
    qint64 planId() const { return m_planId; }
    QListWidget* formList() const { return m_list; }
    FormDefinitionEditor* definitionEditor() const { return m_editor; }
    FormEditor* preview() const { return m_preview; }
    QComboBox* previewDataBox() const { return m_previewData; }
    QLabel* problemsLabel() const { return m_problems; }
    // What the last copy brought (the form, and the returns that came with it).
    QLabel* copyStatusLabel() const { return m_copyStatus; }
    bool changedSomething() const { return m_changed; }
    bool isModified() const;

    bool selectForm(const QString& code);
    // A new form (free rows, one count column) at the end of the plan, selected; not saved yet.
    void addForm();
    // Copies form `code` of plan `fromPlan` into this plan (under a new code when it is taken)
    // and selects it; saved at once, with the source plan's returns of the form when this plan
    // owes none (FormDefinitions::copy), which the status line under the buttons names.
    bool copyForm(qint64 fromPlan, const QString& code);
    bool removeCurrent();
    // Saves the definition on screen; refused, naming the field, when it is not valid.
    bool saveCurrent();
    void refreshPreview();

Q_SIGNALS:
    void formsChanged();
    // Return obligations a copied form brought into the plan, as stored; the plan's revision
    // moved with them.
    void returnsCopied(const QList<yufang::Obligation>& returns);
    // Return obligations removed from the plan with a removed form; the plan's revision moved
    // with them.
    void returnsRemoved(const QList<yufang::Obligation>& returns);

private:
    void loadList(const QString& select = {});
    void showCurrent();
    void fillCopyMenu();

    Session& m_session;
    Prompter& m_prompter;
    qint64 m_planId = 0;
    QList<FormDefinition> m_forms;
    FormDefinition m_loaded; // as stored (or as added), to tell an edit
    bool m_unsaved = false;  // added on screen, not stored yet
    RevisionTicket m_revision;
    bool m_changed = false;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_copy;
    QPushButton* m_remove;
    QLabel* m_copyStatus;
    QPushButton* m_save;
    FormDefinitionEditor* m_editor;
    QLabel* m_builtInNote;
    QLabel* m_problems;
    QComboBox* m_previewData;
    FormEditor* m_preview;
};

} // namespace yufang
