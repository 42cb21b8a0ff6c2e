#pragma once

#include <QHash>
#include <QString>

#include <functional>

// Paces sends: a token bucket for the account's throughput (default 20 messages/s, at most the
// provider's 80/s, or off) and at least 6 s between two messages to the same number (Meta's
// pair rate limit, error 131056). Time comes from an injected monotonic source in
// milliseconds, so tests move it by hand.
class RateLimiter
{
public:
    using TimeSource = std::function<qint64()>; // monotonic milliseconds

    static constexpr double DefaultMessagesPerSecond = 20.0;
    static constexpr double MaxMessagesPerSecond = 80.0;
    static constexpr qint64 DefaultPerRecipientIntervalMs = 6000;

    explicit RateLimiter(TimeSource now = {});

    // 0 turns the throughput limit off; values above 80/s are clamped to 80/s.
    void setMessagesPerSecond(double rate);
    double messagesPerSecond() const { return m_rate; }
    bool enabled() const { return m_rate > 0; }
    // How many messages may leave back to back after a pause (default: one second's worth).
    void setBurst(int burst);
    // 0 turns the per-number spacing off.
    void setPerRecipientInterval(qint64 milliseconds);

    // Milliseconds until a message to this recipient may leave; 0 when it may leave now.
    qint64 delayFor(const QString &recipient);
    // Takes a token and records the send when the message may leave now.
    bool tryAcquire(const QString &recipient);

private:
    void refill(qint64 now);
    void forgetOldRecipients(qint64 now);

    TimeSource m_now;
    double m_rate = DefaultMessagesPerSecond;
    double m_burst = DefaultMessagesPerSecond;
    double m_tokens = DefaultMessagesPerSecond;
    bool m_burstSet = false;
    qint64 m_lastRefill = 0;
    qint64 m_perRecipientMs = DefaultPerRecipientIntervalMs;
    QHash<QString, qint64> m_lastSendTo;
    qint64 m_lastPrune = 0;
};
