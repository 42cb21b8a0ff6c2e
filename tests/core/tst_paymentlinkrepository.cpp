// Payment links per debt and the gateway transactions through them, on SQLite and (pg/ run)
// PostgreSQL: reuse while balance and expiry hold, replacement noted in the debt's history,
// approved payments recorded once with their reminders cancelled, the excess flagged, and
// declined attempts kept as history only.
#include "auditlog.h"
#include "paymentlinkrepository.h"
#include "reminderfixture.h"
#include "reminderscheduler.h"

#include <QTest>

using State = OutboxMessage::State;
using Kind = TransactionOutcome::Kind;

class TestPaymentLinkRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReminderFixture> f;
    int m_links = 0;
    int m_transactions = 0;

    PaymentLink saveLink(const QList<qint64> &debts)
    {
        PaymentLinkRepository repo(*f->db, f->clock);
        const auto plan = repo.planForDebts(debts);
        if (!plan)
            qWarning("%s", qPrintable(plan.error()));
        const QString id = QStringLiteral("test_lnk%1").arg(++m_links);
        const auto link
            = repo.saveNew(QStringLiteral("wompi"), plan.value(),
                           {id, QUrl(QStringLiteral("https://checkout.wompi.co/l/") + id)},
                           f->clock.now().addDays(7));
        if (!link)
            qWarning("%s", qPrintable(link.error()));
        return link ? link.value() : PaymentLink();
    }

    GatewayTransaction transaction(const PaymentLink &link, GatewayTransaction::Status status,
                                   Money amount, Payment::Method method = Payment::Method::Nequi)
    {
        GatewayTransaction t;
        t.id = QStringLiteral("1200-1700000000-%1").arg(++m_transactions);
        t.linkId = link.gatewayLinkId;
        t.status = status;
        t.amount = amount;
        t.method = method;
        t.methodType = QStringLiteral("NEQUI");
        t.finishedAt = f->clock.now();
        return t;
    }

    QList<PaymentRow> payments(qint64 debtId)
    {
        PaymentQuery query;
        query.debtId = debtId;
        const auto rows = PaymentRepository(*f->db, f->clock).list(query);
        return rows ? rows.value() : QList<PaymentRow>();
    }

    Money balance(qint64 debtId)
    {
        const auto d = DebtRepository(*f->db, f->clock).get(debtId);
        return d ? d->balance() : Money::fromMinor(-1);
    }

    QList<AuditEntry> history(qint64 debtId, const QString &action)
    {
        AuditQuery query;
        query.entity = QStringLiteral("debt");
        query.entityId = debtId;
        query.action = action;
        const auto entries = AuditLog(*f->db, f->clock).list(query);
        return entries ? entries.value() : QList<AuditEntry>();
    }

    // A debt overdue since 10/01/2026 with its reminder queued on Thursday 15/01/2026.
    qint64 debtWithQueuedReminder(qint64 client, const QString &reference, qint64 pesos)
    {
        const qint64 debt = f->debt(client, reference, QDate(2026, 1, 10), pesos);
        f->at(QDate(2026, 1, 15), QTime(8, 0));
        const auto scan = ReminderScheduler(*f->db, f->clock).scan();
        if (!scan)
            qWarning("%s", qPrintable(scan.error()));
        return debt;
    }

