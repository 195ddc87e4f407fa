#include "annex_tab.h"

#include "form_access.h"

#include "session.h"

namespace yufang {

AnnexTab::AnnexTab(Session& session, Prompter& prompter, QWidget* parent)
    : UnitFormTab(session, prompter,
                  {QStringLiteral("annex"), QStringLiteral("重点行业企业基本情况表"),
                   tr("The form of %1 for %2"),
                   tr("The form for %1, %2 has unsaved changes. Save them?"), tr("Import forms"),
                   tr("%1 %2 already holds a form. Replace it with %3?"), tr("Export form")},
                  parent) {
    reload();
}

QString AnnexTab::unitLine(const Unit& unit, int year, const FormTable&) const {
    const auto plan = form_access::planFor(session().connection(), unit.code, year);
    return tr("Reporting unit: %1 (%2)    Year: %3    Plan: %4")
        .arg(unit.name, unit.code)
        .arg(year)
        .arg(plan ? plan->documentNumber : QString());
}

} // namespace yufang
