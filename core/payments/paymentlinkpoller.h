#pragma once

#include "database.h"
#include "paymentgateway.h"
#include "paymentlink.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class Clock;

// What one round of polling found.
struct PollReport
{
    int linksChecked = 0;
    int recorded = 0;        // transactions newly recorded (payments, flags, declined attempts)
    int alreadyRecorded = 0; // seen before: nothing changed
    int pending = 0;
    Money applied;                      // recorded as payments
    Money flagged;                      // left for the clerk
    QList<TransactionOutcome> outcomes; // the newly recorded ones
    QStringList errors;
};

// Asks the gateway, on a timer and on demand, for the transactions of every open (or recently
// replaced) link and records the final ones through PaymentLinkRepository, which makes each
// count once however often it is read.
class PaymentLinkPoller : public QObject
{
    Q_OBJECT
public:
    // The gateway is not owned and must live on this object's thread.
    PaymentLinkPoller(const Database &db, const Clock &clock, PaymentGateway *gateway,
                      QObject *parent = nullptr);

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }
    void setGraceDays(int days) { m_graceDays = qMax(0, days); }

    void start(); // polls now, then every interval
    void stop();
    // One round now, unless one is going; answers with finished().
    void pollNow();
    bool isPolling() const { return m_polling; }
    const PollReport &lastReport() const { return m_report; }

signals:
    // The gateway's answer for one link arrived and is about to be recorded.
    void transactionsReceived(const QString &gatewayLinkId, int count);
    void paymentRecorded(const TransactionOutcome &outcome);
    void amountFlagged(const TransactionOutcome &outcome);
    void finished(const PollReport &report);

private:
    void next();
    void finish();

    Database m_db;
    const Clock &m_clock;
    QPointer<PaymentGateway> m_gateway;
    QTimer m_timer;
    int m_graceDays = 7;
    bool m_polling = false;
    QList<PaymentLink> m_queue;
    PollReport m_report;
};

Q_DECLARE_METATYPE(TransactionOutcome)
Q_DECLARE_METATYPE(PollReport)
