#pragma once

#include <QSqlDatabase>

namespace yufang {

// One large write transaction on a local SQLite file (the register import) with the rollback
// journal instead of the WAL, when this connection is alone with the file; back to the WAL
// when it goes out of scope.
//
// Why: in WAL mode every page of a million-row import is written twice, first into the -wal
// file (as 4,120-byte frames, which the file system zero-fills around) and then again by the
// checkpoint into the database; with the rollback journal a page that lies beyond the file's
// old end (every new page of the register's B-tree) is written once, straight into the
// database, and only the few pages that existed before are copied into the journal. That was
// about a quarter of the import's CPU time as system time (docs/performance.md).
//
// Why it is safe: SQLite leaves the WAL only when it gets the file's exclusive lock, which it
// cannot while any other connection has the file open (a connection in WAL mode keeps a shared
// lock for as long as it is open): the switch is tried without waiting and, when refused, the
// import runs in WAL mode as before. Once switched, the import is still one transaction: the
// rollback journal makes it all or nothing (a crash leaves a hot journal that the next open
// rolls back), and a program that opens the file meanwhile reads the database as it was before
// the import until the import holds the exclusive lock, then waits (its busy timeout) until the
// commit: it never sees part of an import. A file on a network share is in the rollback journal
// already (sql::configureConnection): nothing changes there. Durability is the same
// (synchronous stays as it is).
class BulkWriteJournal {
public:
    explicit BulkWriteJournal(QSqlDatabase db);
    ~BulkWriteJournal();
    BulkWriteJournal(const BulkWriteJournal&) = delete;
    BulkWriteJournal& operator=(const BulkWriteJournal&) = delete;

    // True while the rollback journal is in use because of this object.
    bool switched() const { return m_switched; }

private:
    QSqlDatabase m_db;
    bool m_switched = false;
};

} // namespace yufang
