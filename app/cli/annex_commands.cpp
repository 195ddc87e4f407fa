#include "annex_commands.h"

#include "table_commands.h"

#include "services/annex_export.h"
#include "services/annex_importer.h"

#include <QCoreApplication>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runImportAnnex(Context& ctx, const QStringList& words) {
    return runImport<AnnexImporter, AnnexImportOptions>(
        ctx, words, QStringLiteral("import-annex"), [&ctx](const AnnexFileImport& import) {
            for (const ImportedAnnex& a : import.annexes)
                ctx.out << QStringLiteral("  %1 %2 %3: %4")
                               .arg(a.unit.code, a.unit.name)
                               .arg(a.table.year)
                               .arg(a.replacesExisting ? Text::tr("replaced") : Text::tr("new"))
                        << Qt::endl;
        });
}

int runExportAnnex(Context& ctx, const QStringList& words) {
    QString why;
    QSet<QString> options = exportValueOptions();
    options.insert(QStringLiteral("layout"));
    const auto args = Arguments::parse(words, options, {}, &why);
    if (!args)
        return ctx.usage(why);
    int exitCode = Exit::Success;
    const auto target = exportTarget(ctx, *args, &exitCode);
    if (!target)
        return exitCode;
    AnnexLayout layout = AnnexLayout::Form;
    if (args->has(QStringLiteral("layout")) &&
        !parseAnnexLayout(args->value(QStringLiteral("layout")), &layout))
        return ctx.usage(Text::tr("--layout must be form or data"));
    QString error;
    const auto text = AnnexExport(ctx.database->connection())
                          .csv(target->unit.code, target->year, layout, &error);
    if (!text)
        return ctx.rejected(error);
    return ctx.emit(target->output, encodeCsv(*text, target->encoding));
}

} // namespace yufang::cli
