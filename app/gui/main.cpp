// yufang: the desktop application. Options: --db PATH, --lang zh_CN|en.
#include "chinese_fonts.h"
#include "feature_installer.h"
#include "main_window.h"
#include "prompter.h"
#include "session.h"

#include "i18n.h"
#include "settings.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yufang"));
    QApplication::setApplicationName(QStringLiteral("Yufang"));
    QApplication::setApplicationVersion(QStringLiteral(YUFANG_VERSION));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("yufang")));
#ifdef Q_OS_WIN
    // Windows has no icon theme (the icon comes from the executable's resource, yufang.rc), and
    // its GUI font has no Chinese: the screen fonts prefer Microsoft YaHei / SimSun.
    yufang::preferChineseScreenFonts();
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Yufang (预防): work-injury prevention plan tracking"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database file to open."), QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("zh_CN (default) or en."),
                                        QStringLiteral("language"), yufang::defaultLanguage());
    parser.addOption(dbOption);
    parser.addOption(langOption);
    // The desktop entry passes a double-clicked database file as a plain argument (Exec=yufang %f).
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QStringLiteral("Database file to open (like --db)."),
                                 QStringLiteral("[database]"));
    parser.process(app);
    yufang::installTranslations(parser.value(langOption));

    QSettings backend;
    yufang::Settings settings(backend);
    yufang::Session session;
    yufang::DialogPrompter prompter;
    yufang::MainWindow window(session, prompter, settings);
    yufang::installFeatures(window, session, prompter);
    const QStringList files = parser.positionalArguments();
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                         : !files.isEmpty()     ? files.first()
                                                : yufang::Database::defaultPath();
    if (!window.openDatabase(path))
        return 1;
    window.show();
    // First start: which unit is this office (本单位)? Cancel leaves it for Settings → Your unit.
    window.ensureHomeUnit();
    return app.exec();
}
