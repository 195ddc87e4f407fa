#include "training_commands.h"

#include "table_commands.h"

namespace yufang::cli {

int runExportTraining(Context& ctx, const QStringList& words) {
    return runTableExport(ctx, words, QStringLiteral("training"));
}

int runImportTraining(Context& ctx, const QStringList& words) {
    return runTableImport(ctx, words, QStringLiteral("import-training"),
                          QStringLiteral("training"));
}

} // namespace yufang::cli
