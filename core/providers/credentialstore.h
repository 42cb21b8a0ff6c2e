#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

// Keeps API keys and tokens out of the database, QSettings and logs: in the system keychain
// (QtKeychain: Secret Service / KWallet, Windows Credential Manager, macOS Keychain) or, where
// no keychain service runs, in a file under the app's data folder that only the user can read
// (0600), after saying so with keychainUnavailable().
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Unknown, Keychain, File };
    using ReadDone = std::function<void(const Result<QString> &)>;
    using WriteDone = std::function<void(const Result<void> &)>;

    explicit CredentialStore(QObject *parent = nullptr);

    // Keychain "service" name; the default is "Cartera".
    void setService(const QString &service) { m_service = service; }
    // Defaults to <AppDataLocation>/credentials.json.
    void setFallbackPath(const QString &path) { m_fallbackPath = path; }
    QString fallbackPath() const;
    Backend backend() const { return m_backend; }

    void write(const QString &key, const QString &secret, WriteDone done);
    // NotFound when nothing is stored under the key.
    void read(const QString &key, ReadDone done);
    void remove(const QString &key, WriteDone done);

    // The same, waiting in a local event loop (for the settings dialog's secret writer and
    // for headless runs); a keychain that does not answer in timeoutMs is an error.
    Result<void> writeBlocking(const QString &key, const QString &secret, int timeoutMs = 30000);
    Result<QString> readBlocking(const QString &key, int timeoutMs = 30000);

    // Well-known keys, the account names SettingsDialog::secretAccount() uses.
    static QString dialog360ApiKey() { return QStringLiteral("360dialog/api_key"); }
    static QString metaAccessToken() { return QStringLiteral("meta/access_token"); }
    static QString twilioAccountSid() { return QStringLiteral("twilio/account_sid"); }
    static QString twilioAuthToken() { return QStringLiteral("twilio/auth_token"); }

signals:
    // Said once, in the user's words, when secrets go to the fallback file.
    void keychainUnavailable(const QString &message);

private:
    void useFile(const QString &keychainError);
    Result<void> writeFile(const QString &key, const QString *secret);
    Result<QString> readFile(const QString &key) const;

    QString m_service = QStringLiteral("Cartera");
    QString m_fallbackPath;
    Backend m_backend = Backend::Unknown;
};
