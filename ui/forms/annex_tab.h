#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace yufang {

class FormEditor;
class FormFileActions;
class FormTableModel;
class Prompter;
class Session;

// The 基本情况表 tab: the plan's `annex` form of the selected unit and year on the form
// engine's editor, as the 培训 and 职业病 tabs show theirs. A unit without sub-units edits its
// figures and its local key industries (各地确定的重点行业, rows of its own); a parent sees the
// consolidated form, read-only, and signs it: 填报人, 联系电话 and 填报日期 are its office's
// own, saved under the same revision check. Import, export and printing are in the File menu
// (AnnexFileActions); versions and the lock are the editor's (form_history_actions).
class AnnexTab : public QWidget {
    Q_OBJECT
public:
    AnnexTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    FormEditor* editor() const { return m_editor; }
    FormFileActions* files() const { return m_files; }
    FormTableModel* model() const;
    QTableView* view() const;

    bool isModified() const;
    // Saves when valid; shows why not otherwise. True when nothing is left unsaved.
    bool save();
    // Asks Save / Discard / Cancel when there are unsaved changes; false means stay.
    bool maybeSave();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void updateActions();

    Session& m_session;
    FormEditor* m_editor;
    FormFileActions* m_files;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace yufang
