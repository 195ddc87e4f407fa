#include "print_commands.h"

#include "report_renderer.h"
#include "services/form_table_export.h"
#include "storage/annex_values.h"
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
    // The form engine's printed form of the plan's `annex` definition, as print-form --form
    // annex prints it; its layout (附件, the header's words, the rates' signs) is the
    // definition's `print`.
    const FormTableExport forms(ctx.database->connection());
    const QString form = annex_values::formCode();
    QString error;
    const auto doc = args->has(QStringLiteral("per-child"))
                         ? forms.reportPerChild(unit->code, form, *year, &error)
                         : forms.report(unit->code, form, *year, &error);
    if (!doc)
        return ctx.rejected(error);
    if (!ReportRenderer::writePdf(*doc, path, &error))
        return ctx.rejected(error);
    return Exit::Success;
}

} // namespace yufang::cli
