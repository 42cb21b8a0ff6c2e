// The crash test from the providers issue: `cartera --run-reminders` is killed with SIGKILL
// while the loopback 360dialog server holds its request, and at other moments of a run; after
// a restart no message reached the server twice, and every message is sent, uncertain, or
// scheduled again.
#include "contactwindow.h"
#include "credentialstore.h"
#include "fakeproviderserver.h"
#include "reminderfixture.h"

#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = OutboxMessage::State;

class TestRunRemindersCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_program;

    QProcessEnvironment childEnvironment(const FakeProviderServer &fake) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("CARTERA_WHATSAPP_PROVIDER"), QStringLiteral("360dialog"));
        env.insert(QStringLiteral("CARTERA_WHATSAPP_BASE_URL"), fake.baseUrl().toString());
        env.insert(QStringLiteral("CARTERA_WHATSAPP_TIMEOUT_MS"), QStringLiteral("60000"));
        return env;
    }

    // Clients with a debt due today: the day's scan queues one reminder for each.
    static bool seed(ReminderFixture &f, int clients)
    {
        if (!f.open())
            return false;
        f.clock.setNow(QDateTime::currentDateTimeUtc());
        for (int i = 0; i < clients; ++i) {
            const qint64 client = f.client(QStringLiteral("Cliente %1").arg(i),
                                           QStringLiteral("300 555 %1").arg(i, 4, 10, QChar('0')));
            if (client == 0
                || f.debt(client, QStringLiteral("F-%1").arg(i), f.clock.today(), 250000) == 0)
                return false;
        }
        return true;
    }

    // Starts the headless run; the event loop keeps turning (the fake lives in this process).
    std::unique_ptr<QProcess> start(const FakeProviderServer &fake, const QString &database)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(childEnvironment(fake));
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(m_program,
                       {QStringLiteral("--run-reminders"), QStringLiteral("--database"), database});
        return process;
    }

    static bool waitFinished(QProcess &process, int timeoutMs)
    {
        if (process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&process, &QProcess::finished);
        return finished.wait(timeoutMs) || process.state() == QProcess::NotRunning;
    }

    // Every number the server received a message for, with how many times.
    static QHash<QString, int> receivedPerNumber(const FakeProviderServer &fake)
    {
        QHash<QString, int> counts;
        for (const auto &request : fake.sends())
            counts[request.recipient] += 1;
        return counts;
    }

private slots:
    void initTestCase()
    {
        m_program = QStringLiteral(CARTERA_EXECUTABLE);
        QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
        // The run checks the Ley 2300 contact window against the real clock.
        if (!ContactWindow::isOpen(QDateTime::currentDateTimeUtc(), Clock::colombia()))
            QSKIP("Outside the legal contact window (Mon-Fri 7-19, Sat 8-15 in Bogota, no "
                  "holidays), the run sends nothing; run this test inside it.");
        QVERIFY(m_home.isValid());
        // The API key goes to the credential store's private file, where the child finds it.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        QCoreApplication::setOrganizationName(QStringLiteral("Cartera"));
        QCoreApplication::setApplicationName(QStringLiteral("Cartera"));
        FakeProviderServer keyHolder(FakeProviderServer::Flavor::Dialog360);
        CredentialStore store;
        const Result<void> stored
            = store.writeBlocking(CredentialStore::dialog360ApiKey(), keyHolder.apiKey);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
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
        QCOMPARE(received.size(), 5);
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
