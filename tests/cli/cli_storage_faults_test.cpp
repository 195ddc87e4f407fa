// Issue 20, storage side, through the real yufang-cli: a full disk (injected by a small tmpfs
// where the machine allows mounting, and /dev/full for standard output), -o naming the
// database, two writers at once, busy, damaged and long-named databases, backup and restore.
#include "../test_server.h"
#include "cli_support.h"

#include "storage/backup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <memory>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kForm = csvLines(
    {u"《临沂市工伤预防五年行动计划（2021-2025年）实施方案》重点行业企业基本情况表"_s,
     u"填报单位：临沂市兰山区人力资源和社会保障局"_s,
     u"重点行业名称,企业户数,参保企业户数,从业总人数,参加工伤保险人数,工伤保险参保率,2020年工伤事故数量,工伤事故发生率,备注"_s,
     u"危险化学品,10,8,1000,800,,4,,"_s, u"建筑施工,20,15,5000,5000,,12,,"_s,
     u"合计,30,23,6000,5800,,16,,"_s});
const QStringList kExport = {u"export-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s};

void importForm(const CliSandbox& box, const QString& db = {}) {
    box.write(u"form.csv"_s, utf8WithBom(kForm));
    const CliResult r = box.run({u"import-annex"_s, box.filePath(u"form.csv"_s)}, db);
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
}

// yufang-cli --db DB (or --server URL) --lang en ARGS with extra environment, started but not
// waited for.
std::unique_ptr<QProcess> start(const CliSandbox& box, const QStringList& args,
                                const QHash<QString, QString>& env = {},
                                const QString& stdoutFile = {}) {
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"XDG_DATA_HOME"_s, box.dataHome());
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p->setProcessEnvironment(e);
    if (!stdoutFile.isEmpty())
        p->setStandardOutputFile(stdoutFile);
    p->start(QStringLiteral(YUFANG_CLI_PATH),
             box.databaseArguments() + QStringList{u"--lang"_s, u"en"_s} + args);
    REQUIRE(p->waitForStarted(-1));
    return p;
}

CliResult finish(QProcess& p) {
    REQUIRE(p.waitForFinished(120000));
    return CliResult{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

// A second connection of the test itself, standing for another program.
class OtherProgram {
public:
    explicit OtherProgram(const QString& path) {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
    }
    ~OtherProgram() {
        m_db.rollback();
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(u"other-program"_s);
    }
    void exec(const QString& sql) {
        QSqlQuery q(m_db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase& db() { return m_db; }

private:
    QSqlDatabase m_db;
};

// A tmpfs of 64 KiB at folder, unmounted on destruction; mounted() is false (with a visible
// message) where the machine does not allow it (not root, no mount permission in a container).
class SmallDisk {
public:
    explicit SmallDisk(const QString& folder) : m_folder(folder) {
        QDir().mkpath(folder);
        QProcess mount;
        mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, folder});
        m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit &&
                    mount.exitCode() == 0;
        if (!m_mounted)
            WARN("SKIPPED: cannot mount a small tmpfs here (needs root and mount permission): "
                 << mount.readAllStandardError().trimmed().toStdString()
                 << "; the injected-failure tests in core.* cover the same path");
    }
    ~SmallDisk() {
        if (m_mounted)
            QProcess::execute(u"umount"_s, {u"-l"_s, m_folder});
    }
    bool mounted() const { return m_mounted; }
    // Fills the disk with 4 KiB files, then frees keepFreeKiB of them again.
    void fill(int keepFreeKiB = 0) {
        int n = 0;
        for (;; ++n) {
            QFile f(m_folder + u"/filler%1"_s.arg(n));
            if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(4096, 'f')) != 4096 ||
                !f.flush())
                break;
        }
        for (int i = 0; i < keepFreeKiB / 4 && i <= n; ++i)
            QFile::remove(m_folder + u"/filler%1"_s.arg(i));
    }

private:
    QString m_folder;
    bool m_mounted = false;
};
} // namespace

