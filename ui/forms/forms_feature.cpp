#include "forms_feature.h"

#include "forms_tab.h"
#include "indicator_cards.h"

#include "annex_tab.h"
#include "main_window.h"
#include "progress/dashboard_tab.h"

#include <QTabWidget>

namespace yufang {

FormsFeature installFormsFeature(MainWindow& window, Session& session, Prompter& prompter,
                                 DashboardTab* dashboard) {
    FormsFeature f;
    f.tab = new FormsTab(session, prompter, window.tabs());
    // Beside 基本情况表: the plan's other forms are filled in the same way.
    const int annex = window.tabs()->indexOf(window.annexTab());
    window.tabs()->insertTab(annex + 1, f.tab, FormsTab::tr("Forms"));
    window.addSaveHandler(f.tab, [tab = f.tab] { return tab->save(); });
    if (dashboard) {
        f.cards = new IndicatorCards(session, dashboard);
        dashboard->addPanel(f.cards);
    }
    return f;
}

} // namespace yufang
