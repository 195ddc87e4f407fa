#pragma once

#include "domain/form_definition.h"
#include "domain/form_table.h"
#include "services/roll_up.h"
#include "storage/form_locks.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QTableView;

namespace yufang {

class FormTableModel;
class Prompter;

// One form of the form engine on screen, laid out by its definition: the title, the unit line,
// a banner, the table (number cells right-aligned, derived cells, subtotals and 合计 computed
// live, Tab skipping them), the form's own header fields, 填报人 / 联系电话 / 填报日期 (a
// calendar that opens at the form's year), the findings in Chinese with the rule's message
// (click one to go to its cell), and add / remove row where the definition allows rows of the
// unit's own. It neither loads nor saves: the 报表, 培训 and 职业病 tabs and the plan editor's
// preview hand it a definition and a table.
class FormEditor : public QWidget {
    Q_OBJECT
public:
    FormEditor(Prompter& prompter, QWidget* parent = nullptr);

    // readOnly: the figures; fieldsEditable: 填报人 & co. (a parent signs its consolidated form:
    // readOnly with fieldsEditable, saved as its signature by FormFileActions).
    void setForm(const FormDefinition& definition, const FormTable& table, const QString& unitLine,
                 bool readOnly, bool fieldsEditable);
    void clear(const QString& message);
    // An information or warning line above the table; empty hides it.
    void setBanner(const QString& text, bool warning = false);
    // The banner of a parent's consolidated form: what it sums, 应报/已报 for the year and, as a
    // warning, who has not reported; `more`: a line the tab adds.
    void setConsolidatedBanner(const Completeness& completeness, int year,
                               const QString& more = QString());
    // A widget beside the table and its fields, below the title and banner (the 职业病 tab's
    // trend against the baseline, the 培训 tab's coverage and providers); the editor takes it
    // over. `share`: its part of the width against the form's 3 (a splitter, the clerk may drag).
    void setSidePanel(QWidget* panel, int share = 2);
    // A tab that shows a unit's stored form offers 版本… (versionsRequested) and, on a locked
    // form, 解锁… (unlockRequested): form_history_actions connects them. The plan editor's
    // preview offers neither.
    void offerHistory();
    // The unit's form is locked (its return was accepted): the banner says when, by whom and
    // why, and 解锁… shows. The tab hands setForm readOnly for it.
    void setLock(const FormLockInfo& lock);

    FormTableModel* model() const { return m_model; }
    // The figures or the fields can be typed: what a tab's 保存 and 撤销修改 follow.
    bool isEditable() const;
    QTableView* view() const { return m_view; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* banner() const { return m_banner; }
    QListWidget* findings() const { return m_findings; }
    QPushButton* addRowButton() const { return m_addRow; }
    QPushButton* removeRowButton() const { return m_removeRow; }
    QPushButton* versionsButton() const { return m_versions; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLineEdit* fieldEdit(const QString& key) const { return m_fieldEdits.value(key); }
    QDateEdit* filledOnEdit() const { return m_filledOn; }

    bool addRow(const QString& key);

public Q_SLOTS:
    void askAddRow();
    void removeCurrentRow();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void findingsChanged();
    void versionsRequested();
    void unlockRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void splitByShare();
    void fitColumns();
    void buildFields(const FormDefinition& definition, const FormTable& table, int year,
                     bool editable);
    void fieldEdited();
    void updateFindings();
    void updateRowButtons();
    void showFinding(int listRow);

    Prompter& m_prompter;
    FormTableModel* m_model;
    QLabel* m_title;
    QLabel* m_unitLine;
    QLabel* m_banner;
    QTableView* m_view;
    QSplitter* m_body;    // the form's column, and a side panel if the tab gives one
    QWidget* m_headerBox; // the form's own header fields, rebuilt per definition
    QWidget* m_footerBox; // 填报人, 联系电话, 填报日期 or the definition's footer
    QHash<QString, QLineEdit*> m_fieldEdits;
    QDateEdit* m_filledOn = nullptr;
    QLabel* m_notes;
    QListWidget* m_findings;
    QPushButton* m_addRow;
    QPushButton* m_removeRow;
    QPushButton* m_versions;
    QPushButton* m_unlock;
    bool m_historyOffered = false;
    bool m_fieldsEditable = false;
    bool m_loading = false;
    int m_sideShare = 0;        // the side panel's part of the width against the form's 3
    bool m_splitByHand = false; // the clerk dragged the splitter: keep their split
};

} // namespace yufang
