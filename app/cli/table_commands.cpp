#include "table_commands.h"

#include "services/form_table_export.h"
#include "services/form_table_import.h"

namespace yufang::cli {

QSet<QString> exportValueOptions() {
    return {QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("encoding"),
            QStringLiteral("o")};
}

std::optional<ExportTarget> exportTarget(Context& ctx, const Arguments& args, int* exitCode) {
    if (!args.positional.isEmpty()) {
        *exitCode = ctx.unexpected(args);
        return std::nullopt;
    }
    ExportTarget target;
    const auto unit = ctx.unitOf(args);
    if (!unit) {
        *exitCode = ctx.unknownUnit();
        return std::nullopt;
    }
    target.unit = *unit;
    const auto year = ctx.yearOf(args);
    if (!year) {
        *exitCode = ctx.badYear();
        return std::nullopt;
    }
    target.year = *year;
    if (args.has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args.value(QStringLiteral("encoding")), &target.encoding)) {
        *exitCode = ctx.usage(TableText::tr("--encoding must be utf-8 or gb18030"));
        return std::nullopt;
    }
    target.output = args.value(QStringLiteral("o"));
    return target;
}

namespace {
// FormTableImporter bound to one form, in the shape importEach takes.
struct BoundFormImporter {
    FormTableImporter importer;
    QString formCode;
    BoundFormImporter(QSqlDatabase db, QString form)
        : importer(std::move(db)), formCode(std::move(form)) {}
    FormTableFileImport prepareFile(const QString& path, const FormImportOptions& options) const {
        return importer.prepareFile(path, formCode, options);
    }
    bool commit(FormTableFileImport& import) const { return importer.commit(import); }
};
} // namespace

int runTableImport(Context& ctx, const QStringList& words, const QString& command,
                   const QString& formCode) {
    QString why;
    const auto args = Arguments::parse(words, {QStringLiteral("unit"), QStringLiteral("year")},
                                       {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.isEmpty())
        return ctx.usage(TableText::tr("%1 needs at least one FILE").arg(command));
    int exitCode = Exit::Success;
    const auto options = importOptions<FormImportOptions>(ctx, *args, &exitCode);
    if (!options)
        return exitCode;
    return importEach(ctx, args->positional,
                      BoundFormImporter(ctx.database->connection(), formCode), *options,
                      [](const auto&) {});
}

int runTableExport(Context& ctx, const QStringList& words, const QString& formCode) {
    QString why;
    const auto args = Arguments::parse(words, exportValueOptions(), {}, &why);
    if (!args)
        return ctx.usage(why);
    int exitCode = Exit::Success;
    const auto target = exportTarget(ctx, *args, &exitCode);
    if (!target)
        return exitCode;
    const FormTableExport exporter(ctx.database->connection());
    return ctx.emitTable(target->output, target->encoding, [&](TableSink& sink, QString* error) {
        return exporter.write(sink, target->unit.code, formCode, target->year, CsvLayout::Form,
                              error);
    });
}

} // namespace yufang::cli
