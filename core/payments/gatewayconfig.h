#pragma once

#include "paymentgateway.h"
#include "result.h"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

class CredentialStore;
class Settings;

// Which payment gateway makes links, in which environment and where. The private key comes
// separately from the CredentialStore under privateKeyAccount().
struct GatewayConfig
{
    Q_DECLARE_TR_FUNCTIONS(GatewayConfig)
public:
    enum class Kind { None, Wompi };

    Kind kind = Kind::None;
    bool sandbox = true;
    QUrl baseUrl;         // empty: the gateway's own sandbox or production address
    QUrl checkoutBaseUrl; // empty: the gateway's own checkout pages
    int transferTimeoutMs = 30000;
    int linkDays = 7;

    bool isConfigured() const { return kind != Kind::None; }

    // From the user's settings.
    static GatewayConfig fromSettings(const Settings &settings);
    // For headless runs and tests: CARTERA_PAYMENT_GATEWAY (wompi), CARTERA_PAYMENT_SANDBOX
    // (1/0), CARTERA_PAYMENT_BASE_URL, CARTERA_PAYMENT_CHECKOUT_URL, CARTERA_PAYMENT_TIMEOUT_MS.
    // Never the key. Kind::None when CARTERA_PAYMENT_GATEWAY is not set.
    static Result<GatewayConfig> fromEnvironment();

    static QString privateKeyAccount(Kind kind); // "wompi/private_key"
    static QString publicKeyAccount(Kind kind);  // "wompi/public_key"
};

// Builds the configured gateway with its private key; the caller owns it and keeps it on one
// thread (its QNetworkAccessManager lives there).
std::unique_ptr<PaymentGateway> createGateway(const GatewayConfig &config,
                                              const QString &privateKey, QObject *parent = nullptr);
// Reads the private key from the store (waiting for the keychain), then builds the gateway.
Result<std::unique_ptr<PaymentGateway>> createConfiguredGateway(const GatewayConfig &config,
                                                                CredentialStore &store);
