// Issue 20, storage side: files written whole or not at all, the database file never replaced by
// an export, damaged files refused before any write, backups that hold no half import, and
// database names too long for their journal refused at open.
#include "../test_server.h"
#include "test_support.h"

#include "io/file_output.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
// Clears the injected fault however the test ends.
struct FaultGuard {
    explicit FaultGuard(qint64 bytes) { failOutputAfterBytesForTesting(bytes); }
    ~FaultGuard() { failOutputAfterBytesForTesting(-1); }
};

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

// Where the root page of table starts in the file.
qint64 rootPageOffset(const QSqlDatabase& db, const QString& table) {
    QSqlQuery q(db);
    REQUIRE(q.exec(u"PRAGMA page_size"_s));
    REQUIRE(q.next());
    const qint64 pageSize = q.value(0).toLongLong();
    REQUIRE(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = '%1'"_s.arg(table)));
    REQUIRE(q.next());
    return (q.value(0).toLongLong() - 1) * pageSize;
}

// Overwrites 32 bytes at offset: a B-tree page header is then garbage, as after a bad sector
// or a stray write.
void damageAt(const QString& path, qint64 offset) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    REQUIRE(f.write(QByteArray(32, '\xA5')) == 32);
}

void damageTable(TempDatabase& t, const QString& table) {
    const qint64 offset = rootPageOffset(t.connection(), table);
    t.close();
    damageAt(t.path(), offset);
}

