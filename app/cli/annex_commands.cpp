#include "annex_commands.h"

#include "io/cell_parsing.h"
#include "services/annex_export.h"
#include "services/annex_importer.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runImportAnnex(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {QStringLiteral("unit"), QStringLiteral("year")},
                                       {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.isEmpty())
        return ctx.usage(Text::tr("import-annex needs at least one FILE"));
    AnnexImportOptions options;
    options.replace = args->has(QStringLiteral("replace"));
    options.unit = args->value(QStringLiteral("unit"));
    if (!options.unit.isEmpty() &&
        !UnitRepository(ctx.database->connection()).resolve(options.unit))
        return ctx.usage(Text::tr("--unit %1 is not a known unit code or name").arg(options.unit));
    if (args->has(QStringLiteral("year"))) {
        options.year = parseYear(args->value(QStringLiteral("year")));
        if (!options.year)
            return ctx.usage(Text::tr("--year must be a year such as 2020"));
    }
    const AnnexImporter importer(ctx.database->connection());
    int rejected = 0;
    for (const QString& path : args->positional) {
        AnnexFileImport import = importer.prepareFile(path, options);
        importer.commit(import);
        for (const Diagnostic& d : import.diagnostics)
            ctx.err << d.toString() << Qt::endl;
        (import.landed ? ctx.out : ctx.err) << import.summary() << Qt::endl;
        for (const ImportedAnnex& a : import.annexes)
            if (import.landed)
                ctx.out << QStringLiteral("  %1 %2 %3: %4")
                               .arg(a.unit.code, a.unit.name)
                               .arg(a.table.year)
                               .arg(a.replacesExisting ? Text::tr("replaced") : Text::tr("new"))
                        << Qt::endl;
        rejected += import.landed ? 0 : 1;
    }
    return rejected ? Exit::Rejected : Exit::Success;
}

int runExportAnnex(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words,
                         {QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("layout"),
                          QStringLiteral("encoding"), QStringLiteral("o")},
                         {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.usage(Text::tr("unexpected argument %1").arg(args->positional.first()));
    const auto unit =
        UnitRepository(ctx.database->connection()).resolve(args->value(QStringLiteral("unit")));
    if (!unit)
        return ctx.usage(Text::tr("--unit must name a known unit (code or exact name)"));
    const auto year = parseYear(args->value(QStringLiteral("year")));
    if (!year)
        return ctx.usage(Text::tr("--year must be a year such as 2020"));
    AnnexLayout layout = AnnexLayout::Form;
    if (args->has(QStringLiteral("layout")) &&
        !parseAnnexLayout(args->value(QStringLiteral("layout")), &layout))
        return ctx.usage(Text::tr("--layout must be form or data"));
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    QString error;
    const auto text =
        AnnexExport(ctx.database->connection()).csv(unit->code, *year, layout, &error);
    if (!text)
        return ctx.rejected(error);
    return ctx.emit(args->value(QStringLiteral("o")), encodeCsv(*text, encoding));
}

} // namespace yufang::cli
