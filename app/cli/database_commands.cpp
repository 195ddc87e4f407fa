#include "database_commands.h"

#include "storage/backup.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runBackup(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words, {QStringLiteral("o"), QStringLiteral("keep")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    const QString target = args->value(QStringLiteral("o"));
    const bool setsKeep = args->has(QStringLiteral("keep"));
    bool numeric = false;
    const int keep = args->value(QStringLiteral("keep")).toInt(&numeric);
    if (setsKeep && (!numeric || keep < 0))
        return ctx.usage(Text::tr("--keep must be a whole number of backups, 0 or more"));
    if (target.isEmpty() && !setsKeep)
        return ctx.usage(Text::tr("backup needs -o FILE (or --keep N)"));
    const QSqlDatabase db = ctx.database->connection();
    if (setsKeep) {
        if (!RollingBackups::setKeep(db, keep, &why))
            return ctx.rejected(why);
        ctx.out << Text::tr("automatic backups kept: %1 (in %2)")
                       .arg(keep)
                       .arg(RollingBackups(ctx.database->path()).folder())
                << Qt::endl;
    }
    if (target.isEmpty())
        return Exit::Success;
    if (!backupDatabase(db, target, &why))
        return ctx.rejected(why);
    ctx.out << Text::tr("%1: backup written").arg(target) << Qt::endl;
    return Exit::Success;
}

int runRestore(Context& ctx, const QString& databasePath, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.size() != 1)
        return ctx.usage(Text::tr("restore takes one backup file"));
    const QString backup = args->positional.first();
    if (QFileInfo(backup).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return ctx.usage(Text::tr("the backup and the database are the same file"));
    if (!restoreDatabase(backup, databasePath, &why))
        return ctx.rejected(why);
    ctx.out << Text::tr("%1: restored from %2").arg(databasePath, backup) << Qt::endl;
    return Exit::Success;
}

int runCheck(Context& ctx, const QString& databasePath, const QStringList& words) {
    if (!words.isEmpty())
        return ctx.usage(Text::tr("check takes no arguments"));
    if (!QFileInfo(databasePath).isFile())
        return ctx.rejected(Text::tr("%1: no such database").arg(databasePath));
    QString why;
    const QStringList problems = integrityProblems(databasePath, &why);
    if (problems.isEmpty()) {
        ctx.out << Text::tr("%1: integrity check passed").arg(databasePath) << Qt::endl;
        return Exit::Success;
    }
    const int shown = 20;
    for (const QString& p : problems.mid(0, shown))
        ctx.err << databasePath << ": " << p << Qt::endl;
    if (problems.size() > shown)
        ctx.err
            << Text::tr("%1: … and %2 more problems").arg(databasePath).arg(problems.size() - shown)
            << Qt::endl;
    const QString latest = RollingBackups(databasePath).latest();
    return ctx.rejected(
        latest.isEmpty()
            ? Text::tr("%1: the database is damaged; restore a backup with `yufang-cli restore "
                       "FILE`")
                  .arg(databasePath)
            : Text::tr("%1: the database is damaged; the last automatic backup is %2 (yufang-cli "
                       "restore %2)")
                  .arg(databasePath, latest));
}

} // namespace yufang::cli
