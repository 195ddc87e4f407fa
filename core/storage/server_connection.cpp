#include "server_connection.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)
};

// libpq conninfo quoting: single quotes around, backslash before ' and \.
QString quoted(QString value) {
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

bool isIdentifier(const QString& name) {
    static const QRegularExpression word(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return word.match(name).hasMatch();
}
} // namespace

bool isServerAddress(const QString& path) {
    return path.startsWith(QLatin1String("postgresql:")) ||
           path.startsWith(QLatin1String("postgres:"));
}

std::optional<ServerConnection> ServerConnection::fromUrl(const QString& text, QString* error) {
    ServerConnection c;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return c;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                           url.scheme() != QLatin1String("postgres"))) {
        *error = Text::tr("%1: not a server address; write postgresql://USER@HOST:PORT/DATABASE")
                     .arg(trimmed);
        return std::nullopt;
    }
    c.host = url.host();
    c.user = url.userName();
    c.password = url.password();
    c.port = url.port(0);
    c.database = url.path().mid(1);
    if (c.database.contains(QLatin1Char('/'))) {
        *error = Text::tr("%1: the database name must not contain /").arg(trimmed);
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value)) {
                *error = Text::tr("%1: sslmode must be one of %2")
                             .arg(trimmed, modes.join(QStringLiteral(", ")));
                return std::nullopt;
            }
            c.sslMode = value;
        } else if (key == QLatin1String("schema")) {
            if (!isIdentifier(value)) {
                *error = Text::tr("%1: the schema must be a plain name (letters, digits, _)")
                             .arg(trimmed);
                return std::nullopt;
            }
            c.schema = value;
        } else if (key == QLatin1String("password")) {
            c.password = value;
        } else {
            *error = Text::tr("%1: unknown setting %2 (known: sslmode, schema)").arg(trimmed, key);
            return std::nullopt;
        }
    }
    return c;
}

QString ServerConnection::url(bool withPassword) const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    if (withPassword && !password.isEmpty())
        url.setPassword(password);
    if (!database.isEmpty())
        url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!schema.isEmpty())
        query.addQueryItem(QStringLiteral("schema"), schema);
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops the authority of an empty host; keep the form the user wrote.
    if (host.isEmpty() && !text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString ServerConnection::displayName() const {
    auto orEnv = [](const QString& value, const char* variable, const char* fallback) {
        if (!value.isEmpty())
            return value;
        const QString env = qEnvironmentVariable(variable);
        return env.isEmpty() ? QString::fromLatin1(fallback) : env;
    };
    QString name = QStringLiteral("postgresql://%1@%2:%3/%4")
                       .arg(effectiveUser(), orEnv(host, "PGHOST", "localhost"),
                            port > 0 ? QString::number(port) : orEnv({}, "PGPORT", "5432"),
                            orEnv(database, "PGDATABASE", ""));
    if (!schema.isEmpty())
        name += QStringLiteral("?schema=") + schema;
    return name;
}

QString ServerConnection::effectiveUser() const {
    if (!user.isEmpty())
        return user;
    const QString env = qEnvironmentVariable("PGUSER");
    if (!env.isEmpty())
        return env;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString ServerConnection::connectOptions() const {
    // QPSQL joins the options with spaces into the conninfo string (';' separates them).
    QStringList options;
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    // Everything Yufang stores is UTF-8 text, whatever the client's locale.
    options << QStringLiteral("client_encoding=UTF8");
    options << QStringLiteral("application_name=yufang");
    if (!schema.isEmpty())
        options << QStringLiteral("options=") + quoted(QStringLiteral("-c search_path=") + schema);
    // A server that does not answer is reported instead of hanging the window.
    if (qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        options << QStringLiteral("connect_timeout=15");
    return options.join(QLatin1Char(';'));
}

} // namespace yufang
