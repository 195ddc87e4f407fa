#include "database_errors.h"

#include "server_access.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseError)
};
} // namespace

namespace {
// PostgreSQL's SQLSTATE (five characters, the first two its class).
DatabaseFault serverFault(const QString& state) {
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") ||
        state == QLatin1String("40001"))
        return DatabaseFault::Busy; // lock timeout, deadlock, serialization failure
    if (state == QLatin1String("53100"))
        return DatabaseFault::DiskFull;
    if (state == QLatin1String("25006"))
        return DatabaseFault::ReadOnly;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return DatabaseFault::Damaged;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("28")) ||
        state == QLatin1String("3D000"))
        return DatabaseFault::CannotOpen; // connection, authentication, no such database
    return DatabaseFault::Other;
}
} // namespace

DatabaseFault databaseFault(const QSqlError& error) {
    // SQLite's codes have at most four digits; PostgreSQL's SQLSTATEs have five characters.
    if (error.nativeErrorCode().size() == 5)
        return serverFault(error.nativeErrorCode());
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok || error.nativeErrorCode().size() > 4)
        return DatabaseFault::Other;
    switch (code & 0xff) { // the primary code of an extended one
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseFault::Busy;
    case SQLITE_NOTADB:
        return DatabaseFault::NotADatabase;
    case SQLITE_CORRUPT:
        return DatabaseFault::Damaged;
    case SQLITE_FULL:
        return DatabaseFault::DiskFull;
    case SQLITE_READONLY:
        return DatabaseFault::ReadOnly;
    case SQLITE_CANTOPEN:
        return DatabaseFault::CannotOpen;
    default:
        return DatabaseFault::Other;
    }
}

namespace {
// SQLite's own words for the faults above, in the clerk's language: the Chinese message said
// "(file is not a database)". Texts SQLite may add to in later versions are matched by start.
QString sqliteWords(const QString& detail) {
    const QString d = detail.trimmed();
    if (d.startsWith(QLatin1String("file is not a database")) ||
        d.startsWith(QLatin1String("file is encrypted or is not a database")))
        return Text::tr("the file is not a database");
    if (d.startsWith(QLatin1String("database disk image is malformed")))
        return Text::tr("the database file is malformed");
    if (d.startsWith(QLatin1String("database is locked")))
        return Text::tr("the database is locked");
    if (d.startsWith(QLatin1String("database or disk is full")))
        return Text::tr("the database or the disk is full");
    if (d.startsWith(QLatin1String("attempt to write a readonly database")))
        return Text::tr("the database file is read-only");
    if (d.startsWith(QLatin1String("unable to open database file")))
        return Text::tr("the database file cannot be opened");
    return detail;
}
} // namespace

QString describeDatabaseFault(DatabaseFault fault, const QString& rawDetail) {
    const QString detail = sqliteWords(rawDetail);
    switch (fault) {
    case DatabaseFault::Busy:
        return Text::tr("busy: another program is writing to the database; try again when it has "
                        "finished (%1)")
            .arg(detail);
    case DatabaseFault::NotADatabase:
        return Text::tr("not a Yufang database (%1); the file was not changed").arg(detail);
    case DatabaseFault::Damaged:
        return Text::tr("the database is damaged (%1); nothing was written to it").arg(detail);
    case DatabaseFault::DiskFull:
        return Text::tr("the disk is full (%1); nothing was changed. Free some space and try again")
            .arg(detail);
    case DatabaseFault::ReadOnly:
        return Text::tr("the database cannot be written (%1); nothing was changed").arg(detail);
    case DatabaseFault::CannotOpen:
        return Text::tr("the database cannot be opened (%1)").arg(detail);
    case DatabaseFault::Other:
        break;
    }
    return detail;
}

QString describeDatabaseError(const QSqlError& error) {
    const QString detail =
        error.databaseText().isEmpty() ? error.text().trimmed() : error.databaseText();
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return server::explainServerRefusal(detail + QStringLiteral(" (42501)"));
    return describeDatabaseFault(databaseFault(error), detail);
}

} // namespace yufang
