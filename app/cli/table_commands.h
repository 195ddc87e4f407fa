#pragma once

// What the per-unit-and-year CSV commands (annex, training, disease) share: the same options,
// checked the same way, and the same loop over import files. Each command file keeps only what
// is its own.
#include "cli_context.h"

#include "domain/diagnostic.h"
#include "domain/unit.h"
#include "io/cell_parsing.h"
#include "io/csv_writer.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

#include <optional>

namespace yufang::cli {

struct TableText {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// --unit U --year Y [--encoding E] [-o FILE] of an export, all checked; a usage error has been
// printed and *exitCode set when this returns nothing.
struct ExportTarget {
    Unit unit;
    int year = 0;
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    QString output;
};
std::optional<ExportTarget> exportTarget(Context& ctx, const Arguments& args, int* exitCode);

// The value and flag options every export and import command accepts.
QSet<QString> exportValueOptions();

// --unit, --year and --replace of an import (unit and year override the file).
template <typename Options>
std::optional<Options> importOptions(Context& ctx, const Arguments& args, int* exitCode) {
    Options options;
    options.replace = args.has(QStringLiteral("replace"));
    options.unit = args.value(QStringLiteral("unit"));
    if (!options.unit.isEmpty() &&
        !UnitRepository(ctx.database->connection()).resolve(options.unit)) {
        *exitCode = ctx.usage(
            TableText::tr("--unit %1 is not a known unit code or name").arg(options.unit));
        return std::nullopt;
    }
    if (args.has(QStringLiteral("year"))) {
        options.year = Context::yearOf(args);
        if (!options.year) {
            *exitCode = ctx.badYear();
            return std::nullopt;
        }
    }
    return options;
}

// Each file in its own transaction: diagnostics to stderr as FILE:LINE, one summary line per
// file, then onLanded(import) for a file that landed. Exit 1 when any file was rejected.
template <typename Importer, typename Options, typename OnLanded>
int importEach(Context& ctx, const QStringList& files, const Importer& importer,
               const Options& options, OnLanded onLanded) {
    int rejected = 0;
    for (const QString& path : files) {
        auto import = importer.prepareFile(path, options);
        importer.commit(import);
        for (const Diagnostic& d : import.diagnostics)
            ctx.err << d.toString(&cliRemedy) << Qt::endl;
        (import.landed ? ctx.out : ctx.err) << import.summary() << Qt::endl;
        if (import.landed)
            onLanded(import);
        rejected += import.landed ? 0 : 1;
    }
    return rejected ? Exit::Rejected : Exit::Success;
}

// A whole import command: `NAME FILE... [--unit U] [--year Y] [--replace]`.
template <typename Importer, typename Options, typename OnLanded>
int runImport(Context& ctx, const QStringList& words, const QString& command, OnLanded onLanded) {
    QString why;
    const auto args = Arguments::parse(words, {QStringLiteral("unit"), QStringLiteral("year")},
                                       {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.isEmpty())
        return ctx.usage(TableText::tr("%1 needs at least one FILE").arg(command));
    int exitCode = Exit::Success;
    const auto options = importOptions<Options>(ctx, *args, &exitCode);
    if (!options)
        return exitCode;
    return importEach(ctx, args->positional, Importer(ctx.database->connection()), *options,
                      onLanded);
}

// A whole export command whose exporter has csv(unitCode, year, &error).
template <typename Exporter> int runExport(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, exportValueOptions(), {}, &why);
    if (!args)
        return ctx.usage(why);
    int exitCode = Exit::Success;
    const auto target = exportTarget(ctx, *args, &exitCode);
    if (!target)
        return exitCode;
    const Exporter exporter(ctx.database->connection());
    return ctx.emitTable(target->output, target->encoding, [&](TableSink& sink, QString* error) {
        return exporter.write(sink, target->unit.code, target->year, error);
    });
}

} // namespace yufang::cli
