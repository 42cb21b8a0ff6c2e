#include "core/reminderfixture.h"

#include "reminderdispatcher.h"
#include "reminderrun.h"
#include "reminderscheduler.h"
#include "whatsappdesktopprovider.h"
#include "whatsappprovider.h"

#include <QLockFile>
#include <QQueue>
#include <QSignalSpy>
#include <QTest>

// Our own provider for tests: records each call and answers with the outcomes it is given.
class RecordingProvider : public WhatsAppProvider
{
    Q_OBJECT
public:
    using WhatsAppProvider::WhatsAppProvider;
    QString name() const override { return QStringLiteral("recording"); }
    void send(const OutgoingMessage &message) override
    {
        calls.append(message);
        if (silent)
            return;
        const SendResult result = answers.isEmpty() ? sent(message.outboxId) : answers.dequeue();
        const qint64 id = message.outboxId;
        // Answer later, as a network provider does.
        QMetaObject::invokeMethod(
            this, [this, id, result] { emit finished(id, result); }, Qt::QueuedConnection);
    }
    static SendResult sent(qint64 id)
    {
        SendResult r;
        r.outcome = SendResult::Outcome::Sent;
        r.providerMessageId = QStringLiteral("wamid.%1").arg(id);
        return r;
    }
    static SendResult outcome(SendResult::Outcome o, const QString &reason = QStringLiteral("x"),
                              int retryAfter = -1)
    {
        SendResult r;
        r.outcome = o;
        r.reason = reason;
        r.providerCode = QStringLiteral("131026");
        r.retryAfterSecs = retryAfter;
        return r;
    }

    QList<OutgoingMessage> calls;
    QQueue<SendResult> answers;
    bool silent = false;
};

class tst_ReminderDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void sendsTheTemplateAndParameters();
    void outcomes_data();
    void outcomes();
    void fatalPausesTheQueue();
    void transientGivesUpAfterMaxAttempts();
    void noAnswerBecomesUncertain();
    void closedWindowSendsNothing();
    void lastMomentChecksConsentAndDebts();
    void retryDelay_data();
    void retryDelay();

    void runWithoutProviderKeepsMessages();
    void runRefusedWhileAnotherHoldsTheLock();
    void runRecoversInterruptedSends();
    void dryRunWritesNothing();

    void desktopLink();
    void desktopConfirmRecordsSent();

private:
    void queueJuan(); // Juan, $250.000 due 10/01/2026, scanned on Tuesday 13 January 9:00
    bool dispatch(ReminderDispatcher &dispatcher);

    std::unique_ptr<ReminderFixture> f;
};

void tst_ReminderDispatcher::init()
{
    f = std::make_unique<ReminderFixture>();
    QVERIFY(f->open());
}

void tst_ReminderDispatcher::cleanup()
{
    f->db->close();
    f.reset();
}

void tst_ReminderDispatcher::queueJuan()
{
    const qint64 juan = f->client(QStringLiteral("Juan"), QStringLiteral("300 123 4567"));
    f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    f->at(QDate(2026, 1, 13));
    ReminderScheduler scheduler(*f->db, f->clock);
    QCOMPARE(scheduler.scan()->messagesQueued, 1);
}

bool tst_ReminderDispatcher::dispatch(ReminderDispatcher &dispatcher)
{
    QSignalSpy done(&dispatcher, &ReminderDispatcher::finished);
    dispatcher.start();
    return done.wait(5000);
}

