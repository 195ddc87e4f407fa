#include "print_commands.h"

#include "io/cell_parsing.h"
#include "report/annex_report.h"
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
        return ctx.usage(Text::tr("unexpected argument %1").arg(args->positional.first()));
    const auto unit =
        UnitRepository(ctx.database->connection()).resolve(args->value(QStringLiteral("unit")));
    if (!unit)
        return ctx.usage(Text::tr("--unit must name a known unit (code or exact name)"));
    const auto year = parseYear(args->value(QStringLiteral("year")));
    if (!year)
        return ctx.usage(Text::tr("--year must be a year such as 2020"));
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