private slots:
    void init()
    {
        f = std::make_unique<ReminderFixture>();
        QVERIFY(f->open());
        f->at(QDate(2026, 1, 15), QTime(8, 0));
    }

    void cleanup()
    {
        f->db->close();
        f.reset();
    }

    void planCoversOpenDebtsOfOneClient()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 ana = f->client(QStringLiteral("Ana Gómez"), QStringLiteral("300 765 4321"));
        const qint64 a = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const qint64 b = f->debt(juan, QStringLiteral("F-2"), QDate(2026, 1, 5), 100000);
        const qint64 c = f->debt(ana, QStringLiteral("F-3"), QDate(2026, 1, 5), 100000);
        QVERIFY(f->pay(b, 40000).ok());
        PaymentLinkRepository repo(*f->db, f->clock);
        const auto plan = repo.planForClient(juan);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(plan->total, Money::fromPesos(310000));
        QCOMPARE(plan->references(), (QStringList{"F-2", "F-1"})); // oldest due first
        QCOMPARE(plan->clientName, QStringLiteral("Juan Pérez"));
        QVERIFY(!repo.planForDebts({a, c}).ok()); // two clients
        QVERIFY(f->pay(a, 250000).ok());
        QVERIFY(f->pay(b, 60000).ok());
        QCOMPARE(repo.planForClient(juan).code(), ErrorCode::NotFound); // nothing owed
    }

    void reusedWhileBalanceAndExpiryHold()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const PaymentLink link = saveLink({debt});
        QVERIFY(link.id > 0);
        QCOMPARE(link.amount, Money::fromPesos(250000));
        PaymentLinkRepository repo(*f->db, f->clock);
        const auto plan = repo.planForDebts({debt});
        auto again = repo.reusable(QStringLiteral("wompi"), plan.value(), 24 * 3600);
        QVERIFY(again.ok() && again->has_value());
        QCOMPARE(again->value().id, link.id);
        QCOMPARE(again->value().url, link.url);
        // Six and a half days later less than a day is left: a new one is needed.
        f->clock.advanceSecs(6 * 24 * 3600 + 12 * 3600);
        again = repo.reusable(QStringLiteral("wompi"), plan.value(), 24 * 3600);
        QVERIFY(again.ok() && !again->has_value());
    }

    void replacedWhenTheBalanceChanges()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const PaymentLink first = saveLink({debt});
        QVERIFY(f->pay(debt, 50000).ok());
        PaymentLinkRepository repo(*f->db, f->clock);
        const auto plan = repo.planForDebts({debt});
        QCOMPARE(plan->total, Money::fromPesos(200000));
        const auto reuse = repo.reusable(QStringLiteral("wompi"), plan.value(), 0);
        QVERIFY(reuse.ok() && !reuse->has_value());

        const PaymentLink second = saveLink({debt});
        QVERIFY(second.id > first.id);
        QCOMPARE(second.amount, Money::fromPesos(200000));
        QCOMPARE(repo.get(first.id)->state, PaymentLink::State::Replaced);
        QCOMPARE(repo.get(second.id)->state, PaymentLink::State::Open);

        // The debt's history says which link replaced which.
        const QList<AuditEntry> replaced = history(debt, QStringLiteral("payment_link_replaced"));
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(replaced.first().before.value("payment_link").toString(), first.url.toString());
        QCOMPARE(replaced.first().after.value("payment_link").toString(), second.url.toString());
        QCOMPARE(replaced.first().after.value("amount").toString(), QStringLiteral("$200.000"));
        QCOMPARE(replaced.first().clientId, juan);

        // A client link over both debts replaces the single-debt one too.
        const qint64 other = f->debt(juan, QStringLiteral("F-2"), QDate(2026, 1, 12), 100000);
        const PaymentLink grouped = saveLink({debt, other});
        QCOMPARE(grouped.amount, Money::fromPesos(300000));
        QCOMPARE(repo.get(second.id)->state, PaymentLink::State::Replaced);
        // Replaced links are still polled: the client may pay an older message's link.
        const auto polled = repo.linksToPoll(QStringLiteral("wompi"), 7);
        QCOMPARE(polled->size(), 3);
    }

    void approvedBecomesOnePaymentAndCancelsReminders()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = debtWithQueuedReminder(juan, QStringLiteral("F-1"), 250000);
        QCOMPARE(f->messages({State::Scheduled}).size(), 1);
        const PaymentLink link = saveLink({debt});
        const GatewayTransaction t
            = transaction(link, GatewayTransaction::Status::Approved, Money::fromPesos(250000));

        PaymentLinkRepository repo(*f->db, f->clock);
        const auto first = repo.recordTransaction(QStringLiteral("wompi"), t);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->kind, Kind::Recorded);
        QCOMPARE(first->applied, Money::fromPesos(250000));
        QCOMPARE(first->flagged, Money());
        QCOMPARE(first->references, QStringList{QStringLiteral("F-1")});
        QCOMPARE(first->clientName, QStringLiteral("Juan Pérez"));

        for (int i = 0; i < 3; ++i) {
            const auto again = repo.recordTransaction(QStringLiteral("wompi"), t);
            QVERIFY(again.ok());
            QCOMPARE(again->kind, Kind::AlreadyRecorded);
        }
        const QList<PaymentRow> rows = payments(debt);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().payment.method, Payment::Method::Nequi);
        QCOMPARE(rows.first().payment.reference, t.id);
        QCOMPARE(rows.first().payment.amount, Money::fromPesos(250000));
        QCOMPARE(balance(debt), Money());
        // The reminder that was waiting will not go out.
        QCOMPARE(f->messages({State::Scheduled}).size(), 0);
        QCOMPARE(f->messages({State::Cancelled}).size(), 1);
        QVERIFY(!f->nextReminder(debt).isValid());
        QCOMPARE(repo.get(link.id)->state, PaymentLink::State::Paid);
        QVERIFY(repo.flagged()->isEmpty());
    }

    void moreThanTheBalanceIsFlagged()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const PaymentLink link = saveLink({debt});
        // Meanwhile the client paid part in cash at the counter.
        QVERIFY(f->pay(debt, 100000).ok());
        PaymentLinkRepository repo(*f->db, f->clock);
        const auto outcome = repo.recordTransaction(
            QStringLiteral("wompi"),
            transaction(link, GatewayTransaction::Status::Approved, Money::fromPesos(250000)));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->applied, Money::fromPesos(150000));
        QCOMPARE(outcome->flagged, Money::fromPesos(100000));
        QVERIFY2(outcome->flagReason.contains(QStringLiteral("$100.000")),
                 qPrintable(outcome->flagReason));
        QCOMPARE(balance(debt), Money());
        const auto flagged = repo.flagged();
        QCOMPARE(flagged->size(), 1);
        QCOMPARE(flagged->first().flagged, Money::fromPesos(100000));
        QCOMPARE(flagged->first().clientName, QStringLiteral("Juan Pérez"));
        QVERIFY(repo.resolveFlag(flagged->first().id).ok());
        QVERIFY(repo.flagged()->isEmpty());
    }

    void groupedLinkPaysOldestFirst()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 older = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 5), 100000);
        const qint64 newer = debtWithQueuedReminder(juan, QStringLiteral("F-2"), 200000);
        QCOMPARE(f->messages({State::Scheduled}).size(), 1); // one grouped reminder
        const PaymentLink link = saveLink({older, newer});
        QCOMPARE(link.amount, Money::fromPesos(300000));
        PaymentLinkRepository repo(*f->db, f->clock);
        // A mismatched amount: less than the link asked for.
        const auto outcome = repo.recordTransaction(
            QStringLiteral("wompi"), transaction(link, GatewayTransaction::Status::Approved,
                                                 Money::fromPesos(180000), Payment::Method::PSE));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error()));
        QCOMPARE(outcome->applied, Money::fromPesos(180000));
        QCOMPARE(outcome->flagged, Money());
        QCOMPARE(balance(older), Money());
        QCOMPARE(balance(newer), Money::fromPesos(120000));
        QCOMPARE(payments(newer).first().payment.method, Payment::Method::PSE);
        // The queued reminder named the old total: cancelled, and F-2 is looked at again.
        QCOMPARE(f->messages({State::Scheduled}).size(), 0);
        QCOMPARE(f->nextReminder(newer), f->clock.today());
    }

    void declinedIsHistoryNotPayment_data()
    {
        QTest::addColumn<GatewayTransaction::Status>("status");
        QTest::addColumn<QString>("action");
        QTest::newRow("declined") << GatewayTransaction::Status::Declined
                                  << "online_payment_declined";
        QTest::newRow("voided") << GatewayTransaction::Status::Voided << "online_payment_voided";
        QTest::newRow("error") << GatewayTransaction::Status::Error << "online_payment_error";
    }

    void declinedIsHistoryNotPayment()
    {
        QFETCH(GatewayTransaction::Status, status);
        QFETCH(QString, action);
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = debtWithQueuedReminder(juan, QStringLiteral("F-1"), 250000);
        const PaymentLink link = saveLink({debt});
        PaymentLinkRepository repo(*f->db, f->clock);
        const GatewayTransaction t = transaction(link, status, Money::fromPesos(250000));
        const auto outcome = repo.recordTransaction(QStringLiteral("wompi"), t);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->kind, Kind::Recorded);
        QCOMPARE(outcome->applied, Money());
        QVERIFY(payments(debt).isEmpty());
        QCOMPARE(balance(debt), Money::fromPesos(250000));
        QCOMPARE(f->messages({State::Scheduled}).size(), 1); // reminders carry on
        const QList<AuditEntry> entries = history(debt, action);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().after.value("transaction").toString(), t.id);
        QCOMPARE(repo.get(link.id)->state, PaymentLink::State::Open); // may still be paid
        QCOMPARE(repo.recordTransaction(QStringLiteral("wompi"), t)->kind, Kind::AlreadyRecorded);
        QCOMPARE(history(debt, action).size(), 1);
    }

    void pendingRecordsNothingUntilFinal()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const PaymentLink link = saveLink({debt});
        PaymentLinkRepository repo(*f->db, f->clock);
        GatewayTransaction t
            = transaction(link, GatewayTransaction::Status::Pending, Money::fromPesos(250000));
        QCOMPARE(repo.recordTransaction(QStringLiteral("wompi"), t)->kind, Kind::Pending);
        QCOMPARE(repo.isRecorded(QStringLiteral("wompi"), t.id).value(), false);
        t.status = GatewayTransaction::Status::Approved;
        QCOMPARE(repo.recordTransaction(QStringLiteral("wompi"), t)->kind, Kind::Recorded);
        QCOMPARE(payments(debt).size(), 1);
    }

    void unknownLinkIsFlaggedWhole()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        PaymentLink stranger;
        stranger.gatewayLinkId = QStringLiteral("test_not_ours");
        PaymentLinkRepository repo(*f->db, f->clock);
        const auto outcome = repo.recordTransaction(
            QStringLiteral("wompi"),
            transaction(stranger, GatewayTransaction::Status::Approved, Money::fromPesos(5000)));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->applied, Money());
        QCOMPARE(outcome->flagged, Money::fromPesos(5000));
        QVERIFY(payments(debt).isEmpty());
        QCOMPARE(repo.flagged()->size(), 1);
    }

    void renderedMessageIsSaved()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        debtWithQueuedReminder(juan, QStringLiteral("F-1"), 250000);
        const OutboxMessage queued = f->messages().first();
        PaymentLinkRepository repo(*f->db, f->clock);
        QVERIFY(repo.saveRenderedMessage(queued.id,
                                         QStringLiteral("Hola, paga aquí: https://x/l/1"),
                                         {QStringLiteral("Juan"), QStringLiteral("https://x/l/1")})
                    .ok());
        const OutboxMessage saved = f->message(queued.id);
        QCOMPARE(saved.text, QStringLiteral("Hola, paga aquí: https://x/l/1"));
        QCOMPARE(saved.parameters.last(), QStringLiteral("https://x/l/1"));
    }
};

QTEST_GUILESS_MAIN(TestPaymentLinkRepository)
#include "tst_paymentlinkrepository.moc"
