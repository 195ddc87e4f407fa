#pragma once

#include "domain/rate_floating.h"
#include "storage/record_revisions.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace yufang {

class FloatBatchModel;
class FloatRuleModel;
class Prompter;
class RiskClassModel;
class Session;

// The 费率浮动 tab: one employer's tier worked out as the figures are typed, with the rule that
// produced it; the scheme's tables (editable, saved to the database); and batch mode over a CSV
// of employers with the results exported as CSV.
class RateFloatTab : public QWidget {
    Q_OBJECT
public:
    RateFloatTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    QSpinBox* classBox() const { return m_class; }
    QDoubleSpinBox* payrollBox() const { return m_payroll; }
    QDoubleSpinBox* contributionsBox() const { return m_contributions; }
    QDoubleSpinBox* benefitsBox() const { return m_benefits; }
    QSpinBox* injuriesBox() const { return m_injuries; }
    QLabel* resultLabel() const { return m_result; }
    QLabel* schemeLabel() const { return m_schemeLabel; }
    RiskClassModel* classModel() const { return m_classModel; }
    FloatRuleModel* ruleModel() const { return m_ruleModel; }
    FloatBatchModel* batchModel() const { return m_batchModel; }
    const FloatResult& lastResult() const { return m_last; }

    bool saveScheme();     // the edited tables; false with a message when invalid
    void resetToExample(); // the shipped example, not saved until saveScheme()
    bool importBatch(const QString& path);
    bool exportBatch(const QString& path);

public Q_SLOTS:
    void reload();
    void recompute();

private:
    RateScheme editedScheme() const;
    void chooseAndImport();
    void chooseAndExport();

    Session& m_session;
    Prompter& m_prompter;
    QLabel* m_schemeLabel;
    QLineEdit* m_schemeName;
    QSpinBox* m_class;
    QDoubleSpinBox* m_payroll;
    QDoubleSpinBox* m_contributions;
    QDoubleSpinBox* m_benefits;
    QSpinBox* m_injuries;
    QLabel* m_result;
    RiskClassModel* m_classModel;
    FloatRuleModel* m_ruleModel;
    FloatBatchModel* m_batchModel;
    QTableView* m_ruleView;
    FloatResult m_last;
    RevisionTicket m_revision; // of the stored tables when they were loaded
};

} // namespace yufang
