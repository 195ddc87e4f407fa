#pragma once

#include "domain/obligation.h"
#include "domain/plan.h"
#include "domain/plan_task.h"
#include "storage/plan_category_store.h"
#include "storage/record_revisions.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace yufang {

class PlanCategoryEditor;
class PlanFormsPage;
class PlanIndicatorsPage;
class PlanReturnsPage;
class PlanTaskTableModel;
class Prompter;
class Session;

// The plan editor: pick a plan, or copy one into a new period (e.g. the 2026-2030 plan from
// the 2021-2025 one); edit its title, document number, years, targets, key industries,
// key-personnel categories, annex notes (1)-(3), task obligations and return obligations (报送义务
// page) with their deadlines; assign it to
// units; add, copy and edit its forms and indicators with a live preview (报表, 指标 pages).
// Everything that follows a unit's plan (annex rows and titles, task calendar) changes with
// it, without code.
class PlanEditorDialog : public QDialog {
    Q_OBJECT
public:
    PlanEditorDialog(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    QComboBox* planBox() const { return m_plans; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* documentEdit() const { return m_document; }
    QSpinBox* baselineBox() const { return m_baseline; }
    QSpinBox* startBox() const { return m_start; }
    QSpinBox* endBox() const { return m_end; }
    QDoubleSpinBox* targetBox() const { return m_target; }
    QListWidget* industryList() const { return m_industries; }
    PlanCategoryEditor* categoryEditor() const { return m_categories; }
    PlanTaskTableModel* obligationModel() const { return m_obligations; }
    QComboBox* unitBox() const { return m_units; }
    QTabWidget* pages() const { return m_pages; }
    PlanFormsPage* formsPage() const { return m_formsPage; }
    PlanIndicatorsPage* indicatorsPage() const { return m_indicatorsPage; }
    PlanReturnsPage* returnsPage() const { return m_returnsPage; } // 报送义务
    bool changedSomething() const;
    // Whether what 保存 saves (the plan's fields, industries, notes, categories, tasks and
    // returns) differs from the plan as loaded.
    bool hasUnsavedEdits() const;
    // Close, Esc and the window's close ask first about unsaved edits (保存/放弃/取消).
    void reject() override;

    void selectPlan(qint64 planId);
    qint64 currentPlanId() const;
    // Asks for the new code and first year (through the Prompter), copies, selects the copy.
    bool copyCurrent();
    bool addIndustry(const QString& name);
    void removeIndustry(int row);
    void moveIndustry(int row, int delta);
    bool save();
    // Makes the unit chosen in unitBox() follow the current plan (or its parent's, when
    // followParent), saving the plan first when it has unsaved edits.
    bool assignToUnit(bool followParent = false);
    // Makes the unit follow the current plan from `fromYear` on; before it, what it followed.
    bool assignToUnitFrom(int fromYear);
    QSpinBox* fromYearBox() const { return m_fromYear; }

private:
    // What 保存 saves, as the pages show it now.
    struct Edits {
        Plan plan;
        QList<PlanTask> tasks;
        QList<PlanCategoryEdit> categories;
        QList<Obligation> returns;
        bool operator==(const Edits&) const = default;
    };
    Edits edits() const;
    // Asks about unsaved edits before the plan is left (another plan chosen, the dialog
    // closed): true when it may be left (saved, discarded or none).
    bool mayLeavePlan();
    void switchPlan();
    void loadPlan();
    void updateAssigned();
    // The plan's revision moved one step by this dialog's own change on another page (a copied
    // or removed form's returns): saving the plan next is no conflict. Two steps or more mean
    // someone else saved the plan as well, and the save stays a conflict.
    void acceptOwnPlanRevision();

    Session& m_session;
    Prompter& m_prompter;
    Plan m_plan;
    RevisionTicket m_revision; // of m_plan, taken when it was loaded
    Edits m_loaded;            // edits() right after m_plan was loaded
    bool m_changed = false;
    QComboBox* m_plans;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QLineEdit* m_document;
    QLineEdit* m_issuer;
    QSpinBox* m_baseline;
    QSpinBox* m_start;
    QSpinBox* m_end;
    QDoubleSpinBox* m_target;
    QDoubleSpinBox* m_training;
    QSpinBox* m_threshold;
    QListWidget* m_industries;
    PlanCategoryEditor* m_categories;
    PlanTaskTableModel* m_obligations;
    QTableView* m_obligationView;
    QComboBox* m_units;
    QSpinBox* m_fromYear;
    QLabel* m_assigned;
    QTabWidget* m_pages;
    PlanFormsPage* m_formsPage = nullptr;
    PlanIndicatorsPage* m_indicatorsPage = nullptr;
    PlanReturnsPage* m_returnsPage = nullptr;
};

} // namespace yufang
