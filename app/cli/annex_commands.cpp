#include "annex_commands.h"

#include "table_commands.h"

#include "services/form_table_export.h"
#include "storage/annex_values.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runImportAnnex(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(
        words, {QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("received")},
        {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.isEmpty())
        return ctx.usage(Text::tr("%1 needs at least one FILE").arg(u"import-annex"_s));
    int exitCode = Exit::Success;
    auto options = importOptions<FormImportOptions>(ctx, *args, &exitCode);
    if (!options || !receivedOption(ctx, *args, &*options, &exitCode))
        return exitCode;
    // The 基本情况表 is the form `annex` of the form engine (import-form --form annex); its
    // summary line keeps import-annex's wording (DESIGN.md).
    return importFormFiles(ctx, args->positional, annex_values::formCode(), *options, false,
                           [&ctx](const FormTableFileImport& import) {
                               for (qsizetype i = 0; i < import.tables.size(); ++i)
                                   ctx.out
                                       << QStringLiteral("  %1 %2 %3: %4")
                                              .arg(import.units.at(i).code, import.units.at(i).name)
                                              .arg(import.tables.at(i).year)
                                              .arg(import.replaces.value(i) ? Text::tr("replaced")
                                                                            : Text::tr("new"))
                                       << Qt::endl;
                           });
}

int runExportAnnex(Context& ctx, const QStringList& words) {
    QString why;
    QSet<QString> options = exportValueOptions();
    options.insert(QStringLiteral("layout"));
    const auto args = Arguments::parse(words, options, {QStringLiteral("template")}, &why);
    if (!args)
        return ctx.usage(why);
    int exitCode = Exit::Success;
    const auto target = exportTarget(ctx, *args, &exitCode);
    if (!target)
        return exitCode;
    CsvLayout layout = CsvLayout::Form;
    if (args->has(QStringLiteral("layout")) &&
        !parseCsvLayout(args->value(QStringLiteral("layout")), &layout))
        return ctx.usage(Text::tr("--layout must be form or data"));
    const FormTableExport forms(ctx.database->connection());
    const bool blankTemplate = args->has(QStringLiteral("template"));
    const bool xlsx = tableFormatForPath(target->output) == TableFormat::Xlsx;
    if (blankTemplate && (!xlsx || layout != CsvLayout::Form))
        return ctx.usage(Text::tr("--template writes the form as a workbook: give -o FILE.xlsx "
                                  "(and no --layout data)"));
    if (xlsx && layout == CsvLayout::Form) {
        // The official sheet of the plan's `annex` definition (merged title, print setup; the
        // template with formulas), as export-form --form annex --layout sheet writes it.
        QByteArray bytes;
        QString error;
        if (!forms.officialXlsx(target->unit.code, annex_values::formCode(), target->year,
                                blankTemplate, &bytes, &error))
            return ctx.rejected(error);
        return ctx.emit(target->output, bytes);
    }
    // The CSV layouts (and the data layout as .xlsx) are the form engine's, from the plan's
    // `annex` definition, as export-form --form annex writes them.
    return ctx.emitTable(target->output, target->encoding, [&](TableSink& sink, QString* error) {
        return forms.write(sink, target->unit.code, annex_values::formCode(), target->year, layout,
                           error);
    });
}

} // namespace yufang::cli
