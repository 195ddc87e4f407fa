#pragma once

// What the per-unit-and-year CSV commands (annex, training, disease) share: the same options,
// checked the same way, and the same loop over import files. Each command file keeps only what
// is its own.
#include "cli_context.h"

#include "domain/diagnostic.h"
#include "domain/unit.h"
#include "io/cell_parsing.h"
#include "io/csv_writer.h"
#include "services/form_table_import.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

#include <functional>
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

// Files of a form through FormTableImporter, each in its own transaction: diagnostics to
// stderr as FILE:LINE, one summary line per file (naming the form where namingForm), then
// onLanded(import) for a file that landed. Exit 1 when any file was rejected.
int importFormFiles(Context& ctx, const QStringList& files, const QString& formCode,
                    const FormImportOptions& options, bool namingForm,
                    const std::function<void(const FormTableFileImport&)>& onLanded = {});

// --received DATE of an import into options->receivedOn; false (a usage error printed,
// *exitCode set) when it is no date.
bool receivedOption(Context& ctx, const Arguments& args, FormImportOptions* options, int* exitCode);

// `NAME FILE... [--unit U] [--year Y] [--replace]` of a table on the form engine (培训
// `training`, 职业病 `disease`): FormTableImporter, as import-form --form F does.
int runTableImport(Context& ctx, const QStringList& words, const QString& command,
                   const QString& formCode);

// `NAME --unit U --year Y [--encoding E] [-o FILE]` of a table on the form engine (培训
// `training`, 职业病 `disease`): the form layout of the unit's form, through FormTableExport
// like export-form, laid out as the table's definition says.
int runTableExport(Context& ctx, const QStringList& words, const QString& formCode);

} // namespace yufang::cli
