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

// `NAME FILE... [--unit U] [--year Y] [--replace]` of a table on the form engine (培训
// `training`, 职业病 `disease`): FormTableImporter, as import-form --form F does.
int runTableImport(Context& ctx, const QStringList& words, const QString& command,
                   const QString& formCode);

// `NAME --unit U --year Y [--encoding E] [-o FILE]` of a table on the form engine (培训
// `training`, 职业病 `disease`): the form layout of the unit's form, through FormTableExport
// like export-form, laid out as the table's definition says.
int runTableExport(Context& ctx, const QStringList& words, const QString& formCode);

} // namespace yufang::cli
