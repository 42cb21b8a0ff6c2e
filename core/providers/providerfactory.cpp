#include "providerfactory.h"

#include "credentialstore.h"
#include "dialog360provider.h"
#include "metacloudprovider.h"
#include "settings.h"
#include "twilioprovider.h"

#include <QRegularExpression>

Result<ProviderConfig::Kind> ProviderConfig::parseKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("360dialog") || t == QLatin1String("dialog360"))
        return Kind::Dialog360;
    if (t == QLatin1String("meta") || t == QLatin1String("cloud") || t == QLatin1String("cloudapi")
        || t == QLatin1String("whatsapp-cloud"))
        return Kind::MetaCloud;
    if (t == QLatin1String("twilio"))
        return Kind::Twilio;
    return Failure{tr("Unknown WhatsApp provider \"%1\". Use 360dialog, meta or twilio.").arg(text),
                   ErrorCode::Invalid};
}

QString ProviderConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dialog360:
        return QStringLiteral("360dialog");
    case Kind::MetaCloud:
        return QStringLiteral("meta");
    case Kind::Twilio:
        return QStringLiteral("twilio");
    }
    return {};
}

Result<ProviderConfig> ProviderConfig::fromEnvironment()
{
    ProviderConfig config;
    const Result<Kind> kind = parseKind(qEnvironmentVariable("CARTERA_WHATSAPP_PROVIDER"));
    if (!kind)
        return kind.failure();
    config.kind = kind.value();
    const QString url = qEnvironmentVariable("CARTERA_WHATSAPP_BASE_URL");
    if (!url.isEmpty()) {
        config.baseUrl = QUrl(url);
        const Result<QUrl> checked = HttpProvider::checkBaseUrl(config.baseUrl);
        if (!checked)
            return checked.failure();
    }
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("CARTERA_WHATSAPP_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        config.transferTimeoutMs = timeout;
    if (qEnvironmentVariableIsSet("CARTERA_META_API_VERSION"))
        config.apiVersion = qEnvironmentVariable("CARTERA_META_API_VERSION");
    config.phoneNumberId = qEnvironmentVariable("CARTERA_META_PHONE_NUMBER_ID");
    config.businessAccountId = qEnvironmentVariable("CARTERA_META_WABA_ID");
    config.accountSid = qEnvironmentVariable("CARTERA_TWILIO_ACCOUNT_SID");
    config.from = qEnvironmentVariable("CARTERA_TWILIO_FROM");
    const QString content = qEnvironmentVariable("CARTERA_TWILIO_CONTENT_URL");
    if (!content.isEmpty())
        config.contentBaseUrl = QUrl(content);
    return config;
}

Result<ProviderConfig> ProviderConfig::fromSettings(const Settings &settings)
{
    ProviderConfig config;
    switch (settings.provider()) {
    case Settings::Provider::Dialog360:
        config.kind = Kind::Dialog360;
        break;
    case Settings::Provider::MetaCloud:
        config.kind = Kind::MetaCloud;
        break;
    case Settings::Provider::Twilio:
        config.kind = Kind::Twilio;
        break;
    case Settings::Provider::WhatsAppDesktop:
        return Failure{tr("WhatsApp Desktop mode sends without an API provider."),
                       ErrorCode::NotFound};
    }
    config.phoneNumberId = settings.phoneNumberId();
    config.from = settings.senderNumber();

    QUrl base = settings.providerBaseUrl();
    if (base.isEmpty())
        return config; // each provider's production address
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    static const QRegularExpression graphVersion(QStringLiteral("/(v\\d+\\.\\d+)$"));
    if (config.kind == Kind::MetaCloud) {
        const auto match = graphVersion.match(path);
        if (match.hasMatch()) {
            config.apiVersion = match.captured(1);
            path.chop(match.capturedLength(0));
        }
    } else if (config.kind == Kind::Twilio && path.endsWith(QLatin1String("/2010-04-01"))) {
        path.chop(int(qstrlen("/2010-04-01")));
    }
    base.setPath(path);
    config.baseUrl = base;
    return config;
}

QString ProviderConfig::secretKey() const
{
    switch (kind) {
    case Kind::Dialog360:
        return CredentialStore::dialog360ApiKey();
    case Kind::MetaCloud:
        return CredentialStore::metaAccessToken();
    case Kind::Twilio:
        return CredentialStore::twilioAuthToken();
    }
    return {};
}

std::unique_ptr<HttpProvider> createProvider(const ProviderConfig &config, const QString &secret,
                                             QObject *parent)
{
    std::unique_ptr<HttpProvider> provider;
    switch (config.kind) {
    case ProviderConfig::Kind::Dialog360: {
        Dialog360Settings s;
        if (!config.baseUrl.isEmpty())
            s.baseUrl = config.baseUrl;
        s.apiKey = secret;
        provider = std::make_unique<Dialog360Provider>(s, parent);
        break;
    }
    case ProviderConfig::Kind::MetaCloud: {
        MetaCloudSettings s;
        if (!config.baseUrl.isEmpty())
            s.baseUrl = config.baseUrl;
        s.apiVersion = config.apiVersion;
        s.phoneNumberId = config.phoneNumberId;
        s.businessAccountId = config.businessAccountId;
        s.accessToken = secret;
        provider = std::make_unique<MetaCloudProvider>(s, parent);
        break;
    }
    case ProviderConfig::Kind::Twilio: {
        TwilioSettings s;
        if (!config.baseUrl.isEmpty())
            s.baseUrl = config.baseUrl;
        if (!config.contentBaseUrl.isEmpty())
            s.contentBaseUrl = config.contentBaseUrl;
        s.accountSid = config.accountSid;
        s.authToken = secret;
        s.from = config.from;
        provider = std::make_unique<TwilioProvider>(s, parent);
        break;
    }
    }
    provider->setTransferTimeout(config.transferTimeoutMs);
    return provider;
}

Result<std::unique_ptr<HttpProvider>> createConfiguredProvider(ProviderConfig config,
                                                               CredentialStore &store)
{
    const Result<QString> secret = store.readBlocking(config.secretKey());
    if (!secret) {
        return Failure{ProviderConfig::tr("The %1 credentials are not available: %2")
                           .arg(ProviderConfig::kindName(config.kind), secret.error()),
                       secret.code()};
    }
    if (config.kind == ProviderConfig::Kind::Twilio && config.accountSid.isEmpty()) {
        const Result<QString> sid = store.readBlocking(CredentialStore::twilioAccountSid());
        if (!sid)
            return Failure{
                ProviderConfig::tr("The Twilio Account SID is not available: %1").arg(sid.error()),
                sid.code()};
        config.accountSid = sid.value();
    }
    return createProvider(config, secret.value());
}
