#pragma once

#include "whatsappprovider.h"

#include <functional>

// When to try a message again: only transient failures are retried, with exponential backoff
// and jitter, never sooner than the provider's Retry-After, and at most maxAttempts sends in
// all. Pure: the random source is injected so the outbox and the tests get the same answer
// for the same input.
class RetryPolicy
{
public:
    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0;
    };
    using Random = std::function<double()>; // uniform in [0, 1)

    static constexpr int DefaultMaxAttempts = 5;
    static constexpr qint64 DefaultBaseDelayMs = 30 * 1000;
    static constexpr qint64 DefaultMaxDelayMs = 30 * 60 * 1000;

    explicit RetryPolicy(Random random = {});

    void setMaxAttempts(int attempts);
    int maxAttempts() const { return m_maxAttempts; }
    void setBaseDelay(qint64 milliseconds);
    void setMaxDelay(qint64 milliseconds);
    // Fraction of the delay that is random (0 = none, 1 = "full jitter"); default 0.5.
    void setJitter(double fraction);

    // attemptsMade counts the send that just failed (1 after the first send).
    Decision next(int attemptsMade, const SendResult &result) const;
    // The backoff for the given attempt, without Retry-After.
    qint64 backoff(int attemptsMade) const;

private:
    Random m_random;
    int m_maxAttempts = DefaultMaxAttempts;
    qint64 m_baseMs = DefaultBaseDelayMs;
    qint64 m_maxMs = DefaultMaxDelayMs;
    double m_jitter = 0.5;
};
