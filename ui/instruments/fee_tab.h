#pragma once

#include "storage/record_revisions.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSpinBox;
class QTableView;

namespace yufang {

class FeeProjectModel;
class Prompter;
class Session;

// The 工伤预防费 tab for the selected pooling unit and year: the previous year's fund income and
// the cap (3 %, or a higher approved ratio with its reference), the projects through 申报 → 评审
// → 立项 → 实施 → 验收 with their reviewing experts, and the budget used against the cap. A save
// that would go over the cap is refused with the amounts in the message.
class FeeTab : public QWidget {
    Q_OBJECT
public:
    FeeTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    FeeProjectModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QSpinBox* incomeYearBox() const { return m_incomeYear; }
    QDoubleSpinBox* incomeBox() const { return m_income; }
    QDoubleSpinBox* ratioBox() const { return m_ratio; }
    QLineEdit* approvalEdit() const { return m_approval; }
    QLabel* usageLabel() const { return m_usage; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* providerEdit() const { return m_provider; }
    QDoubleSpinBox* amountBox() const { return m_amount; }
    QComboBox* stageBox() const { return m_stage; }
    QListWidget* expertList() const { return m_experts; }

    bool saveBudget();
    void newProject();
    bool saveProject();
    bool removeSelected();
    void select(int row);

public Q_SLOTS:
    void reload();

private:
    void showSelected();
    void updateUsage();

    Session& m_session;
    Prompter& m_prompter;
    FeeProjectModel* m_model;
    qint64 m_editingId = 0;
    QLabel* m_header;
    QSpinBox* m_incomeYear;
    QDoubleSpinBox* m_income;
    QDoubleSpinBox* m_ratio;
    QLineEdit* m_approval;
    QLabel* m_usage;
    QProgressBar* m_bar;
    QTableView* m_view;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_provider;
    QDoubleSpinBox* m_amount;
    QComboBox* m_stage;
    QLineEdit* m_note;
    QListWidget* m_experts;
    // Taken when the tab was loaded: a save over a newer change is refused.
    RevisionTicket m_budgetRevision;
    QHash<QString, qint64> m_projectRevisions;
};

} // namespace yufang
