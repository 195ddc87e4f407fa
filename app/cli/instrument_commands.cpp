#include "instrument_commands.h"

#include "services/expert_csv.h"
#include "services/fee_csv.h"
#include "storage/expert_repository.h"
#include "storage/fee_repository.h"

#include <QCoreApplication>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runImportExperts(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {}, {}, &why);
    if (!args)
        return ctx.usage(why);
    int exit = Exit::Success;
    const auto bytes = ctx.readOneFile(*args, QStringLiteral("import-experts"), &exit);
    if (!bytes)
        return exit;
    const QString path = args->positional.first();
    // The same reader and the same all-or-nothing save as the 专家库 tab's import.
    ExpertCsvRead read = readExpertCsv(*bytes, path);
    if (ctx.printDiagnostics(read.diagnostics))
        return ctx.rejected(Text::tr("%1: rejected; no expert was added").arg(path));
    QString error;
    if (!ExpertRepository(ctx.database->connection()).addAll(read.experts, &error))
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    ctx.out << Text::tr("%1: %2 expert(s) added").arg(path).arg(read.experts.size()) << Qt::endl;
    return Exit::Success;
}

int runImportFeeBudgets(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {QStringLiteral("unit")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    int exit = Exit::Success;
    const auto bytes = ctx.readOneFile(*args, QStringLiteral("import-fee-budgets"), &exit);
    if (!bytes)
        return exit;
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    const QString path = args->positional.first();
    const FeeBudgetCsvRead read = readFeeBudgetCsv(*bytes, path, unit->code);
    if (ctx.printDiagnostics(read.diagnostics))
        return ctx.rejected(Text::tr("%1: rejected; no budget was saved").arg(path));
    QString error;
    if (!FeeRepository(ctx.database->connection()).saveBudgets(read.budgets, &error))
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    ctx.out << Text::tr("%1: %2: %3 budget(s) saved").arg(path, unit->name).arg(read.budgets.size())
            << Qt::endl;
    return Exit::Success;
}

int runImportFeeProjects(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {QStringLiteral("unit")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    int exit = Exit::Success;
    const auto bytes = ctx.readOneFile(*args, QStringLiteral("import-fee-projects"), &exit);
    if (!bytes)
        return exit;
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    const QString path = args->positional.first();
    FeeProjectCsvRead read = readFeeProjectCsv(*bytes, path, unit->code,
                                               ExpertRepository(ctx.database->connection()).all());
    if (ctx.printDiagnostics(read.diagnostics))
        return ctx.rejected(Text::tr("%1: rejected; no project was added").arg(path));
    QString error;
    if (!FeeRepository(ctx.database->connection()).addProjects(read.projects, &error))
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    ctx.out
        << Text::tr("%1: %2: %3 project(s) added").arg(path, unit->name).arg(read.projects.size())
        << Qt::endl;
    return Exit::Success;
}

} // namespace yufang::cli
