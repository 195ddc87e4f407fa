// A large register import on a local SQLite file that nothing else has open runs with the
// rollback journal instead of the WAL (storage/bulk_write_journal.h, docs/performance.md):
// still all or nothing, a reader never sees part of it, and the file is back in WAL mode after.
// With another connection open the import keeps the WAL.
#include "../test_server.h"
#include "test_support.h"

#include "services/register_import.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace yufang;
using namespace yufang::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QByteArray registerFile(int firms, bool duplicateAtEnd = false) {
    QStringList lines{registerHeader()};
    for (const QString& unit : {u"371302"_s, u"371311"_s})
        for (int firm = 1; firm <= firms; ++firm)
            for (int year = 2022; year <= 2023; ++year)
                lines << u"%1,企业%2,%3,建筑施工,%4,10,8,1,0,0,2,1"_s.arg(unit)
                             .arg(firm)
                             .arg(registerCreditCode(unit, firm))
                             .arg(year);
    if (duplicateAtEnd)
        lines << lines.at(1);
    return utf8WithBom(lines.join(u"\r\n"_s) + u"\r\n"_s);
}

QString journalMode(const QSqlDatabase& db) {
    QSqlQuery q(db);
    REQUIRE(q.exec(u"PRAGMA journal_mode"_s));
    REQUIRE(q.next());
    return q.value(0).toString().toLower();
}

// Another program's view of the file: a connection of its own that does not wait for locks.
class Reader {
public:
    explicit Reader(const QString& path) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(u"PRAGMA busy_timeout = 0"_s);
    }
    ~Reader() {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    // The rows it sees, or -1 when the file is locked for the moment (the writer's commit).
    qint64 registerRows() const {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(u"SELECT COUNT(*) FROM register_enterprise"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    QString m_name = u"journal-test-reader"_s;
};

struct Seen {
    QString mode;           // the importing connection's journal mode, during the import
    qint64 readerRows = -2; // what another connection saw meanwhile (-2: never asked)
};

RegisterImportResult importWatched(TempDatabase& t, const QByteArray& bytes, Seen* seen,
                                   const Reader* openReader = nullptr) {
    const QString path = t.filePath(u"register.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    f.close();
    RegisterImport importer(t.connection());
    importer.setBulkJournalFrom(1024); // these files count as large
    RegisterImportOptions options;
    // Called with the whole file read, every row written, before the commit.
    options.progress = [&](qint64 done, qint64 total) {
        if (done != total)
            return;
        seen->mode = journalMode(t.connection());
        if (openReader) {
            seen->readerRows = openReader->registerRows();
        } else {
            const Reader late(t.path()); // a program that opens the file during the import
            seen->readerRows = late.registerRows();
        }
    };
    const RegisterImportResult r = importer.importFile(path, options);
    for (const Diagnostic& d : r.diagnostics)
        UNSCOPED_INFO(d.toString().toStdString());
    return r;
}
} // namespace

TEST_CASE("A large register import alone with its file uses the rollback journal", "[register]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    REQUIRE(journalMode(t.connection()) == u"wal"_s);
    Seen seen;
    const RegisterImportResult r = importWatched(t, registerFile(300), &seen);
    REQUIRE(r.landed);
    CHECK(seen.mode == u"delete"_s);
    // A program that opened the file meanwhile saw the database as before the import (or was
    // told to wait), never part of it.
    CHECK((seen.readerRows == 0 || seen.readerRows == -1));
    CHECK(journalMode(t.connection()) == u"wal"_s);
    CHECK(rowCount(t.connection(), u"register_enterprise"_s) == 2 * 300 * 2);
    CHECK_FALSE(QFile::exists(t.path() + u"-journal"_s));
    // A reader opened after sees it all.
    const Reader after(t.path());
    CHECK(after.registerRows() == 2 * 300 * 2);
}

TEST_CASE("A rejected large register import leaves nothing with the rollback journal",
          "[register]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    Seen seen;
    const RegisterImportResult r = importWatched(t, registerFile(300, true), &seen);
    CHECK_FALSE(r.landed);
    CHECK(r.errors == 1);
    CHECK(rowCount(t.connection(), u"register_enterprise"_s) == 0);
    CHECK(rowCount(t.connection(), u"register_summary"_s) == 0);
    CHECK(journalMode(t.connection()) == u"wal"_s);
    CHECK_FALSE(QFile::exists(t.path() + u"-journal"_s));
    // The same file without its duplicate lands afterwards.
    Seen again;
    REQUIRE(importWatched(t, registerFile(300), &again).landed);
    CHECK(rowCount(t.connection(), u"register_enterprise"_s) == 2 * 300 * 2);
}

TEST_CASE("A register import keeps the WAL while another program has the file open", "[register]") {
    YUFANG_SQLITE_ONLY();
    TempDatabase t;
    const Reader other(t.path());
    REQUIRE(other.registerRows() == 0); // it has read: it holds the file open in WAL mode
    Seen seen;
    const RegisterImportResult r = importWatched(t, registerFile(300), &seen, &other);
    REQUIRE(r.landed);
    CHECK(seen.mode == u"wal"_s);
    CHECK(seen.readerRows == 0); // in WAL mode it reads on, and sees nothing of the import
    CHECK(journalMode(t.connection()) == u"wal"_s);
    CHECK(other.registerRows() == 2 * 300 * 2);
}
