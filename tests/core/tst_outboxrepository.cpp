#include "core/reminderfixture.h"

#include "reminderscheduler.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

// The queue's states and its atomic claim.
class tst_OutboxRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void twoWorkersNeverClaimTheSameRow();
    void restartTurnsSendingIntoUncertain();
    void transitionsAreGuarded();
    void retryingWaitsForItsTime();
    void clerkCancelsScheduled();
    void clerkRetriesFailed();
    void clerkResolvesUncertain_data();
    void clerkResolvesUncertain();
    void listFiltersByStateClientAndDate();
    void sameStepNeverQueuedTwice();
    void batchQueuesTheNewAndRefusesTheDuplicates();

private:
    // `clients` clients, each with one debt at step +1 on Wednesday 14 January 2026; the
    // scan queues one message each. Leaves the clock at 9:00 that day.
    void queue(int clients);

    std::unique_ptr<ReminderFixture> f;
    QList<qint64> m_clients;
};

void tst_OutboxRepository::init()
{
    f = std::make_unique<ReminderFixture>();
    QVERIFY(f->open());
    m_clients.clear();
}

void tst_OutboxRepository::cleanup()
{
    f->db->close();
    f.reset();
}

void tst_OutboxRepository::queue(int clients)
{
    for (int i = 0; i < clients; ++i) {
        const qint64 id
            = f->client(QStringLiteral("Cliente %1").arg(i),
                        QStringLiteral("300 %1").arg(1000000 + i, 7, 10, QLatin1Char('0')));
        f->debt(id, QStringLiteral("F-%1").arg(i), QDate(2026, 1, 13), 10000 + i);
        m_clients.append(id);
    }
    f->at(QDate(2026, 1, 14));
    ReminderScheduler scheduler(*f->db, f->clock);
    const auto report = scheduler.scan();
    QVERIFY(report.ok());
    QCOMPARE(report->messagesQueued, clients);
}

void tst_OutboxRepository::twoWorkersNeverClaimTheSameRow()
{
    queue(120);
    // A second Database on the same file: another connection, as a second process would have.
    Database::Options options;
    options.connectionName = QStringLiteral("second");
    auto other = Database::open(f->db->location(), options);
    QVERIFY2(other.ok(), qPrintable(other.error()));
    const Database second = other.value();

    std::atomic<int> failures{0};
    auto worker = [&](const Database &db, const QString &name, QList<qint64> *ids) {
        return QThread::create([&, db, name, ids] {
            OutboxRepository outbox(db, f->clock);
            for (;;) {
                const auto claimed = outbox.claimDue(name, 3);
                if (!claimed) {
                    if (claimed.code() != ErrorCode::Busy)
                        ++failures;
                    continue;
                }
                if (claimed->isEmpty())
                    break;
                for (const OutboxMessage &m : claimed.value())
                    ids->append(m.id);
            }
            Database(db).close();
        });
    };
    QList<qint64> a;
    QList<qint64> b;
    QThread *one = worker(*f->db, QStringLiteral("gui"), &a);
    QThread *two = worker(second, QStringLiteral("headless"), &b);
    one->start();
    two->start();
    QVERIFY(one->wait(60000));
    QVERIFY(two->wait(60000));
    delete one;
    delete two;

    QCOMPARE(failures.load(), 0);
    const QSet<qint64> setA(a.begin(), a.end());
    const QSet<qint64> setB(b.begin(), b.end());
    QCOMPARE(setA.size(), a.size());
    QCOMPARE(setB.size(), b.size());
    QVERIFY(!setA.intersects(setB));
    QCOMPARE(setA.size() + setB.size(), 120);
    // Each row names the worker that took it.
    for (const OutboxMessage &m : f->messages()) {
        QCOMPARE(m.state, OutboxMessage::State::Sending);
        QCOMPARE(m.claimedBy,
                 setA.contains(m.id) ? QStringLiteral("gui") : QStringLiteral("headless"));
        QCOMPARE(m.attempts, 1);
    }
}

