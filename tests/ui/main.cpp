// Test runner of yufang_ui_tests. Catch2 discovers test cases at build time by running this
// binary without a display, so the offscreen platform is forced before QApplication exists.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

#include <memory>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>();
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("YufangTests"));
    QApplication::setApplicationName(QStringLiteral("yufang_ui_tests"));
    return Catch::Session().run(argc, argv);
}
