#include "progress_commands.h"

#include "io/csv_writer.h"
#include "io/progress_csv_writer.h"
#include "services/progress_service.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int runProgress(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"),
                                        QStringLiteral("encoding"), QStringLiteral("o")},
                                       {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    const auto unit = ctx.unitOf(*args);
    if (!unit)
        return ctx.unknownUnit();
    std::optional<int> year;
    if (args->has(QStringLiteral("year"))) {
        year = ctx.yearOf(*args);
        if (!year)
            return ctx.badYear();
    }
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    if (args->has(QStringLiteral("encoding")) &&
        !parseCsvEncoding(args->value(QStringLiteral("encoding")), &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    QString error;
    const auto progress =
        ProgressService(ctx.database->connection()).unitProgress(unit->code, &error);
    if (!progress)
        return ctx.rejected(error);
    if (year && !progress->years.contains(*year))
        return ctx.rejected(Text::tr("%1 is outside %2's plan years (%3-%4) and has no data")
                                .arg(*year)
                                .arg(unit->name)
                                .arg(progress->plan.baselineYear)
                                .arg(progress->plan.endYear));
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding,
                         [&](TableSink& sink, QString*) {
                             writeProgress(sink, *progress, year);
                             return true;
                         });
}

} // namespace yufang::cli
