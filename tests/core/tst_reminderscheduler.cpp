#include "core/reminderfixture.h"

#include "contactwindow.h"
#include "messagetemplate.h"
#include "reminderpauserepository.h"
#include "reminderpolicyrepository.h"
#include "reminderscheduler.h"

#include <QTest>

// The daily decision, day by day with a fixed clock.
class tst_ReminderScheduler : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void monthOfDays();
    void catchUpAfterTenDaysOff();
    void holyWeekWaitsForSaturday();
    void severalDebtsOneMessage();
    void oneMessagePerClientPerDay();
    void weeklyCap();
    void noConsentNothingQueued();
    void consentRevokedMidQueue();
    void paymentWhileScheduled();
    void partialPaymentKeepsMessage();
    void paidDebtOfGroupRequeuesTheRest();
    void reversalReopensReminders();
    void pauseUntilDate();
    void eveningScanPreparesNextWindow();
    void rulesOffQueueNothing();
    void deletedOrWrittenOffDebtCancelsItsMessage();
    void dryRunWritesNothing();
    void scanReadsOnlyDueDebts();
    void dueDateMovedLaterWaitsForTheNewDate();
    void settledAndDeletedDebtsLeaveTheWakeUpList();
    void manyDebtsOfOneClientInOneMessage();
    void chunkedScanQueuesEachClientOnce();

private:
    // One day of the program: stale messages expire, the scan runs, due messages go out.
    QList<OutboxMessage> runDay(const QDate &day, const QTime &time = QTime(9, 0));

    std::unique_ptr<ReminderFixture> f;
};

void tst_ReminderScheduler::init()
{
    f = std::make_unique<ReminderFixture>();
    QVERIFY(f->open());
}

void tst_ReminderScheduler::cleanup()
{
    f->db->close();
    f.reset();
}

QList<OutboxMessage> tst_ReminderScheduler::runDay(const QDate &day, const QTime &time)
{
    f->at(day, time);
    OutboxRepository outbox(*f->db, f->clock);
    if (!outbox.expireStale(f->clock.today()))
        return {};
    ReminderScheduler scheduler(*f->db, f->clock);
    const auto report = scheduler.scan();
    if (!report)
        qWarning("%s", qPrintable(report.error()));
    QList<OutboxMessage> sent;
    if (!ContactWindow::isOpen(f->clock.now(), f->clock.timeZone()))
        return sent;
    const auto claimed = outbox.claimDue(QStringLiteral("test"), 100);
    if (!claimed)
        return sent;
    for (const OutboxMessage &m : claimed.value()) {
        if (outbox.markSent(m.id, QStringLiteral("test"), QStringLiteral("wamid.%1").arg(m.id)))
            sent.append(m);
    }
    return sent;
}

