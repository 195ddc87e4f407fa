// yufang-cli --server URL server import-sqlite FILE (issue 17, docs/server.md): an office's
// SQLite file moved into a server, ids, revisions and audit trail as they were, all or nothing;
// refused while the server holds data unless --replace. The move itself runs on the suite's
// server pass; the SQLite pass checks that the command asks for a server.
#include "cli_support.h"

#include "../test_server.h"

#include <QFile>

using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kHeader =
    u"单位代码,单位名称,年度,重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤事故数量,备注"_s;

// Runs yufang-cli on the office's file itself, whatever the pass.
CliResult onFile(const CliSandbox& box, const QString& file, const QStringList& args) {
    return box.runRaw(QStringList{u"--db"_s, file, u"--lang"_s, u"en"_s} + args);
}

QStringList withoutVolatileColumns(const QString& csv) {
    return csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("server import-sqlite needs a server", "[cli][server]") {
    CliSandbox box;
    if (testServer()) {
        SUCCEED("the server pass runs the move below");
        return;
    }
    const CliResult r = box.run({u"server"_s, u"import-sqlite"_s, box.filePath(u"x.sqlite"_s)});
    INFO(r.describe());
    CHECK(r.exitCode == 2);
    CHECK(r.errText().contains(u"--server"_s));
}

TEST_CASE("server import-sqlite moves an office's file with its ids and audit trail",
          "[cli][server]") {
    if (!testServer()) {
        SUCCEED("needs the suite's PostgreSQL server (scripts/test.sh)");
        return;
    }
    CliSandbox box;
    const QString file = box.filePath(u"office.sqlite"_s);
    box.write(u"annex.csv"_s,
              utf8WithBom(csvLines({kHeader, u"371302,兰山区,2020,危险化学品,10,8,1000,800,4,"_s,
                                    u"371302,兰山区,2020,建筑施工,20,15,5000,4000,12,按项目参保"_s,
                                    u"371311,罗庄区,2020,冶金,3,3,900,900,3,"_s})));
    REQUIRE(onFile(box, file, {u"import-annex"_s, box.filePath(u"annex.csv"_s)}).exitCode == 0);
    box.write(u"again.csv"_s,
              utf8WithBom(csvLines({kHeader, u"371302,兰山区,2020,危险化学品,11,8,1000,800,4,"_s,
                                    u"371302,兰山区,2020,建筑施工,20,15,5000,4000,12,"_s})));
    REQUIRE(onFile(box, file, {u"import-annex"_s, box.filePath(u"again.csv"_s), u"--replace"_s})
                .exitCode == 0);
    const QStringList reads[] = {
        {u"units"_s},
        {u"export-annex"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2020"_s},
        {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s},
        {u"audit"_s},
        {u"returns"_s, u"--unit"_s, u"371300"_s, u"--year"_s, u"2020"_s, u"--today"_s,
         u"2021-01-10"_s},
    };
    QList<QByteArray> before;
    for (const QStringList& args : reads) {
        const CliResult r = onFile(box, file, args);
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
        before << r.out;
    }
    REQUIRE(withoutVolatileColumns(QString::fromUtf8(before[3])).size() >= 3); // two imports

    const CliResult moved = box.run({u"server"_s, u"import-sqlite"_s, file});
    INFO(moved.describe());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.outText().contains(u"moved into"_s));
    for (int i = 0; i < int(std::size(reads)); ++i) {
        const CliResult r = box.run(reads[i]);
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
        // The audit trail keeps the accounts the file recorded, not the server's login.
        CHECK(r.out == before[i]);
    }
    // A file that is not there is named (and not created).
    const CliResult missing =
        box.run({u"server"_s, u"import-sqlite"_s, box.filePath(u"none.sqlite"_s)});
    CHECK(missing.exitCode == 1);
    CHECK(missing.errText().contains(u"none.sqlite"_s));
    CHECK_FALSE(QFile::exists(box.filePath(u"none.sqlite"_s)));

    // The server's ids continue after the file's: a new import on the server lands.
    box.write(u"next.csv"_s,
              utf8WithBom(csvLines({kHeader, u"371311,罗庄区,2021,冶金,4,4,900,900,1,"_s})));
    const CliResult next = box.run({u"import-annex"_s, box.filePath(u"next.csv"_s)});
    INFO(next.describe());
    CHECK(next.exitCode == 0);

    SECTION("a second move is refused while the server holds data, nothing changed") {
        const CliResult again = box.run({u"server"_s, u"import-sqlite"_s, file});
        INFO(again.describe());
        CHECK(again.exitCode == 1);
        CHECK(again.errText().contains(u"already holds data"_s));
        CHECK(again.errText().contains(u"--replace"_s));
        CHECK(box.run({u"export-annex"_s, u"--unit"_s, u"371311"_s, u"--year"_s, u"2021"_s})
                  .exitCode == 0);
    }
    SECTION("--replace replaces the server's data with the file's") {
        const CliResult again = box.run({u"server"_s, u"import-sqlite"_s, file, u"--replace"_s});
        INFO(again.describe());
        REQUIRE(again.exitCode == 0);
        for (int i = 0; i < int(std::size(reads)); ++i)
            CHECK(box.run(reads[i]).out == before[i]);
    }
}
