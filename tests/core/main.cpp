// Test runner of yufang_core_tests. Catch2 discovers the test cases at build time by running
// this binary, so it must start without a display: the platform is forced to offscreen and
// XDG_RUNTIME_DIR points at a private directory unless the caller set them.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>();
        if (runtimeDir->isValid()) {
            QFile::setPermissions(runtimeDir->path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // 0700
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("YufangTests"));
    QCoreApplication::setApplicationName(QStringLiteral("yufang_core_tests"));
    return Catch::Session().run(argc, argv);
}
