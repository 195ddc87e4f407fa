#include "unit_commands.h"

#include "io/csv_writer.h"
#include "services/unit_import.h"
#include "storage/migrations.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QFile>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runInit(Context& ctx, const QStringList& words) {
    if (!words.isEmpty())
        return ctx.usage(Text::tr("init takes no arguments"));
    ctx.out << Text::tr("%1: schema version %2, %3 units")
                   .arg(ctx.database->path())
                   .arg(ctx.database->schemaVersion())
                   .arg(UnitRepository(ctx.database->connection()).all().size())
            << Qt::endl;
    return Exit::Success;
}

int runUnits(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words, {QStringLiteral("o"), QStringLiteral("encoding")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    const QList<Unit> units = UnitRepository(ctx.database->connection()).all();
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding, [&](TableSink& w, QString*) {
        w.addHeaderRow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("level"),
                        QStringLiteral("parent_code")});
        for (const Unit& u : units)
            w.addTextRow({u.code, u.name, unitLevelKey(u.level), u.parentCode});
        return true;
    });
}

int runImportUnits(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.size() != 1)
        return ctx.usage(Text::tr("import-units takes one FILE"));
    const QString path = args->positional.first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, f.errorString()));
    const UnitImportResult r = UnitImport(ctx.database->connection()).run(f.readAll(), path);
    for (const Diagnostic& d : r.diagnostics)
        ctx.err << d.toString() << Qt::endl;
    if (hasErrors(r.diagnostics))
        return ctx.rejected(Text::tr("%1: rejected; no unit was added").arg(path));
    ctx.out << Text::tr("%1: %2 unit(s) added, %3 already present")
                   .arg(path)
                   .arg(r.added)
                   .arg(r.unchanged)
            << Qt::endl;
    return Exit::Success;
}

} // namespace yufang::cli