void tst_ReminderScheduler::monthOfDays()
{
    // Juan owes $250.000 due Saturday 10 January 2026. The steps -3, 0, +1, +8, +15, +30 fall
    // on Wed 7, Sat 10, Sun 11, Sun 18, Sun 25 January and Mon 9 February; Monday 12 January
    // is a holiday (Reyes).
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    QCOMPARE(f->nextReminder(debt), QDate(2026, 1, 7));

    struct Expected
    {
        QDate sendDate;
        int step;
    };
    // Which message goes out on which day, and which step it covers.
    const QHash<QDate, Expected> expectedSends = {
        {QDate(2026, 1, 7), {QDate(2026, 1, 7), -3}},
        {QDate(2026, 1, 10), {QDate(2026, 1, 10), 0}},
        {QDate(2026, 1, 13), {QDate(2026, 1, 13), 1}},  // Sunday and the holiday wait
        {QDate(2026, 1, 19), {QDate(2026, 1, 19), 8}},  // Sunday waits for Monday
        {QDate(2026, 1, 26), {QDate(2026, 1, 26), 15}}, // Sunday waits for Monday
        {QDate(2026, 2, 9), {QDate(2026, 2, 9), 30}},
    };
    int total = 0;
    for (QDate day(2026, 1, 1); day <= QDate(2026, 2, 28); day = day.addDays(1)) {
        const QList<OutboxMessage> sent = runDay(day);
        if (!expectedSends.contains(day)) {
            QVERIFY2(sent.isEmpty(), qPrintable(day.toString(Qt::ISODate)));
            continue;
        }
        QCOMPARE(sent.size(), 1);
        const OutboxMessage m = f->message(sent.constFirst().id);
        QCOMPARE(m.sendDate, expectedSends.value(day).sendDate);
        QCOMPARE(m.items.size(), 1);
        QCOMPARE(m.items.constFirst().stepDays, expectedSends.value(day).step);
        QCOMPARE(m.state, OutboxMessage::State::Sent);
        QVERIFY(ContactWindow::isContactDay(day));
        ++total;
    }
    QCOMPARE(total, 6);

    // The messages queued on Sunday 11 January waited for Tuesday 7:00 (after the holiday).
    const auto all = f->messages();
    QCOMPARE(all.size(), 6);
    const OutboxMessage firstOverdue = all.at(2);
    QCOMPARE(firstOverdue.notBefore,
             QDateTime(QDate(2026, 1, 13), QTime(7, 0), Clock::colombia()).toUTC());
    QCOMPARE(firstOverdue.createdAt.toTimeZone(Clock::colombia()).date(), QDate(2026, 1, 11));
    QCOMPARE(firstOverdue.text,
             QStringLiteral("Hola *Juan*, te recordamos que tienes un pago pendiente por *$250.000 "
                            "COP* con vencimiento el *10/01/2026*. Por favor comunícate para "
                            "evitar recargos. Gracias."));
    QCOMPARE(firstOverdue.providerTemplate, QStringLiteral("recordatorio_pago"));
    QCOMPARE(firstOverdue.parameters,
             (QStringList{QStringLiteral("Juan"), QStringLiteral("$250.000 COP"),
                          QStringLiteral("10/01/2026")}));
    QCOMPARE(all.at(0).providerTemplate, QStringLiteral("recordatorio_preventivo"));
    // When each was queued: on its step's day, even a Sunday, for the next legal window; a
    // Sunday scan already prepares Monday's steps (+30 falls on Monday 9 February).
    const QList<QDate> queuedOn = {QDate(2026, 1, 7),  QDate(2026, 1, 10), QDate(2026, 1, 11),
                                   QDate(2026, 1, 18), QDate(2026, 1, 25), QDate(2026, 2, 8)};
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).createdAt.toTimeZone(Clock::colombia()).date(), queuedOn.at(i));
        QVERIFY(ContactWindow::isOpen(all.at(i).sentAt, Clock::colombia()));
    }
    QCOMPARE(f->nextReminder(debt), QDate(2026, 3, 11)); // +60, repeating every 30 days
}

void tst_ReminderScheduler::catchUpAfterTenDaysOff()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    QCOMPARE(runDay(QDate(2026, 1, 7)).size(), 1); // -3 goes out
    // Saturday 10 at 6:00: the scan queues step 0, then the computer is switched off before
    // the window opens, for ten days.
    f->at(QDate(2026, 1, 10), QTime(6, 0));
    ReminderScheduler scheduler(*f->db, f->clock);
    QVERIFY(scheduler.scan().ok());
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);

    const QList<OutboxMessage> sent = runDay(QDate(2026, 1, 20));
    // Only the latest due step (+8, 18 January) goes out; the stale step-0 message was
    // replaced, and steps +1 and 0 are not sent late.
    QCOMPARE(sent.size(), 1);
    const OutboxMessage m = f->message(sent.constFirst().id);
    QCOMPARE(m.items.constFirst().stepDays, 8);
    QCOMPARE(m.sendDate, QDate(2026, 1, 20));
    const auto cancelled = f->messages({OutboxMessage::State::Cancelled});
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(cancelled.constFirst().sendDate, QDate(2026, 1, 10));
    QVERIFY(!cancelled.constFirst().reason.isEmpty());
    QCOMPARE(f->messages({OutboxMessage::State::Sent}).size(), 2);
    QCOMPARE(f->nextReminder(debt), QDate(2026, 1, 25));
}