void tst_ReminderDispatcher::sendsTheTemplateAndParameters()
{
    queueJuan();
    RecordingProvider provider;
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    QSignalSpy sent(&dispatcher, &ReminderDispatcher::messageSent);
    QVERIFY(dispatch(dispatcher));
    QCOMPARE(provider.calls.size(), 1);
    const OutgoingMessage &m = provider.calls.constFirst();
    QCOMPARE(m.to.e164(), QStringLiteral("+573001234567"));
    QCOMPARE(m.templateName, QStringLiteral("recordatorio_pago"));
    QCOMPARE(m.language, QStringLiteral("es"));
    QCOMPARE(m.parameters, (QStringList{QStringLiteral("Juan"), QStringLiteral("$250.000 COP"),
                                        QStringLiteral("10/01/2026")}));
    QCOMPARE(m.text,
             QStringLiteral("Hola *Juan*, te recordamos que tienes un pago pendiente por *$250.000 "
                            "COP* con vencimiento el *10/01/2026*. Por favor comunícate para "
                            "evitar recargos. Gracias."));
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.at(0).at(1).toString(), QStringLiteral("Juan"));
    const OutboxMessage stored = f->message(m.outboxId);
    QCOMPARE(stored.state, OutboxMessage::State::Sent);
    QCOMPARE(stored.providerMessageId, QStringLiteral("wamid.%1").arg(m.outboxId));
    QCOMPARE(stored.provider, QStringLiteral("recording"));
    // A second dispatch finds nothing left to send.
    QVERIFY(dispatch(dispatcher));
    QCOMPARE(provider.calls.size(), 1);
}

void tst_ReminderDispatcher::outcomes_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("failedSignals");
    QTest::newRow("sent") << int(SendResult::Outcome::Sent) << int(OutboxMessage::State::Sent) << 0;
    QTest::newRow("transient") << int(SendResult::Outcome::Transient)
                               << int(OutboxMessage::State::Retrying) << 0;
    QTest::newRow("permanent") << int(SendResult::Outcome::Permanent)
                               << int(OutboxMessage::State::Failed) << 1;
    QTest::newRow("fatal") << int(SendResult::Outcome::Fatal)
                           << int(OutboxMessage::State::Scheduled) << 0;
    QTest::newRow("uncertain") << int(SendResult::Outcome::Uncertain)
                               << int(OutboxMessage::State::Uncertain) << 0;
}

void tst_ReminderDispatcher::outcomes()
{
    QFETCH(int, outcome);
    QFETCH(int, state);
    QFETCH(int, failedSignals);
    queueJuan();
    RecordingProvider provider;
    const auto o = SendResult::Outcome(outcome);
    provider.answers.enqueue(
        o == SendResult::Outcome::Sent
            ? RecordingProvider::sent(f->messages().constFirst().id)
            : RecordingProvider::outcome(o, QStringLiteral("el número no tiene WhatsApp")));
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    QSignalSpy failed(&dispatcher, &ReminderDispatcher::messageFailed);
    QVERIFY(dispatch(dispatcher));
    QCOMPARE(provider.calls.size(), 1);
    const OutboxMessage m = f->message(provider.calls.constFirst().outboxId);
    QCOMPARE(int(m.state), state);
    QCOMPARE(failed.count(), failedSignals);
    if (o == SendResult::Outcome::Permanent || o == SendResult::Outcome::Uncertain
        || o == SendResult::Outcome::Transient)
        QCOMPARE(m.reason, QStringLiteral("el número no tiene WhatsApp"));
    if (o == SendResult::Outcome::Transient)
        QCOMPARE(m.nextAttemptAt, f->clock.now().addSecs(300));
    if (o == SendResult::Outcome::Permanent)
        QCOMPARE(m.providerCode, QStringLiteral("131026"));
}

