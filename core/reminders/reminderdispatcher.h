#pragma once

#include "database.h"
#include "outboxmessage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class Clock;
class PaymentLinkIssuer;
class RateLimiter;
class RetryPolicy;
class WhatsAppProvider;
struct SendResult;

// What one dispatch did.
struct DispatchReport
{
    int claimed = 0;
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    int uncertain = 0;
    int released = 0;  // given back untouched (window closed, account refused)
    int cancelled = 0; // dropped just before sending: consent revoked or debts settled
    bool outsideWindow = false;
    QString fatalReason; // the provider refused the account: the queue is paused
    QStringList errors;  // database errors while recording answers
};

// Takes due messages from the outbox (atomically, so two workers never take the same one)
// and hands them one by one to a WhatsApp provider, recording each answer: sent, retry later,
// failed for good, or uncertain when no answer came.
class ReminderDispatcher : public QObject
{
    Q_OBJECT
public:
    ReminderDispatcher(const Database &db, const Clock &clock, WhatsAppProvider *provider,
                       const QString &workerId, QObject *parent = nullptr);

    void setBatchSize(int messages) { m_batch = qMax(1, messages); }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    // How long to wait for the provider's answer before the message becomes uncertain;
    // 0 waits for ever (WhatsApp Desktop mode, where a clerk presses send).
    void setSendTimeoutMs(int ms) { m_timeoutMs = qMax(0, ms); }
    void setRetryBaseSecs(int secs) { m_retryBaseSecs = qMax(1, secs); }
    // Paces sends (messages per second, 6 s per number); not owned. None: no pacing.
    void setRateLimiter(RateLimiter *limiter) { m_limiter = limiter; }
    // Decides retries (backoff with jitter, Retry-After, attempts) instead of retryDelaySecs
    // and setMaxAttempts; not owned.
    void setRetryPolicy(const RetryPolicy *policy) { m_retryPolicy = policy; }
    // Fills {link_pago} with the debts' payment link just before a message goes out; not
    // owned. None (or one without a gateway): such a message goes back to the queue, with
    // the reason, until a run that can make links sends it.
    void setPaymentLinks(PaymentLinkIssuer *issuer);

    void start();
    // The clerk paused sending: the message in flight finishes, nothing more is claimed, and
    // what was claimed but not sent goes back to the queue.
    void requestStop() { m_stopRequested = true; }
    bool isRunning() const { return m_running; }
    const DispatchReport &report() const { return m_report; }

    // When the next transient failure is retried: the provider's Retry-After when given,
    // otherwise base × 2^(attempts−1), at most four hours.
    static int retryDelaySecs(int attempts, int retryAfterSecs, int baseSecs);

signals:
    void messageSent(qint64 outboxId, const QString &clientName);
    void messageFailed(qint64 outboxId, const QString &clientName, const QString &reason);
    void messageUncertain(qint64 outboxId, const QString &clientName);
    void queuePaused(const QString &reason);
    void finished();

private:
    void sendNext();
    void fillPaymentLinkThenSend();
    void handOver();
    bool pace(qint64 waitMs);
    void onProviderFinished(qint64 outboxId, const SendResult &result);
    void onTimeout();
    void releaseRemaining(const QString &reason);
    void finish();
    void recordError(const QString &error);

    Database m_db;
    const Clock &m_clock;
    QPointer<WhatsAppProvider> m_provider;
    QString m_workerId;
    // One at a time: a claimed message is `sending`, and after a kill every `sending` message
    // becomes uncertain, so claiming ahead would strand messages that never left.
    int m_batch = 1;
    int m_maxAttempts = 5;
    int m_timeoutMs = 120000;
    int m_retryBaseSecs = 300;
    bool m_running = false;
    bool m_stopRequested = false;
    QList<OutboxMessage> m_queue;
    std::optional<OutboxMessage> m_current;
    QTimer m_timeout;
    RateLimiter *m_limiter = nullptr;
    const RetryPolicy *m_retryPolicy = nullptr;
    QPointer<PaymentLinkIssuer> m_paymentLinks;
    bool m_pacing = false;
    DispatchReport m_report;
};
