#pragma once

#include "money.h"
#include "payment.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// What Cartera asks a gateway for: a single-use link that collects exactly `amount`.
struct PaymentLinkRequest
{
    QString name;        // shown on the checkout page: "Cartera: F-1001"
    QString description; // "Saldo de las facturas F-1001, F-1002"
    Money amount;
    QDateTime expiresAt; // UTC
    QString sku;         // our own reference for the link, shown in the gateway's console
};

// A link the gateway created.
struct GatewayLink
{
    QString id;
    QUrl url; // what the client opens
};

// One payment attempt through a link, as the gateway reports it.
struct GatewayTransaction
{
    Q_DECLARE_TR_FUNCTIONS(GatewayTransaction)
public:
    enum class Status { Pending, Approved, Declined, Voided, Error };

    QString id;        // the gateway's transaction id, unique per gateway
    QString linkId;    // the payment link it came through
    QString reference; // the gateway's payment reference
    Status status = Status::Pending;
    Money amount;
    QString currency = QStringLiteral("COP");
    QString methodType; // the gateway's own code: "PSE", "NEQUI", "CARD"...
    Payment::Method method = Payment::Method::Other;
    QDateTime finishedAt; // UTC; invalid while pending

    bool isFinal() const { return status != Status::Pending; }
    static QString statusCode(Status status); // "PENDING", "APPROVED", ...
    static bool statusFromCode(const QString &code, Status *status);
    static QString statusName(Status status); // translated, for the clerk
};

// A payment gateway with hosted payment links (Wompi; ePayco, Bold or Mercado Pago can
// follow). Every call answers exactly once, always through the event loop, never inside the
// call. Implementations keep their secret key out of every message and log.
class PaymentGateway : public QObject
{
    Q_OBJECT
public:
    using LinkDone = std::function<void(const Result<GatewayLink> &)>;
    using TransactionsDone = std::function<void(const Result<QList<GatewayTransaction>> &)>;
    using TransactionDone = std::function<void(const Result<GatewayTransaction> &)>;

    using QObject::QObject;
    ~PaymentGateway() override = default;

    // "wompi": stored with every link and transaction, so ids from two gateways never clash.
    virtual QString name() const = 0;
    virtual void createLink(const PaymentLinkRequest &request, LinkDone done) = 0;
    virtual void transactionsForLink(const QString &linkId, TransactionsDone done) = 0;
    virtual void transaction(const QString &transactionId, TransactionDone done) = 0;
};
