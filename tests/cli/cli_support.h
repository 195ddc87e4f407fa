#pragma once

// Runs the real yufang-cli (path compiled in as YUFANG_CLI_PATH) with QProcess.

#include <catch2/catch.hpp>

#include <QByteArray>
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
class CliSandbox {
public:
    CliSandbox();

    QString dbPath(const QString& name = QStringLiteral("yufang.sqlite")) const;
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
};

QByteArray readBytes(const QString& path);
QByteArray utf8WithBom(const QString& text);
QString csvLines(const QStringList& lines); // joined with CRLF, final CRLF

} // namespace yufang::test
