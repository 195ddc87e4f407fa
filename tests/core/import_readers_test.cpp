// Many users at once (issue 17, docs/server.md "Access"): a long register import, one
// transaction, does not block another user's reads. On a server readers see the last committed
// state (MVCC); on a file, SQLite's WAL journal gives the same. A blocked read would wait the busy
// timeout (30 s) and then fail, so the check is that each read during the import returns the
// committed state at once.
#include "../test_server.h"
#include "test_support.h"

#include "services/register_import.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 count(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("A long register import does not block another user's reads", "[register][server]") {
    TempDatabase t;
    Database other(t.path()); // another user's connection to the same database
    QString why;
    REQUIRE(other.open(&why));
    const qint64 units = count(other.connection(), u"SELECT COUNT(*) FROM unit"_s);

    // 3 counties × 3,000 enterprises: progress (and our reads) every 4,096 rows, with rows
    // already written into the open transaction (a small row buffer writes them early).
    QStringList lines{registerHeader()};
    for (const QString& unit : {u"371302"_s, u"371311"_s, u"371312"_s})
        for (int n = 1; n <= 3000; ++n)
            lines << u"%1,企业%2,%3,冶金,2024,%4,%4,1,0,0,1,1"_s.arg(unit)
                         .arg(n)
                         .arg(registerCreditCode(unit, n))
                         .arg(n % 50 + 1);
    QBuffer device;
    device.setData(utf8WithBom(lines.join(u"\r\n"_s) + u"\r\n"_s));
    device.open(QIODevice::ReadOnly);

    int readsDuringImport = 0;
    qint64 slowestMs = 0;
    RegisterImportOptions options;
    // Every call comes inside the import's transaction (the last one after all rows are
    // written, just before the commit).
    options.progress = [&](qint64, qint64) {
        QElapsedTimer timer;
        timer.start();
        // What another user's window reads: the units, the forms, the register so far.
        CHECK(count(other.connection(), u"SELECT COUNT(*) FROM unit"_s) == units);
        CHECK(count(other.connection(), u"SELECT COUNT(*) FROM form_value"_s) == 0);
        CHECK(count(other.connection(), u"SELECT COUNT(*) FROM register_enterprise"_s) == 0);
        slowestMs = qMax(slowestMs, timer.elapsed());
        ++readsDuringImport;
    };
    RegisterImport importer(t.connection());
    importer.setRowBufferBudget(2048);
    const RegisterImportResult r = importer.importDevice(&device, u"reg.csv"_s, options);
    for (const Diagnostic& d : r.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    REQUIRE(r.landed);
    CHECK(readsDuringImport >= 2);
    INFO("slowest read during the import: " << slowestMs << " ms");
    CHECK(slowestMs < 10000); // far below the 30 s a blocked read would wait
    // Once committed, the other user sees every row.
    CHECK(count(other.connection(), u"SELECT COUNT(*) FROM register_enterprise"_s) == 9000);
}
