#pragma once

#include "httpprovider.h"
#include "result.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

class CredentialStore;
class Settings;

// Which provider sends, where it is, and the non-secret identifiers it needs. The secret
// (API key, token) comes separately from the CredentialStore under secretKey().
struct ProviderConfig
{
    Q_DECLARE_TR_FUNCTIONS(ProviderConfig)
public:
    enum class Kind { Dialog360, MetaCloud, Twilio };

    Kind kind = Kind::Dialog360;
    QUrl baseUrl; // empty: the provider's production address
    int transferTimeoutMs = HttpProvider::DefaultTransferTimeoutMs;
    // Meta Cloud API
    QString apiVersion = QStringLiteral("v21.0");
    QString phoneNumberId;
    QString businessAccountId;
    // Twilio
    QString accountSid;
    QString from;
    QUrl contentBaseUrl;

    // "360dialog" (default), "meta" / "cloud", "twilio"; case-insensitive.
    static Result<Kind> parseKind(const QString &text);
    static QString kindName(Kind kind);
    // For headless runs: CARTERA_WHATSAPP_PROVIDER, CARTERA_WHATSAPP_BASE_URL,
    // CARTERA_WHATSAPP_TIMEOUT_MS, CARTERA_META_PHONE_NUMBER_ID, CARTERA_META_WABA_ID,
    // CARTERA_META_API_VERSION, CARTERA_TWILIO_ACCOUNT_SID, CARTERA_TWILIO_FROM,
    // CARTERA_TWILIO_CONTENT_URL. Never secrets: those stay in the CredentialStore.
    static Result<ProviderConfig> fromEnvironment();

    // From the user's settings. The settings store base addresses with the API version
    // ("https://graph.facebook.com/v21.0", "https://api.twilio.com/2010-04-01"); the version
    // is taken from there. WhatsApp Desktop mode is not an HTTP provider: NotFound.
    static Result<ProviderConfig> fromSettings(const Settings &settings);

    // The CredentialStore key that holds this provider's secret.
    QString secretKey() const;
};

// Reads the secret (and Twilio's Account SID when the config has none) from the store,
// waiting for the keychain, then builds the provider.
Result<std::unique_ptr<HttpProvider>> createConfiguredProvider(ProviderConfig config,
                                                               CredentialStore &store);

// Builds the configured provider with its secret; the caller owns it and keeps it on one
// thread (its QNetworkAccessManager lives there).
std::unique_ptr<HttpProvider> createProvider(const ProviderConfig &config, const QString &secret,
                                             QObject *parent = nullptr);
