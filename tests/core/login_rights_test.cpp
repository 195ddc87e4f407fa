// What the window offers a login (storage/login_rights) is what the server's access rules allow
// (docs/server.md, "Access"): asked of the server's own grants and policy functions, so the
// window and the server cannot disagree. Runs on the suite's server pass; on SQLite a file may
// change everything.

#include "test_support.h"

#include "../test_server.h"
#include "storage/login_rights.h"
#include "storage/server_access.h"

#include <QCoreApplication>

using namespace yufang;
using namespace yufang::test;

namespace {
constexpr auto kCity = "371300";      // 临沂市
constexpr auto kCounty = "371302";    // 兰山区
constexpr auto kSibling = "371311";   // 罗庄区
constexpr auto kOtherCity = "370100"; // 济南市

QString rightsLogin(const char* role) {
    return QStringLiteral("r%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QLatin1String(role));
}

std::unique_ptr<Database> openAs(TempDatabase& admin, const QString& login) {
    QString why;
    auto server = ServerConnection::fromUrl(admin.path(), &why);
    REQUIRE(server);
    server->user = login;
    server->password = QStringLiteral("pw-") + login;
    auto db = std::make_unique<Database>(server->url(true));
    const bool opened = db->open(&why);
    INFO(why.toStdString());
    REQUIRE(opened);
    return db;
}
} // namespace

TEST_CASE("A file or the administrator may change everything", "[server][rights]") {
    TempDatabase db;
    if (testServer()) {
        QString why;
        REQUIRE(server::applyAccess(db.connection(), &why));
    }
    const server::LoginRights rights = server::rightsOf(db.connection());
    CHECK_FALSE(rights.isLimited());
    CHECK(rights.mayEditShared());
    CHECK(rights.mayEditUnit(QLatin1String(kSibling)));
    CHECK(rights.mayCollectUnit(QLatin1String(kOtherCity)));
}

TEST_CASE("The server tells the window what a county login and a city login may change",
          "[server][rights]") {
    if (!testServer()) {
        SUCCEED("needs the PostgreSQL test server (scripts/test.sh)");
        return;
    }
    TempDatabase admin;
    QString why;
    REQUIRE(server::applyAccess(admin.connection(), &why));
    const QString county = rightsLogin("county");
    const QString city = rightsLogin("city");
    REQUIRE(server::addUser(admin.connection(), county, QLatin1String(kCounty),
                            QStringLiteral("pw-") + county, &why));
    REQUIRE(server::addUser(admin.connection(), city, QLatin1String(kCity),
                            QStringLiteral("pw-") + city, &why));

    SECTION("the county writes its own unit only and no plan") {
        auto db = openAs(admin, county);
        const server::LoginRights rights = server::rightsOf(db->connection());
        REQUIRE(rights.isLimited());
        CHECK(rights.login() == county);
        CHECK(rights.unitCode() == QLatin1String(kCounty));
        CHECK_FALSE(rights.mayEditShared());
        CHECK(rights.mayEditUnit(QLatin1String(kCounty)));
        CHECK_FALSE(rights.mayEditUnit(QLatin1String(kSibling)));
        CHECK_FALSE(rights.mayEditUnit(QLatin1String(kCity)));
        CHECK(rights.mayCollectUnit(QLatin1String(kCounty)));
        CHECK_FALSE(rights.mayCollectUnit(QLatin1String(kSibling)));
        // Asked twice, answered the same (the second from the cache).
        CHECK_FALSE(rights.mayEditUnit(QLatin1String(kSibling)));
    }
    SECTION("the city writes its own data and collects its children's returns") {
        auto db = openAs(admin, city);
        const server::LoginRights rights = server::rightsOf(db->connection());
        REQUIRE(rights.isLimited());
        CHECK_FALSE(rights.mayEditShared());
        CHECK(rights.mayEditUnit(QLatin1String(kCity)));
        CHECK_FALSE(rights.mayEditUnit(QLatin1String(kCounty)));
        CHECK(rights.mayCollectUnit(QLatin1String(kCounty)));
        CHECK(rights.mayCollectUnit(QLatin1String(kSibling)));
        CHECK_FALSE(rights.mayCollectUnit(QLatin1String(kOtherCity)));
    }
}