TEST_CASE("cli export to a full disk exits 1 and keeps the previous file", "[cli][faults]") {
    CliSandbox box;
    importForm(box);
    SmallDisk disk(box.filePath(u"small"_s));
    if (!disk.mounted())
        return;
    const QString csv = box.filePath(u"small/r.csv"_s);
    const QString pdf = box.filePath(u"small/r.pdf"_s);
    box.write(u"small/r.csv"_s, "the last export\r\n");
    box.write(u"small/r.pdf"_s, "%PDF the last print");
    disk.fill();

    CliResult r = box.run(kExport + QStringList{u"-o"_s, csv});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"disk is full"_s));
    CHECK(readBytes(csv) == "the last export\r\n");

    r = box.run({u"print-annex"_s, u"--unit"_s, u"371302"_s, u"--year"_s, u"2020"_s, u"-o"_s, pdf});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(readBytes(pdf) == "%PDF the last print");
    CHECK(QDir(box.filePath(u"small"_s)).entryList({u"r.*"_s}, QDir::Files | QDir::Hidden) ==
          QStringList{u"r.csv"_s, u"r.pdf"_s});
}

TEST_CASE("cli init on a nearly full disk names the full disk", "[cli][faults]") {
    // The database FILE is what fills the disk; a server keeps its data on its own disk.
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    SmallDisk disk(box.filePath(u"small"_s));
    if (!disk.mounted())
        return;
    disk.fill(40);
    const CliResult r = box.run({u"init"_s}, box.filePath(u"small/new.sqlite"_s));
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"disk is full"_s));
    CHECK_FALSE(r.errText().contains(u"cannot rollback"_s));
}

TEST_CASE("cli export to a full standard output exits 1", "[cli][faults]") {
    if (!QFileInfo::exists(u"/dev/full"_s)) {
        WARN("SKIPPED: no /dev/full on this system");
        return;
    }
    CliSandbox box;
    importForm(box);
    auto p = start(box, kExport, {}, u"/dev/full"_s);
    const CliResult r = finish(*p);
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"standard output"_s));
    CHECK(r.errText().contains(u"disk is full"_s));
}

TEST_CASE("cli -o naming the database is refused and the database kept", "[cli][faults]") {
    // -o naming the database FILE (and its -wal journal); a server has no file to name.
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    importForm(box);
    const QByteArray before = readBytes(box.dbPath());
    for (const QString& target :
         QStringList{box.dbPath(), box.dbPath() + u"-wal"_s,
                     QFileInfo(box.dbPath()).absolutePath() + u"/./yufang.sqlite"_s}) {
        const CliResult r = box.run(kExport + QStringList{u"-o"_s, target});
        INFO(r.describe());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(u"open database"_s));
    }
    CHECK(readBytes(box.dbPath()) == before);
    CHECK(box.run(kExport).outText().contains(u"危险化学品"_s));
}

TEST_CASE("cli a second writer waits for the first and succeeds", "[cli][faults]") {
    // SQLite's own BEGIN IMMEDIATE from another connection holds the FILE's write lock; on a
    // server writers take turns on an advisory lock, tested in core.* (concurrency tests).
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    importForm(box);
    box.write(u"form.csv"_s, utf8WithBom(kForm));
    OtherProgram other(box.dbPath());
    other.exec(u"BEGIN IMMEDIATE"_s);
    other.exec(u"INSERT INTO meta (key, value) VALUES ('other-program', 'writing')"_s);
    QElapsedTimer clock;
    clock.start();
    auto p = start(box, {u"import-annex"_s, u"--replace"_s, box.filePath(u"form.csv"_s)});
    QThread::msleep(1500);
    REQUIRE(other.db().commit());
    const CliResult r = finish(*p);
    INFO(r.describe());
    CHECK(r.exitCode == 0);
    CHECK(clock.elapsed() >= 1400);
}

TEST_CASE("cli a database another program keeps busy is reported as busy", "[cli][faults]") {
    // SQLite's EXCLUSIVE locking mode keeps even readers out of the FILE; a server has no
    // such lock (readers are never blocked there: import_readers_test).
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    importForm(box);
    OtherProgram other(box.dbPath());
    other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
    other.exec(u"BEGIN EXCLUSIVE"_s);
    other.exec(u"INSERT INTO meta (key, value) VALUES ('other-program', 'writing')"_s);
    auto p = start(box, {u"units"_s}, {{u"YUFANG_BUSY_TIMEOUT_MS"_s, u"300"_s}});
    const CliResult r = finish(*p);
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"busy: another program is writing"_s));
    CHECK_FALSE(r.errText().contains(u"not a Yufang database"_s));
}

