#pragma once

#include "main_window.h"
#include "scripted_prompter.h"
#include "session.h"

#include "settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace yufang::test {

// A main window on a fresh database in a temporary folder, with scripted dialogs and its own
// settings file, as the application builds it.
struct UiFixture {
    UiFixture();
    ~UiFixture();

    // Closes and builds the window again on the same database file and settings.
    void reopen();
    QString dbPath() const { return dir.filePath(QStringLiteral("yufang.sqlite")); }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> backend;
    std::unique_ptr<Settings> settings;
    ScriptedPrompter prompter;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace yufang::test