void tst_ReminderScheduler::holyWeekWaitsForSaturday()
{
    // Due Wednesday 1 April 2026: step +1 falls on Jueves Santo, and Viernes Santo follows.
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1"), QDate(2026, 4, 1), 120000);
    QCOMPARE(runDay(QDate(2026, 4, 1)).size(), 1);              // step 0
    QVERIFY(runDay(QDate(2026, 4, 2)).isEmpty());               // queued, but a holiday
    QVERIFY(runDay(QDate(2026, 4, 3)).isEmpty());               // still a holiday
    QVERIFY(runDay(QDate(2026, 4, 4), QTime(7, 30)).isEmpty()); // Saturday opens at 8:00
    const QList<OutboxMessage> sent = runDay(QDate(2026, 4, 4), QTime(8, 0));
    QCOMPARE(sent.size(), 1);
    const OutboxMessage m = f->message(sent.constFirst().id);
    QCOMPARE(m.items.constFirst().stepDays, 1);
    QCOMPARE(m.sendDate, QDate(2026, 4, 4));
    QCOMPARE(m.createdAt.toTimeZone(Clock::colombia()).date(), QDate(2026, 4, 2));
}

void tst_ReminderScheduler::severalDebtsOneMessage()
{
    const qint64 ana = f->client(QStringLiteral("Ana"));
    f->debt(ana, QStringLiteral("F-2"), QDate(2026, 1, 5), 100000);
    f->debt(ana, QStringLiteral("F-3"), QDate(2026, 1, 5), 50000);
    // Tuesday 6 January 2026: step +1 of both.
    const QList<OutboxMessage> sent = runDay(QDate(2026, 1, 6));
    QCOMPARE(sent.size(), 1);
    const OutboxMessage m = f->message(sent.constFirst().id);
    QCOMPARE(m.items.size(), 2);
    QCOMPARE(m.references, (QStringList{QStringLiteral("F-2"), QStringLiteral("F-3")}));
    QCOMPARE(m.total, Money::fromPesos(150000));
    QVERIFY2(m.text.contains(QStringLiteral("*$150.000 COP*")), qPrintable(m.text));
}

void tst_ReminderScheduler::oneMessagePerClientPerDay()
{
    const qint64 ana = f->client(QStringLiteral("Ana"));
    f->debt(ana, QStringLiteral("F-2"), QDate(2026, 1, 14), 100000);
    // Created after the morning's message went out: its step waits for the next day.
    QCOMPARE(runDay(QDate(2026, 1, 14)).size(), 1);
    f->at(QDate(2026, 1, 14), QTime(11, 0));
    const qint64 later = f->debt(ana, QStringLiteral("F-9"), QDate(2026, 1, 14), 30000);
    ReminderScheduler scheduler(*f->db, f->clock);
    const auto report = scheduler.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->messagesQueued, 0);
    QCOMPARE(report->deferredDaily, 1);
    QCOMPARE(f->nextReminder(later), QDate(2026, 1, 15));
    const QList<OutboxMessage> next = runDay(QDate(2026, 1, 15));
    QCOMPARE(next.size(), 1);
    // On the 15th both debts are at step +1: one message for both.
    QCOMPARE(f->message(next.constFirst().id).items.size(), 2);
}

