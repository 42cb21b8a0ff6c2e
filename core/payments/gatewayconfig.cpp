#include "gatewayconfig.h"

#include "credentialstore.h"
#include "httpprovider.h"
#include "settings.h"
#include "wompigateway.h"

GatewayConfig GatewayConfig::fromSettings(const Settings &settings)
{
    GatewayConfig config;
    config.kind = settings.paymentGateway() == Settings::Gateway::Wompi ? Kind::Wompi : Kind::None;
    config.sandbox = settings.paymentSandbox();
    config.baseUrl = settings.paymentGatewayBaseUrl();
    config.linkDays = settings.paymentLinkDays();
    return config;
}

Result<GatewayConfig> GatewayConfig::fromEnvironment()
{
    GatewayConfig config;
    const QString kind = qEnvironmentVariable("CARTERA_PAYMENT_GATEWAY").trimmed().toLower();
    if (kind.isEmpty() || kind == QLatin1String("none"))
        return config;
    if (kind != QLatin1String("wompi"))
        return Failure{tr("Unknown payment gateway \"%1\". Use wompi.").arg(kind),
                       ErrorCode::Invalid};
    config.kind = Kind::Wompi;
    config.sandbox = qEnvironmentVariable("CARTERA_PAYMENT_SANDBOX", QStringLiteral("1"))
                     != QLatin1String("0");
    for (auto [name, target] :
         {std::pair{"CARTERA_PAYMENT_BASE_URL", &config.baseUrl},
          std::pair{"CARTERA_PAYMENT_CHECKOUT_URL", &config.checkoutBaseUrl}}) {
        const QString url = qEnvironmentVariable(name);
        if (url.isEmpty())
            continue;
        const auto checked = HttpProvider::checkBaseUrl(QUrl(url));
        if (!checked)
            return checked.failure();
        *target = checked.value();
    }
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("CARTERA_PAYMENT_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        config.transferTimeoutMs = timeout;
    return config;
}

QString GatewayConfig::privateKeyAccount(Kind kind)
{
    return kind == Kind::Wompi ? QStringLiteral("wompi/private_key") : QString();
}

QString GatewayConfig::publicKeyAccount(Kind kind)
{
    return kind == Kind::Wompi ? QStringLiteral("wompi/public_key") : QString();
}

std::unique_ptr<PaymentGateway> createGateway(const GatewayConfig &config,
                                              const QString &privateKey, QObject *parent)
{
    switch (config.kind) {
    case GatewayConfig::Kind::None:
        return nullptr;
    case GatewayConfig::Kind::Wompi: {
        WompiSettings s;
        s.sandbox = config.sandbox;
        s.baseUrl = config.baseUrl;
        s.checkoutBaseUrl = config.checkoutBaseUrl;
        s.privateKey = privateKey;
        s.transferTimeoutMs = config.transferTimeoutMs;
        return std::make_unique<WompiGateway>(s, parent);
    }
    }
    return nullptr;
}

Result<std::unique_ptr<PaymentGateway>> createConfiguredGateway(const GatewayConfig &config,
                                                                CredentialStore &store)
{
    if (!config.isConfigured())
        return Failure{GatewayConfig::tr("No payment gateway is configured."), ErrorCode::NotFound};
    const Result<QString> key = store.readBlocking(GatewayConfig::privateKeyAccount(config.kind));
    if (!key)
        return Failure{GatewayConfig::tr("The payment gateway's private key is not available: %1")
                           .arg(key.error()),
                       key.code()};
    return createGateway(config, key.value());
}
