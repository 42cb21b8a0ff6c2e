// The race from the PostgreSQL issue: four `cartera --run-reminders` processes start at the
// same moment on one database, with the reminder run of a desktop window (this process) among
// them, all sending to one loopback 360dialog server. Every client's reminder reaches the
// server exactly once and every outbox row ends sent. On PostgreSQL each process gets its own
// temporary folder, like Cartera on different desktops, so only the outbox's row locks keep
// them apart; on SQLite the lock file next to the database lets one sender through.
#include "contactwindow.h"
#include "dialog360provider.h"
#include "headlessrun.h"
#include "reminderrun.h"
#include "reminderscheduler.h"
#include "shiftedclock.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <vector>

using State = OutboxMessage::State;

class TestReminderRace : public QObject
{
    Q_OBJECT

    HeadlessRun m_run;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_run.prepare(&error), qPrintable(error));
    }

    void everyMessageOnce_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<int>("processes");
        QTest::addColumn<int>("clients");
        QTest::newRow("sqlite") << false << 4 << 40;
        QTest::newRow("postgresql") << true << 4 << 40;
    }

    void everyMessageOnce()
    {
        QFETCH(bool, postgres);
        QFETCH(int, processes);
        QFETCH(int, clients);

        ReminderFixture f;
        QVERIFY(f.dir.isValid());
        if (postgres) {
            if (qEnvironmentVariableIsEmpty("CARTERA_TEST_POSTGRES"))
                QSKIP("CARTERA_TEST_POSTGRES is not set: scripts/test.sh starts the cluster");
            Database::Options options;
            options.connectionName = QStringLiteral("race");
            auto db = Database::open(TestSupport::freshPostgresDatabase(), options);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            f.db = std::make_unique<Database>(db.value());
        } else {
            Database::Options options;
            options.connectionName = QStringLiteral("race");
            auto db = Database::open(f.dir.filePath(QStringLiteral("cartera.sqlite")), options);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            f.db = std::make_unique<Database>(db.value());
        }
        QVERIFY(HeadlessRun::seed(f, clients));
        const QString database = f.db->location();

        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        FakeProviderServer::Script slow; // answers take a moment, so the senders overlap
        slow.fault = FakeProviderServer::Fault::Slow;
        slow.delayMs = 30;
        fake.setDefault(slow);

        std::vector<std::unique_ptr<QTemporaryDir>> desktops;
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < processes; ++i) {
            desktops.push_back(std::make_unique<QTemporaryDir>());
            runs.push_back(
                m_run.start(fake, database, postgres ? desktops.back()->path() : QString()));
        }

        // The desktop window's run, in this process, with its own provider.
        ShiftedClock clock(HeadlessRun::legalMoment());
        Dialog360Settings settings;
        settings.baseUrl = fake.baseUrl();
        settings.apiKey = fake.apiKey;
        Dialog360Provider provider(settings);
        ReminderRun window(*f.db, clock, &provider);
        const RunReport windowReport = window.runBlocking();
        QVERIFY2(windowReport.error.isEmpty(), qPrintable(windowReport.error));

        QStringList workers;
        for (const auto &run : runs) {
            QVERIFY(HeadlessRun::waitFinished(*run, 120000));
            const QByteArray output = run->readAll();
            QVERIFY2(run->exitStatus() == QProcess::NormalExit, output.constData());
            // 0: sent its share; 3 (SQLite): another sender held the database's lock file.
            const auto code = RunExitCode(run->exitCode());
            QVERIFY2(code == RunExitCode::Ok || (!postgres && code == RunExitCode::Busy),
                     output.constData());
            QVERIFY2(output.contains("CARTERA_NOW"), output.constData()); // the test-clock warning
            QVERIFY(!output.contains(fake.apiKey.toUtf8()));
        }

        // The server got every client's reminder, each exactly once.
        const QHash<QString, int> received = HeadlessRun::receivedPerNumber(fake);
        for (auto it = received.constBegin(); it != received.constEnd(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(
                         QStringLiteral("%1 received %2 messages").arg(it.key()).arg(it.value())));
        QCOMPARE(received.size(), clients);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));

        // Every outbox row ended sent, one per client, with the server's id.
        const QList<OutboxMessage> all = f.messages();
        QCOMPARE(all.size(), clients);
        QHash<QString, int> perWorker;
        for (const OutboxMessage &m : all) {
            QVERIFY2(
                m.state == State::Sent,
                qPrintable(QStringLiteral("%1 is %2: %3")
                               .arg(m.to.display(), OutboxMessage::stateCode(m.state), m.reason)));
            QCOMPARE(received.value(m.to.digits()), 1);
            perWorker[m.claimedBy] += 1;
        }
        QStringList shares;
        for (auto it = perWorker.constBegin(); it != perWorker.constEnd(); ++it)
            shares << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        qInfo("messages per sender: %s", qPrintable(shares.join(QStringLiteral(", "))));
        f.db->close();
    }

    void aRunLeavesWhatAnotherDesktopIsSendingAlone()
    {
        // Desktop A is sending a message when desktop B starts its run: B's clean-up of
        // messages "cut off by a stop" must not touch A's, until A's session is really gone.
        if (qEnvironmentVariableIsEmpty("CARTERA_TEST_POSTGRES"))
            QSKIP("CARTERA_TEST_POSTGRES is not set: scripts/test.sh starts the cluster");
        const QString url = TestSupport::freshPostgresDatabase();
        Database::Options a;
        a.connectionName = QStringLiteral("deskA");
        auto deskA = Database::open(url, a);
        QVERIFY2(deskA.ok(), qPrintable(deskA.error()));
        Database::Options b;
        b.connectionName = QStringLiteral("deskB");
        auto deskB = Database::open(url, b);
        QVERIFY2(deskB.ok(), qPrintable(deskB.error()));

        ReminderFixture f;
        f.db = std::make_unique<Database>(deskA.value());
        QVERIFY(HeadlessRun::seed(f, 2));
        const auto scan = ReminderScheduler(deskA.value(), f.clock).scan(false);
        QVERIFY2(scan.ok(), qPrintable(scan.error()));
        QCOMPARE(scan->messagesQueued, 2);
        const auto claimed
            = OutboxRepository(deskA.value(), f.clock).claimDue(QStringLiteral("A"), 1);
        QVERIFY2(claimed.ok(), qPrintable(claimed.error()));
        QCOMPARE(claimed->size(), 1);

        OutboxRepository outboxB(deskB.value(), f.clock);
        const auto whileAlive = outboxB.recoverInterrupted();
        QVERIFY2(whileAlive.ok(), qPrintable(whileAlive.error()));
        QCOMPARE(whileAlive.value(), 0);
        QCOMPARE(f.messages({State::Sending}).size(), 1);

        // A stops (its session ends, as when the program is killed): now the message is one
        // that may or may not have gone out.
        deskA->close();
        f.db = std::make_unique<Database>(deskB.value());
        int recovered = 0;
        QTRY_VERIFY_WITH_TIMEOUT((recovered += outboxB.recoverInterrupted().value()) == 1, 10000);
        QCOMPARE(f.messages({State::Uncertain}).size(), 1);
        QCOMPARE(f.messages({State::Scheduled}).size(), 1);
        deskB->close();
    }
};

QTEST_GUILESS_MAIN(TestReminderRace)
#include "tst_reminderrace.moc"