void tst_ReminderScheduler::weeklyCap()
{
    ReminderPolicyRepository policies(*f->db, f->clock);
    ReminderPolicy policy;
    policy.steps = {0, 1, 2, 3, 4};
    policy.repeatEveryDays = 0;
    policy.weeklyCap = 3;
    QVERIFY(policies.save(policy).ok());
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1"), QDate(2026, 2, 2), 10000); // Monday
    QList<QDate> sendDays;
    for (QDate day(2026, 2, 1); day <= QDate(2026, 2, 14); day = day.addDays(1)) {
        if (!runDay(day).isEmpty())
            sendDays.append(day);
    }
    // Three in the first week; step +4 waits until the rolling week has room (9 February).
    QCOMPARE(sendDays, (QList<QDate>{QDate(2026, 2, 2), QDate(2026, 2, 3), QDate(2026, 2, 4),
                                     QDate(2026, 2, 9)}));
    QCOMPARE(f->message(f->messages().constLast().id).items.constFirst().stepDays, 4);
}

void tst_ReminderScheduler::noConsentNothingQueued()
{
    const qint64 pedro = f->client(QStringLiteral("Pedro"), QStringLiteral("310 555 0000"), false);
    const qint64 debt = f->debt(pedro, QStringLiteral("F-7"), QDate(2026, 1, 5), 80000);
    f->at(QDate(2026, 1, 6));
    ReminderScheduler scheduler(*f->db, f->clock);
    const auto report = scheduler.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->messagesQueued, 0);
    QCOMPARE(report->withoutConsent, 1);
    QVERIFY(f->messages().isEmpty());
    // The scan moves on to the next step instead of looking at the debt every day.
    QCOMPARE(f->nextReminder(debt), QDate(2026, 1, 13));
}

void tst_ReminderScheduler::consentRevokedMidQueue()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    runDay(QDate(2026, 1, 11)); // Sunday: queues +1 for Tuesday 13
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);

    f->at(QDate(2026, 1, 12), QTime(10, 0));
    ClientRepository clients(*f->db, f->clock);
    Client c = clients.get(juan).value();
    c.consent.state = Consent::State::Revoked;
    c.consent.at = f->clock.now();
    QVERIFY(clients.update(c).ok());

    const auto cancelled = f->messages({OutboxMessage::State::Cancelled});
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(cancelled.constFirst().reason.contains(QStringLiteral("consent")));
    for (QDate day(2026, 1, 13); day <= QDate(2026, 2, 15); day = day.addDays(1))
        QVERIFY(runDay(day).isEmpty());
    QCOMPARE(f->messages().size(), 1);
}

void tst_ReminderScheduler::paymentWhileScheduled()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    runDay(QDate(2026, 1, 11));
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);
    f->at(QDate(2026, 1, 12), QTime(10, 0));
    QVERIFY(f->pay(debt, 250000).ok());
    const auto cancelled = f->messages({OutboxMessage::State::Cancelled});
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(cancelled.constFirst().reason.contains(QStringLiteral("Paid")));
    QVERIFY(!f->nextReminder(debt).isValid());
    for (QDate day(2026, 1, 13); day <= QDate(2026, 2, 15); day = day.addDays(1))
        QVERIFY(runDay(day).isEmpty());
}

void tst_ReminderScheduler::partialPaymentKeepsMessage()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    runDay(QDate(2026, 1, 11));
    f->at(QDate(2026, 1, 12), QTime(10, 0));
    QVERIFY(f->pay(debt, 50000).ok());
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);
    QCOMPARE(runDay(QDate(2026, 1, 13)).size(), 1);
}

void tst_ReminderScheduler::paidDebtOfGroupRequeuesTheRest()
{
    const qint64 ana = f->client(QStringLiteral("Ana"));
    const qint64 f2 = f->debt(ana, QStringLiteral("F-2"), QDate(2026, 1, 10), 100000);
    const qint64 f3 = f->debt(ana, QStringLiteral("F-3"), QDate(2026, 1, 10), 50000);
    runDay(QDate(2026, 1, 11)); // one message for both, for Tuesday 13
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 1);
    f->at(QDate(2026, 1, 12), QTime(10, 0));
    QVERIFY(f->pay(f2, 100000).ok());
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 0);
    QCOMPARE(f->nextReminder(f3), QDate(2026, 1, 12));
    const QList<OutboxMessage> sent = runDay(QDate(2026, 1, 13));
    QCOMPARE(sent.size(), 1);
    const OutboxMessage m = f->message(sent.constFirst().id);
    QCOMPARE(m.references, QStringList{QStringLiteral("F-3")});
    QCOMPARE(m.total, Money::fromPesos(50000));
}

