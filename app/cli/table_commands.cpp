#include "table_commands.h"

#include "services/form_table_export.h"

#include <QDate>

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

int importFormFiles(Context& ctx, const QStringList& files, const QString& formCode,
                    const FormImportOptions& options, bool namingForm,
                    const std::function<void(const FormTableFileImport&)>& onLanded) {
    const FormTableImporter importer(ctx.database->connection());
    int rejected = 0;
    for (const QString& path : files) {
        auto import = importer.prepareFile(path, formCode, options);
        importer.commit(import);
        for (const Diagnostic& d : import.diagnostics)
            ctx.err << d.toString(&cliRemedy) << Qt::endl;
        (import.landed ? ctx.out : ctx.err) << import.summary(namingForm) << Qt::endl;
        if (import.landed && onLanded)
            onLanded(import);
        rejected += import.landed ? 0 : 1;
    }
    return rejected ? Exit::Rejected : Exit::Success;
}

bool receivedOption(Context& ctx, const Arguments& args, FormImportOptions* options,
                    int* exitCode) {
    // --received: the day the returns arrived, for files imported long after (the 2021
    // baseline survey imported in 2026 was not late).
    if (!args.has(QStringLiteral("received")))
        return true;
    options->receivedOn =
        QDate::fromString(args.value(QStringLiteral("received")).trimmed(), Qt::ISODate);
    if (options->receivedOn.isValid())
        return true;
    *exitCode = ctx.usage(TableText::tr("--received must be a date such as 2021-09-01"));
    return false;
}

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
    return importFormFiles(ctx, args->positional, formCode, *options, true);
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
