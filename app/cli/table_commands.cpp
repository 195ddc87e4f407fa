#include "table_commands.h"

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

} // namespace yufang::cli