void tst_ReminderScheduler::reversalReopensReminders()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    f->at(QDate(2026, 1, 14));
    const auto paid = f->pay(debt, 250000);
    QVERIFY(paid.ok());
    QVERIFY(runDay(QDate(2026, 1, 15)).isEmpty());
    f->at(QDate(2026, 1, 16), QTime(8, 0));
    PaymentRepository payments(*f->db, f->clock);
    QVERIFY(payments.reverse(paid.value(), QStringLiteral("cheque devuelto")).ok());
    QCOMPARE(f->nextReminder(debt), QDate(2026, 1, 16));
    const QList<OutboxMessage> sent = runDay(QDate(2026, 1, 16));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(f->message(sent.constFirst().id).items.constFirst().stepDays, 1);
}

void tst_ReminderScheduler::pauseUntilDate()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 10), 250000);
    runDay(QDate(2026, 1, 11));
    f->at(QDate(2026, 1, 12), QTime(10, 0));
    ReminderPauseRepository pauses(*f->db, f->clock);
    QVERIFY(pauses.pauseClient(juan, QStringLiteral("promesa de pago"), QDate(2026, 1, 20)).ok());
    QCOMPARE(f->messages({OutboxMessage::State::Cancelled}).size(), 1);
    QList<QDate> sendDays;
    for (QDate day(2026, 1, 13); day <= QDate(2026, 1, 31); day = day.addDays(1)) {
        if (!runDay(day).isEmpty())
            sendDays.append(day);
    }
    // Back on the 21st with the latest step (+8), then +15 on Monday 26.
    QCOMPARE(sendDays, (QList<QDate>{QDate(2026, 1, 21), QDate(2026, 1, 26)}));
}

void tst_ReminderScheduler::eveningScanPreparesNextWindow()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 14), 90000);
    // Wednesday 14 at 20:00: the window is closed; the message is for Thursday 7:00 and
    // covers the step due then (+1).
    f->at(QDate(2026, 1, 14), QTime(20, 0));
    ReminderScheduler scheduler(*f->db, f->clock);
    const auto report = scheduler.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->sendDate, QDate(2026, 1, 15));
    QCOMPARE(report->messagesQueued, 1);
    QCOMPARE(report->messages.constFirst().items.constFirst().stepDays, 1);
    OutboxRepository outbox(*f->db, f->clock);
    QCOMPARE(outbox.claimDue(QStringLiteral("w"), 10).value().size(), 0);
    f->at(QDate(2026, 1, 15), QTime(6, 59));
    QCOMPARE(outbox.claimDue(QStringLiteral("w"), 10).value().size(), 0);
    f->at(QDate(2026, 1, 15), QTime(7, 0));
    QCOMPARE(outbox.claimDue(QStringLiteral("w"), 10).value().size(), 1);
}

void tst_ReminderScheduler::rulesOffQueueNothing()
{
    ReminderPolicyRepository policies(*f->db, f->clock);
    ReminderPolicy policy;
    policy.enabled = false;
    QVERIFY(policies.save(policy).ok());
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 14), 90000);
    QVERIFY(!f->nextReminder(debt).isValid());
    QVERIFY(runDay(QDate(2026, 1, 15)).isEmpty());
    policy.enabled = true;
    f->at(QDate(2026, 1, 16), QTime(8, 0));
    QVERIFY(policies.save(policy).ok());
    QCOMPARE(f->nextReminder(debt), QDate(2026, 1, 16));
    QCOMPARE(runDay(QDate(2026, 1, 16)).size(), 1);
}