TEST_CASE("cli a damaged database is refused for every command and check lists why",
          "[cli][faults]") {
    // Damage is bytes of the FILE overwritten; a server's storage is the server's own.
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    importForm(box);
    REQUIRE(box.run({u"check"_s}).exitCode == 0);
    REQUIRE(box.run({u"backup"_s, u"-o"_s, box.filePath(u"good.sqlite"_s)}).exitCode == 0);
    qint64 offset = 0;
    {
        OtherProgram db(box.dbPath());
        QSqlQuery q(db.db());
        REQUIRE(q.exec(u"SELECT (SELECT rootpage FROM sqlite_master WHERE name = 'form_value') - 1,"
                       " (SELECT page_size FROM pragma_page_size)"_s));
        REQUIRE(q.next());
        offset = q.value(0).toLongLong() * q.value(1).toLongLong();
    }
    QByteArray bytes = readBytes(box.dbPath());
    REQUIRE(offset > 0);
    bytes.replace(offset, 32, QByteArray(32, '\xA5'));
    box.write(u"yufang.sqlite"_s, bytes);

    for (const QStringList& args :
         {QStringList{u"init"_s}, kExport, QStringList{u"units"_s},
          QStringList{u"import-annex"_s, u"--replace"_s, box.filePath(u"form.csv"_s)}}) {
        const CliResult r = box.run(args);
        INFO(r.describe());
        CHECK(r.exitCode == 1);
        CHECK(r.errText().contains(u"damaged"_s));
        CHECK(readBytes(box.dbPath()) == bytes);
    }
    CliResult r = box.run({u"check"_s});
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"damaged"_s));

    r = box.run({u"restore"_s, box.filePath(u"good.sqlite"_s)});
    INFO(r.describe());
    CHECK(r.exitCode == 0);
    CHECK(box.run({u"check"_s}).exitCode == 0);
    CHECK(box.run(kExport).outText().contains(u"危险化学品"_s));
}

TEST_CASE("cli a 250-byte database name is refused at open with a clear message", "[cli][faults]") {
    // The limit is the FILE name's length (its journal must fit beside it).
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    const QString db = box.filePath(QString(243, u'n') + u".sqlite"_s);
    const CliResult r = box.run({u"init"_s}, db);
    INFO(r.describe());
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"file name is too long"_s));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("cli backup and restore round-trip and restore checks the file first", "[cli][faults]") {
    // backup and restore copy the database FILE; a server is backed up with pg_dump.
    YUFANG_SQLITE_ONLY();
    CliSandbox box;
    importForm(box);
    const QString backup = box.filePath(u"backup.sqlite"_s);
    CliResult r = box.run({u"backup"_s, u"-o"_s, backup});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    QString why;
    CHECK(checkBackupFile(backup, &why));
    const QByteArray exported = box.run(kExport).out;

    box.write(u"form2.csv"_s, utf8WithBom(QString(kForm)
                                              .replace(u"危险化学品,10,8,1000,800,,4,,"_s,
                                                       u"危险化学品,11,8,1000,800,,4,,"_s)
                                              .replace(u"合计,30,"_s, u"合计,31,"_s)));
    r = box.run({u"import-annex"_s, u"--replace"_s, box.filePath(u"form2.csv"_s)});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    REQUIRE(box.run(kExport).out != exported);

    box.write(u"junk.sqlite"_s, "junk");
    r = box.run({u"restore"_s, box.filePath(u"junk.sqlite"_s)});
    CHECK(r.exitCode == 1);
    CHECK(r.errText().contains(u"cannot be restored"_s));

    r = box.run({u"restore"_s, backup});
    INFO(r.describe());
    REQUIRE(r.exitCode == 0);
    CHECK(box.run(kExport).out == exported);
}
