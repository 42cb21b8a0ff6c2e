// The crash test from the providers issue: `cartera --run-reminders` is killed with SIGKILL
// while the loopback 360dialog server holds its request, and at other moments of a run; after
// a restart no message reached the server twice, and every message is sent, uncertain, or
// scheduled again.
#include "contactwindow.h"
#include "headlessrun.h"

#include <QTest>

using State = OutboxMessage::State;

class TestRunRemindersCrash : public QObject
{
    Q_OBJECT

    HeadlessRun m_run;

    std::unique_ptr<QProcess> start(const FakeProviderServer &fake, const QString &database)
    {
        return m_run.start(fake, database);
    }
    static bool waitFinished(QProcess &process, int timeoutMs)
    {
        return HeadlessRun::waitFinished(process, timeoutMs);
    }
    static QHash<QString, int> receivedPerNumber(const FakeProviderServer &fake)
    {
        return HeadlessRun::receivedPerNumber(fake);
    }
    static bool seed(ReminderFixture &f, int clients)
    {
        return f.open() && HeadlessRun::seed(f, clients);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_run.prepare(&error), qPrintable(error));
    }

    void killedWhileTheProviderHoldsTheRequest()
    {
        ReminderFixture f;
        QVERIFY(seed(f, 5));
        const QString database = f.dir.filePath(QStringLiteral("cartera.sqlite"));

        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        FakeProviderServer::Script slow;
        slow.fault = FakeProviderServer::Fault::Slow;
        slow.delayMs = 120000; // holds every request far longer than the test waits
        fake.setDefault(slow);

        auto first = start(fake, database);
        QTRY_VERIFY_WITH_TIMEOUT(!fake.sends().isEmpty(), 30000);
        QTest::qWait(200); // the run is now waiting on the held request
        first->kill();     // SIGKILL
        QVERIFY(waitFinished(*first, 10000));
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);
        QCOMPARE(fake.sends().size(), 1);

        // What the kill left: the held message is `sending`, the others still scheduled.
        QCOMPARE(f.messages({State::Sending}).size(), 1);
        QCOMPARE(f.messages({State::Scheduled}).size(), 4);
        const QString held = fake.sends().first().recipient;

        fake.setDefault(FakeProviderServer::Script{});
        auto second = start(fake, database);
        QVERIFY(waitFinished(*second, 60000));
        const QByteArray output = second->readAll();
        QVERIFY2(second->exitStatus() == QProcess::NormalExit, output.constData());

        // No number twice at the server; the held one was not sent again.
        const QHash<QString, int> received = receivedPerNumber(fake);
        for (auto it = received.constBegin(); it != received.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QVERIFY2(received.size() == 5, output.constData());
        QCOMPARE(received.value(held), 1);

        const QList<OutboxMessage> uncertain = f.messages({State::Uncertain});
        QCOMPARE(uncertain.size(), 1);
        QCOMPARE(uncertain.first().to.digits(), held);
        QCOMPARE(f.messages({State::Sent}).size(), 4);
        QCOMPARE(f.messages().size(), 5);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
        QVERIFY(!output.contains(fake.apiKey.toUtf8()));
    }

    void killedAtAnyMoment_data()
    {
        QTest::addColumn<QList<int>>("killAfterMs");
        QTest::newRow("early and late") << QList<int>{150, 400, 700, 1000, 1400};
        QTest::newRow("during sending") << QList<int>{600, 800, 900, 1100, 1300};
    }

    void killedAtAnyMoment()
    {
        QFETCH(QList<int>, killAfterMs);
        ReminderFixture f;
        QVERIFY(seed(f, 30));
        const QString database = f.dir.filePath(QStringLiteral("cartera.sqlite"));
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());

        for (const int delay : killAfterMs) {
            auto run = start(fake, database);
            QTest::qWait(delay);
            run->kill();
            QVERIFY(waitFinished(*run, 10000));
            // After every kill: nothing twice, and nothing lost.
            const QHash<QString, int> received = receivedPerNumber(fake);
            for (auto it = received.constBegin(); it != received.constEnd(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(it.key()));
        }
        auto last = start(fake, database);
        QVERIFY(waitFinished(*last, 60000));
        QVERIFY2(last->exitStatus() == QProcess::NormalExit, last->readAll().constData());

        const QHash<QString, int> received = receivedPerNumber(fake);
        for (auto it = received.constBegin(); it != received.constEnd(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        const QList<OutboxMessage> all = f.messages();
        QCOMPARE(all.size(), 30);
        int sent = 0;
        int uncertain = 0;
        for (const OutboxMessage &m : all) {
            QVERIFY2(m.state == State::Sent || m.state == State::Uncertain,
                     qPrintable(OutboxMessage::stateCode(m.state)));
            if (m.state == State::Sent) {
                ++sent;
                QCOMPARE(received.value(m.to.digits()), 1); // sent means the server has it
            } else {
                ++uncertain;
                QVERIFY(received.value(m.to.digits()) <= 1);
            }
        }
        QVERIFY(sent > 0);
        qInfo("%d sent, %d uncertain after %d kills", sent, uncertain, int(killAfterMs.size()));
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestRunRemindersCrash)
#include "tst_runreminderscrash.moc"
