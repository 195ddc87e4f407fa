// Issue 20: kill -9 during an import. A generated register is imported and the process killed
// at seeded random moments; after each kill the database passes integrity_check and holds all
// of the file or none of it. A handful of kills here (CI); YUFANG_KILLS=N runs more.
#include "../test_server.h"
#include "cli_support.h"

#include "storage/backup.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// GB 32100-2015 check character, as the importer verifies it.
QString creditCode(const QString& unit, int n) {
    static const QString alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    QString body = u"91"_s + unit + u"%1"_s.arg(n, 9, 10, QLatin1Char('0'));
    int sum = 0;
    int weight = 1;
    for (const QChar c : body) {
        sum += int(alphabet.indexOf(c)) * weight;
        weight = weight * 3 % 31;
    }
    return body + alphabet.at((31 - sum % 31) % 31);
}

QByteArray generatedRegister(int rows) {
    QStringList lines{u"单位代码,企业名称,统一社会信用代码,重点行业名称,年度,从业人数,参保人数,"
                      u"是否参保,工伤事故数量,"
                      "职业病新发病例数,重点人员数,已培训重点人员数"_s};
    const QStringList units = {u"371302"_s, u"371311"_s, u"371312"_s, u"371321"_s};
    for (int i = 0; i < rows; ++i) {
        const QString& unit = units.at(i * units.size() / rows);
        lines << u"%1,企业%2,%3,建筑施工,2023,%4,%5,1,%6,0,3,2"_s.arg(unit)
                     .arg(i)
                     .arg(creditCode(unit, i))
                     .arg(50 + i % 200)
                     .arg(40 + i % 150)
                     .arg(i % 3);
    }
    return utf8WithBom(csvLines(lines));
}

qint64 registerRows(const QString& path) {
    qint64 rows = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"kill-check"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        if (q.exec(u"SELECT COUNT(*) FROM register_enterprise"_s) && q.next())
            rows = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"kill-check"_s);
    return rows;
}
} // namespace

TEST_CASE("cli kill -9 during an import leaves all of the file or none of it", "[cli][faults]") {
    // It checks the FILE after the kill (SQLite's integrity check, rows counted in the file);
    // on a server a killed client's transaction is rolled back by the server itself.
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    const int rows = 40000;
    box.write(u"register.csv"_s, generatedRegister(rows));
    REQUIRE(box.run({u"init"_s}).exitCode == 0);

    // How long an uninterrupted import takes here, so the kills fall inside it.
    QElapsedTimer clock;
    clock.start();
    {
        CliSandbox probe;
        probe.write(u"register.csv"_s, readBytes(box.filePath(u"register.csv"_s)));
        const CliResult r = probe.run({u"import-register"_s, probe.filePath(u"register.csv"_s)});
        INFO(r.describe());
        REQUIRE(r.exitCode == 0);
    }
    const qint64 importMs = clock.elapsed();

    const int kills = qEnvironmentVariableIsSet("YUFANG_KILLS")
                          ? qEnvironmentVariableIntValue("YUFANG_KILLS")
                          : 5;
    QRandomGenerator random(20261202);
    int landed = 0;
    for (int i = 0; i < kills; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, box.dataHome());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(YUFANG_CLI_PATH), {u"--db"_s, box.dbPath(), u"import-register"_s,
                                                  u"--replace"_s, box.filePath(u"register.csv"_s)});
        REQUIRE(p.waitForStarted(-1));
        // Within the first 90 % of an import's time, so most kills land while it writes.
        const int at = int(random.bounded(qMax<qint64>(importMs * 9 / 10, 50)));
        QThread::msleep(at);
        p.kill(); // SIGKILL
        p.waitForFinished(-1);
        if (p.exitStatus() == QProcess::NormalExit)
            ++landed; // it finished before the kill
        INFO("kill " << i << " after " << at << " ms of about " << importMs << " ms");
        QString why;
        CHECK(integrityProblems(box.dbPath(), &why).isEmpty());
        const qint64 held = registerRows(box.dbPath());
        CHECK((held == 0 || held == rows));
    }
    WARN(kills << " kills during an import of " << rows << " rows (about " << importMs << " ms); "
               << landed << " finished first");
}