void tst_ReminderScheduler::deletedOrWrittenOffDebtCancelsItsMessage()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 a = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 1000);
    const qint64 ana = f->client(QStringLiteral("Ana"), QStringLiteral("300 765 4321"));
    const qint64 b = f->debt(ana, QStringLiteral("F-2"), QDate(2026, 1, 10), 1000);
    runDay(QDate(2026, 1, 11)); // two messages for Tuesday 13
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 2);
    f->at(QDate(2026, 1, 12), QTime(10, 0));
    DebtRepository debts(*f->db, f->clock);
    QVERIFY(debts.remove(a).ok());
    QVERIFY(debts.writeOff(b, true).ok());
    QCOMPARE(f->messages({OutboxMessage::State::Scheduled}).size(), 0);
    QCOMPARE(f->messages({OutboxMessage::State::Cancelled}).size(), 2);
    QVERIFY(!f->nextReminder(b).isValid());
    QVERIFY(runDay(QDate(2026, 1, 13)).isEmpty());
    // Reactivated: reminders resume with the latest step.
    QVERIFY(debts.writeOff(b, false).ok());
    QCOMPARE(f->nextReminder(b), QDate(2026, 1, 13));
    QCOMPARE(runDay(QDate(2026, 1, 14)).size(), 1);
}

void tst_ReminderScheduler::dryRunWritesNothing()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 14), 90000);
    f->at(QDate(2026, 1, 15));
    ReminderScheduler scheduler(*f->db, f->clock);
    const auto report = scheduler.scan(true);
    QVERIFY(report.ok());
    QCOMPARE(report->messagesQueued, 1);
    QVERIFY(report->messages.constFirst().text.contains(QStringLiteral("*$90.000 COP*")));
    QVERIFY(f->messages().isEmpty());
    QCOMPARE(f->nextReminder(debt), QDate(2026, 1, 11));
}

void tst_ReminderScheduler::scanReadsOnlyDueDebts()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    for (int i = 0; i < 50; ++i)
        f->debt(juan, QStringLiteral("FUT-%1").arg(i), QDate(2026, 6, 1), 1000);
    const qint64 ana = f->client(QStringLiteral("Ana"), QStringLiteral("300 765 4321"));
    f->debt(ana, QStringLiteral("F-2"), QDate(2026, 1, 14), 1000);
    f->at(QDate(2026, 1, 15));
    ReminderScheduler scheduler(*f->db, f->clock);
    const auto report = scheduler.scan();
    QVERIFY(report.ok());
    // Debts due in June are not even read today.
    QCOMPARE(report->debtsExamined, 1);
    QCOMPARE(report->messagesQueued, 1);
}

void tst_ReminderScheduler::dueDateMovedLaterWaitsForTheNewDate()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 1000);
    f->at(QDate(2026, 1, 2));
    DebtRepository debts(*f->db, f->clock);
    Debt d = debts.get(debt).value();
    d.dueDate = QDate(2026, 2, 10);
    QVERIFY(debts.update(d).ok());
    // The wake-up of the old date stays beside the new one.
    QCOMPARE(f->wakeUps(debt), 2);
    // On the old step's day the debt is looked at, and nothing goes out.
    QVERIFY(runDay(QDate(2026, 1, 7)).isEmpty());
    QVERIFY(f->messages().isEmpty());
    QCOMPARE(f->wakeUps(debt), 1);
    QCOMPARE(f->nextReminder(debt), QDate(2026, 2, 7));
    // Three days before the new due date: its first reminder, once.
    const QList<OutboxMessage> sent = runDay(QDate(2026, 2, 7));
    QCOMPARE(sent.size(), 1);
    QSqlQuery q(f->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT due_date, step_days FROM outbox_items")));
    QStringList items;
    while (q.next())
        items << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    QCOMPARE(items, QStringList{QStringLiteral("2026-02-10 -3")});
    q.finish();
    QCOMPARE(f->nextReminder(debt), QDate(2026, 2, 10));
}

