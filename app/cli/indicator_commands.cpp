#include "indicator_commands.h"

#include "io/csv_writer.h"
#include "io/indicator_csv_writer.h"
#include "io/indicator_definition_json.h"
#include "services/indicator_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"

#include <QCoreApplication>
#include <QFile>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kPlan = QStringLiteral("plan");

// --plan P: a plan code; none (after the message) when unknown.
std::optional<Plan> planOf(Context& ctx, const Arguments& args) {
    const auto plan =
        PlanRepository(ctx.database->connection()).findByCode(args.value(kPlan).trimmed());
    if (!plan)
        ctx.err << Text::tr("unknown plan %1").arg(args.value(kPlan)) << Qt::endl;
    return plan;
}
} // namespace

int runIndicators(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"), kPlan,
                                        QStringLiteral("encoding"), QStringLiteral("o")},
                                       {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    int year = 0;
    if (args->has(QStringLiteral("year"))) {
        const auto y = ctx.yearOf(*args);
        if (!y)
            return ctx.badYear();
        year = *y;
    }
    qint64 planId = 0;
    if (args->has(kPlan)) {
        const auto plan = planOf(ctx, *args);
        if (!plan)
            return Exit::Rejected;
        planId = plan->id;
    }
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    QString error;
    const auto result =
        IndicatorService(ctx.database->connection()).evaluate(unit->code, year, planId, &error);
    if (!result)
        return ctx.rejected(error);
    for (const IndicatorResult& r : result->indicators)
        if (!r.problem.isEmpty())
            ctx.err << QStringLiteral("%1: %2").arg(r.definition.code, r.problem) << Qt::endl;
    return ctx.emitTable(
        args->value(QStringLiteral("o")), encoding, [&](TableSink& sink, QString*) {
            writeIndicators(sink, result->unit, result->plan, result->year, result->indicators);
            return true;
        });
}

int runIndicatorDefinition(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(
        words, {kPlan, QStringLiteral("indicator"), QStringLiteral("o")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    if (!args->has(kPlan) || !args->has(QStringLiteral("indicator")))
        return ctx.usage(Text::tr("indicator-definition needs --plan P and --indicator I"));
    const auto plan = planOf(ctx, *args);
    if (!plan)
        return Exit::Rejected;
    const QString code = args->value(QStringLiteral("indicator"));
    const auto d = IndicatorRepository(ctx.database->connection()).find(plan->id, code);
    if (!d)
        return ctx.rejected(Text::tr("%1 has no indicator %2").arg(plan->code, code));
    return ctx.emit(args->value(QStringLiteral("o")), indicatorDefinitionFile(*d));
}

int runImportIndicatorDefinition(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words, {kPlan}, {QStringLiteral("replace")}, &why);
    if (!args)
        return ctx.usage(why);
    if (args->positional.size() != 1 || !args->has(kPlan))
        return ctx.usage(Text::tr("import-indicator-definition needs one FILE.json and --plan P"));
    const auto plan = planOf(ctx, *args);
    if (!plan)
        return Exit::Rejected;
    const QString path = args->positional.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.rejected(QStringLiteral("%1: %2").arg(
            path, Text::tr("cannot read the file: %1").arg(file.errorString())));
    QString error;
    const auto d = readIndicatorDefinitionFile(file.readAll(), path, &error);
    if (!d)
        return ctx.rejected(error);
    IndicatorRepository repo(ctx.database->connection());
    const bool replace = args->has(QStringLiteral("replace"));
    if (!replace && repo.find(plan->id, d->code))
        return ctx.rejected(
            QStringLiteral("%1: %2").arg(path, Text::tr("%1 has an indicator %2 already; use "
                                                        "--replace to replace it")
                                                   .arg(plan->code, d->code)));
    const bool ok = replace ? repo.save(plan->id, *d, &error) : repo.add(plan->id, *d, &error);
    if (!ok)
        return ctx.rejected(QStringLiteral("%1: %2").arg(path, error));
    return Exit::Success;
}

int runAssignPlan(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words, {QStringLiteral("unit"), kPlan, QStringLiteral("from")}, {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    if (!args->has(kPlan) || !args->has(QStringLiteral("from")))
        return ctx.usage(Text::tr("assign-plan needs --unit U, --plan P and --from YEAR"));
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    bool isYear = false;
    const int from = args->value(QStringLiteral("from")).toInt(&isYear);
    if (!isYear || from < 1900 || from > 9999)
        return ctx.usage(Text::tr("--from must be a year"));
    const auto plan = planOf(ctx, *args);
    if (!plan)
        return Exit::Rejected;
    QString error;
    if (!PlanStore(ctx.database->connection()).assignFrom(unit->code, plan->id, from, &error))
        return ctx.rejected(error);
    return Exit::Success;
}

} // namespace yufang::cli
