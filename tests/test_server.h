#pragma once

// The suite's second pass against PostgreSQL (scripts/test.sh, docs/server.md "Tests"): when
// YUFANG_TEST_SERVER holds a server's address, the core tests' TempDatabase and the CLI tests'
// sandbox each open a fresh schema of their own there instead of an SQLite file. Shared by
// tests/core/test_support and tests/cli/cli_support.

#include <catch2/catch.hpp>

#include "storage/server_connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace yufang::test {

inline std::optional<ServerConnection> testServer() {
    static const std::optional<ServerConnection> server = []() -> std::optional<ServerConnection> {
        const QString url = qEnvironmentVariable("YUFANG_TEST_SERVER");
        if (url.isEmpty())
            return std::nullopt;
        QString why;
        auto parsed = ServerConnection::fromUrl(url, &why);
        if (!parsed)
            FAIL("YUFANG_TEST_SERVER: " << why.toStdString());
        return parsed;
    }();
    return server;
}

// Who a write of this pass is recorded as having made it (revisions, locks, versions, the
// audit trail, the returns board): on the server pass the database login of the test server's
// address, whatever USER says; on a file the operating-system account the test set in USER.
inline QString recordedAccount(const QString& fileAccount) {
    if (const auto server = testServer())
        return server->effectiveUser();
    return fileAccount;
}

// A schema name no other test process uses: the process id, the time and a counter.
inline QString freshSchemaName() {
    static int counter = 0;
    return QStringLiteral("t%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
        .arg(++counter);
}

// The server of this pass with a fresh schema; nullopt on the SQLite pass.
inline std::optional<ServerConnection> freshTestSchema() {
    auto server = testServer();
    if (server)
        server->schema = freshSchemaName();
    return server;
}

} // namespace yufang::test

// Where a test checks something only a file has (its bytes, its journal, SQLite's own
// statements), it says so at its start: on the server pass it passes without running.
#define YUFANG_SQLITE_ONLY()                                                                       \
    do {                                                                                           \
        if (::yufang::test::testServer()) {                                                        \
            SUCCEED("SQLite only: not run against the PostgreSQL test server");                    \
            return;                                                                                \
        }                                                                                          \
    } while (false)
