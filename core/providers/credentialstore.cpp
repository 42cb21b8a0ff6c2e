#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>
#include <optional>

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir = OwnerOnly | QFileDevice::ExeOwner;

// Errors that mean "there is no keychain to talk to" (on Linux without a D-Bus session
// QtKeychain 0.13 reports OtherError), as opposed to the user refusing access.
bool keychainMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
           || error == QKeychain::OtherError;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::fallbackPath() const
{
    if (!m_fallbackPath.isEmpty())
        return m_fallbackPath;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/credentials.json");
}

void CredentialStore::useFile(const QString &keychainError)
{
    if (m_backend == Backend::File)
        return;
    m_backend = Backend::File;
    emit keychainUnavailable(
        tr("No system keychain is available (%1). The API keys are kept in %2, which only your "
           "user account can read.")
            .arg(keychainError, QDir::toNativeSeparators(fallbackPath())));
}

void CredentialStore::write(const QString &key, const QString &secret, WriteDone done)
{
    if (m_backend == Backend::File) {
        done(writeFile(key, &secret));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // its fallback is QSettings, where secrets never go
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            m_backend = Backend::Keychain;
            // A copy left in the file from a run without keychain must not outlive this one.
            if (QFileInfo::exists(fallbackPath()))
                (void)writeFile(key, nullptr);
            done(Result<void>());
            return;
        }
        if (keychainMissing(j->error())) {
            useFile(j->errorString());
            done(writeFile(key, &secret));
            return;
        }
        done(Failure{tr("The system keychain refused to store the key: %1").arg(j->errorString()),
                     ErrorCode::Storage});
    });
    job->start();
}

void CredentialStore::read(const QString &key, ReadDone done)
{
    if (m_backend == Backend::File) {
        done(readFile(key));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (j->error() == QKeychain::NoError) {
            m_backend = Backend::Keychain;
            done(readJob->textData());
            return;
        }
        if (j->error() == QKeychain::EntryNotFound) {
            // It may have been saved while no keychain was running.
            done(readFile(key));
            return;
        }
        if (keychainMissing(j->error())) {
            useFile(j->errorString());
            done(readFile(key));
            return;
        }
        done(Failure{tr("The system keychain refused to give the key: %1").arg(j->errorString()),
                     ErrorCode::Storage});
    });
    job->start();
}

void CredentialStore::remove(const QString &key, WriteDone done)
{
    const bool hadFile = QFileInfo::exists(fallbackPath());
    if (m_backend == Backend::File) {
        done(writeFile(key, nullptr));
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, done, hadFile](QKeychain::Job *j) {
        if (keychainMissing(j->error()))
            useFile(j->errorString());
        const Result<void> file = hadFile ? writeFile(key, nullptr) : Result<void>();
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound
            || keychainMissing(j->error())) {
            done(file);
            return;
        }
        done(Failure{tr("The system keychain refused to delete the key: %1").arg(j->errorString()),
                     ErrorCode::Storage});
    });
    job->start();
}

namespace {

// Runs one asynchronous store operation to its end in a local event loop. The state is shared
// so that an answer arriving after the timeout writes to live memory, not a gone stack frame.
template<typename T, typename Start> Result<T> waitFor(Start start, int timeoutMs)
{
    struct State
    {
        std::optional<Result<T>> outcome;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    std::weak_ptr<State> weak = state;
    start([weak](const Result<T> &r) {
        if (auto s = weak.lock()) {
            s->outcome = r;
            s->loop.quit();
        }
    });
    if (!state->outcome) {
        QTimer::singleShot(timeoutMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    if (!state->outcome)
        return Failure{CredentialStore::tr("The system keychain did not answer; try again."),
                       ErrorCode::Busy};
    return *state->outcome;
}

} // namespace

Result<void> CredentialStore::writeBlocking(const QString &key, const QString &secret,
                                            int timeoutMs)
{
    return waitFor<void>([&](WriteDone done) { write(key, secret, std::move(done)); }, timeoutMs);
}

Result<QString> CredentialStore::readBlocking(const QString &key, int timeoutMs)
{
    return waitFor<QString>([&](ReadDone done) { read(key, std::move(done)); }, timeoutMs);
}

Result<QString> CredentialStore::readFile(const QString &key) const
{
    QFile file(fallbackPath());
    if (!file.exists())
        return Failure{tr("No key is stored yet. Enter it in the settings."), ErrorCode::NotFound};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("Could not read %1: %2").arg(file.fileName(), file.errorString()),
                       ErrorCode::Storage};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonValue value = root.value(key);
    if (!value.isString())
        return Failure{tr("No key is stored yet. Enter it in the settings."), ErrorCode::NotFound};
    return value.toString();
}

Result<void> CredentialStore::writeFile(const QString &key, const QString *secret)
{
    const QString path = fallbackPath();
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return Failure{tr("Could not create the folder %1.")
                               .arg(QDir::toNativeSeparators(dir.absolutePath())),
                           ErrorCode::Storage};
        QFile::setPermissions(dir.absolutePath(), OwnerOnlyDir);
    }

    QJsonObject root;
    {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly))
            root = QJsonDocument::fromJson(existing.readAll()).object();
    }
    if (secret)
        root.insert(key, *secret);
    else
        root.remove(key);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{tr("Could not write %1: %2").arg(file.fileName(), file.errorString()),
                       ErrorCode::Storage};
    // Restrict the temporary file before the secret is written into it.
    if (!file.setPermissions(OwnerOnly)) {
        file.cancelWriting();
        return Failure{tr("Could not make %1 private to your user account.")
                           .arg(QDir::toNativeSeparators(path)),
                       ErrorCode::Storage};
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Failure{tr("Could not write %1: %2").arg(path, file.errorString()),
                       ErrorCode::Storage};
    QFile::setPermissions(path, OwnerOnly);
    return {};
}
