#pragma once

#include "database.h"
#include "paymentgateway.h"
#include "paymentlink.h"
#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class Clock;

// Hands out the payment link for a reminder or for the clerk's "Copiar enlace de pago": the
// saved one while it still collects the exact balance and stays payable at least a day more,
// otherwise a new one from the gateway, which replaces the old.
class PaymentLinkIssuer : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<PaymentLink> &)>;

    // The gateway is not owned and must live on this object's thread.
    PaymentLinkIssuer(const Database &db, const Clock &clock, PaymentGateway *gateway,
                      QObject *parent = nullptr);

    PaymentGateway *gateway() const { return m_gateway; }
    void setLinkDays(int days) { m_linkDays = qMax(1, days); }
    int linkDays() const { return m_linkDays; }

    // Answers once, through the event loop.
    void linkForDebts(const QList<qint64> &debtIds, Done done);
    void linkForClient(qint64 clientId, Done done);

    // When a new link stops being payable: the end of the day, in Colombia, linkDays from today.
    QDateTime expiryForNewLink() const;

private:
    void issue(const Result<LinkPlan> &plan, Done done);

    Database m_db;
    const Clock &m_clock;
    QPointer<PaymentGateway> m_gateway;
    int m_linkDays = 7;
};