void tst_OutboxRepository::restartTurnsSendingIntoUncertain()
{
    queue(2);
    OutboxRepository outbox(*f->db, f->clock);
    const auto claimed = outbox.claimDue(QStringLiteral("w"), 1);
    QCOMPARE(claimed->size(), 1);
    // The process dies here. The next start recovers:
    const auto recovered = outbox.recoverInterrupted();
    QCOMPARE(recovered.value(), 1);
    const OutboxMessage m = f->message(claimed->constFirst().id);
    QCOMPARE(m.state, OutboxMessage::State::Uncertain);
    QVERIFY(!m.reason.isEmpty());
    // Never resent automatically: only the other message is claimed, even days later.
    const auto next = outbox.claimDue(QStringLiteral("w"), 10);
    QCOMPARE(next->size(), 1);
    QVERIFY(next->constFirst().id != m.id);
    f->at(QDate(2026, 1, 15));
    QCOMPARE(outbox.claimDue(QStringLiteral("w"), 10)->size(), 0);
    QCOMPARE(f->message(m.id).state, OutboxMessage::State::Uncertain);
}

void tst_OutboxRepository::transitionsAreGuarded()
{
    queue(1);
    OutboxRepository outbox(*f->db, f->clock);
    const qint64 id = f->messages().constFirst().id;
    // A scheduled message cannot be marked sent: it was never handed to a provider.
    const auto sent = outbox.markSent(id, QStringLiteral("p"), QStringLiteral("x"));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.code(), ErrorCode::Conflict);
    QVERIFY(outbox.claimDue(QStringLiteral("w"), 5)->size() == 1);
    QVERIFY(outbox.markSent(id, QStringLiteral("360dialog"), QStringLiteral("wamid.1")).ok());
    QCOMPARE(outbox.markSent(id, QStringLiteral("360dialog"), QStringLiteral("wamid.2")).code(),
             ErrorCode::Conflict);
    const OutboxMessage m = f->message(id);
    QCOMPARE(m.providerMessageId, QStringLiteral("wamid.1"));
    QCOMPARE(m.provider, QStringLiteral("360dialog"));
    QCOMPARE(m.sentAt, f->clock.now());
}

void tst_OutboxRepository::retryingWaitsForItsTime()
{
    queue(1);
    OutboxRepository outbox(*f->db, f->clock);
    const qint64 id = outbox.claimDue(QStringLiteral("w"), 5)->constFirst().id;
    QVERIFY(outbox
                .markRetrying(id, f->clock.now().addSecs(600), QStringLiteral("rate limit"),
                              QStringLiteral("130429"))
                .ok());
    QCOMPARE(outbox.claimDue(QStringLiteral("w"), 5)->size(), 0);
    f->clock.advanceSecs(600);
    const auto again = outbox.claimDue(QStringLiteral("w"), 5);
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->constFirst().attempts, 2);
}

void tst_OutboxRepository::clerkCancelsScheduled()
{
    queue(1);
    OutboxRepository outbox(*f->db, f->clock);
    const qint64 id = f->messages().constFirst().id;
    QVERIFY(outbox.cancel(id, QStringLiteral("llamó a pagar")).ok());
    const OutboxMessage m = f->message(id);
    QCOMPARE(m.state, OutboxMessage::State::Cancelled);
    QCOMPARE(m.reason, QStringLiteral("llamó a pagar"));
    QCOMPARE(outbox.claimDue(QStringLiteral("w"), 5)->size(), 0);
    QCOMPARE(outbox.cancel(id, QStringLiteral("again")).code(), ErrorCode::Conflict);
}

