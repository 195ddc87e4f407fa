#pragma once

// Runs the real yufang-cli (path compiled in as YUFANG_CLI_PATH) with QProcess.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <string>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList& l) {
        std::string out = "{";
        for (qsizetype i = 0; i < l.size(); ++i)
            out += (i ? ", \"" : "\"") + l.at(i).toStdString() + '"';
        return out + "}";
    }
};
template <> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray& b) {
        return "QByteArray(" + std::to_string(b.size()) + " bytes: \"" +
               b.left(160).toPercentEncoding(" ,:;/\"'=+-_.\r\n\t").toStdString() + "\")";
    }
};
} // namespace Catch

namespace yufang::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const; // stdout as UTF-8 without a BOM
    QString errText() const;
    QStringList errLines() const;
    std::string describe() const; // for INFO
};

// A scratch folder with a database path in it; every CLI call gets a private XDG_DATA_HOME
// there, so nothing touches the real default database.
//
// On the suite's PostgreSQL pass (YUFANG_TEST_SERVER, tests/test_server.h) each database path
// stands for a fresh server database of its own, copied from a migrated template
// (CREATE DATABASE … TEMPLATE, made once per server), and run() passes `--server URL` in place
// of `--db PATH`; the databases are dropped with the sandbox.
class CliSandbox {
public:
    CliSandbox();
    ~CliSandbox();
    CliSandbox(const CliSandbox&) = delete;
    CliSandbox& operator=(const CliSandbox&) = delete;

    QString dbPath(const QString& name = QStringLiteral("yufang.sqlite")) const;
    // `--db PATH`, or on the server pass `--server URL` of the database standing for PATH
    // (default: dbPath()), for tests that build the command line themselves.
    QStringList databaseArguments(const QString& db = {}) const;
    // The same as one "path" for yufang::Database (a file path or a server address), for tests
    // that open the database in the test process beside the CLI.
    QString databaseAddress(const QString& db = {}) const { return databaseArguments(db).at(1); }
    // What the database holds, to prove that a refused command changed nothing: the file's
    // SHA-256 on SQLite, on a server a digest of every table's rows (the file's bytes would
    // also catch a change no table shows, so the SQLite pass stays byte-strict).
    QByteArray databaseDigest(const QString& db = {}) const;
    // Runs one SQL statement on the database directly (the file, or the server database), as
    // another program would; the statement must succeed.
    void execSql(const QString& sql, const QString& db = {}) const;
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString dataHome() const { return m_dir.filePath(QStringLiteral("xdg-data")); }

    // yufang-cli ARGS... exactly as given.
    CliResult runRaw(const QStringList& args) const;
    // yufang-cli --db DB --lang en ARGS...
    CliResult run(const QStringList& args, const QString& db = {}) const;

    void write(const QString& name, const QByteArray& bytes) const;

    // Variables removed from the CLI's environment (e.g. QT_QPA_PLATFORM and DISPLAY, to run
    // it as on a server without a display).
    QStringList unsetEnvironment;
    QByteArray read(const QString& name) const;

private:
    QTemporaryDir m_dir;
    mutable QHash<QString, QString> m_serverDatabases; // path -> database name on the server
};

// True on the suite's PostgreSQL pass.
bool onTestServer();

QByteArray readBytes(const QString& path);
QByteArray utf8WithBom(const QString& text);
QString csvLines(const QStringList& lines); // joined with CRLF, final CRLF

} // namespace yufang::test
