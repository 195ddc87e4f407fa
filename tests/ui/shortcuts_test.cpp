// Issue 18: every keyboard shortcut of the main window is unique. Qt ignores a key sequence two
// enabled actions share ("ambiguous shortcut"), so Ctrl+P on both 文件 → 打印 and 报表 → 进度报告
// did nothing at all.
#include "feature_installer.h"
#include "window_fixture.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QHash>
#include <QKeySequence>

using namespace yufang;
using namespace yufang::test;

TEST_CASE("every shortcut of the whole main window belongs to one action", "[ui][shortcuts]") {
    UiFixture f;
    installFeatures(*f.window, *f.session, f.prompter);
    QHash<QString, QStringList> owners; // key sequence → the actions bound to it
    for (const QAction* action : f.window->findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            if (!key.isEmpty())
                owners[key.toString(QKeySequence::PortableText)] << action->text();
        }
    }
    REQUIRE(owners.contains(QStringLiteral("Ctrl+P"))); // the window was really built
    QStringList clashes;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | "));
    }
    INFO(clashes.join(QLatin1Char('\n')).toStdString());
    CHECK(clashes.isEmpty());
}