void tst_OutboxRepository::clerkRetriesFailed()
{
    queue(1);
    OutboxRepository outbox(*f->db, f->clock);
    const qint64 id = outbox.claimDue(QStringLiteral("w"), 5)->constFirst().id;
    QVERIFY(
        outbox
            .markFailed(id, QStringLiteral("El número no tiene WhatsApp"), QStringLiteral("131026"))
            .ok());
    QCOMPARE(f->message(id).reason, QStringLiteral("El número no tiene WhatsApp"));
    f->at(QDate(2026, 1, 15), QTime(10, 0));
    QVERIFY(outbox.retry(id).ok());
    const OutboxMessage m = f->message(id);
    QCOMPARE(m.state, OutboxMessage::State::Scheduled);
    QCOMPARE(m.sendDate, QDate(2026, 1, 15));
    QCOMPARE(outbox.claimDue(QStringLiteral("w"), 5)->size(), 1);
}

void tst_OutboxRepository::clerkResolvesUncertain_data()
{
    QTest::addColumn<bool>("wasSent");
    QTest::addColumn<int>("expected");
    QTest::newRow("client got it") << true << int(OutboxMessage::State::Sent);
    QTest::newRow("client did not") << false << int(OutboxMessage::State::Failed);
}

void tst_OutboxRepository::clerkResolvesUncertain()
{
    QFETCH(bool, wasSent);
    QFETCH(int, expected);
    queue(1);
    OutboxRepository outbox(*f->db, f->clock);
    const qint64 id = outbox.claimDue(QStringLiteral("w"), 5)->constFirst().id;
    QVERIFY(outbox.markUncertain(id, QStringLiteral("timeout")).ok());
    QVERIFY(outbox.resolveUncertain(id, wasSent).ok());
    QCOMPARE(int(f->message(id).state), expected);
    QCOMPARE(outbox.resolveUncertain(id, wasSent).code(), ErrorCode::Conflict);
}

void tst_OutboxRepository::listFiltersByStateClientAndDate()
{
    queue(3);
    OutboxRepository outbox(*f->db, f->clock);
    const qint64 first = outbox.claimDue(QStringLiteral("w"), 1)->constFirst().id;
    QVERIFY(outbox.markSent(first, QStringLiteral("p"), QStringLiteral("x")).ok());
    OutboxQuery query;
    query.states = {OutboxMessage::State::Scheduled};
    QCOMPARE(outbox.count(query).value(), 2);
    query.states = {OutboxMessage::State::Sent};
    QCOMPARE(outbox.list(query)->constFirst().id, first);
    query = {};
    query.clientId = m_clients.at(2);
    QCOMPARE(outbox.count(query).value(), 1);
    QCOMPARE(outbox.list(query)->constFirst().clientName, QStringLiteral("Cliente 2"));
    query = {};
    query.from = QDate(2026, 1, 15);
    QCOMPARE(outbox.count(query).value(), 0);
    query.from = QDate(2026, 1, 14);
    query.to = QDate(2026, 1, 14);
    QCOMPARE(outbox.count(query).value(), 3);
    QCOMPARE(outbox.pendingCount().value(), 2);
}

void tst_OutboxRepository::sameStepNeverQueuedTwice()
{
    queue(1);
    OutboxMessage copy = f->message(f->messages().constFirst().id);
    copy.id = 0;
    copy.sendDate = QDate(2026, 1, 16); // another day, same debt and step
    OutboxRepository outbox(*f->db, f->clock);
    {
        WriteTransaction tx(*f->db); // insert() runs inside its caller's transaction
        const auto inserted = outbox.insert(copy);
        QVERIFY(!inserted.ok());
        QCOMPARE(inserted.code(), ErrorCode::Duplicate);
        QVERIFY(tx.commit());
    }
    // The refused message left nothing behind.
    QCOMPARE(f->messages().size(), 1);
}