void tst_ReminderScheduler::settledAndDeletedDebtsLeaveTheWakeUpList()
{
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const qint64 paid = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 1000);
    const qint64 ana = f->client(QStringLiteral("Ana"), QStringLiteral("300 765 4321"));
    const qint64 deleted = f->debt(ana, QStringLiteral("F-2"), QDate(2026, 1, 10), 1000);
    f->at(QDate(2026, 1, 2));
    QVERIFY(f->pay(paid, 1000).ok());
    QVERIFY(DebtRepository(*f->db, f->clock).remove(deleted).ok());
    // Both wake up on 7 January; neither is a reason to write to anyone.
    QCOMPARE(f->wakeUps(), 2);
    f->at(QDate(2026, 1, 7));
    const auto report = ReminderScheduler(*f->db, f->clock).scan();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->debtsExamined, 0);
    QCOMPARE(report->messagesQueued, 0);
    QVERIFY(f->messages().isEmpty());
    QCOMPARE(f->wakeUps(), 0);
}

void tst_ReminderScheduler::manyDebtsOfOneClientInOneMessage()
{
    // More debts due for one client than one query binds at a time.
    const qint64 juan = f->client(QStringLiteral("Juan"));
    const int count = 520;
    for (int i = 0; i < count; ++i)
        QVERIFY(f->debt(juan, QStringLiteral("F-%1").arg(i, 4, 10, QLatin1Char('0')),
                        QDate(2026, 1, 10), 1000)
                > 0);
    f->at(QDate(2026, 1, 7));
    const auto report = ReminderScheduler(*f->db, f->clock).scan();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->debtsExamined, count);
    QCOMPARE(report->messagesQueued, 1);
    const QList<OutboxMessage> queued = f->messages();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.constFirst().total, Money::fromPesos(1000 * count));
    QSqlQuery q(f->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT debt_id) FROM outbox_items WHERE "
                                  "step_days = -3"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), count);
    // Every one waits for the due date's step, and only for it.
    QCOMPARE(f->wakeUps(), count);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM reminder_wakeups WHERE wake_on = "
                                  "'2026-01-10'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), count);
}

void tst_ReminderScheduler::chunkedScanQueuesEachClientOnce()
{
    // Five clients scanned two per transaction: every one gets its message, once, and every
    // debt moves on to its next step.
    QList<qint64> debts;
    for (int i = 0; i < 5; ++i) {
        const qint64 client = f->client(QStringLiteral("Cliente %1").arg(i),
                                        QStringLiteral("300 123 45%1%1").arg(i));
        debts << f->debt(client, QStringLiteral("F-%1a").arg(i), QDate(2026, 1, 10), 1000)
              << f->debt(client, QStringLiteral("F-%1b").arg(i), QDate(2026, 1, 10), 2000);
    }
    f->at(QDate(2026, 1, 7));
    ReminderScheduler scheduler(*f->db, f->clock);
    scheduler.setChunkSize(2);
    const auto report = scheduler.scan();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->messagesQueued, 5);
    QCOMPARE(report->debtsExamined, 10);
    QCOMPARE(f->messages().size(), 5);
    for (qint64 debt : std::as_const(debts))
        QCOMPARE(f->nextReminder(debt), QDate(2026, 1, 10));
    QCOMPARE(f->wakeUps(), 10);
    // A second scan the same day finds nothing left to do.
    const auto again = scheduler.scan();
    QVERIFY(again.ok());
    QCOMPARE(again->debtsExamined, 0);
    QCOMPARE(f->messages().size(), 5);
}

QTEST_GUILESS_MAIN(tst_ReminderScheduler)
#include "tst_reminderscheduler.moc"
