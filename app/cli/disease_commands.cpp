#include "disease_commands.h"

#include "table_commands.h"

namespace yufang::cli {

int runExportDisease(Context& ctx, const QStringList& words) {
    return runTableExport(ctx, words, QStringLiteral("disease"));
}

int runImportDisease(Context& ctx, const QStringList& words) {
    return runTableImport(ctx, words, QStringLiteral("import-disease"), QStringLiteral("disease"));
}

} // namespace yufang::cli