void tst_OutboxRepository::batchQueuesTheNewAndRefusesTheDuplicates()
{
    queue(2); // each client has its step +1 queued for 14 January
    const QList<OutboxMessage> before = f->messages();
    QCOMPARE(before.size(), 2);
    const OutboxMessage first = f->message(before.at(0).id);
    const OutboxMessage second = f->message(before.at(1).id);

    OutboxMessage sameDay = first; // the client already has a message that day
    sameDay.id = 0;
    sameDay.items.first().stepDays = 8;
    OutboxMessage sameStep = second; // another day, a step already queued
    sameStep.id = 0;
    sameStep.sendDate = QDate(2026, 1, 15);
    OutboxMessage fresh = first; // another day and a new step: goes in
    fresh.id = 0;
    fresh.sendDate = QDate(2026, 1, 21);
    fresh.items.first().stepDays = 8;
    fresh.text = QStringLiteral("Texto con \"comillas\", tildes (ñ, á) y\nsalto de línea");
    // Every character JSON must escape, and some it need not.
    fresh.parameters = {QStringLiteral("Ana \"la\" clienta"), QStringLiteral("$ 10.000"),
                        QStringLiteral("C:\\ruta\ttab\r\nfin"), QString(QChar(0x01)) + QChar(0x1f),
                        QStringLiteral("Peñón 😀 €"), QString()};

    QList<OutboxMessage> batch{sameDay, fresh, sameStep};
    OutboxRepository outbox(*f->db, f->clock);
    {
        WriteTransaction tx(*f->db);
        const auto refused = outbox.insertAll(batch);
        QVERIFY2(refused.ok(), qPrintable(refused.error()));
        QCOMPARE(refused->size(), 3);
        QVERIFY2(refused->at(0).contains(QStringLiteral("14/01/2026")), qPrintable(refused->at(0)));
        QVERIFY(refused->at(1).isEmpty());
        QVERIFY2(refused->at(2).contains(QStringLiteral("F-1")), qPrintable(refused->at(2)));
        QVERIFY(tx.commit());
    }
    QCOMPARE(batch.at(0).id, 0);
    QCOMPARE(batch.at(2).id, 0);
    QVERIFY(batch.at(1).id > 0);
    QCOMPARE(batch.at(1).state, OutboxMessage::State::Scheduled);

    // The refused ones left nothing behind; the new one reads back exactly as given.
    QCOMPARE(f->messages().size(), 3);
    const OutboxMessage stored = f->message(batch.at(1).id);
    QCOMPARE(stored.clientId, fresh.clientId);
    QCOMPARE(stored.sendDate, QDate(2026, 1, 21));
    QCOMPARE(stored.notBefore, fresh.notBefore);
    QCOMPARE(stored.to.e164(), fresh.to.e164());
    QCOMPARE(stored.text, fresh.text);
    QCOMPARE(stored.parameters, fresh.parameters);
    // Stored as strict JSON, which the database's own parser reads too (Qt's is lenient).
    QSqlQuery strict(f->db->connection());
    QVERIFY(strict.exec(QStringLiteral("SELECT %1 FROM outbox_messages WHERE id = %2")
                            .arg(f->db->dialect().isSQLite()
                                     ? QStringLiteral("json_valid(parameters)")
                                     : QStringLiteral("json_typeof(parameters::json) = 'array'"))
                            .arg(batch.at(1).id)));
    QVERIFY(strict.next());
    QVERIFY(strict.value(0).toBool());
    QCOMPARE(stored.total.minor(), fresh.total.minor());
    QCOMPARE(stored.references, fresh.references);
    QCOMPARE(stored.templateId, fresh.templateId);
    QCOMPARE(stored.items.size(), 1);
    QCOMPARE(stored.items.constFirst().debtId, fresh.items.constFirst().debtId);
    QCOMPARE(stored.items.constFirst().stepDays, 8);
    QCOMPARE(stored.items.constFirst().dueDate, QDate(2026, 1, 13));
}

QTEST_GUILESS_MAIN(tst_OutboxRepository)
#include "tst_outboxrepository.moc"
