// WompiGateway against the loopback fake: the exact link body (amounts in centavos, which
// Wompi calls cents), the private key in the header only, transactions read back, and the
// faults a clerk may meet (bad key, server errors, timeouts, a wrong environment).
#include "fakegatewayserver.h"
#include "gatewayconfig.h"
#include "providertestsupport.h"
#include "wompigateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace {

template<typename T> struct Answer
{
    bool arrived = false;
    std::optional<Result<T>> result;
};

} // namespace

class TestWompiGateway : public QObject
{
    Q_OBJECT

    WompiSettings settingsFor(const FakeGatewayServer &fake) const
    {
        WompiSettings s;
        s.baseUrl = fake.apiUrl();
        s.checkoutBaseUrl = fake.checkoutUrl();
        s.privateKey = fake.privateKey;
        s.transferTimeoutMs = 5000;
        return s;
    }

    static PaymentLinkRequest request(qint64 pesos)
    {
        PaymentLinkRequest r;
        r.name = QStringLiteral("Pago de F-1001");
        r.description = QStringLiteral("Saldo de F-1001 para Juan Pérez");
        r.amount = Money::fromPesos(pesos);
        r.expiresAt = QDateTime(QDate(2026, 2, 10), QTime(23, 59, 59), Qt::UTC);
        r.sku = QStringLiteral("cartera-12");
        return r;
    }

    static Result<GatewayLink> create(PaymentGateway &gateway, const PaymentLinkRequest &r)
    {
        std::optional<Result<GatewayLink>> answer;
        bool inside = true;
        bool answeredInside = false;
        gateway.createLink(r, [&](const Result<GatewayLink> &result) {
            answeredInside = inside;
            answer = result;
        });
        inside = false;
        if (answeredInside)
            return Failure{QStringLiteral("answered inside the call"), ErrorCode::Invalid};
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
            return Failure{QStringLiteral("no answer"), ErrorCode::Network};
        return *answer;
    }

    static Result<QList<GatewayTransaction>> list(PaymentGateway &gateway, const QString &link)
    {
        std::optional<Result<QList<GatewayTransaction>>> answer;
        gateway.transactionsForLink(link, [&](const auto &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
            return Failure{QStringLiteral("no answer"), ErrorCode::Network};
        return *answer;
    }

private slots:
    void linkCreationWireFormat()
    {
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        WompiGateway gateway(settingsFor(fake));
        ProviderTestSupport::LogCapture logs;
        const auto link = create(gateway, request(250000));
        QVERIFY2(link.ok(), qPrintable(link.error()));
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));

        QCOMPARE(fake.log().size(), 1);
        const auto &r = fake.log().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/v1/payment_links"));
        QCOMPARE(r.headers.value("authorization"), "Bearer " + fake.privateKey.toUtf8());
        const QJsonObject expected
            = QJsonDocument::fromJson(
                  R"({"name":"Pago de F-1001","description":"Saldo de F-1001 para Juan Pérez",
                "single_use":true,"collect_shipping":false,"currency":"COP",
                "amount_in_cents":25000000,"expires_at":"2026-02-10T23:59:59Z",
                "sku":"cartera-12"})")
                  .object();
        QCOMPARE(QJsonDocument::fromJson(r.body).object(), expected);
        // $250.000 is 25.000.000 cents at Wompi: never 250000 nor 2500000000.
        QCOMPARE(fake.links().first().amountInCents, qint64(25000000));

