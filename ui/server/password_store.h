#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace yufang {

// Where a server login's password is kept between sessions (docs/server.md, "In the window"):
// the system keyring through QtKeychain (the Secret Service on Linux, the credential store on
// Windows) when Yufang is built with it. The keeper (password_keeper.h) decides when to ask it;
// tests give it a fake.
class PasswordStore {
public:
    enum class Result { Found, NotFound, Unavailable };
    virtual ~PasswordStore() = default;
    // Unavailable (with *why) when no keyring answers: none is running (a bare X server, CI),
    // it is locked and the user declined, or it took too long.
    virtual Result read(const QString& key, QString* password, QString* why) = 0;
    virtual bool write(const QString& key, const QString& password, QString* why) = 0;
    virtual bool remove(const QString& key, QString* why) = 0;
};

// The system keyring, or nullptr when Yufang was built without QtKeychain (the window then
// asks for the password each time and offers no 记住密码).
std::unique_ptr<PasswordStore> systemPasswordStore();

} // namespace yufang
