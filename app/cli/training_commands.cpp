#include "training_commands.h"

#include "table_commands.h"

#include "services/training_export.h"
#include "services/training_importer.h"

namespace yufang::cli {

int runExportTraining(Context& ctx, const QStringList& words) {
    return runExport<TrainingExport>(ctx, words);
}

int runImportTraining(Context& ctx, const QStringList& words) {
    return runImport<TrainingImporter, FormImportOptions>(
        ctx, words, QStringLiteral("import-training"), [](const auto&) {});
}

} // namespace yufang::cli
