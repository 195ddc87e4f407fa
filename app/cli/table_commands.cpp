#include "table_commands.h"

namespace yufang::cli {

QSet<QString> exportValueOptions() {
    return {QStringLiteral("unit"), QStringLiteral("year"), QStringLiteral("encoding"),
            QStringLiteral("o")};
}

std::optional<ExportTarget> exportTarget(Context& ctx, const Arguments& args, int* exitCode) {
    if (!args.positional.isEmpty()) {
        *exitCode = ctx.usage(TableText::tr("unexpected argument %1").arg(args.positional.first()));
        return std::nullopt;
    }
    ExportTarget target;
    const auto unit =
        UnitRepository(ctx.database->connection()).resolve(args.value(QStringLiteral("unit")));
    if (!unit) {
        *exitCode = ctx.usage(TableText::tr("--unit must name a known unit (code or exact name)"));
        return std::nullopt;
    }
    target.unit = *unit;
    const auto year = parseYear(args.value(QStringLiteral("year")));
    if (!year) {
        *exitCode = ctx.usage(TableText::tr("--year must be a year such as 2020"));
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

} // namespace yufang::cli