void tst_ReminderDispatcher::fatalPausesTheQueue()
{
    for (int i = 0; i < 3; ++i) {
        const qint64 c
            = f->client(QStringLiteral("C%1").arg(i), QStringLiteral("300 000 000%1").arg(i));
        f->debt(c, QStringLiteral("F-%1").arg(i), QDate(2026, 1, 12), 1000);
    }
    f->at(QDate(2026, 1, 13));
    QCOMPARE(ReminderScheduler(*f->db, f->clock).scan()->messagesQueued, 3);
    RecordingProvider provider;
    provider.answers.enqueue(
        RecordingProvider::outcome(SendResult::Outcome::Fatal, QStringLiteral("API key rejected")));
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    QSignalSpy paused(&dispatcher, &ReminderDispatcher::queuePaused);
    QVERIFY(dispatch(dispatcher));
    QCOMPARE(provider.calls.size(), 1); // stopped at the first refusal
    QCOMPARE(paused.count(), 1);
    QCOMPARE(dispatcher.report().fatalReason, QStringLiteral("API key rejected"));
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 3);
    for (const OutboxMessage &m : f->messages())
        QCOMPARE(m.attempts, 0); // nothing was really attempted
}

void tst_ReminderDispatcher::transientGivesUpAfterMaxAttempts()
{
    queueJuan();
    RecordingProvider provider;
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    dispatcher.setMaxAttempts(3);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        provider.answers.enqueue(RecordingProvider::outcome(SendResult::Outcome::Transient,
                                                            QStringLiteral("rate limit"), 60));
        QVERIFY(dispatch(dispatcher));
        QCOMPARE(provider.calls.size(), attempt);
        f->clock.advanceSecs(60); // Retry-After honoured
    }
    const OutboxMessage m = f->message(provider.calls.constFirst().outboxId);
    QCOMPARE(m.state, OutboxMessage::State::Failed);
    QCOMPARE(m.attempts, 3);
    QVERIFY(m.reason.contains(QStringLiteral("rate limit")));
}

void tst_ReminderDispatcher::noAnswerBecomesUncertain()
{
    queueJuan();
    RecordingProvider provider;
    provider.silent = true;
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    dispatcher.setSendTimeoutMs(50);
    QSignalSpy uncertain(&dispatcher, &ReminderDispatcher::messageUncertain);
    QVERIFY(dispatch(dispatcher));
    QCOMPARE(uncertain.count(), 1);
    const qint64 id = provider.calls.constFirst().outboxId;
    QCOMPARE(f->message(id).state, OutboxMessage::State::Uncertain);
    // A late answer changes nothing.
    emit provider.finished(id, RecordingProvider::sent(id));
    QCOMPARE(f->message(id).state, OutboxMessage::State::Uncertain);
}

void tst_ReminderDispatcher::closedWindowSendsNothing()
{
    queueJuan();
    f->at(QDate(2026, 1, 13), QTime(19, 30));
    RecordingProvider provider;
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    QVERIFY(dispatch(dispatcher));
    QVERIFY(provider.calls.isEmpty());
    QVERIFY(dispatcher.report().outsideWindow);
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);
}

void tst_ReminderDispatcher::lastMomentChecksConsentAndDebts()
{
    queueJuan();
    // Another program (or a failed cancellation) left the message queued after consent went.
    QSqlQuery q(f->db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE clients SET consent_state = 'revoked'")));
    RecordingProvider provider;
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    QVERIFY(dispatch(dispatcher));
    QVERIFY(provider.calls.isEmpty());
    QCOMPARE(dispatcher.report().cancelled, 1);
    const auto cancelled = f->messages({OutboxMessage::State::Cancelled});
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(cancelled.constFirst().reason.contains(QStringLiteral("consent")));
}

void tst_ReminderDispatcher::retryDelay_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<int>("expected");
    QTest::newRow("first") << 1 << -1 << 300;
    QTest::newRow("second") << 2 << -1 << 600;
    QTest::newRow("fourth") << 4 << -1 << 2400;
    QTest::newRow("capped") << 9 << -1 << 4 * 3600;
    QTest::newRow("retry-after") << 3 << 17 << 17;
}

void tst_ReminderDispatcher::retryDelay()
{
    QFETCH(int, attempts);
    QFETCH(int, retryAfter);
    QFETCH(int, expected);
    QCOMPARE(ReminderDispatcher::retryDelaySecs(attempts, retryAfter, 300), expected);
}

