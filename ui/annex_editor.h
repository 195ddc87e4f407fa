#pragma once

#include "domain/annex.h"
#include "storage/record_revisions.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QDateEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace yufang {

class AnnexTableModel;
class Prompter;
class Session;

// The 基本情况表 tab: the annex form of the selected unit and year, editable for a unit
// without children, consolidated and read-only for a parent.
class AnnexEditor : public QWidget {
    Q_OBJECT
public:
    AnnexEditor(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    AnnexTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool isModified() const;
    // Saves when valid; shows why not otherwise. Returns true when nothing is left unsaved.
    bool save();
    // Asks Save / Discard / Cancel when there are unsaved changes; false means stay.
    bool maybeSave();
    // The form is locked because its return was accepted (已审核).
    bool isLocked() const { return m_locked; }
    QLabel* banner() const { return m_banner; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLineEdit* preparerEdit() const { return m_preparer; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QDateEdit* filledOnEdit() const { return m_filledOn; }

public Q_SLOTS:
    void reload();
    void addLocalIndustry();
    void removeLocalIndustry();
    // Asks for the reason (Prompter) and unlocks the form; the reason goes to the audit trail.
    void unlock();
    void showVersions();

Q_SIGNALS:
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitColumns();
    void updateFindings();
    void updateActions();
    void showFinding(int listRow);
    void metaEdited();
    // 填报人, 联系电话, 填报日期 can be typed: an open own form, or any consolidated one.
    bool canEditMeta() const;
    bool isConsolidated() const;
    // Saves through saveEdits (errors, conflict dialog and failures shown); true when saved.
    bool saveGuardedForm(const AnnexTable& table);
    QString conflictDifferences() const;

    Session& m_session;
    Prompter& m_prompter;
    AnnexTableModel* m_model;
    QLabel* m_title;
    QLabel* m_unitLine;
    QLabel* m_banner;
    QTableView* m_view;
    QLineEdit* m_preparer;
    QLineEdit* m_phone;
    QDateEdit* m_filledOn;
    QListWidget* m_findings;
    QPushButton* m_addIndustry;
    QPushButton* m_removeIndustry;
    QPushButton* m_revert;
    QPushButton* m_save;
    QPushButton* m_unlock;
    QPushButton* m_versions;
    bool m_loading = false;
    bool m_locked = false;
    // The stored form's revision when it was loaded: a save over a newer one is refused.
    RevisionTicket m_revision;
};

} // namespace yufang
