#include "dialog360provider.h"
#include "fakeproviderserver.h"
#include "providertestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace ProviderTestSupport;
using Fault = FakeProviderServer::Fault;
using Outcome = SendResult::Outcome;

Q_DECLARE_METATYPE(FakeProviderServer::Fault)
Q_DECLARE_METATYPE(SendResult::Outcome)

class TestDialog360Provider : public QObject
{
    Q_OBJECT

private:
    Dialog360Settings settingsFor(const FakeProviderServer &fake) const
    {
        Dialog360Settings s;
        s.baseUrl = fake.baseUrl();
        s.apiKey = fake.apiKey;
        return s;
    }

private slots:
    void sendsTheExactWireFormat()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        Dialog360Provider provider(settingsFor(fake));
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(41), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Sent));
        QCOMPARE(result.providerMessageId, QStringLiteral("wamid.HBgM000000000001"));
        QCOMPARE(result.httpStatus, 200);

        QCOMPARE(fake.log().size(), 1);
        const auto &request = fake.log().first();
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/messages"));
        QCOMPARE(request.headers.value("d360-api-key"), fake.apiKey.toUtf8());
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(!request.headers.contains("authorization"));
        // The body DOMAIN.md documents, field for field.
        const QJsonObject expected
            = QJsonDocument::fromJson(
                  R"({"messaging_product":"whatsapp","recipient_type":"individual","to":"573001234567",
  "type":"template","template":{"name":"recordatorio_pago","language":{"policy":"deterministic","code":"es"},
  "components":[{"type":"body","parameters":[{"type":"text","text":"Juan"},{"type":"text","text":"$250.000 COP"},{"type":"text","text":"10/01/2026"}]}]}})")
                  .object();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), expected);
        QCOMPARE(request.parameters, (QStringList{"Juan", "$250.000 COP", "10/01/2026"}));
    }

    void classifiesEveryFault_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("alternateCase");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("providerCode");
        QTest::addColumn<int>("retryAfter");

        QTest::newRow("not on WhatsApp") << Fault::Error << 131026 << 400 << false
                                         << Outcome::Permanent << "The number is not on WhatsApp"
                                         << "131026" << -1;
        QTest::newRow("template not approved")
            << Fault::Error << 132001 << 400 << false << Outcome::Permanent
            << "The template is not approved"
            << "132001" << -1;
        QTest::newRow("parameter count") << Fault::Error << 132000 << 400 << false
                                         << Outcome::Permanent << "number of parameters"
                                         << "132000" << -1;
        QTest::newRow("template paused")
            << Fault::Error << 132015 << 400 << false << Outcome::Permanent << "paused"
            << "132015" << -1;
        QTest::newRow("template disabled")
            << Fault::Error << 132016 << 400 << false << Outcome::Permanent << "disabled"
            << "132016" << -1;
        QTest::newRow("outside 24 h")
            << Fault::Error << 131047 << 400 << false << Outcome::Permanent << "24 hours"
            << "131047" << -1;
        QTest::newRow("token expired passed through")
            << Fault::Error << 190 << 401 << false << Outcome::Fatal << "sending is paused"
            << "190" << -1;
        QTest::newRow("throughput")
            << Fault::Error << 130429 << 400 << false << Outcome::Transient << "tried again"
            << "130429" << -1;
        QTest::newRow("pair rate") << Fault::Error << 131056 << 400 << false << Outcome::Transient
                                   << "Too many messages to this client"
                                   << "131056" << -1;
        QTest::newRow("service 131000")
            << Fault::Error << 131000 << 500 << false << Outcome::Transient << "tried again"
            << "131000" << -1;
        QTest::newRow("service 131016")
            << Fault::Error << 131016 << 503 << false << Outcome::Transient << "overloaded"
            << "131016" << -1;
        QTest::newRow("unknown code keeps the provider's words")
            << Fault::Error << 999999 << 400 << false << Outcome::Permanent
            << "Scripted error 999999"
            << "999999" << -1;
        QTest::newRow("401 bad key") << Fault::Unauthorized << 0 << 401 << false << Outcome::Fatal
                                     << "360dialog rejected the API key"
                                     << "401" << -1;
        QTest::newRow("360 meta 429, snake case")
            << Fault::Dialog360Meta << 429 << 429 << false << Outcome::Transient << "slow down"
            << "429" << -1;
        QTest::newRow("360 meta 401, other case") << Fault::Dialog360Meta << 401 << 401 << true
                                                  << Outcome::Fatal << "rejected the API key"
                                                  << "401" << -1;
        QTest::newRow("360 meta 400 unknown") << Fault::Dialog360Meta << 400 << 400 << true
                                              << Outcome::Permanent << "Scripted 360dialog error"
                                              << "400" << -1;
        QTest::newRow("429 with Retry-After")
            << Fault::RateLimited << 0 << 429 << false << Outcome::Transient << "slow down"
            << "429" << 17;
        QTest::newRow("500") << Fault::ServerError << 0 << 500 << false << Outcome::Transient
                             << "360dialog had an internal problem"
                             << "500" << -1;
        QTest::newRow("stalled answer")
            << Fault::Stall << 0 << 0 << false << Outcome::Uncertain << "may have been delivered"
            << "" << -1;
        QTest::newRow("dropped connection")
            << Fault::Drop << 0 << 0 << false << Outcome::Uncertain << "may have been delivered"
            << "" << -1;
        QTest::newRow("malformed JSON") << Fault::MalformedJson << 0 << 200 << false
                                        << Outcome::Uncertain << "could not be read"
                                        << "" << -1;
    }

    void classifiesEveryFault()
    {
        QFETCH(Fault, fault);
        QFETCH(int, code);
        QFETCH(int, status);
        QFETCH(bool, alternateCase);
        QFETCH(Outcome, outcome);
        QFETCH(QString, reason);
        QFETCH(QString, providerCode);
        QFETCH(int, retryAfter);

        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        FakeProviderServer::Script script;
        script.fault = fault;
        script.code = code;
        script.status = status;
        script.alternateCase = alternateCase;
        script.retryAfterSecs = 17;
        fake.enqueue(script);

        LogCapture logs;
        Dialog360Provider provider(settingsFor(fake));
        provider.setTransferTimeout(400);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(7), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(outcome));
        QVERIFY2(result.reason.contains(reason, Qt::CaseInsensitive), qPrintable(result.reason));
        QCOMPARE(result.providerCode, providerCode);
        QCOMPARE(result.retryAfterSecs, retryAfter);
        QVERIFY(result.providerMessageId.isEmpty());
        // One request, never a silent second one: a resend could charge and message twice.
        QCOMPARE(fake.sends().size(), 1);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
        QVERIFY(!result.reason.contains(fake.apiKey));
        QVERIFY(!logs.contains(fake.apiKey));
        QCOMPARE(provider.requestsInFlight(), 0);
    }

    void untrustedCertificateIsNeverIgnored()
    {
        QByteArray certificate;
        QByteArray key;
        if (!FakeProviderServer::makeTestCertificate(&certificate, &key))
            QSKIP("openssl is not installed; cannot make a test certificate");
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.startTls(certificate, key));
        QCOMPARE(fake.baseUrl().scheme(), QStringLiteral("https"));

        {
            Dialog360Provider provider(settingsFor(fake));
            bool ok = false;
            const SendResult result = sendAndWait(provider, reminder(12), &ok);
            QVERIFY(ok);
            QCOMPARE(describe(result.outcome), describe(Outcome::Fatal));
            QVERIFY2(result.reason.contains(QStringLiteral("secure connection")),
                     qPrintable(result.reason));
            QCOMPARE(fake.log().size(), 0); // nothing reached the server
        }

        // Control: once the certificate is trusted, the same server accepts the message, so
        // the failure above was the untrusted certificate and nothing else.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificate(QSslCertificate(certificate, QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(trusting);
        Dialog360Provider provider(settingsFor(fake));
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(13), &ok);
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Sent));
        QCOMPARE(fake.sends().size(), 1);
    }

    void refusedConnectionIsTransientAndNothingLeft()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Dialog360Settings s;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        s.apiKey = QStringLiteral("some-key-123456");
        Dialog360Provider provider(s);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(8), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Transient));
        QVERIFY2(result.reason.contains(QStringLiteral("refused")), qPrintable(result.reason));
        QVERIFY(result.reason.contains(QStringLiteral("will be tried again")));
    }

    void unknownHostIsTransient()
    {
        Dialog360Settings s;
        s.baseUrl = QUrl(QStringLiteral("https://waba.cartera-test.invalid")); // never resolves
        s.apiKey = QStringLiteral("some-key-123456");
        Dialog360Provider provider(s);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(14), &ok, 60000);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Transient));
        QVERIFY2(result.reason.contains(QStringLiteral("not found")), qPrintable(result.reason));
    }

    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://waba-v2.360dialog.io" << true;
        QTest::newRow("sandbox") << "https://waba-sandbox.360dialog.io" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:8080" << true;
        QTest::newRow("http remote") << "http://waba-v2.360dialog.io" << false;
        QTest::newRow("http lan") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("user info") << "https://user:pw@waba-v2.360dialog.io" << false;
        QTest::newRow("garbage") << "not a url" << false;
    }

    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(bool(HttpProvider::checkBaseUrl(QUrl(url))), accepted);
    }

    void insecureAddressPausesWithoutSending()
    {
        Dialog360Settings s;
        s.baseUrl = QUrl(QStringLiteral("http://waba-v2.360dialog.io"));
        s.apiKey = QStringLiteral("key-never-sent-0001");
        Dialog360Provider provider(s);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(9), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Fatal));
        QVERIFY(result.reason.contains(QStringLiteral("https://")));
        QCOMPARE(provider.requestsInFlight(), 0);
    }

    void missingKeyPausesWithoutSending()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        Dialog360Settings s = settingsFor(fake);
        s.apiKey.clear();
        Dialog360Provider provider(s);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(10), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Fatal));
        QVERIFY(result.reason.contains(QStringLiteral("API key")));
        QCOMPARE(fake.log().size(), 0);
    }

    void providerTextNeverCarriesTheKey()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        FakeProviderServer::Script script;
        script.fault = Fault::Dialog360Meta;
        script.code = 400;
        script.message = QStringLiteral("Key %1 is not allowed for this number").arg(fake.apiKey);
        fake.enqueue(script);
        LogCapture logs;
        Dialog360Provider provider(settingsFor(fake));
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(11), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Permanent));
        QVERIFY2(!result.reason.contains(fake.apiKey), qPrintable(result.reason));
        QVERIFY(result.reason.contains(QStringLiteral("[secret]")));
        QVERIFY(!logs.contains(fake.apiKey));
    }

    void manyMessagesEachAnsweredOnce()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        Dialog360Provider provider(settingsFor(fake));
        QSignalSpy spy(&provider, &WhatsAppProvider::finished);
        for (int i = 0; i < 50; ++i)
            provider.send(
                reminder(1000 + i, QStringLiteral("+5730012345%1").arg(i, 2, 10, QChar('0'))));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 50, 10000);
        QSet<qint64> ids;
        for (const auto &args : spy) {
            ids.insert(args.at(0).toLongLong());
            QCOMPARE(describe(args.at(1).value<SendResult>().outcome), describe(Outcome::Sent));
        }
        QCOMPARE(ids.size(), 50);
        QCOMPARE(fake.sends().size(), 50);
    }

    void worksFromAWorkerThread()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        QThread worker;
        auto *provider = new Dialog360Provider(settingsFor(fake));
        provider->moveToThread(&worker); // its QNetworkAccessManager goes with it
        worker.start();
        QSignalSpy spy(provider, &WhatsAppProvider::finished);
        for (int i = 0; i < 5; ++i) {
            const OutgoingMessage m = reminder(200 + i, QStringLiteral("+57300123450%1").arg(i));
            QMetaObject::invokeMethod(provider, [provider, m] { provider->send(m); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 5, 10000);
        for (const auto &args : spy)
            QCOMPARE(describe(args.at(1).value<SendResult>().outcome), describe(Outcome::Sent));
        QMetaObject::invokeMethod(
            provider, [provider] { delete provider; }, Qt::BlockingQueuedConnection);
        worker.quit();
        worker.wait();
        QCOMPARE(fake.sends().size(), 5);
    }

    void connectionTestReportsTemplates()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        fake.setTemplates(QJsonArray{
            QJsonObject{{"name", "recordatorio_pago"}, {"language", "es"}, {"status", "approved"}},
            QJsonObject{{"name", "aviso_mora"}, {"language", "es"}, {"status", "APPROVED"}},
            QJsonObject{{"name", "cobro_final"}, {"language", "es"}, {"status", "REJECTED"}},
            QJsonObject{{"name", "saludo"}, {"language", "en"}, {"status", "approved"}},
        });
        Dialog360Provider provider(settingsFor(fake));
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection({{"recordatorio_pago", "es"},
                                 {"aviso_mora", "es"},
                                 {"cobro_final", "es"},
                                 {"no_existe", "es"},
                                 {"saludo", "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QVERIFY(report.reachable);
        QVERIFY(report.credentialsAccepted);
        QVERIFY(!report.readyToSend());
        QCOMPARE(report.templates.size(), 5);
        QCOMPARE(report.templates[0].state, TemplateCheck::State::Approved);
        QCOMPARE(report.templates[1].state, TemplateCheck::State::Approved);
        QCOMPARE(report.templates[2].state, TemplateCheck::State::NotApproved);
        QCOMPARE(report.templates[2].providerStatus, QStringLiteral("REJECTED"));
        QCOMPARE(report.templates[3].state, TemplateCheck::State::Missing);
        QCOMPARE(report.templates[4].state, TemplateCheck::State::Missing); // only in English
        QCOMPARE(fake.log().size(), 1);
        QCOMPARE(fake.log().first().method, QByteArray("GET"));
        QCOMPARE(fake.log().first().path, QStringLiteral("/v1/configs/templates"));
        QCOMPARE(fake.log().first().headers.value("d360-api-key"), fake.apiKey.toUtf8());
    }

    void connectionTestWithBadKey()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Dialog360);
        QVERIFY(fake.start());
        Dialog360Settings s = settingsFor(fake);
        s.apiKey = QStringLiteral("wrong-key-aaaa");
        Dialog360Provider provider(s);
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection({{"recordatorio_pago", "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QVERIFY(report.reachable);
        QVERIFY(!report.credentialsAccepted);
        QVERIFY(report.message.contains(QStringLiteral("API key")));
        QVERIFY(!report.message.contains(s.apiKey));
    }
};

QTEST_GUILESS_MAIN(TestDialog360Provider)
#include "tst_dialog360provider.moc"
