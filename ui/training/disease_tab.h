#pragma once

#include "forms/unit_form_tab.h"

class QChartView;
class QLabel;
class QTableWidget;

namespace yufang {

// The 职业病 tab: new cases of pneumoconiosis and other occupational diseases and the workers
// exposed to dust per key industry (editable for a unit without children, consolidated for a
// parent, which signs it), and the trend of new cases against the baseline year with the plan's
// target if it sets one. The table, 填报人 and 联系电话 are the form engine's editor on the
// plan's `disease` definition, saved as any form is (UnitFormTab); what only this tab has is the
// trend beside it and the plan's numeric target.
class DiseaseTab : public UnitFormTab {
    Q_OBJECT
public:
    DiseaseTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    QTableWidget* trendTable() const { return m_trend; }
    QLabel* targetLabel() const { return m_target; }

public Q_SLOTS:
    void setTarget();

protected:
    QString ownBanner(int year, const FormTable& table, bool editable) const override;
    QString consolidatedNote(const Unit& unit, int year) const override;
    void shown() override;

private:
    // The units of the subtree that took the year's figures from the register, which does not
    // split cases by disease; empty when none did.
    QString registerNote(const QString& unitCode, int year) const;
    void updateTrend();

    QLabel* m_target = nullptr;
    QTableWidget* m_trend = nullptr;
    QChartView* m_chart = nullptr;
};

} // namespace yufang
