#pragma once

#include "forms/unit_form_tab.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace yufang {

class CoverageChart;
class ProviderPanel;

// The 培训 tab: the training table of the selected unit and year (editable for a unit without
// children, consolidated for a parent, which signs it), CSV in and out and printing. The table,
// 填报人 and 联系电话 are the form engine's editor on the plan's `training` definition (rows
// grouped by industry with their categories, 培训覆盖率, the subtotals and 合计 computed from
// the definition, the rules' findings at their cells), saved as any form is (UnitFormTab).
// Beside it, in the editor's side panel: the coverage against the path and the target over the
// years with the child units that lag (worst first), and the recommended providers.
class TrainingTab : public UnitFormTab {
    Q_OBJECT
public:
    TrainingTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    CoverageChart* chart() const { return m_chart; }
    QTableWidget* childTable() const { return m_children; }
    QLabel* statusLabel() const { return m_status; }
    ProviderPanel* providerPanel() const { return m_providers; }
    // The side panel's pages: coverage, recommended providers.
    QTabWidget* pages() const { return m_pages; }

public Q_SLOTS:
    void addCategory();

protected:
    // The unit, the year and the plan's key-personnel categories.
    QString unitLine(const Unit& unit, int year, const FormTable& table) const override;
    QString ownBanner(int year, const FormTable& table, bool editable) const override;
    // "Trained" is cumulative: below the year before's figure is a warning at its cell.
    void aboutToShow(const FormDefinition* definition, const Unit* unit, int year) override;
    void shown() override;
    void updateActions() override;

private:
    // The plan's training-coverage indicator over the years, and the sub-units that lag.
    void updateProgress();

    QTabWidget* m_pages = nullptr;
    QLabel* m_status = nullptr;
    CoverageChart* m_chart = nullptr;
    QTableWidget* m_children = nullptr;
    ProviderPanel* m_providers = nullptr;
    QPushButton* m_addCategory = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace yufang
