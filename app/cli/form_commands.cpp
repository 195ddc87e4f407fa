#include "form_commands.h"

#include "report_renderer.h"
#include "table_commands.h"

#include "io/form_definition_json.h"
#include "services/form_definitions.h"
#include "services/form_table_export.h"
#include "services/form_table_import.h"
#include "storage/plan_repository.h"

#include <QCoreApplication>
#include <QFile>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// --plan P: a plan code; a usage error when it names none.
std::optional<Plan> planOf(Context& ctx, const Arguments& args, int* exitCode) {
    const QString code = args.value(QStringLiteral("plan"));
    const auto plan = PlanRepository(ctx.database->connection()).findByCode(code);
    if (!plan)
        *exitCode = ctx.usage(code.isEmpty() ? Text::tr("--plan P is required")
                                             : Text::tr("--plan %1 is not a known plan").arg(code));
    return plan;
}

QString formOf(Context& ctx, const Arguments& args, int* exitCode) {
    const QString form = args.value(QStringLiteral("form"));
    if (form.isEmpty())
        *exitCode = ctx.usage(Text::tr("--form F is required"));
    return form;
}
} // namespace

int runForms(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(
        words, {QStringLiteral("plan"), QStringLiteral("encoding"), QStringLiteral("o")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    int exitCode = Exit::Success;
    std::optional<Plan> plan;
    if (args->has(QStringLiteral("plan")) && !(plan = planOf(ctx, *args, &exitCode)))
        return exitCode;
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    CsvWriter w;
    w.addTextRow({QStringLiteral("plan"), QStringLiteral("form"), QStringLiteral("title"),
                  QStringLiteral("rows"), QStringLiteral("columns")});
    const FormDefinitions definitions(ctx.database->connection());
    for (const PlanForm& f : definitions.all()) {
        if (plan && f.planId != plan->id)
            continue;
        QStringList columns;
        for (const FormColumn& c : f.definition.columns)
            columns << c.key;
        w.addRow({CsvField::str(f.planCode), CsvField::str(f.definition.code),
                  CsvField::str(f.definition.title),
                  CsvField::str(formRowKindKey(f.definition.rowKind)),
                  CsvField::str(columns.join(QLatin1Char(' ')))});
    }
    for (const Diagnostic& d : definitions.check())
        ctx.err << d.toString() << Qt::endl;
    return ctx.emit(args->value(QStringLiteral("o")), encodeCsv(w.text(), encoding));
}

int runFormDefinition(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(
        words, {QStringLiteral("plan"), QStringLiteral("form"), QStringLiteral("o")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    int exitCode = Exit::Success;
    const auto plan = planOf(ctx, *args, &exitCode);
    if (!plan)
        return exitCode;
    const QString form = formOf(ctx, *args, &exitCode);
    if (form.isEmpty())
        return exitCode;
    const auto d = FormDefinitions(ctx.database->connection()).find(plan->id, form);
    if (!d)
        return ctx.rejected(Text::tr("the plan %1 has no form %2").arg(plan->code, form));
    return ctx.emit(args->value(QStringLiteral("o")), formDefinitionToJson(*d));
}

int runImportFormDefinition(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words, {QStringLiteral("plan")}, {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.size() != 1)
        return ctx.usage(Text::tr("import-form-definition needs exactly one FILE.json"));
    int exitCode = Exit::Success;
    const auto plan = planOf(ctx, *args, &exitCode);
    if (!plan)
        return exitCode;
    const QString path = args->positional.first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.rejected(Text::tr("%1: cannot read the file: %2").arg(path, f.errorString()));
    Diagnostics problems;
    const auto d = formDefinitionFromJson(f.readAll(), path, &problems);
    for (const Diagnostic& x : problems)
        ctx.err << x.toString() << Qt::endl;
    if (!d)
        return Exit::Rejected;
    QString error;
    if (!FormDefinitions(ctx.database->connection())
             .save(plan->id, *d, args->has(QStringLiteral("replace")), &error)) {
        if (!args->has(QStringLiteral("replace")) && error.contains(d->code))
            error += QStringLiteral("; ") + cliRemedy(Remedy::Replace);
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    }
    ctx.out
        << Text::tr("%1: form %2 (%3) saved in plan %4").arg(path, d->code, d->title, plan->code)
        << Qt::endl;
    return Exit::Success;
}

int runImportForm(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"),
                                        QStringLiteral("form"), QStringLiteral("received")},
                                       {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.isEmpty())
        return ctx.usage(Text::tr("%1 needs at least one FILE").arg(QStringLiteral("import-form")));
    int exitCode = Exit::Success;
    const QString form = formOf(ctx, *args, &exitCode);
    if (form.isEmpty())
        return exitCode;
    auto options = importOptions<FormImportOptions>(ctx, *args, &exitCode);
    if (!options || !receivedOption(ctx, *args, &*options, &exitCode))
        return exitCode;
    return importFormFiles(ctx, args->positional, form, *options, true);
}

int runExportForm(Context& ctx, const QStringList& words) {
    QString why;
    QSet<QString> options = exportValueOptions();
    options << QStringLiteral("layout") << QStringLiteral("form");
    const auto args = Arguments::parse(words, options, {}, &why);
    if (!args)
        return ctx.usage(why);
    int exitCode = Exit::Success;
    const QString form = formOf(ctx, *args, &exitCode);
    if (form.isEmpty())
        return exitCode;
    const auto target = exportTarget(ctx, *args, &exitCode);
    if (!target)
        return exitCode;
    const FormTableExport exporter(ctx.database->connection());
    // --layout sheet / template: the official sheet of the form or its blank template, a
    // workbook only (form and data keep writing what they wrote, as CSV or as a plain .xlsx).
    const QString layoutName = args->value(QStringLiteral("layout")).trimmed().toLower();
    if (layoutName == QLatin1String("sheet") || layoutName == QLatin1String("template")) {
        if (tableFormatForPath(target->output) != TableFormat::Xlsx)
            return ctx.usage(
                Text::tr("--layout %1 writes a workbook: give -o FILE.xlsx").arg(layoutName));
        QByteArray bytes;
        QString error;
        if (!exporter.officialXlsx(target->unit.code, form, target->year,
                                   layoutName == QLatin1String("template"), &bytes, &error))
            return ctx.rejected(error);
        return ctx.emit(target->output, bytes);
    }
    CsvLayout layout = CsvLayout::Form;
    if (args->has(QStringLiteral("layout")) &&
        !parseCsvLayout(args->value(QStringLiteral("layout")), &layout))
        return ctx.usage(Text::tr("--layout must be form, data, sheet or template"));
    return ctx.emitTable(target->output, target->encoding, [&](TableSink& sink, QString* error) {
        return exporter.write(sink, target->unit.code, form, target->year, layout, error);
    });
}

int runPrintForm(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"),
                                        QStringLiteral("form"), QStringLiteral("o")},
                                       {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    int exitCode = Exit::Success;
    const QString form = formOf(ctx, *args, &exitCode);
    if (form.isEmpty())
        return exitCode;
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    const auto year = ctx.yearOf(*args);
    if (!year)
        return ctx.badYear();
    const QString path = args->value(QStringLiteral("o"));
    if (path.isEmpty() || path == QLatin1String("-"))
        return ctx.usage(Text::tr("print-form needs -o FILE.pdf"));
    QString error;
    const auto doc =
        FormTableExport(ctx.database->connection()).report(unit->code, form, *year, &error);
    if (!doc)
        return ctx.rejected(error);
    if (!ReportRenderer::writePdf(*doc, path, &error))
        return ctx.rejected(error);
    return Exit::Success;
}

int runCopyPlanForms(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(
        words, {QStringLiteral("from"), QStringLiteral("plan"), QStringLiteral("form")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    int exitCode = Exit::Success;
    const auto to = planOf(ctx, *args, &exitCode);
    if (!to)
        return exitCode;
    const auto from =
        PlanRepository(ctx.database->connection()).findByCode(args->value(QStringLiteral("from")));
    if (!from)
        return ctx.usage(
            Text::tr("--from %1 is not a known plan").arg(args->value(QStringLiteral("from"))));
    FormDefinitions definitions(ctx.database->connection());
    QStringList codes;
    if (args->has(QStringLiteral("form")))
        codes << args->value(QStringLiteral("form"));
    else
        for (const FormDefinition& d : definitions.ofPlan(from->id))
            codes << d.code;
    const bool every = !args->has(QStringLiteral("form"));
    for (const QString& code : codes) {
        // Every plan has the built-in tables: copying all of a plan's forms brings the ones
        // the target lacks and leaves its own alone (one named with --form is refused then).
        if (every && definitions.find(to->id, code)) {
            ctx.out << Text::tr("form %1: %2 has one already, left as it is").arg(code, to->code)
                    << Qt::endl;
            continue;
        }
        QString error;
        const auto copied = definitions.copy(from->id, code, to->id, &error);
        if (!copied)
            return ctx.rejected(QStringLiteral("%1: %2").arg(code, error));
        ctx.out << Text::tr("form %1 copied from %2 to %3").arg(code, from->code, to->code)
                << Qt::endl;
        for (const Obligation& o : copied->returns)
            ctx.out << Text::tr("return obligation %1 (%2) copied with it").arg(o.code, o.title)
                    << Qt::endl;
    }
    return Exit::Success;
}

} // namespace yufang::cli
