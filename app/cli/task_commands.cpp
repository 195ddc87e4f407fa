#include "task_commands.h"

#include "io/csv_writer.h"
#include "services/rate_float_batch.h"
#include "services/task_checklist.h"
#include "services/task_record_csv.h"
#include "storage/rate_scheme_repository.h"
#include "storage/task_repository.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool encodingOption(const Arguments& args, CsvEncoding* encoding) {
    return !args.has(QStringLiteral("encoding")) ||
           parseCsvEncoding(args.value(QStringLiteral("encoding")), encoding);
}
} // namespace

int runTasks(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words,
                         {QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("as-of"),
                          QStringLiteral("encoding"), QStringLiteral("o")},
                         {}, &why);
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
    // 逾期 depends on the day: --as-of fixes it (reproducible reports, tests), else today.
    QDate today = QDate::currentDate();
    if (args->has(QStringLiteral("as-of"))) {
        today = QDate::fromString(args->value(QStringLiteral("as-of")), Qt::ISODate);
        if (!today.isValid())
            return ctx.usage(Text::tr("--as-of must be a date such as 2022-12-31"));
    }
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (!encodingOption(*args, &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    QString error;
    const auto checklist =
        TaskChecklistService(ctx.database->connection()).build(unit->code, *year, today, &error);
    if (!checklist)
        return ctx.rejected(error);
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding,
                         [&](TableSink& sink, QString*) {
                             writeChecklist(sink, *checklist);
                             return true;
                         });
}

int runImportTasks(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words, {QStringLiteral("unit"), QStringLiteral("year")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    int exit = Exit::Success;
    const auto bytes = ctx.readOneFile(*args, QStringLiteral("import-tasks"), &exit);
    if (!bytes)
        return exit;
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    const auto year = ctx.yearOf(*args);
    if (!year)
        return ctx.badYear();
    const QString path = args->positional.first();
    QString error;
    const auto checklist = TaskChecklistService(ctx.database->connection())
                               .build(unit->code, *year, QDate::currentDate(), &error);
    if (!checklist)
        return ctx.rejected(error);
    const TaskRecordCsvRead read = readTaskRecordCsv(*bytes, path, *checklist);
    if (ctx.printDiagnostics(read.diagnostics))
        return ctx.rejected(Text::tr("%1: rejected; no record was saved").arg(path));
    if (!TaskRepository(ctx.database->connection()).saveRecords(read.records, &error))
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    int done = 0;
    for (const TaskRecord& r : read.records)
        done += r.progress == TaskProgress::Done ? 1 : 0;
    ctx.out << Text::tr("%1: %2 %3: %4 record(s) saved, %5 done")
                   .arg(path, unit->name)
                   .arg(*year)
                   .arg(read.records.size())
                   .arg(done)
            << Qt::endl;
    return Exit::Success;
}

int runImportHazards(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {QStringLiteral("unit")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    int exit = Exit::Success;
    const auto bytes = ctx.readOneFile(*args, QStringLiteral("import-hazards"), &exit);
    if (!bytes)
        return exit;
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    const QString path = args->positional.first();
    HazardCsvRead read = readHazardCsv(*bytes, path, unit->code);
    if (ctx.printDiagnostics(read.diagnostics))
        return ctx.rejected(Text::tr("%1: rejected; no hazard was added").arg(path));
    QString error;
    if (!TaskRepository(ctx.database->connection()).addHazards(read.hazards, &error))
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    ctx.out << Text::tr("%1: %2: %3 hazard(s) added").arg(path, unit->name).arg(read.hazards.size())
            << Qt::endl;
    return Exit::Success;
}

int runFloat(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words, {QStringLiteral("encoding"), QStringLiteral("o")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.size() != 1)
        return ctx.usage(Text::tr("float needs exactly one FILE.csv"));
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (!encodingOption(*args, &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    const QString path = args->positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.rejected(QStringLiteral("%1: %2").arg(
            path, Text::tr("cannot read the file: %1").arg(file.errorString())));
    const RateScheme scheme = RateSchemeRepository(ctx.database->connection()).load();
    const FloatBatch batch = runFloatBatch(scheme, file.readAll(), path);
    for (const Diagnostic& d : batch.diagnostics)
        ctx.err << d.toString() << Qt::endl;
    if (!batch.ok())
        return Exit::Rejected;
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding,
                         [&](TableSink& sink, QString*) {
                             writeFloatBatch(sink, scheme, batch.rows);
                             return true;
                         });
}

} // namespace yufang::cli
