// ui/lazy_reload.h: a hidden tab reloads when shown, not on every selection.
#include "lazy_reload.h"

#include <catch2/catch.hpp>

#include <QWidget>

using namespace yufang;

TEST_CASE("a hidden view reloads once when shown and a visible one at once", "[ui]") {
    QWidget view;
    int reloads = 0;
    auto* lazy = new LazyReload(&view, [&] { ++reloads; });
    lazy->request();
    lazy->request();
    CHECK(reloads == 0); // hidden: two selections, no work
    view.show();
    CHECK(reloads == 1); // shown: the pending reload, once
    view.hide();
    view.show();
    CHECK(reloads == 1); // nothing pending
    lazy->request();
    CHECK(reloads == 2); // visible: at once
    view.hide();
    lazy->request();
    lazy->flush(); // an export needs the current figures now
    CHECK(reloads == 3);
    lazy->flush();
    CHECK(reloads == 3);
}

TEST_CASE("a view shown without a pending reload runs its cheap refresh", "[ui]") {
    QWidget view;
    int reloads = 0;
    int refreshes = 0;
    auto* lazy = new LazyReload(
        &view, [&] { ++reloads; }, [&] { ++refreshes; });
    lazy->request();
    view.show();
    CHECK(reloads == 1);
    CHECK(refreshes == 0); // the reload covered it
    view.hide();
    view.show();
    CHECK(reloads == 1);
    CHECK(refreshes == 1);
}
