#pragma once

#include "unit_form_tab.h"

namespace yufang {

// The 基本情况表 tab: the plan's `annex` form of the selected unit and year, as the 培训 and
// 职业病 tabs show theirs (UnitFormTab). A unit without sub-units edits its figures and its
// local key industries (各地确定的重点行业, rows of its own); a parent sees the consolidated form,
// read-only, and signs it. Import, export and printing are in the File menu (AnnexFileActions).
class AnnexTab : public UnitFormTab {
    Q_OBJECT
public:
    AnnexTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

protected:
    // The unit, the year and the document number of the plan it follows.
    QString unitLine(const Unit& unit, int year, const FormTable& table) const override;
};

} // namespace yufang
