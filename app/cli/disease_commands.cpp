#include "disease_commands.h"

#include "table_commands.h"

#include "services/disease_export.h"
#include "services/disease_importer.h"

namespace yufang::cli {

int runExportDisease(Context& ctx, const QStringList& words) {
    return runExport<DiseaseExport>(ctx, words);
}

int runImportDisease(Context& ctx, const QStringList& words) {
    return runImport<DiseaseImporter, FormImportOptions>(
        ctx, words, QStringLiteral("import-disease"), [](const auto&) {});
}

} // namespace yufang::cli
