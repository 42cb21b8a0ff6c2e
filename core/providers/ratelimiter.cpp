#include "ratelimiter.h"

#include <QElapsedTimer>

#include <cmath>

namespace {

qint64 monotonicNow()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

RateLimiter::RateLimiter(TimeSource now) : m_now(now ? std::move(now) : TimeSource(monotonicNow))
{
    m_lastRefill = m_now();
    m_lastPrune = m_lastRefill;
}

void RateLimiter::setMessagesPerSecond(double rate)
{
    m_rate = rate <= 0 ? 0 : std::min(rate, MaxMessagesPerSecond);
    if (!m_burstSet)
        m_burst = std::max(1.0, std::floor(m_rate));
    m_tokens = std::min(m_tokens, m_burst);
}

void RateLimiter::setBurst(int burst)
{
    m_burst = std::max(1, burst);
    m_burstSet = true;
    m_tokens = std::min(m_tokens, m_burst);
}

void RateLimiter::setPerRecipientInterval(qint64 milliseconds)
{
    m_perRecipientMs = std::max<qint64>(0, milliseconds);
}

void RateLimiter::refill(qint64 now)
{
    if (now > m_lastRefill && m_rate > 0)
        m_tokens = std::min(m_burst, m_tokens + (now - m_lastRefill) * m_rate / 1000.0);
    m_lastRefill = std::max(m_lastRefill, now);
}

void RateLimiter::forgetOldRecipients(qint64 now)
{
    // Keeps memory bounded on long runs: entries older than the interval no longer matter.
    if (now - m_lastPrune < 60000)
        return;
    m_lastPrune = now;
    for (auto it = m_lastSendTo.begin(); it != m_lastSendTo.end();) {
        if (now - it.value() >= m_perRecipientMs)
            it = m_lastSendTo.erase(it);
        else
            ++it;
    }
}

qint64 RateLimiter::delayFor(const QString &recipient)
{
    const qint64 now = m_now();
    refill(now);
    qint64 wait = 0;
    if (m_rate > 0 && m_tokens < 1.0)
        wait = qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
    if (m_perRecipientMs > 0) {
        const auto it = m_lastSendTo.constFind(recipient);
        if (it != m_lastSendTo.constEnd())
            wait = std::max(wait, it.value() + m_perRecipientMs - now);
    }
    return std::max<qint64>(0, wait);
}

bool RateLimiter::tryAcquire(const QString &recipient)
{
    if (delayFor(recipient) > 0)
        return false;
    const qint64 now = m_now();
    if (m_rate > 0)
        m_tokens -= 1.0;
    if (m_perRecipientMs > 0) {
        m_lastSendTo.insert(recipient, now);
        forgetOldRecipients(now);
    }
    return true;
}