        QCOMPARE(link->id, fake.links().first().id);
        QCOMPARE(link->url, QUrl(fake.checkoutUrl().toString() + link->id));
        QVERIFY(!logs.contains(fake.privateKey));
    }

    void centavosTravelAsCents()
    {
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        WompiGateway gateway(settingsFor(fake));
        PaymentLinkRequest r = request(0);
        r.amount = Money::fromMinor(123456789); // $1.234.567,89
        QVERIFY(create(gateway, r).ok());
        QCOMPARE(fake.links().first().amountInCents, qint64(123456789));
        r.amount = Money();
        const auto refused = create(gateway, r);
        QVERIFY(!refused.ok());
        QCOMPARE(fake.links().size(), 1); // nothing sent for a zero amount
    }

    void readsTransactions()
    {
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        WompiGateway gateway(settingsFor(fake));
        const auto link = create(gateway, request(250000));
        QVERIFY(link.ok());
        const QString approved = fake.approve(link->id, QStringLiteral("NEQUI"));
        fake.addTransaction(link->id, QStringLiteral("DECLINED"), 25000000, QStringLiteral("CARD"));
        fake.addTransaction(link->id, QStringLiteral("PENDING"), 25000000,
                            QStringLiteral("DAVIPLATA"));

        const auto transactions = list(gateway, link->id);
        QVERIFY2(transactions.ok(), qPrintable(transactions.error()));
        QCOMPARE(transactions->size(), 3);
        const GatewayTransaction &t = transactions->at(0);
        QCOMPARE(t.id, approved);
        QCOMPARE(t.status, GatewayTransaction::Status::Approved);
        QCOMPARE(t.amount, Money::fromPesos(250000));
        QCOMPARE(t.method, Payment::Method::Nequi);
        QCOMPARE(t.linkId, link->id);
        QVERIFY(t.finishedAt.isValid());
        QCOMPARE(transactions->at(1).status, GatewayTransaction::Status::Declined);
        QCOMPARE(transactions->at(1).method, Payment::Method::Card);
        QCOMPARE(transactions->at(2).status, GatewayTransaction::Status::Pending);
        QVERIFY(!transactions->at(2).isFinal());
        QCOMPARE(fake.log().last().query, QStringLiteral("payment_link_id=") + link->id);

        std::optional<Result<GatewayTransaction>> one;
        gateway.transaction(approved, [&](const auto &result) { one = result; });
        QTRY_VERIFY(one.has_value());
        QVERIFY(one->ok());
        QCOMPARE(one->value().status, GatewayTransaction::Status::Approved);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
    }

    void methodTable_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<Payment::Method>("method");
        QTest::newRow("PSE") << "PSE" << Payment::Method::PSE;
        QTest::newRow("Nequi") << "NEQUI" << Payment::Method::Nequi;
        QTest::newRow("Daviplata") << "DAVIPLATA" << Payment::Method::Daviplata;
        QTest::newRow("card") << "CARD" << Payment::Method::Card;
        QTest::newRow("transfer") << "BANCOLOMBIA_TRANSFER" << Payment::Method::Transfer;
        QTest::newRow("unknown") << "SOMETHING_NEW" << Payment::Method::Other;
    }

    void methodTable()
    {
        QFETCH(QString, type);
        QFETCH(Payment::Method, method);
        QCOMPARE(WompiGateway::methodFor(type), method);
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("code");
        QTest::newRow("401") << int(FakeGatewayServer::Fault::Unauthorized)
                             << QStringLiteral("rejected the private key")
                             << int(ErrorCode::Invalid);
        QTest::newRow("5xx") << int(FakeGatewayServer::Fault::ServerError)
                             << QStringLiteral("internal problem (HTTP 502)")
                             << int(ErrorCode::Network);
    }

    void faults()
    {
        QFETCH(int, fault);
        QFETCH(QString, says);
        QFETCH(int, code);
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        fake.enqueueFault(FakeGatewayServer::Fault(fault));
        fake.enqueueFault(FakeGatewayServer::Fault(fault));
        WompiGateway gateway(settingsFor(fake));
        ProviderTestSupport::LogCapture logs;
        const auto link = create(gateway, request(1000));
        QVERIFY(!link.ok());
        QVERIFY2(link.error().contains(says), qPrintable(link.error()));
        QCOMPARE(int(link.code()), code);
        QVERIFY(!link.error().contains(fake.privateKey));
        const auto transactions = list(gateway, QStringLiteral("test_x"));
        QVERIFY(!transactions.ok());
        QVERIFY2(transactions.error().contains(says), qPrintable(transactions.error()));
        QVERIFY(fake.links().isEmpty());
        QVERIFY(!logs.contains(fake.privateKey));
    }

    void wrongKeyIsRefusedByTheServer()
    {
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        WompiSettings s = settingsFor(fake);
        s.privateKey = QStringLiteral("prv_test_not-the-right-one");
        WompiGateway gateway(s);
        const auto link = create(gateway, request(1000));
        QVERIFY(!link.ok());
        QVERIFY2(link.error().contains(QStringLiteral("rejected the private key")),
                 qPrintable(link.error()));
        QVERIFY(!link.error().contains(s.privateKey));
    }

    void timeoutSaysSo()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        WompiSettings s;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort()));
        s.privateKey = QStringLiteral("prv_test_abc12345");
        s.transferTimeoutMs = 300;
        WompiGateway gateway(s);
        const auto link = create(gateway, request(1000));
        QVERIFY(!link.ok());
        QCOMPARE(link.code(), ErrorCode::Network);
        QVERIFY2(link.error().contains(QStringLiteral("did not answer")), qPrintable(link.error()));
    }

    void configurationIsCheckedFirst_data()
    {
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("no key") << true << QString() << QString() << "Enter the Wompi private key";
        QTest::newRow("public key") << true << QString() << "pub_test_abc"
                                    << "must start with prv_test_";
        QTest::newRow("prod key in sandbox") << true << QString() << "prv_prod_abc"
                                             << "needs a test key";
        QTest::newRow("test key in production") << false << QString() << "prv_test_abc"
                                                << "needs a production key";
        QTest::newRow("plain http elsewhere") << true << "http://sandbox.wompi.co/v1"
                                              << "prv_test_abc"
                                              << "https://";
    }

    void configurationIsCheckedFirst()
    {
        QFETCH(bool, sandbox);
        QFETCH(QString, baseUrl);
        QFETCH(QString, key);
        QFETCH(QString, says);
        WompiSettings s;
        s.sandbox = sandbox;
        s.baseUrl = QUrl(baseUrl);
        s.privateKey = key;
        WompiGateway gateway(s);
        const auto link = create(gateway, request(1000));
        QVERIFY(!link.ok());
        QVERIFY2(link.error().contains(says), qPrintable(link.error()));
    }

    void environments()
    {
        WompiSettings s;
        s.sandbox = true;
        QCOMPARE(WompiGateway(s).apiUrl(), QUrl(QStringLiteral("https://sandbox.wompi.co/v1")));
        s.sandbox = false;
        QCOMPARE(WompiGateway(s).apiUrl(), QUrl(QStringLiteral("https://production.wompi.co/v1")));
        QCOMPARE(WompiGateway(s).checkoutUrl(QStringLiteral("test_abc123")),
                 QUrl(QStringLiteral("https://checkout.wompi.co/l/test_abc123")));
    }
};

QTEST_GUILESS_MAIN(TestWompiGateway)
#include "tst_wompigateway.moc"
