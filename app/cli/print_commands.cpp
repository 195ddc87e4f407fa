#include "print_commands.h"

#include "services/printed_annex.h"
#include "report_renderer.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runPrintAnnex(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(
        words, {QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("o")},
        {QStringLiteral("per-child")}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    const auto year = ctx.yearOf(*args);
    if (!year)
        return ctx.badYear();
    const QString path = args->value(QStringLiteral("o"));
    if (path.isEmpty() || path == QLatin1String("-"))
        return ctx.usage(Text::tr("print-annex needs -o FILE.pdf"));
    const AnnexPrintMode mode = args->has(QStringLiteral("per-child"))
                                    ? AnnexPrintMode::PerChild
                                    : AnnexPrintMode::Consolidated;
    QString error;
    const auto doc =
        AnnexReportBuilder(ctx.database->connection()).build(unit->code, *year, mode, &error);
    if (!doc)
        return ctx.rejected(error);
    if (!ReportRenderer::writePdf(*doc, path, &error))
        return ctx.rejected(error);
    return Exit::Success;
}

} // namespace yufang::cli
