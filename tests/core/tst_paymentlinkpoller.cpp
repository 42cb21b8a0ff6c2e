// The poller and the issuer against the loopback Wompi: links made once and reused, replaced
// when the balance changes; transactions recorded exactly once however often (and by however
// many pollers) they are read; pending, declined, duplicated and mismatched reports; 401 and
// 5xx faults.
#include "fakegatewayserver.h"
#include "paymentlinkissuer.h"
#include "paymentlinkpoller.h"
#include "paymentlinkrepository.h"
#include "reminderfixture.h"
#include "wompigateway.h"

#include <QSignalSpy>
#include <QTest>

class TestPaymentLinkPoller : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReminderFixture> f;
    std::unique_ptr<FakeGatewayServer> fake;
    std::unique_ptr<WompiGateway> gateway;

    WompiSettings settings() const
    {
        WompiSettings s;
        s.baseUrl = fake->apiUrl();
        s.checkoutBaseUrl = fake->checkoutUrl();
        s.privateKey = fake->privateKey;
        s.transferTimeoutMs = 5000;
        return s;
    }

    Result<PaymentLink> linkFor(const QList<qint64> &debts)
    {
        PaymentLinkIssuer issuer(*f->db, f->clock, gateway.get());
        std::optional<Result<PaymentLink>> answer;
        issuer.linkForDebts(debts, [&](const Result<PaymentLink> &r) { answer = r; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
            return Failure{QStringLiteral("no answer"), ErrorCode::Network};
        return *answer;
    }

    static PollReport poll(PaymentLinkPoller &poller)
    {
        QSignalSpy finished(&poller, &PaymentLinkPoller::finished);
        poller.pollNow();
        if (!finished.wait(15000))
            qWarning("the poll did not finish");
        return poller.lastReport();
    }

private slots:
    void init()
    {
        f = std::make_unique<ReminderFixture>();
        QVERIFY(f->open());
        f->at(QDate(2026, 1, 15), QTime(8, 0));
        fake = std::make_unique<FakeGatewayServer>();
        QVERIFY(fake->start());
        gateway = std::make_unique<WompiGateway>(settings());
    }

    void cleanup()
    {
        QVERIFY2(fake->problems().isEmpty(), qPrintable(fake->problems().join('\n')));
        gateway.reset();
        fake.reset();
        f->db->close();
        f.reset();
    }

    void issuerMakesReusesAndReplaces()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const auto first = linkFor({debt});
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(fake->links().size(), 1);
        QCOMPARE(fake->links().first().amountInCents, qint64(25000000));
        QCOMPARE(first->url.toString(), fake->checkoutUrl().toString() + fake->links().first().id);
        // The expiry the gateway got: 7 days on, end of the day in Bogotá.
        QCOMPARE(fake->links().first().body.value("expires_at").toString(),
                 QStringLiteral("2026-01-23T04:59:59Z"));

        const auto again = linkFor({debt});
        QVERIFY(again.ok());
        QCOMPARE(again->id, first->id);
        QCOMPARE(fake->links().size(), 1); // reused: no second request

        QVERIFY(f->pay(debt, 50000).ok());
        const auto replaced = linkFor({debt});
        QVERIFY(replaced.ok());
        QVERIFY(replaced->id != first->id);
        QCOMPARE(fake->links().size(), 2);
        QCOMPARE(fake->links().last().amountInCents, qint64(20000000));
        QCOMPARE(PaymentLinkRepository(*f->db, f->clock).get(first->id)->state,
                 PaymentLink::State::Replaced);
    }

    void issuerSaysWhyNot()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        fake->enqueueFault(FakeGatewayServer::Fault::Unauthorized);
        const auto refused = linkFor({debt});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("private key")),
                 qPrintable(refused.error()));
        QVERIFY(PaymentLinkRepository(*f->db, f->clock).linksOfClient(juan)->isEmpty());
        fake->enqueueFault(FakeGatewayServer::Fault::ServerError);
        QCOMPARE(linkFor({debt}).code(), ErrorCode::Network);
        QVERIFY(linkFor({debt}).ok()); // the gateway is back
    }

    void exactlyOnceUnderRepeatedPolling()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const auto link = linkFor({debt});
        QVERIFY(link.ok());
        const QString paid = fake->approve(link->gatewayLinkId, QStringLiteral("DAVIPLATA"));
        fake->duplicate(paid); // the gateway lists it twice in one answer

        PaymentLinkPoller poller(*f->db, f->clock, gateway.get());
        QSignalSpy recorded(&poller, &PaymentLinkPoller::paymentRecorded);
        PollReport report = poll(poller);
        QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join('\n')));
        QCOMPARE(report.linksChecked, 1);
        QCOMPARE(report.recorded, 1);
        QCOMPARE(report.alreadyRecorded, 1);
        QCOMPARE(report.applied, Money::fromPesos(250000));
        QCOMPARE(recorded.size(), 1);
        // The paid link is no longer polled; a replaced or open one would be.
        for (int i = 0; i < 3; ++i) {
            report = poll(poller);
            QCOMPARE(report.recorded, 0);
        }
        const QList<PaymentRow> rows = f->payments(debt);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().payment.method, Payment::Method::Daviplata);
        QCOMPARE(rows.first().payment.reference, paid);
        QCOMPARE(recorded.size(), 1);
    }

    void pendingDeclinedThenApproved()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const auto link = linkFor({debt});
        QVERIFY(link.ok());
        fake->addTransaction(link->gatewayLinkId, QStringLiteral("DECLINED"), 25000000,
                             QStringLiteral("CARD"));
        const QString pse = fake->addTransaction(link->gatewayLinkId, QStringLiteral("PENDING"),
                                                 25000000, QStringLiteral("PSE"));
        PaymentLinkPoller poller(*f->db, f->clock, gateway.get());
        PollReport report = poll(poller);
        QCOMPARE(report.recorded, 1); // the declined card, as history
        QCOMPARE(report.pending, 1);
        QCOMPARE(report.applied, Money());
        QVERIFY(f->payments(debt).isEmpty());

        fake->setStatus(pse, QStringLiteral("APPROVED")); // the bank confirmed the PSE debit
        report = poll(poller);
        QCOMPARE(report.recorded, 1);
        QCOMPARE(report.alreadyRecorded, 1);
        QCOMPARE(report.applied, Money::fromPesos(250000));
        QCOMPARE(f->payments(debt).size(), 1);
        QCOMPARE(f->payments(debt).first().payment.method, Payment::Method::PSE);
    }

    void mismatchedAmountsAreFlagged()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const auto link = linkFor({debt});
        QVERIFY(link.ok());
        // More than the link asked for, and one that claims a link Cartera never made.
        fake->addTransaction(link->gatewayLinkId, QStringLiteral("APPROVED"), 30000000);
        fake->addForeign(link->gatewayLinkId, QStringLiteral("test_someone_else"), 700000);
        PaymentLinkPoller poller(*f->db, f->clock, gateway.get());
        QSignalSpy flagged(&poller, &PaymentLinkPoller::amountFlagged);
        const PollReport report = poll(poller);
        QCOMPARE(report.recorded, 2);
        QCOMPARE(report.applied, Money::fromPesos(250000));
        QCOMPARE(report.flagged, Money::fromPesos(50000 + 7000));
        QCOMPARE(flagged.size(), 2);
        QCOMPARE(f->payments(debt).size(), 1);
        QCOMPARE(PaymentLinkRepository(*f->db, f->clock).flagged()->size(), 2);
    }

    void faultsAreReportedAndPollingResumes()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 a = f->debt(juan, QStringLiteral("F-1"), QDate(2026, 1, 10), 250000);
        const qint64 ana = f->client(QStringLiteral("Ana Gómez"), QStringLiteral("300 765 4321"));
        const qint64 b = f->debt(ana, QStringLiteral("F-2"), QDate(2026, 1, 10), 100000);
        const auto la = linkFor({a});
        const auto lb = linkFor({b});
        QVERIFY(la.ok() && lb.ok());
        fake->approve(la->gatewayLinkId);
        fake->approve(lb->gatewayLinkId);
        PaymentLinkPoller poller(*f->db, f->clock, gateway.get());

        // A refused key stops the round at once: every link would fail the same way.
        fake->enqueueFault(FakeGatewayServer::Fault::Unauthorized);
        PollReport report = poll(poller);
        QCOMPARE(report.linksChecked, 1);
        QCOMPARE(report.errors.size(), 1);
        QVERIFY2(report.errors.first().contains(QStringLiteral("rejected the private key")),
                 qPrintable(report.errors.first()));
        QVERIFY(!report.errors.first().contains(fake->privateKey));

        // A server error fails that link only; the others are still read.
        fake->enqueueFault(FakeGatewayServer::Fault::ServerError);
        report = poll(poller);
        QCOMPARE(report.linksChecked, 2);
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.recorded, 1);

        report = poll(poller);
        QVERIFY(report.errors.isEmpty());
        QCOMPARE(report.recorded, 1);
        QCOMPARE(f->payments(a).size(), 1);
        QCOMPARE(f->payments(b).size(), 1);
    }

    void twoPollersRacing()
    {
        // Two programs on one database: each with its own connection and gateway.
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        QList<qint64> debts;
        for (int i = 0; i < 6; ++i)
            debts.append(f->debt(juan + 0, QStringLiteral("F-%1").arg(i), QDate(2026, 1, 10),
                                 10000 * (i + 1)));
        for (qint64 d : debts) {
            const auto link = linkFor({d});
            QVERIFY(link.ok());
            fake->approve(link->gatewayLinkId);
        }
        Database::Options options;
        options.connectionName = QStringLiteral("second");
        const auto second = TestSupport::onPostgres() ? Result<Database>(*f->db)
                                                      : Database::open(f->db->location(), options);
        QVERIFY(second.ok());
        WompiGateway otherGateway(settings());
        PaymentLinkPoller one(*f->db, f->clock, gateway.get());
        PaymentLinkPoller two(second.value(), f->clock, &otherGateway);
        QSignalSpy oneDone(&one, &PaymentLinkPoller::finished);
        QSignalSpy twoDone(&two, &PaymentLinkPoller::finished);
        one.pollNow();
        two.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(oneDone.size() == 1 && twoDone.size() == 1, 20000);
        QVERIFY(one.lastReport().errors.isEmpty());
        QVERIFY(two.lastReport().errors.isEmpty());
        QCOMPARE(one.lastReport().recorded + two.lastReport().recorded, 6);
        for (qint64 d : debts)
            QCOMPARE(f->payments(d).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPaymentLinkPoller)
#include "tst_paymentlinkpoller.moc"
