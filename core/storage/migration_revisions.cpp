#include "migrations.h"

namespace yufang {

// Migration 7: a revision counter per record an editor loads and saves as a whole
// (record_revisions.h), so that a save can refuse to replace a change made since it was loaded
// by another copy of the app or by yufang-cli. It lives in its own table rather than as a
// column of each record's table: the annex, training and disease forms span several tables, and
// one table keeps the check in one place. Existing databases start with no rows, which reads as
// revision 0 for every record; no stored value is touched.
Migration revisionsMigration() {
    return Migration{7,
                     {
                         QStringLiteral("CREATE TABLE record_revision ("
                                        " kind TEXT NOT NULL,"
                                        " record_key TEXT NOT NULL,"
                                        " revision INTEGER NOT NULL,"
                                        " changed_at TEXT NOT NULL,"
                                        " account TEXT NOT NULL DEFAULT '',"
                                        " PRIMARY KEY (kind, record_key))"),
                     }};
}

} // namespace yufang
