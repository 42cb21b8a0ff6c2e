#include "fakeproviderserver.h"
#include "metacloudprovider.h"
#include "providertestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ProviderTestSupport;
using Fault = FakeProviderServer::Fault;
using Outcome = SendResult::Outcome;

Q_DECLARE_METATYPE(FakeProviderServer::Fault)
Q_DECLARE_METATYPE(SendResult::Outcome)

class TestMetaCloudProvider : public QObject
{
    Q_OBJECT

private:
    MetaCloudSettings settingsFor(const FakeProviderServer &fake) const
    {
        MetaCloudSettings s;
        s.baseUrl = fake.baseUrl();
        s.apiVersion = fake.apiVersion;
        s.phoneNumberId = fake.phoneNumberId;
        s.businessAccountId = fake.businessAccountId;
        s.accessToken = fake.accessToken;
        return s;
    }

private slots:
    void sendsTheExactWireFormat()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::MetaCloud);
        QVERIFY(fake.start());
        MetaCloudProvider provider(settingsFor(fake));
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(1, "+573151112233"), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Sent));
        QCOMPARE(result.providerMessageId, QStringLiteral("wamid.HBgM000000000001"));

        QCOMPARE(fake.log().size(), 1);
        const auto &request = fake.log().first();
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/v21.0/106540352242922/messages"));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + fake.accessToken.toUtf8());
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("to").toString(), QStringLiteral("573151112233"));
        QCOMPARE(body.value("messaging_product").toString(), QStringLiteral("whatsapp"));
        QCOMPARE(request.templateName, QStringLiteral("recordatorio_pago"));
        QCOMPARE(request.language, QStringLiteral("es"));
        QCOMPARE(request.parameters, (QStringList{"Juan", "$250.000 COP", "10/01/2026"}));
    }

    void classifiesEveryFault_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("providerCode");
        QTest::addColumn<int>("retryAfter");

        QTest::newRow("131026") << Fault::Error << 131026 << 400 << Outcome::Permanent
                                << "The number is not on WhatsApp"
                                << "131026" << -1;
        QTest::newRow("132000") << Fault::Error << 132000 << 400 << Outcome::Permanent
                                << "number of parameters"
                                << "132000" << -1;
        QTest::newRow("132001") << Fault::Error << 132001 << 404 << Outcome::Permanent
                                << "The template is not approved"
                                << "132001" << -1;
        QTest::newRow("132015") << Fault::Error << 132015 << 400 << Outcome::Permanent << "paused"
                                << "132015" << -1;
        QTest::newRow("132016") << Fault::Error << 132016 << 400 << Outcome::Permanent << "disabled"
                                << "132016" << -1;
        QTest::newRow("131047") << Fault::Error << 131047 << 400 << Outcome::Permanent << "24 hours"
                                << "131047" << -1;
        // Decided on the code, not on the HTTP status: 190 arrives as 400 too.
        QTest::newRow("190 as 400")
            << Fault::Error << 190 << 400 << Outcome::Fatal << "access token"
            << "190" << -1;
        QTest::newRow("130429") << Fault::Error << 130429 << 400 << Outcome::Transient
                                << "tried again"
                                << "130429" << -1;
        QTest::newRow("131056") << Fault::Error << 131056 << 400 << Outcome::Transient
                                << "tried again"
                                << "131056" << -1;
        QTest::newRow("131000") << Fault::Error << 131000 << 500 << Outcome::Transient
                                << "tried again"
                                << "131000" << -1;
        QTest::newRow("131016") << Fault::Error << 131016 << 503 << Outcome::Transient
                                << "tried again"
                                << "131016" << -1;
        QTest::newRow("unknown code, 500")
            << Fault::Error << 424242 << 500 << Outcome::Transient << "internal problem"
            << "424242" << -1;
        QTest::newRow("401") << Fault::Unauthorized << 0 << 401 << Outcome::Fatal << "access token"
                             << "190" << -1;
        QTest::newRow("429 Retry-After")
            << Fault::RateLimited << 0 << 429 << Outcome::Transient << "tried again"
            << "130429" << 17;
        QTest::newRow("500 html") << Fault::ServerError << 0 << 500 << Outcome::Transient
                                  << "internal problem"
                                  << "" << -1;
        QTest::newRow("stall") << Fault::Stall << 0 << 0 << Outcome::Uncertain
                               << "may have been delivered"
                               << "" << -1;
        QTest::newRow("drop") << Fault::Drop << 0 << 0 << Outcome::Uncertain
                              << "may have been delivered"
                              << "" << -1;
        QTest::newRow("malformed")
            << Fault::MalformedJson << 0 << 200 << Outcome::Uncertain << "could not be read"
            << "" << -1;
    }

    void classifiesEveryFault()
    {
        QFETCH(Fault, fault);
        QFETCH(int, code);
        QFETCH(int, status);
        QFETCH(Outcome, outcome);
        QFETCH(QString, reason);
        QFETCH(QString, providerCode);
        QFETCH(int, retryAfter);

        FakeProviderServer fake(FakeProviderServer::Flavor::MetaCloud);
        QVERIFY(fake.start());
        FakeProviderServer::Script script;
        script.fault = fault;
        script.code = code;
        script.status = status;
        script.retryAfterSecs = 17;
        fake.enqueue(script);

        LogCapture logs;
        MetaCloudProvider provider(settingsFor(fake));
        provider.setTransferTimeout(400);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(3), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(outcome));
        QVERIFY2(result.reason.contains(reason, Qt::CaseInsensitive), qPrintable(result.reason));
        QCOMPARE(result.providerCode, providerCode);
        QCOMPARE(result.retryAfterSecs, retryAfter);
        QCOMPARE(fake.sends().size(), 1);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
        QVERIFY(!result.reason.contains(fake.accessToken));
        QVERIFY(!logs.contains(fake.accessToken));
    }

    void wrongTokenIsFatalAndNamedOnlyAsToken()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::MetaCloud);
        QVERIFY(fake.start());
        MetaCloudSettings s = settingsFor(fake);
        s.accessToken = QStringLiteral("EAAGwrongTOKEN0000");
        MetaCloudProvider provider(s);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(4), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Fatal));
        QCOMPARE(result.providerCode, QStringLiteral("190"));
        QVERIFY(!result.reason.contains(s.accessToken));
        QCOMPARE(fake.problems().size(), 1); // the fake saw bad credentials, as Meta would
    }

    void missingPhoneNumberIdPauses()
    {
        MetaCloudSettings s;
        s.accessToken = QStringLiteral("EAAGsomething");
        MetaCloudProvider provider(s);
        bool ok = false;
        const SendResult result = sendAndWait(provider, reminder(5), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Fatal));
        QVERIFY(result.reason.contains(QStringLiteral("phone number ID")));
    }

    void connectionTestListsTheWabaTemplates()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::MetaCloud);
        QVERIFY(fake.start());
        fake.setTemplates(QJsonArray{
            QJsonObject{{"name", "recordatorio_pago"}, {"language", "es"}, {"status", "APPROVED"}},
            QJsonObject{{"name", "aviso_mora"}, {"language", "es"}, {"status", "PAUSED"}},
        });
        MetaCloudProvider provider(settingsFor(fake));
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection(
            {{"recordatorio_pago", "es"}, {"aviso_mora", "es"}, {"falta", "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QVERIFY(report.credentialsAccepted);
        QCOMPARE(report.templates.size(), 3);
        QCOMPARE(report.templates[0].state, TemplateCheck::State::Approved);
        QCOMPARE(report.templates[1].state, TemplateCheck::State::NotApproved);
        QCOMPARE(report.templates[1].providerStatus, QStringLiteral("PAUSED"));
        QCOMPARE(report.templates[2].state, TemplateCheck::State::Missing);
        QVERIFY(!report.readyToSend());
        QCOMPARE(fake.log().first().path,
                 QStringLiteral("/v21.0/102290129340398/message_templates"));
        QVERIFY(fake.log().first().query.contains(QStringLiteral("fields=name,language,status")));
        QVERIFY(fake.problems().isEmpty());
    }

    void connectionTestFollowsPages()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::MetaCloud);
        QVERIFY(fake.start());
        QJsonArray templates;
        for (int i = 0; i < 5; ++i)
            templates.append(QJsonObject{{"name", QStringLiteral("plantilla_%1").arg(i)},
                                         {"language", "es"},
                                         {"status", "APPROVED"}});
        fake.setTemplates(templates);
        fake.setTemplatePageSize(2);
        MetaCloudProvider provider(settingsFor(fake));
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection({{"plantilla_0", "es"}, {"plantilla_4", "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QCOMPARE(report.templates[0].state, TemplateCheck::State::Approved);
        QCOMPARE(report.templates[1].state, TemplateCheck::State::Approved); // on the last page
        QVERIFY(report.readyToSend());
        QCOMPARE(fake.log().size(), 3);
        for (const auto &request : fake.log())
            QCOMPARE(request.headers.value("authorization"), "Bearer " + fake.accessToken.toUtf8());
        QVERIFY(fake.problems().isEmpty());
    }

    void connectionTestWithoutWabaChecksTheNumber()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::MetaCloud);
        QVERIFY(fake.start());
        MetaCloudSettings s = settingsFor(fake);
        s.businessAccountId.clear();
        MetaCloudProvider provider(s);
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection({{"recordatorio_pago", "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QVERIFY(report.credentialsAccepted);
        QCOMPARE(report.templates.first().state, TemplateCheck::State::Unchecked);
        QVERIFY(report.message.contains(QStringLiteral("Business Account ID")));
        QCOMPARE(fake.log().first().path, QStringLiteral("/v21.0/106540352242922"));
    }

    void connectionTestWithExpiredToken()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::MetaCloud);
        QVERIFY(fake.start());
        MetaCloudSettings s = settingsFor(fake);
        s.accessToken = QStringLiteral("EAAGexpired9999");
        MetaCloudProvider provider(s);
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection({{"recordatorio_pago", "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QVERIFY(report.reachable);
        QVERIFY(!report.credentialsAccepted);
        QVERIFY(report.message.contains(QStringLiteral("token")));
    }
};

QTEST_GUILESS_MAIN(TestMetaCloudProvider)
#include "tst_metacloudprovider.moc"
