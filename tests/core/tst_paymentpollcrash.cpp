// Payments recorded exactly once when the polling program is killed (SIGKILL) between
// receiving the gateway's answer and recording it, at other moments, and when several
// programs poll the same database at once.
#include "credentialstore.h"
#include "fakegatewayserver.h"
#include "headlessrun.h"
#include "gatewayconfig.h"
#include "paymentlinkissuer.h"
#include "reminderfixture.h"
#include "wompigateway.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPaymentPollCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_program;

    QProcessEnvironment childEnvironment(const FakeGatewayServer &fake) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("CARTERA_PAYMENT_GATEWAY"), QStringLiteral("wompi"));
        env.insert(QStringLiteral("CARTERA_PAYMENT_BASE_URL"), fake.apiUrl().toString());
        env.insert(QStringLiteral("CARTERA_PAYMENT_CHECKOUT_URL"), fake.checkoutUrl().toString());
        return env;
    }

    // Clients with an open debt each, a link for it at the fake, and an approved payment.
    static bool seed(ReminderFixture &f, FakeGatewayServer &fake, int clients, QList<qint64> *debts)
    {
        if (!f.open())
            return false;
        f.clock.setNow(QDateTime::currentDateTimeUtc()); // the child polls with the real clock
        WompiSettings s;
        s.baseUrl = fake.apiUrl();
        s.checkoutBaseUrl = fake.checkoutUrl();
        s.privateKey = fake.privateKey;
        WompiGateway gateway(s);
        PaymentLinkIssuer issuer(*f.db, f.clock, &gateway);
        for (int i = 0; i < clients; ++i) {
            const qint64 client = f.client(QStringLiteral("Cliente %1").arg(i),
                                           QStringLiteral("300 555 %1").arg(i, 4, 10, QChar('0')));
            const qint64 debt
                = f.debt(client, QStringLiteral("F-%1").arg(i), f.clock.today(), 100000 + 1000 * i);
            if (client == 0 || debt == 0)
                return false;
            std::optional<Result<PaymentLink>> link;
            issuer.linkForDebts({debt}, [&](const Result<PaymentLink> &r) { link = r; });
            if (!QTest::qWaitFor([&] { return link.has_value(); }, 10000) || !link->ok())
                return false;
            fake.approve(link->value().gatewayLinkId, QStringLiteral("NEQUI"));
            debts->append(debt);
        }
        return true;
    }

    std::unique_ptr<QProcess> start(const FakeGatewayServer &fake, const QString &database,
                                    int pauseAt = 0)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(childEnvironment(fake));
        QStringList args{database};
        if (pauseAt > 0)
            args << QStringLiteral("--pause-after-receive") << QString::number(pauseAt);
        process->start(m_program, args);
        return process;
    }

    static bool waitFinished(QProcess &process, int timeoutMs)
    {
        return HeadlessRun::waitFinished(process, timeoutMs);
    }

    static int paymentsOf(ReminderFixture &f, qint64 debt)
    {
        PaymentQuery query;
        query.debtId = debt;
        const auto count = PaymentRepository(*f.db, f.clock).count(query);
        return count ? count.value() : -1;
    }

private slots:
    void initTestCase()
    {
        m_program = QStringLiteral(PAYMENT_POLL_CHILD);
        QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program));
        QVERIFY(m_home.isValid());
        // The private key goes to the credential store's private file, where the child finds it.
        TestSupport::usePrivateHome(m_home);
        qunsetenv("DISPLAY");
        FakeGatewayServer keyHolder;
        CredentialStore store;
        const Result<void> stored = store.writeBlocking(
            GatewayConfig::privateKeyAccount(GatewayConfig::Kind::Wompi), keyHolder.privateKey);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
    }

    void killedBetweenReceivingAndRecording()
    {
        ReminderFixture f;
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        QList<qint64> debts;
        QVERIFY(seed(f, fake, 4, &debts));
        const QString database = f.db->location();

        // Held after the answer for the third link arrived: two links recorded, two not.
        auto first = start(fake, database, 3);
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += first->readAllStandardOutput()).count("RECEIVED") >= 3,
                                 20000);
        QTest::qWait(100); // the child is now held before recording the third
        first->kill();     // SIGKILL
        QVERIFY(waitFinished(*first, 10000));
        QCOMPARE(first->exitStatus(), QProcess::CrashExit);
        int recorded = 0;
        for (qint64 d : debts)
            recorded += paymentsOf(f, d);
        QCOMPARE(recorded, 2);

        // A restart records the rest, and nothing twice; a third run changes nothing.
        for (int run = 0; run < 2; ++run) {
            auto next = start(fake, database);
            QVERIFY(waitFinished(*next, 30000));
            const QByteArray out = next->readAllStandardOutput();
            QVERIFY2(next->exitStatus() == QProcess::NormalExit && next->exitCode() == 0,
                     next->readAllStandardError().constData());
            QVERIFY(!out.contains(fake.privateKey.toUtf8()));
            for (qint64 d : debts)
                QCOMPARE(paymentsOf(f, d), 1);
        }
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
    }

    void killedAtAnyMoment()
    {
        ReminderFixture f;
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        QList<qint64> debts;
        QVERIFY(seed(f, fake, 12, &debts));
        const QString database = f.db->location();
        for (const int delay : {20, 60, 120, 200, 350}) {
            auto run = start(fake, database);
            QTest::qWait(delay);
            run->kill();
            QVERIFY(waitFinished(*run, 10000));
            for (qint64 d : debts)
                QVERIFY(paymentsOf(f, d) <= 1);
        }
        auto last = start(fake, database);
        QVERIFY(waitFinished(*last, 30000));
        QCOMPARE(last->exitCode(), 0);
        for (qint64 d : debts)
            QCOMPARE(paymentsOf(f, d), 1);
    }

    void severalProgramsAtOnce()
    {
        ReminderFixture f;
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        QList<qint64> debts;
        QVERIFY(seed(f, fake, 10, &debts));
        const QString database = f.db->location();
        std::vector<std::unique_ptr<QProcess>> runs;
        for (int i = 0; i < 3; ++i)
            runs.push_back(start(fake, database));
        int recorded = 0;
        for (auto &run : runs) {
            QVERIFY(waitFinished(*run, 60000));
            const QByteArray out = run->readAllStandardOutput();
            QVERIFY2(run->exitCode() == 0, run->readAllStandardError().constData());
            const qsizetype at = out.indexOf("recorded=");
            QVERIFY(at >= 0);
            recorded += out.mid(at + 9).split(' ').first().toInt();
        }
        QCOMPARE(recorded, 10); // each transaction recorded by exactly one of them
        for (qint64 d : debts)
            QCOMPARE(paymentsOf(f, d), 1);
    }
};

QTEST_GUILESS_MAIN(TestPaymentPollCrash)
#include "tst_paymentpollcrash.moc"
