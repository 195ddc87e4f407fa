#pragma once

#include <QString>

#include <optional>

namespace yufang {

// Where a PostgreSQL server database is: what `--server postgresql://user@host:port/db` and the
// GUI's 服务器 page name. Parts left empty are filled by libpq itself from the standard PG*
// environment variables (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD, PGSSLMODE, …) and
// ~/.pgpass, so scripts configured for psql work unchanged.
struct ServerConnection {
    QString host;
    int port = 0; // 0: libpq's default (PGPORT, else 5432)
    QString database;
    QString user;
    QString password; // never shown, never saved in a profile
    QString sslMode;  // disable, prefer, require, verify-ca, verify-full; empty: libpq's default
    // The schema the tables live in (the tests give each test case its own); empty: the
    // login's default search_path, normally public.
    QString schema;

    // postgresql://[user[:password]@][host][:port][/database][?sslmode=…&schema=…]; also
    // postgres://. An empty string or "postgresql://" takes everything from PG* variables.
    static std::optional<ServerConnection> fromUrl(const QString& url, QString* error);
    // The same without the password: what messages and the title bar show.
    QString displayName() const;
    // The URL again, with the password when withPassword (for a child process).
    QString url(bool withPassword) const;
    // Extra libpq conninfo for QSqlDatabase::setConnectOptions (sslmode, schema, client
    // encoding, application name).
    QString connectOptions() const;
    // The login as the server will see it: user, else PGUSER, else the system user name.
    QString effectiveUser() const;
};

// True when a database "path" is a server address (postgresql:// or postgres://): Database
// then opens that server instead of a file, so every place that takes a path takes a server.
bool isServerAddress(const QString& path);

} // namespace yufang
