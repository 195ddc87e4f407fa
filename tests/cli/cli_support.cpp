#include "cli_support.h"

#include "../test_server.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

namespace yufang::test {

namespace {
QString decode(const QByteArray& bytes) {
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    return QString::fromUtf8(b);
}
} // namespace

QString CliResult::outText() const {
    return decode(out);
}
QString CliResult::errText() const {
    return decode(err);
}

QStringList CliResult::errLines() const {
    QString text = errText();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

std::string CliResult::describe() const {
    return "exit " + std::to_string(exitCode) + "\n--- stdout\n" +
           outText().left(2000).toStdString() + "\n--- stderr\n" +
           errText().left(2000).toStdString();
}

CliSandbox::CliSandbox() {
    REQUIRE(m_dir.isValid());
}

QString CliSandbox::dbPath(const QString& name) const {
    return m_dir.filePath(name);
}

CliResult CliSandbox::runRaw(const QStringList& args) const {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("HOME"), m_dir.path());
    for (const QString& name : unsetEnvironment)
        env.remove(name);
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(YUFANG_CLI_PATH), args);
    INFO("yufang-cli " << args.join(QLatin1Char(' ')).toStdString());
    REQUIRE(p.waitForStarted(-1));
    // A generous guard against a hung process, not a timing assertion.
    const bool finished = p.waitForFinished(300000);
    if (!finished) {
        p.kill();
        p.waitForFinished(-1);
    }
    REQUIRE(finished);
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    CliResult r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

namespace {
// The suite's server pass: one connection of the test process to the server's own database
// (YUFANG_TEST_SERVER), for creating and dropping the tests' databases.
QSqlDatabase adminConnection() {
    const QString name = QStringLiteral("cli-tests-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const ServerConnection server = *testServer();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(server.host);
    if (server.port > 0)
        db.setPort(server.port);
    db.setDatabaseName(server.database);
    db.setUserName(server.user); // the password comes from PGPASSWORD
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

void execOrFail(QSqlQuery& q, const QString& sql) {
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec(sql));
}

QString databaseUrl(const QString& database) {
    ServerConnection server = *testServer();
    server.database = database;
    server.schema.clear();
    return server.url(false);
}

// A database with Yufang's schema and presets, made once per server and marked a template:
// a test's database is a copy of it (CREATE DATABASE … TEMPLATE copies the files), so its first
// command finds the schema current instead of creating it statement by statement. Test
// processes run in parallel: an advisory lock lets one build it while the others wait, and a
// database left half-built (not yet a template) is built again. A template of an older schema
// is still correct, only slower: each command brings its database up to date as it opens it.
const QString& templateDatabase() {
    static const QString name = [] {
        const QString t = QStringLiteral("yufang_cli_template");
        QSqlQuery q(adminConnection());
        execOrFail(q, QStringLiteral("SELECT pg_advisory_lock(1717017)"));
        execOrFail(
            q, QStringLiteral("SELECT datistemplate FROM pg_database WHERE datname = '%1'").arg(t));
        const bool ready = q.next() && q.value(0).toBool();
        if (!ready) {
            execOrFail(q, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(t));
            execOrFail(q, QStringLiteral("CREATE DATABASE %1").arg(t));
            {
                Database db(databaseUrl(t));
                QString why;
                INFO(why.toStdString());
                REQUIRE(db.open(&why));
            }
            execOrFail(q, QStringLiteral("ALTER DATABASE %1 WITH IS_TEMPLATE true").arg(t));
        }
        execOrFail(q, QStringLiteral("SELECT pg_advisory_unlock(1717017)"));
        return t;
    }();
    return name;
}
} // namespace

bool onTestServer() {
    return testServer().has_value();
}

CliSandbox::~CliSandbox() {
    if (m_serverDatabases.isEmpty())
        return;
    // A destructor runs while a failed REQUIRE unwinds: no assertion here.
    QSqlQuery q(adminConnection());
    for (const QString& name : std::as_const(m_serverDatabases))
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QStringList CliSandbox::databaseArguments(const QString& db) const {
    const QString path = db.isEmpty() ? dbPath() : db;
    if (!testServer())
        return {QStringLiteral("--db"), path};
    auto found = m_serverDatabases.find(path);
    if (found == m_serverDatabases.end()) {
        // Lower case: PostgreSQL folds unquoted names.
        const QString name = freshSchemaName().toLower();
        QSqlQuery q(adminConnection());
        execOrFail(q,
                   QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateDatabase()));
        found = m_serverDatabases.insert(path, name);
    }
    return {QStringLiteral("--server"), databaseUrl(*found)};
}

namespace {
// A connection of the test process to the database given by databaseArguments(): the file
// (QSQLITE) or the server database (QPSQL), closed and removed when it goes.
class DirectConnection {
public:
    explicit DirectConnection(const QStringList& args) {
        if (args.first() == QLatin1String("--db")) {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            m_db.setDatabaseName(args.at(1));
        } else {
            QString why;
            const auto server = ServerConnection::fromUrl(args.at(1), &why);
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_db.setHostName(server->host);
            if (server->port > 0)
                m_db.setPort(server->port);
            m_db.setDatabaseName(server->database);
            m_db.setUserName(server->user);
        }
        INFO(m_db.lastError().text().toStdString());
        REQUIRE(m_db.open());
    }
    ~DirectConnection() {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }

private:
    const QString m_name = QStringLiteral("cli-tests-direct");
    QSqlDatabase m_db;
};
} // namespace

QByteArray CliSandbox::databaseDigest(const QString& db) const {
    const QStringList args = databaseArguments(db);
    if (args.first() == QLatin1String("--db"))
        return QCryptographicHash::hash(readBytes(args.at(1)), QCryptographicHash::Sha256);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    DirectConnection connection(args);
    QSqlQuery q(connection.db());
    execOrFail(q, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                 " ORDER BY tablename"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    REQUIRE_FALSE(tables.isEmpty());
    for (const QString& table : std::as_const(tables)) {
        // Every row as text, in a fixed order: equal digests, equal contents.
        execOrFail(q, QStringLiteral("SELECT count(*), coalesce(md5(string_agg(t::text, "
                                     "E'\\n' ORDER BY t::text)), '') FROM public.\"%1\" t")
                          .arg(table));
        REQUIRE(q.next());
        hash.addData((table + QLatin1Char(':') + q.value(0).toString() + QLatin1Char(':') +
                      q.value(1).toString() + QLatin1Char('\n'))
                         .toUtf8());
    }
    return hash.result();
}

void CliSandbox::execSql(const QString& sql, const QString& db) const {
    DirectConnection connection(databaseArguments(db));
    QSqlQuery q(connection.db());
    execOrFail(q, sql);
}

CliResult CliSandbox::run(const QStringList& args, const QString& db) const {
    return runRaw(databaseArguments(db) +
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args);
}

void CliSandbox::write(const QString& name, const QByteArray& bytes) const {
    QFile f(filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray CliSandbox::read(const QString& name) const {
    return readBytes(filePath(name));
}

QByteArray readBytes(const QString& path) {
    QFile f(path);
    INFO(path.toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray utf8WithBom(const QString& text) {
    QStringEncoder e(QStringConverter::Utf8, QStringConverter::Flag::WriteBom);
    return e.encode(text);
}

QString csvLines(const QStringList& lines) {
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

} // namespace yufang::test
