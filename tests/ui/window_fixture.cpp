#include "window_fixture.h"

#include <catch2/catch.hpp>

namespace yufang::test {

UiFixture::UiFixture() {
    backend = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                          QSettings::IniFormat);
    settings = std::make_unique<Settings>(*backend);
    reopen();
}

UiFixture::~UiFixture() {
    window.reset();
    session.reset();
}

void UiFixture::reopen() {
    window.reset();
    session = std::make_unique<Session>();
    window = std::make_unique<MainWindow>(*session, prompter, *settings);
    REQUIRE(window->openDatabase(dbPath()));
    window->show();
}

} // namespace yufang::test
