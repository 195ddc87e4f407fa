#pragma once

#include <QString>

#include <memory>

namespace yufang {

class PasswordStore;

// The password of a saved server profile (docs/server.md, "In the window"): taken from the
// system keyring when the user chose 记住密码 and a keyring answers, else asked each time. A
// keyring that fails once (none running, as under a bare X server or CI; locked; too slow) is
// not asked again while the program runs: the dialog shows one line about it, never a message
// box, and the password field is simply empty.
class PasswordKeeper {
public:
    // store may be null: Yufang built without a keyring (then nothing is remembered).
    explicit PasswordKeeper(std::unique_ptr<PasswordStore> store);
    ~PasswordKeeper();

    // The keyring can be offered (记住密码 enabled): built with one and it has not failed.
    bool canRemember() const;
    // The stored password of the profile (an address without password), or "" when it must
    // be asked: none stored, remembering off, or the keyring not available.
    QString recall(const QString& profile, bool remember);
    // After a successful connection: keeps the password (remember), or forgets the one kept
    // when the profile was remembered before (wasRemembered; else the keyring is not asked).
    void settle(const QString& profile, const QString& password, bool remember, bool wasRemembered);
    // Why the keyring is not used, for the dialog's one line ("" when it works or is absent).
    QString note() const { return m_note; }

private:
    void fail(const QString& why);

    std::unique_ptr<PasswordStore> m_store;
    bool m_failed = false;
    QString m_note;
};

// The one keeper of this run of the program (the system keyring), shared by every open dialog.
PasswordKeeper& sessionPasswordKeeper();

} // namespace yufang
