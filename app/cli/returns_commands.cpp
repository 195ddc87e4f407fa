#include "returns_commands.h"

#include "io/cell_parsing.h"
#include "io/csv_writer.h"
#include "services/returns_service.h"
#include "services/roll_up.h"
#include "storage/audit_log.h"
#include "storage/unit_repository.h"

#include <QCoreApplication>
#include <QDate>

namespace yufang::cli {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QString kEncoding = QStringLiteral("encoding");

bool parseDate(const QString& text, QDate* out) {
    *out = QDate::fromString(text.trimmed(), Qt::ISODate);
    return out->isValid();
}

bool encodingOf(const Arguments& args, CsvEncoding* out) {
    *out = CsvEncoding::Utf8Bom;
    return !args.has(kEncoding) || parseCsvEncoding(args.value(kEncoding), out);
}
} // namespace

int runReturns(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"),
                                        QStringLiteral("today"), kEncoding, QStringLiteral("o")},
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
    // --today fixes the date statuses are computed against (reproducible reports, tests).
    QDate today = QDate::currentDate();
    if (args->has(QStringLiteral("today")) &&
        !parseDate(args->value(QStringLiteral("today")), &today))
        return ctx.usage(Text::tr("--today must be a date such as 2021-12-05"));
    CsvEncoding encoding;
    if (!encodingOf(*args, &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    const auto board = ReturnsService(ctx.database->connection()).board(unit->code, *year, today);
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding,
                         [&](TableSink& sink, QString*) {
                             writeReturns(sink, board);
                             return true;
                         });
}

int runAudit(Context& ctx, const QStringList& words) {
    QString why;
    const auto args =
        Arguments::parse(words,
                         {QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("since"),
                          QStringLiteral("until"), kEncoding, QStringLiteral("o")},
                         {}, &why);
    if (!args)
        return ctx.usage(why);
    if (!args->positional.isEmpty())
        return ctx.unexpected(*args);
    AuditFilter filter;
    if (args->has(QStringLiteral("unit"))) {
        const auto unit = ctx.unitOf(*args);
        if (!unit)
            return ctx.unknownUnit();
        filter.unitCode = unit->code;
    }
    if (args->has(QStringLiteral("year"))) {
        const auto year = ctx.yearOf(*args);
        if (!year)
            return ctx.badYear();
        filter.year = *year;
    }
    if (args->has(QStringLiteral("since")) &&
        !parseDate(args->value(QStringLiteral("since")), &filter.from))
        return ctx.usage(Text::tr("--since must be a date such as 2021-12-05"));
    if (args->has(QStringLiteral("until")) &&
        !parseDate(args->value(QStringLiteral("until")), &filter.to))
        return ctx.usage(Text::tr("--until must be a date such as 2021-12-05"));
    CsvEncoding encoding;
    if (!encodingOf(*args, &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    const QSqlDatabase db = ctx.database->connection();
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding,
                         [&](TableSink& sink, QString*) {
                             writeAudit(sink, AuditLog(db).events(filter), db);
                             return true;
                         });
}

int runMatrix(Context& ctx, const QStringList& words) {
    QString why;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("unit"), QStringLiteral("year"),
                                        QStringLiteral("measure"), kEncoding, QStringLiteral("o")},
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
    MatrixMeasure measure;
    if (!parseMatrixMeasure(args->value(QStringLiteral("measure")), &measure))
        return ctx.usage(
            Text::tr("--measure must be one of enterprises, insured_enterprises, employees, "
                     "insured_persons, accidents, accident_rate, coverage_rate"));
    CsvEncoding encoding;
    if (!encodingOf(*args, &encoding))
        return ctx.usage(Text::tr("--encoding must be utf-8 or gb18030"));
    const MeasureMatrix m = measureMatrix(ctx.database->connection(), unit->code, *year, measure);
    return ctx.emitTable(args->value(QStringLiteral("o")), encoding,
                         [&](TableSink& sink, QString*) {
                             writeMatrix(sink, m);
                             return true;
                         });
}

} // namespace yufang::cli
