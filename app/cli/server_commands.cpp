#include "server_commands.h"

#include "io/csv_writer.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/server_access.h"
#include "storage/server_connection.h"
#include "storage/server_sqlite_import.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The schema is migrated and the presets loaded by opening; what is left is access.
int runInit(Context& ctx, const Arguments& args, bool init) {
    if (!args.positional.isEmpty())
        return ctx.unexpected(args);
    QString why;
    if (!server::applyAccess(ctx.database->connection(), &why))
        return ctx.rejected(Text::tr("%1: cannot set up roles and access rules: %2")
                                .arg(ctx.database->path(), why));
    ctx.out << (init ? Text::tr("%1: server ready, schema version %2, roles and access rules set")
                     : Text::tr("%1: schema version %2, access rules renewed"))
                   .arg(ctx.database->path())
                   .arg(ctx.database->schemaVersion())
            << Qt::endl;
    return Exit::Success;
}

int runAddUser(Context& ctx, const Arguments& args) {
    if (args.positional.size() != 1)
        return ctx.usage(Text::tr("server add-user takes one LOGIN"));
    const std::optional<Unit> unit = ctx.unitOf(args);
    if (!unit)
        return ctx.unknownUnit();
    QString password;
    if (args.has(QStringLiteral("password-stdin"))) {
        // One line, as `echo secret | yufang-cli … --password-stdin` or a password manager
        // gives it; never on the command line, where `ps` shows it to everyone.
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty())
            return ctx.usage(Text::tr("--password-stdin: no password on standard input"));
    }
    const QString login = args.positional.first();
    QString why;
    if (!server::addUser(ctx.database->connection(), login, unit->code, password, &why))
        return ctx.rejected(why);
    ctx.out << Text::tr("%1: login of %2 %3").arg(login, unit->code, unit->name) << Qt::endl;
    return Exit::Success;
}

int runDisableUser(Context& ctx, const Arguments& args) {
    if (args.positional.size() != 1)
        return ctx.usage(Text::tr("server disable-user takes one LOGIN"));
    QString why;
    if (!server::disableUser(ctx.database->connection(), args.positional.first(), &why))
        return ctx.rejected(why);
    ctx.out << Text::tr("%1: disabled").arg(args.positional.first()) << Qt::endl;
    return Exit::Success;
}

int runUsers(Context& ctx, const Arguments& args) {
    if (!args.positional.isEmpty())
        return ctx.unexpected(args);
    QString why;
    const auto list = server::users(ctx.database->connection(), &why);
    if (!list)
        return ctx.rejected(why);
    CsvWriter w;
    w.addTextRow({QStringLiteral("login"), QStringLiteral("unit_code"), QStringLiteral("unit_name"),
                  QStringLiteral("can_login"), QStringLiteral("created_at")});
    for (const server::ServerUser& u : *list)
        w.addTextRow({u.login, u.unitCode, u.unitName,
                      u.canLogin ? QStringLiteral("yes") : QStringLiteral("no"), u.createdAt});
    return ctx.emit(args.value(QStringLiteral("o")), w.encoded(CsvEncoding::Utf8Bom));
}
// An office's SQLite file moved into the server, in one transaction. The file is opened as any
// command opens it (so an older file is brought to this version's schema first, with a backup).
int runImportSqlite(Context& ctx, const Arguments& args) {
    if (args.positional.size() != 1)
        return ctx.usage(Text::tr("server import-sqlite takes one FILE"));
    const QString path = args.positional.first();
    if (isServerAddress(path))
        return ctx.usage(Text::tr("server import-sqlite takes an SQLite file, not a server"));
    if (!QFileInfo::exists(path))
        return ctx.rejected(Text::tr("%1: no such file").arg(path));
    Database file(path);
    QString why;
    if (!file.open(&why))
        return ctx.rejected(why);
    server::SqliteImportResult result;
    if (!server::importSqlite(ctx.database->connection(), file.connection(),
                              args.has(QStringLiteral("replace")), &result, &why))
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, why));
    ctx.out << Text::tr("%1: %2 row(s) of %3 table(s) moved into %4")
                   .arg(path)
                   .arg(result.rows())
                   .arg(result.tables.size())
                   .arg(ctx.database->path())
            << Qt::endl;
    return Exit::Success;
}
} // namespace

int runServer(Context& ctx, const QStringList& words) {
    if (!isServerAddress(ctx.database->path()))
        return ctx.usage(Text::tr("server commands need --server postgresql://USER@HOST:PORT/DB"));
    if (words.isEmpty())
        return ctx.usage(Text::tr("server needs one of: init, migrate, add-user, disable-user, "
                                  "users, import-sqlite"));
    const QString action = words.first();
    QString why;
    const auto args =
        Arguments::parse(words.mid(1), {QStringLiteral("unit"), QStringLiteral("o")},
                         {QStringLiteral("password-stdin"), QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (action == QLatin1String("init") || action == QLatin1String("migrate"))
        return runInit(ctx, *args, action == QLatin1String("init"));
    if (action == QLatin1String("add-user"))
        return runAddUser(ctx, *args);
    if (action == QLatin1String("disable-user"))
        return runDisableUser(ctx, *args);
    if (action == QLatin1String("users"))
        return runUsers(ctx, *args);
    if (action == QLatin1String("import-sqlite"))
        return runImportSqlite(ctx, *args);
    return ctx.usage(Text::tr("unknown server command %1").arg(action));
}

} // namespace yufang::cli
