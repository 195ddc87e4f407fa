#include "password_keeper.h"

#include "password_store.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PasswordKeeper)
};
} // namespace

PasswordKeeper::PasswordKeeper(std::unique_ptr<PasswordStore> store) : m_store(std::move(store)) {}

PasswordKeeper::~PasswordKeeper() = default;

bool PasswordKeeper::canRemember() const {
    return m_store && !m_failed;
}

void PasswordKeeper::fail(const QString& why) {
    m_failed = true;
    m_note = Text::tr("The system keyring is not available (%1): give the password each time.")
                 .arg(why.isEmpty() ? Text::tr("no answer") : why);
}

QString PasswordKeeper::recall(const QString& profile, bool remember) {
    if (!remember || !canRemember() || profile.isEmpty())
        return {};
    QString password;
    QString why;
    switch (m_store->read(profile, &password, &why)) {
    case PasswordStore::Result::Found:
        return password;
    case PasswordStore::Result::NotFound:
        return {};
    case PasswordStore::Result::Unavailable:
        fail(why);
        return {};
    }
    return {};
}

void PasswordKeeper::settle(const QString& profile, const QString& password, bool remember,
                            bool wasRemembered) {
    if (!canRemember() || profile.isEmpty() || (!remember && !wasRemembered))
        return;
    QString why;
    const bool ok = remember && !password.isEmpty() ? m_store->write(profile, password, &why)
                                                    : m_store->remove(profile, &why);
    if (!ok)
        fail(why);
}

PasswordKeeper& sessionPasswordKeeper() {
    static PasswordKeeper keeper(systemPasswordStore());
    return keeper;
}

} // namespace yufang
