// Access enforced by a PostgreSQL server (docs/server.md, "Access"): a county's login writes
// only its own unit's forms, a city reads its subtree, and the audit trail is append-only for
// everyone; each refusal comes from the server (row-level security and grants), not from the
// program, and reaches the user as a clear message. Runs on the suite's server pass only.

#include "test_support.h"

#include "../test_server.h"
#include "annex_form_import.h"
#include "storage/annex_repository.h"
#include "storage/form_signatures.h"
#include "storage/server_access.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;

namespace {
constexpr auto kCity = "371300";    // 临沂市
constexpr auto kCounty = "371302";  // 兰山区
constexpr auto kSibling = "371311"; // 罗庄区

// A login name of this test process (roles belong to the whole server).
QString loginName(const char* role) {
    return QStringLiteral("t%1_%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QLatin1String(role));
}

AnnexTable formOf(AnnexRepository& annex, const QString& unit, qint64 enterprises) {
    AnnexTable t = annex.load(unit, 2024);
    REQUIRE_FALSE(t.rows.isEmpty());
    t.rows[0].counts = counts(enterprises, 1, 100, 90, 2);
    t.meta.preparer = QStringLiteral("张三");
    return t;
}

// The schema of admin, opened as login (its password in the address).
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

TEST_CASE("A county login writes its own form and the server refuses the rest", "[server]") {
    if (!testServer()) {
        SUCCEED("needs the PostgreSQL test server (scripts/test.sh)");
        return;
    }
    TempDatabase admin;
    QString why;
    REQUIRE(server::applyAccess(admin.connection(), &why));
    const QString county = loginName("county");
    const QString city = loginName("city");
    REQUIRE(server::addUser(admin.connection(), county, QLatin1String(kCounty),
                            QStringLiteral("pw-") + county, &why));
    REQUIRE(server::addUser(admin.connection(), city, QLatin1String(kCity),
                            QStringLiteral("pw-") + city, &why));
    {
        AnnexRepository adminAnnex(admin.connection());
        REQUIRE(adminAnnex.save(formOf(adminAnnex, QLatin1String(kSibling), 7),
                                QStringLiteral("test"), &why));
    }

    auto countyDb = openAs(admin, county);
    AnnexRepository countyAnnex(countyDb->connection());

    SECTION("its own form is saved and its audit events name the database login") {
        REQUIRE(countyAnnex.save(formOf(countyAnnex, QLatin1String(kCounty), 5),
                                 QStringLiteral("test"), &why));
        QSqlQuery q(admin.connection());
        REQUIRE(
            q.exec(QStringLiteral("SELECT DISTINCT account FROM audit_event WHERE unit_code = '%1'")
                       .arg(QLatin1String(kCounty))));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == county);
        CHECK_FALSE(q.next());
    }
    SECTION("a sibling's form is neither visible nor writable") {
        CHECK_FALSE(countyAnnex.hasData(QLatin1String(kSibling), 2024));
        CHECK_FALSE(countyAnnex.save(formOf(countyAnnex, QLatin1String(kSibling), 9),
                                     QStringLiteral("test"), &why));
        INFO(why.toStdString());
        CHECK(server::explainServerRefusal(why).startsWith(QStringLiteral("the server refused")));
        CHECK(AnnexRepository(admin.connection())
                  .load(QLatin1String(kSibling), 2024)
                  .rows[0]
                  .counts == counts(7, 1, 100, 90, 2));
    }
    SECTION("a sibling's file through the importer is refused whole and says why") {
        // What the CLI prints and the window shows: the server's refusal in words first.
        const QByteArray csv =
            "\xEF\xBB\xBF单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,"
            "参加工伤保险人数,工伤事故数量,备注\r\n371311,罗庄区,2024,危险化学品,9,8,1000,800,4,"
            "\r\n";
        const AnnexFormImporter importer(countyDb->connection());
        FormTableFileImport import = importer.prepare(csv, QStringLiteral("luozhuang.csv"), {});
        const std::string first = import.diagnostics.isEmpty()
                                      ? std::string()
                                      : import.diagnostics.first().message.toStdString();
        INFO(first);
        REQUIRE(import.acceptable());
        CHECK_FALSE(importer.commit(import));
        CHECK_FALSE(import.landed);
        REQUIRE_FALSE(import.diagnostics.isEmpty());
        CHECK(import.diagnostics.last().message.startsWith(
            QStringLiteral("writing to the database failed: the server refused this change")));
        CHECK(AnnexRepository(admin.connection())
                  .load(QLatin1String(kSibling), 2024)
                  .rows[0]
                  .counts == counts(7, 1, 100, 90, 2));
    }
    SECTION("the parent's consolidated details are refused") {
        FormTable signature{QStringLiteral("annex"), QLatin1String(kCity), 2024, {}, {}};
        signature.fields.insert(form_fields::kPreparer, QStringLiteral("李四"));
        CHECK_FALSE(
            FormSignatures(countyDb->connection()).save(signature, QStringLiteral("test"), &why));
        INFO(why.toStdString());
        CHECK(server::explainServerRefusal(why).startsWith(QStringLiteral("the server refused")));
    }
    SECTION("the audit trail cannot be changed or emptied") {
        REQUIRE(countyAnnex.save(formOf(countyAnnex, QLatin1String(kCounty), 5),
                                 QStringLiteral("test"), &why));
        QSqlQuery q(countyDb->connection());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_event SET account = 'someone'")));
        CHECK(describeDatabaseError(q.lastError()).contains(QStringLiteral("refused")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_event")));
        CHECK(describeDatabaseError(q.lastError()).contains(QStringLiteral("refused")));
    }
    SECTION("the city reads its subtree, the county only its own") {
        REQUIRE(countyAnnex.save(formOf(countyAnnex, QLatin1String(kCounty), 5),
                                 QStringLiteral("test"), &why));
        auto cityDb = openAs(admin, city);
        AnnexRepository cityAnnex(cityDb->connection());
        CHECK(cityAnnex.hasData(QLatin1String(kCounty), 2024));
        CHECK(cityAnnex.hasData(QLatin1String(kSibling), 2024));
        CHECK(cityAnnex.unitsWithData(QLatin1String(kCity), 2024) == 2);
        CHECK(countyAnnex.unitsWithData(QLatin1String(kCity), 2024) == 1);
        const auto access = server::loginAccess(cityDb->connection());
        REQUIRE(access);
        CHECK(access->unitCode == QLatin1String(kCity));
    }
}
