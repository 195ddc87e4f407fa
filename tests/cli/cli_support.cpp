#include "cli_support.h"

#include "../test_server.h"

#include <QHash>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
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
// --db PATH, or on the server pass --server URL of the schema that stands for PATH (each
// sandbox path is a fresh temporary folder, so the paths of a test process never repeat).
QStringList databaseArguments(const QString& path) {
    if (!testServer())
        return {QStringLiteral("--db"), path};
    static QHash<QString, QString> schemas;
    auto found = schemas.find(path);
    if (found == schemas.end())
        found = schemas.insert(path, freshTestSchema()->url(false));
    return {QStringLiteral("--server"), *found};
}
} // namespace

CliResult CliSandbox::run(const QStringList& args, const QString& db) const {
    return runRaw(databaseArguments(db.isEmpty() ? dbPath() : db) +
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
