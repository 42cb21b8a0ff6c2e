#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

RetryPolicy::RetryPolicy(Random random)
    : m_random(random ? std::move(random)
                      : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

void RetryPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::max(1, attempts);
}

void RetryPolicy::setBaseDelay(qint64 milliseconds)
{
    m_baseMs = std::max<qint64>(1, milliseconds);
}

void RetryPolicy::setMaxDelay(qint64 milliseconds)
{
    m_maxMs = std::max<qint64>(1, milliseconds);
}

void RetryPolicy::setJitter(double fraction)
{
    m_jitter = std::clamp(fraction, 0.0, 1.0);
}

qint64 RetryPolicy::backoff(int attemptsMade) const
{
    const int exponent = std::clamp(attemptsMade - 1, 0, 40);
    double delay = double(m_baseMs);
    for (int i = 0; i < exponent && delay < double(m_maxMs); ++i)
        delay *= 2;
    delay = std::min(delay, double(m_maxMs));
    // The random part spreads clients that failed together so they do not retry together.
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return qint64(delay * (1.0 - m_jitter) + delay * m_jitter * r);
}

RetryPolicy::Decision RetryPolicy::next(int attemptsMade, const SendResult &result) const
{
    Decision d;
    // Uncertain may have been delivered; permanent and fatal cannot succeed as they are.
    if (result.outcome != SendResult::Outcome::Transient || attemptsMade >= m_maxAttempts)
        return d;
    d.retry = true;
    d.delayMs = backoff(attemptsMade);
    if (result.retryAfterSecs >= 0)
        d.delayMs = std::max<qint64>(d.delayMs, qint64(result.retryAfterSecs) * 1000);
    return d;
}