qint64 metaCount(const QSqlDatabase& db, const QString& key) {
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("A write that fails on a full disk keeps the previous file and says so", "[faults]") {
    YUFANG_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.csv"_s);
    writeBytes(path, "the last export\r\n");
    QString error;
    SECTION("a small file that fails only at the flush") {
        FaultGuard fault(3);
        CHECK_FALSE(writeFileAtomically(path, "a,b,c\r\n1,2,3\r\n", &error));
    }
    SECTION("a large file cut after 4 KiB") {
        FaultGuard fault(4096);
        CHECK_FALSE(writeFileAtomically(path, QByteArray(100000, 'x'), &error));
    }
    SECTION("a copy of an evidence file") {
        writeBytes(dir.filePath(u"source.pdf"_s), QByteArray(50000, 'p'));
        FaultGuard fault(10);
        CHECK_FALSE(copyFileAtomically(dir.filePath(u"source.pdf"_s), path, &error));
    }
    CHECK(error.contains(u"disk is full"_s));
    CHECK(error.contains(path));
    CHECK(readBytes(path) == "the last export\r\n");
    // No temporary file is left behind.
    CHECK(filesIn(dir.path()).filter(u"r.csv"_s) == QStringList{u"r.csv"_s});
}

TEST_CASE("FileOutput writes a whole file when nothing fails", "[faults]") {
    YUFANG_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    writeBytes(path, "old");
    FileOutput out(path);
    QString error;
    REQUIRE(out.open(&error));
    CHECK(out.write("new,"));
    CHECK(out.write("file"));
    REQUIRE(out.commit(&error));
    CHECK(readBytes(path) == "new,file");
}

TEST_CASE("No output may replace the open database or its journals", "[faults]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    const QByteArray before = readBytes(t.path());
    const QFileInfo info(t.path());
    const QString viaDot = info.absolutePath() + u"/./"_s + info.fileName();
    for (const QString& target :
         QStringList{t.path(), viaDot, t.path() + u"-journal"_s, t.path() + u"-wal"_s}) {
        QString error;
        INFO(target.toStdString());
        CHECK_FALSE(writeFileAtomically(target, "code,name\r\n", &error));
        CHECK(error.contains(u"open database"_s));
    }
    CHECK(readBytes(t.path()) == before);
    t.close();
    // Closed, it is an ordinary file again.
    QString error;
    CHECK(writeFileAtomically(t.path() + u"-wal"_s, "x", &error));
}

TEST_CASE("A damaged database is refused at open and not written", "[faults]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    damageTable(t, u"unit"_s);
    const QByteArray damaged = readBytes(t.path());
    Database db(t.path());
    QString error;
    CHECK_FALSE(db.open(&error));
    CHECK(db.fault() == DatabaseFault::Damaged);
    CHECK(error.contains(u"damaged"_s));
    CHECK(readBytes(t.path()) == damaged);
    QString why;
    CHECK_FALSE(integrityProblems(t.path(), &why).isEmpty());
}

TEST_CASE("Open tells a file of another kind from a Yufang database", "[faults]") {
    YUFANG_SQLITE_ONLY();
    QTemporaryDir dir;
    QString error;
    SECTION("a text file") {
        const QString path = dir.filePath(u"notes.sqlite"_s);
        writeBytes(path, QByteArray("code,name\r\n").repeated(200));
        Database db(path);
        CHECK_FALSE(db.open(&error));
        CHECK(db.fault() == DatabaseFault::NotADatabase);
        CHECK(readBytes(path) == QByteArray("code,name\r\n").repeated(200));
    }
    SECTION("another program's SQLite database") {
        const QString path = dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            other.setDatabaseName(path);
            REQUIRE(other.open());
            REQUIRE(QSqlQuery(other).exec(u"CREATE TABLE photos (id INTEGER)"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        Database db(path);
        CHECK_FALSE(db.open(&error));
        CHECK(db.fault() == DatabaseFault::NotADatabase);
    }
    CHECK(error.contains(u"not a Yufang database"_s));
}

TEST_CASE("A truncated database is damaged and not another kind of file", "[faults]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    t.close();
    const QString cut = t.filePath(u"cut.sqlite"_s);
    writeBytes(cut, readBytes(t.path()).left(100000));
    Database db(cut);
    QString error;
    CHECK_FALSE(db.open(&error));
    CHECK(db.fault() == DatabaseFault::Damaged);
    CHECK(error.contains(u"damaged"_s));
    CHECK_FALSE(error.contains(u"not a Yufang database"_s));
}

TEST_CASE("A database name too long for its journal is refused at open", "[faults]") {
    YUFANG_SQLITE_ONLY();
    QTemporaryDir dir;
    const QString tooLong = dir.filePath(QString(250 - 7, u'a') + u".sqlite"_s);
    Database refused(tooLong);
    QString error;
    CHECK_FALSE(refused.open(&error));
    CHECK(error.contains(u"too long"_s));
    CHECK_FALSE(QFileInfo::exists(tooLong));

    const QString longest =
        dir.filePath(QString(Database::maxFileNameBytes() - 7, u'b') + u".sqlite"_s);
    Database db(longest);
    REQUIRE(db.open(&error));
    CHECK(inTransaction(db.connection(), &error, [&] {
        return QSqlQuery(db.connection())
            .exec(u"INSERT INTO meta (key, value) VALUES ('long', 'name')"_s);
    }));
}

TEST_CASE("A backup holds committed data only and restores after a check", "[faults]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    const QString backup = t.filePath(u"backup.sqlite"_s);
    // Another connection is in the middle of a write transaction (an import under way).
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        writer.setDatabaseName(t.path());
        REQUIRE(writer.open());
        QString error;
        REQUIRE(beginWrite(writer, &error));
        REQUIRE(
            QSqlQuery(writer).exec(u"INSERT INTO meta (key, value) VALUES ('half-import', 'x')"_s));
        REQUIRE(backupDatabase(t.connection(), backup, &error));
        writer.commit();
        writer.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
    QString error;
    CHECK(checkBackupFile(backup, &error));
    CHECK(metaCount(t.connection(), u"half-import"_s) == 1);

    t.close();
    REQUIRE(restoreDatabase(backup, t.path(), &error));
    t.reopen();
    CHECK(metaCount(t.connection(), u"half-import"_s) == 0);
}

TEST_CASE("Restore refuses a damaged or foreign file and leaves the database", "[faults]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    const QString backup = t.filePath(u"backup.sqlite"_s);
    QString error;
    REQUIRE(backupDatabase(t.connection(), backup, &error));
    const qint64 offset = rootPageOffset(t.connection(), u"unit"_s); // same pages in the copy
    t.close();
    const QByteArray before = readBytes(t.path());
    writeBytes(t.filePath(u"text.sqlite"_s), "not a database at all");
    CHECK_FALSE(restoreDatabase(t.filePath(u"text.sqlite"_s), t.path(), &error));
    damageAt(backup, offset);
    CHECK_FALSE(restoreDatabase(backup, t.path(), &error));
    CHECK(error.contains(u"cannot be restored"_s));
    CHECK(readBytes(t.path()) == before);
}

TEST_CASE("A damaged database is restored from its backup", "[faults]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    const QString backup = t.filePath(u"backup.sqlite"_s);
    QString error;
    REQUIRE(backupDatabase(t.connection(), backup, &error));
    damageTable(t, u"unit"_s);
    REQUIRE(restoreDatabase(backup, t.path(), &error));
    Database db(t.path());
    CHECK(db.open(&error));
}

TEST_CASE("Rolling backups keep the newest N beside the database", "[faults]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    QString error;
    const RollingBackups backups(t.path());
    REQUIRE(RollingBackups::setKeep(t.connection(), 2, &error));
    for (int i = 0; i < 3; ++i)
        REQUIRE(backups.take(t.connection(), u"test%1"_s.arg(i), &error));
    const QStringList kept = backups.list();
    REQUIRE(kept.size() == 2);
    CHECK(kept.first().endsWith(u"-test2.sqlite"_s));
    CHECK(QFileInfo(kept.first()).absolutePath() == backups.folder());
    CHECK(checkBackupFile(kept.first(), &error));
    REQUIRE(RollingBackups::setKeep(t.connection(), 0, &error));
    REQUIRE(backups.take(t.connection(), u"off"_s, &error));
    CHECK(backups.list().size() == 2);
}
