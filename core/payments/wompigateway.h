#pragma once

#include "paymentgateway.h"

#include <QNetworkReply>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkRequest;

struct WompiSettings
{
    bool sandbox = true;
    QUrl baseUrl;         // empty: sandbox or production API by `sandbox`; tests point it home
    QUrl checkoutBaseUrl; // empty: https://checkout.wompi.co/l/
    QString privateKey;   // prv_test_... or prv_prod_...; never logged or stored
    int transferTimeoutMs = 30000;

    static QUrl productionUrl() { return QUrl(QStringLiteral("https://production.wompi.co/v1")); }
    static QUrl sandboxUrl() { return QUrl(QStringLiteral("https://sandbox.wompi.co/v1")); }
    static QUrl defaultCheckoutUrl()
    {
        return QUrl(QStringLiteral("https://checkout.wompi.co/l/"));
    }
};

// Wompi (Grupo Bancolombia): single-use payment links for PSE, Nequi, Daviplata, Bancolombia
// transfers and cards, and the transactions made through them, read with the private key.
// Wire format and error meanings live in this class only, so they are easy to correct.
class WompiGateway : public PaymentGateway
{
    Q_OBJECT
public:
    explicit WompiGateway(const WompiSettings &settings, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("wompi"); }
    void createLink(const PaymentLinkRequest &request, LinkDone done) override;
    void transactionsForLink(const QString &linkId, TransactionsDone done) override;
    void transaction(const QString &transactionId, TransactionDone done) override;

    QUrl apiUrl() const;
    QUrl checkoutUrl(const QString &linkId) const;

    // Whether the settings can be used at all: an address that is HTTPS (or this computer),
    // and a private key of the right environment.
    Result<void> checkConfiguration() const;
    // The JSON body of POST /payment_links.
    static QByteArray linkBody(const PaymentLinkRequest &request);
    // PSE, NEQUI, DAVIPLATA, CARD, BANCOLOMBIA_TRANSFER ... as Cartera's payment methods.
    static Payment::Method methodFor(const QString &paymentMethodType);
    static Result<GatewayTransaction> parseTransaction(const QJsonObject &object);

private:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool tlsFailure = false;
    };
    QNetworkRequest request(const QString &path) const;
    void track(QNetworkReply *reply, std::function<void(const Answer &)> done);
    // The one table that turns a failed answer into words a clerk can act on.
    Failure failureFor(const Answer &answer, const QString &action) const;
    QString scrub(QString text) const;

    WompiSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
};
