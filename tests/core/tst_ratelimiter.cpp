#include "ratelimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

    qint64 m_now = 1000;
    RateLimiter::TimeSource clock()
    {
        return [this] { return m_now; };
    }
    static QString number(int i) { return QStringLiteral("+57300%1").arg(i, 7, 10, QChar('0')); }

private slots:
    void init() { m_now = 1000; }

    void defaultAllowsTwentyAtOnceThenPaces()
    {
        RateLimiter limiter(clock());
        QCOMPARE(limiter.messagesPerSecond(), 20.0);
        for (int i = 0; i < 20; ++i)
            QVERIFY2(limiter.tryAcquire(number(i)), qPrintable(QString::number(i)));
        QVERIFY(!limiter.tryAcquire(number(20)));
        QCOMPARE(limiter.delayFor(number(20)), 50); // one token every 1000/20 ms
        m_now += 49;
        QVERIFY(!limiter.tryAcquire(number(20)));
        m_now += 1;
        QVERIFY(limiter.tryAcquire(number(20)));
    }

    void sustainedRateMatchesTheSetting_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("expected");
        QTest::newRow("default") << 20.0 << 20.0;
        QTest::newRow("five") << 5.0 << 5.0;
        QTest::newRow("provider maximum") << 80.0 << 80.0;
        QTest::newRow("above the maximum is clamped") << 500.0 << 80.0;
    }

    void sustainedRateMatchesTheSetting()
    {
        QFETCH(double, rate);
        QFETCH(double, expected);
        RateLimiter limiter(clock());
        limiter.setMessagesPerSecond(rate);
        QCOMPARE(limiter.messagesPerSecond(), expected);
        // Ten simulated seconds, trying every millisecond.
        int sent = 0;
        for (int ms = 0; ms < 10000; ++ms, ++m_now) {
            while (limiter.tryAcquire(number(sent)))
                ++sent;
        }
        const int burst = int(expected);
        QVERIFY2(sent >= int(expected * 10) && sent <= int(expected * 10) + burst,
                 qPrintable(QString::number(sent)));
    }

    void disabledLetsEverythingThrough()
    {
        RateLimiter limiter(clock());
        limiter.setMessagesPerSecond(0);
        QVERIFY(!limiter.enabled());
        for (int i = 0; i < 10000; ++i)
            QVERIFY(limiter.tryAcquire(number(i)));
    }

    void sameNumberWaitsSixSeconds()
    {
        RateLimiter limiter(clock());
        limiter.setMessagesPerSecond(0); // the pair limit holds even with throughput off
        const QString juan = number(1);
        QVERIFY(limiter.tryAcquire(juan));
        QVERIFY(!limiter.tryAcquire(juan));
        QCOMPARE(limiter.delayFor(juan), 6000);
        QVERIFY(limiter.tryAcquire(number(2))); // others are not held up
        m_now += 5999;
        QCOMPARE(limiter.delayFor(juan), 1);
        QVERIFY(!limiter.tryAcquire(juan));
        m_now += 1;
        QVERIFY(limiter.tryAcquire(juan));
    }

    void pairLimitCanBeTurnedOff()
    {
        RateLimiter limiter(clock());
        limiter.setPerRecipientInterval(0);
        QVERIFY(limiter.tryAcquire(number(1)));
        QVERIFY(limiter.tryAcquire(number(1)));
    }

    void delayIsTheLongerOfBothLimits()
    {
        RateLimiter limiter(clock());
        limiter.setMessagesPerSecond(1);
        QVERIFY(limiter.tryAcquire(number(1)));
        QCOMPARE(limiter.delayFor(number(2)), 1000);
        QCOMPARE(limiter.delayFor(number(1)), 6000);
    }

    void refusedAttemptsDoNotSpendTokens()
    {
        RateLimiter limiter(clock());
        limiter.setMessagesPerSecond(2);
        QVERIFY(limiter.tryAcquire(number(1)));
        QVERIFY(!limiter.tryAcquire(number(1))); // same number: refused, token kept
        QVERIFY(limiter.tryAcquire(number(2)));
        QVERIFY(!limiter.tryAcquire(number(3)));
    }

    void idleTimeDoesNotBuildAnUnboundedBurst()
    {
        RateLimiter limiter(clock());
        limiter.setMessagesPerSecond(10);
        m_now += 3600 * 1000;
        int sent = 0;
        while (limiter.tryAcquire(number(sent)))
            ++sent;
        QCOMPARE(sent, 10);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
