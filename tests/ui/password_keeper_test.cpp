// 记住密码 (docs/server.md, "In the window"): the password of a saved server profile comes from
// the keyring when one answers, else it is asked; a keyring that fails (none running, as under a
// bare X server or CI) is asked once and then left alone, with one line of explanation and no
// message box. The keyring is faked here.
#include "server/password_keeper.h"
#include "server/password_store.h"

#include <catch2/catch.hpp>

#include <QHash>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
struct FakeStore : PasswordStore {
    struct State {
        QHash<QString, QString> kept;
        bool running = true;
        int calls = 0;
    };
    explicit FakeStore(State& state) : s(state) {}
    Result read(const QString& key, QString* password, QString* why) override {
        ++s.calls;
        if (!s.running) {
            *why = u"no keyring service"_s;
            return Result::Unavailable;
        }
        if (!s.kept.contains(key))
            return Result::NotFound;
        *password = s.kept.value(key);
        return Result::Found;
    }
    bool write(const QString& key, const QString& password, QString* why) override {
        ++s.calls;
        if (!s.running) {
            *why = u"no keyring service"_s;
            return false;
        }
        s.kept.insert(key, password);
        return true;
    }
    bool remove(const QString& key, QString* why) override {
        ++s.calls;
        if (!s.running) {
            *why = u"no keyring service"_s;
            return false;
        }
        s.kept.remove(key);
        return true;
    }
    State& s;
};

const QString kProfile = u"postgresql://lanshan@db.example.org:5432/yufang?sslmode=require"_s;
} // namespace

TEST_CASE("A remembered password comes back from the keyring and is forgotten on request",
          "[ui][server][keyring]") {
    FakeStore::State state;
    PasswordKeeper keeper(std::make_unique<FakeStore>(state));
    CHECK(keeper.canRemember());
    CHECK(keeper.recall(kProfile, true).isEmpty()); // nothing kept yet: asked
    keeper.settle(kProfile, u"s3cret"_s, true, false);
    CHECK(state.kept.value(kProfile) == u"s3cret"_s);
    CHECK(keeper.recall(kProfile, true) == u"s3cret"_s);
    // Remembering off: the keyring is not read, and the kept password is removed.
    const int before = state.calls;
    CHECK(keeper.recall(kProfile, false).isEmpty());
    CHECK(state.calls == before);
    keeper.settle(kProfile, u"s3cret"_s, false, true);
    CHECK_FALSE(state.kept.contains(kProfile));
    // Never remembered: the keyring is not even asked.
    const int after = state.calls;
    keeper.settle(kProfile, u"s3cret"_s, false, false);
    CHECK(state.calls == after);
    CHECK(keeper.note().isEmpty());
}

TEST_CASE("Without a running keyring the password is asked and the keyring left alone",
          "[ui][server][keyring]") {
    FakeStore::State state;
    state.running = false;
    PasswordKeeper keeper(std::make_unique<FakeStore>(state));
    CHECK(keeper.recall(kProfile, true).isEmpty());
    CHECK(state.calls == 1);
    CHECK_FALSE(keeper.canRemember());
    CHECK(keeper.note().contains(u"no keyring service"_s));
    // Every later dialog asks for the password without waiting on the keyring again.
    CHECK(keeper.recall(kProfile, true).isEmpty());
    keeper.settle(kProfile, u"s3cret"_s, true, true);
    CHECK(state.calls == 1);
}

TEST_CASE("A keyring that fails while saving is left alone afterwards", "[ui][server][keyring]") {
    FakeStore::State state;
    PasswordKeeper keeper(std::make_unique<FakeStore>(state));
    state.running = false;
    keeper.settle(kProfile, u"s3cret"_s, true, false);
    CHECK_FALSE(keeper.canRemember());
    CHECK_FALSE(keeper.note().isEmpty());
    state.running = true;
    CHECK(keeper.recall(kProfile, true).isEmpty());
    CHECK(state.calls == 1);
}

TEST_CASE("Built without a keyring the password is asked each time", "[ui][server][keyring]") {
    PasswordKeeper keeper(nullptr);
    CHECK_FALSE(keeper.canRemember());
    CHECK(keeper.recall(kProfile, true).isEmpty());
    keeper.settle(kProfile, u"s3cret"_s, true, false);
    CHECK(keeper.note().isEmpty()); // nothing failed: there is simply no keyring
}
