#pragma once

#include "database.h"
#include "paymentlinkissuer.h"
#include "reminderrun.h"

#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class Clock;
class WhatsAppProvider;

// The in-app reminder worker: one full run at start-up (which also catches up on the days
// the computer was off) and then every few minutes. The scan runs on a worker thread and the
// sending is asynchronous, so the window never waits on it.
class ReminderWorker : public QObject
{
    Q_OBJECT
public:
    ReminderWorker(const Database &db, const Clock &clock, QObject *parent = nullptr);

    // nullptr: no provider configured; messages wait in the outbox.
    void setProvider(WhatsAppProvider *provider);
    WhatsAppProvider *provider() const { return m_provider; }
    // Fills {link_pago} as messages leave; nullptr when no payment gateway is configured.
    void setPaymentLinks(PaymentLinkIssuer *issuer) { m_paymentLinks = issuer; }
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }

    void start(); // runs now, then every interval
    void stop();
    void runNow(); // one run now, unless one is going
    bool isRunning() const { return m_run && m_run->isRunning(); }
    bool isStarted() const { return m_timer.isActive(); }
    bool isPaused() const { return !m_pausedReason.isEmpty(); }
    // The clerk's pause: runs keep scanning and queueing but send nothing until resumed; a
    // run that is sending stops after the message in flight.
    void setSendingPausedByClerk(bool paused);
    bool isSendingPausedByClerk() const { return m_clerkPaused; }
    const RunReport &lastReport() const { return m_last; }

signals:
    void runFinished();
    void messageSent(qint64 outboxId, const QString &clientName);
    void messageFailed(qint64 outboxId, const QString &clientName, const QString &reason);
    // The provider refused the account; sending stops until setProvider() is called again.
    void sendingPaused(const QString &reason);

private:
    void onRunFinished();

    Database m_db;
    const Clock &m_clock;
    QPointer<WhatsAppProvider> m_provider;
    QPointer<PaymentLinkIssuer> m_paymentLinks;
    QTimer m_timer;
    ReminderRun *m_run = nullptr;
    RunReport m_last;
    QString m_pausedReason;
    bool m_clerkPaused = false;
    // API providers: 20 messages/s, 6 s between two messages to one number, and retries with
    // backoff for transient failures.
    RateLimiter m_limiter;
    RetryPolicy m_retries;
};
