#include "retrypolicy.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(SendResult::Outcome)

namespace {
SendResult resultOf(SendResult::Outcome outcome, int retryAfter = -1)
{
    SendResult r;
    r.outcome = outcome;
    r.retryAfterSecs = retryAfter;
    return r;
}
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void onlyTransientIsRetried_data()
    {
        QTest::addColumn<SendResult::Outcome>("outcome");
        QTest::addColumn<bool>("retry");
        QTest::newRow("sent") << SendResult::Outcome::Sent << false;
        QTest::newRow("transient") << SendResult::Outcome::Transient << true;
        QTest::newRow("permanent") << SendResult::Outcome::Permanent << false;
        QTest::newRow("fatal") << SendResult::Outcome::Fatal << false;
        // May have been delivered: a second send could be a second charge.
        QTest::newRow("uncertain") << SendResult::Outcome::Uncertain << false;
    }

    void onlyTransientIsRetried()
    {
        QFETCH(SendResult::Outcome, outcome);
        QFETCH(bool, retry);
        RetryPolicy policy;
        QCOMPARE(policy.next(1, resultOf(outcome)).retry, retry);
    }

    void backoffDoublesUpToTheCap()
    {
        RetryPolicy policy([] { return 0.0; });
        policy.setJitter(0);
        policy.setBaseDelay(1000);
        policy.setMaxDelay(10000);
        policy.setMaxAttempts(10);
        const SendResult transient = resultOf(SendResult::Outcome::Transient);
        QCOMPARE(policy.next(1, transient).delayMs, 1000);
        QCOMPARE(policy.next(2, transient).delayMs, 2000);
        QCOMPARE(policy.next(3, transient).delayMs, 4000);
        QCOMPARE(policy.next(4, transient).delayMs, 8000);
        QCOMPARE(policy.next(5, transient).delayMs, 10000);
        QCOMPARE(policy.next(9, transient).delayMs, 10000);
    }

    void jitterStaysWithinItsShare()
    {
        double r = 0;
        RetryPolicy policy([&r] { return r; });
        policy.setBaseDelay(1000);
        policy.setJitter(0.5);
        const SendResult transient = resultOf(SendResult::Outcome::Transient);
        r = 0.0;
        QCOMPARE(policy.next(1, transient).delayMs, 500);
        r = 0.999;
        QCOMPARE(policy.next(1, transient).delayMs, 999);
        r = 0.5;
        QCOMPARE(policy.next(2, transient).delayMs, 1500);
    }

    void realJitterSpreadsClientsThatFailedTogether()
    {
        RetryPolicy policy;
        policy.setBaseDelay(60000);
        QSet<qint64> delays;
        for (int i = 0; i < 50; ++i) {
            const qint64 d = policy.next(1, resultOf(SendResult::Outcome::Transient)).delayMs;
            QVERIFY(d >= 30000 && d <= 60000);
            delays.insert(d);
        }
        QVERIFY(delays.size() > 25);
    }

    void retryAfterIsHonoured()
    {
        RetryPolicy policy([] { return 0.0; });
        policy.setBaseDelay(1000);
        policy.setJitter(0);
        QCOMPARE(policy.next(1, resultOf(SendResult::Outcome::Transient, 120)).delayMs, 120000);
        // A shorter Retry-After does not make the backoff shorter.
        QCOMPARE(policy.next(3, resultOf(SendResult::Outcome::Transient, 1)).delayMs, 4000);
        // Retry-After beyond the cap still wins: the provider said so.
        policy.setMaxDelay(5000);
        QCOMPARE(policy.next(1, resultOf(SendResult::Outcome::Transient, 60)).delayMs, 60000);
    }

    void givesUpAfterMaxAttempts_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("attemptsMade");
        QTest::addColumn<bool>("retry");
        QTest::newRow("default, first failure") << RetryPolicy::DefaultMaxAttempts << 1 << true;
        QTest::newRow("default, fourth failure") << RetryPolicy::DefaultMaxAttempts << 4 << true;
        QTest::newRow("default, fifth failure") << RetryPolicy::DefaultMaxAttempts << 5 << false;
        QTest::newRow("one attempt only") << 1 << 1 << false;
        QTest::newRow("three, second failure") << 3 << 2 << true;
        QTest::newRow("three, third failure") << 3 << 3 << false;
    }

    void givesUpAfterMaxAttempts()
    {
        QFETCH(int, maxAttempts);
        QFETCH(int, attemptsMade);
        QFETCH(bool, retry);
        RetryPolicy policy;
        policy.setMaxAttempts(maxAttempts);
        QCOMPARE(policy.next(attemptsMade, resultOf(SendResult::Outcome::Transient)).retry, retry);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