void tst_ReminderDispatcher::runWithoutProviderKeepsMessages()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    f->at(QDate(2026, 1, 13));
    ReminderRun run(*f->db, f->clock, nullptr);
    const RunReport report = run.runBlocking();
    QVERIFY(report.error.isEmpty());
    QVERIFY(report.noProvider);
    QCOMPARE(report.scan.messagesQueued, 1);
    QCOMPARE(report.pending, 1);
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);
}

void tst_ReminderDispatcher::runRefusedWhileAnotherHoldsTheLock()
{
    queueJuan();
    QLockFile other(ReminderRun::lockPath(*f->db));
    QVERIFY(other.tryLock(0));
    RecordingProvider provider;
    ReminderRun run(*f->db, f->clock, &provider);
    const RunReport report = run.runBlocking();
    QVERIFY(report.busy);
    QVERIFY(!report.ok());
    QVERIFY(provider.calls.isEmpty());
    other.unlock();
    const RunReport second = run.runBlocking();
    QVERIFY(!second.busy);
    QCOMPARE(second.dispatch.sent, 1);
    QVERIFY(second.ok());
}

void tst_ReminderDispatcher::runRecoversInterruptedSends()
{
    queueJuan();
    OutboxRepository outbox(*f->db, f->clock);
    QCOMPARE(outbox.claimDue(QStringLiteral("crashed"), 5)->size(), 1);
    RecordingProvider provider;
    ReminderRun run(*f->db, f->clock, &provider);
    const RunReport report = run.runBlocking();
    QCOMPARE(report.recovered, 1);
    QVERIFY(provider.calls.isEmpty()); // the uncertain message is not resent
    QCOMPARE(f->messages({OutboxMessage::State::Uncertain}).size(), 1);
}

void tst_ReminderDispatcher::dryRunWritesNothing()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    f->at(QDate(2026, 1, 13));
    RecordingProvider provider;
    ReminderRun run(*f->db, f->clock, &provider);
    run.setDryRun(true);
    const RunReport report = run.runBlocking();
    QCOMPARE(report.scan.messages.size(), 1);
    QVERIFY(provider.calls.isEmpty());
    QVERIFY(f->messages().isEmpty());
}

void tst_ReminderDispatcher::desktopLink()
{
    OutgoingMessage m;
    m.outboxId = 7;
    m.to = PhoneNumber::parse(QStringLiteral("300 123 4567")).value();
    m.text = QStringLiteral("Hola *Juan*, pago por *$250.000 COP* & más #1");
    QCOMPARE(WhatsAppDesktopProvider::chatLink(m).toString(QUrl::FullyEncoded),
             QStringLiteral("https://wa.me/573001234567?text=Hola%20%2AJuan%2A%2C%20pago%20por%20"
                            "%2A%24250.000%20COP%2A%20%26%20m%C3%A1s%20%231"));
}

void tst_ReminderDispatcher::desktopConfirmRecordsSent()
{
    queueJuan();
    WhatsAppDesktopProvider provider;
    ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
    dispatcher.setSendTimeoutMs(0);
    QSignalSpy open(&provider, &WhatsAppDesktopProvider::openRequested);
    QSignalSpy done(&dispatcher, &ReminderDispatcher::finished);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(open.count(), 1, 5000);
    const qint64 id = open.at(0).at(0).toLongLong();
    QVERIFY(open.at(0).at(1).toUrl().toString().startsWith(
        QStringLiteral("https://wa.me/573001234567?text=Hola")));
    QCOMPARE(f->message(id).state, OutboxMessage::State::Sending);
    provider.confirm(id, true);
    QVERIFY(done.wait(5000));
    const OutboxMessage m = f->message(id);
    QCOMPARE(m.state, OutboxMessage::State::Sent);
    QCOMPARE(m.provider, QStringLiteral("WhatsApp Desktop"));
}

QTEST_GUILESS_MAIN(tst_ReminderDispatcher)
#include "tst_reminderdispatcher.moc"
