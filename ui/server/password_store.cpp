#include "password_store.h"

#ifdef YUFANG_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <functional>
#endif

namespace yufang {

#ifdef YUFANG_HAVE_KEYCHAIN
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)
};

// The keyring's entries are Yufang's: "Yufang" and the profile's address without password.
const char* const kService = "Yufang";
// A keyring that does not answer within this time counts as none (the dialog then asks).
constexpr int kTimeoutMs = 4000;

// Runs a QtKeychain job to its end or the timeout. The job deletes itself when it finishes,
// even after a timeout, so nothing here touches it afterwards.
// onFinished reads the job's result while it still exists.
bool runJob(QKeychain::Job* job, QKeychain::Error* error, QString* errorText,
            const std::function<void(QKeychain::Job*)>& onFinished = {}) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file instead of a keyring
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* done) {
        finished = true;
        *error = done->error();
        if (errorText)
            *errorText = done->errorString();
        if (onFinished)
            onFinished(done);
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished) // a backend that fails at once finishes inside start()
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        *error = QKeychain::OtherError;
        if (errorText)
            *errorText = Text::tr("the system keyring did not answer");
    }
    return finished;
}

class KeychainStore : public PasswordStore {
public:
    Result read(const QString& key, QString* password, QString* why) override {
        auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
        job->setKey(key);
        QString text;
        QKeychain::Error error = QKeychain::NoError;
        runJob(job, &error, why, [&text](QKeychain::Job* done) {
            if (done->error() == QKeychain::NoError)
                text = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        });
        if (error == QKeychain::NoError) {
            *password = text;
            return Result::Found;
        }
        return error == QKeychain::EntryNotFound ? Result::NotFound : Result::Unavailable;
    }
    bool write(const QString& key, const QString& password, QString* why) override {
        auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
        job->setKey(key);
        job->setTextData(password);
        QKeychain::Error error = QKeychain::NoError;
        runJob(job, &error, why);
        return error == QKeychain::NoError;
    }
    bool remove(const QString& key, QString* why) override {
        auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
        job->setKey(key);
        QKeychain::Error error = QKeychain::NoError;
        runJob(job, &error, why);
        return error == QKeychain::NoError || error == QKeychain::EntryNotFound;
    }
};
} // namespace

std::unique_ptr<PasswordStore> systemPasswordStore() {
    return std::make_unique<KeychainStore>();
}
#else
std::unique_ptr<PasswordStore> systemPasswordStore() {
    return nullptr;
}
#endif

} // namespace yufang
