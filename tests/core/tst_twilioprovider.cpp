#include "fakeproviderserver.h"
#include "providertestsupport.h"
#include "twilioprovider.h"
#include "twiliostatuspoller.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ProviderTestSupport;
using Fault = FakeProviderServer::Fault;
using Outcome = SendResult::Outcome;

Q_DECLARE_METATYPE(FakeProviderServer::Fault)
Q_DECLARE_METATYPE(SendResult::Outcome)

namespace {
const QString contentSid = QStringLiteral("HXb5b62575e6e4ff6129ad7c8efe1f983e");

QHash<QString, QString> decodeForm(const QByteArray &body)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        const int eq = pair.indexOf('=');
        QByteArray value = pair.mid(eq + 1);
        value.replace('+', ' ');
        fields.insert(QString::fromUtf8(pair.left(eq)), QUrl::fromPercentEncoding(value));
    }
    return fields;
}
} // namespace

class TestTwilioProvider : public QObject
{
    Q_OBJECT

private:
    TwilioSettings settingsFor(const FakeProviderServer &fake) const
    {
        TwilioSettings s;
        s.baseUrl = fake.baseUrl();
        s.contentBaseUrl = fake.baseUrl();
        s.accountSid = fake.accountSid;
        s.authToken = fake.authToken;
        s.from = fake.fromNumber;
        return s;
    }

private slots:
    void sendsTheExactWireFormat()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        TwilioProvider provider(settingsFor(fake));
        OutgoingMessage message = reminder(1, "+573001234567", contentSid);
        message.parameters[0] = QStringLiteral("José & María+1");
        bool ok = false;
        const SendResult result = sendAndWait(provider, message, &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Sent));
        QCOMPARE(result.providerMessageId, QStringLiteral("SM00000000000000000000000000000001"));
        QCOMPARE(result.httpStatus, 201);

        QCOMPARE(fake.log().size(), 1);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
        const auto &request = fake.log().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path,
                 QStringLiteral(
                     "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"));
        QCOMPARE(request.headers.value("authorization"),
                 "Basic "
                     + QByteArray("AC0123456789abcdef0123456789abcdef:twilio-auth-5ecret-44")
                           .toBase64());
        QCOMPARE(request.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        const auto form = decodeForm(request.body);
        QCOMPARE(form.size(), 4);
        QCOMPARE(form.value("From"), QStringLiteral("whatsapp:+573009876543"));
        QCOMPARE(form.value("To"), QStringLiteral("whatsapp:+573001234567"));
        QCOMPARE(form.value("ContentSid"), contentSid);
        QCOMPARE(form.value("ContentVariables"),
                 QStringLiteral(R"({"1":"José & María+1","2":"$250.000 COP","3":"10/01/2026"})"));
        QCOMPARE(request.parameters, (QStringList{"José & María+1", "$250.000 COP", "10/01/2026"}));
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

        QTest::newRow("21211") << Fault::Error << 21211 << 400 << Outcome::Permanent
                               << "not a valid phone number"
                               << "21211" << -1;
        QTest::newRow("21614") << Fault::Error << 21614 << 400 << Outcome::Permanent
                               << "not a mobile number"
                               << "21614" << -1;
        QTest::newRow("63016") << Fault::Error << 63016 << 400 << Outcome::Permanent << "24 hours"
                               << "63016" << -1;
        QTest::newRow("20003 as 401")
            << Fault::Unauthorized << 0 << 401 << Outcome::Fatal << "Account SID or Auth Token"
            << "20003" << -1;
        QTest::newRow("20429 Retry-After")
            << Fault::RateLimited << 0 << 429 << Outcome::Transient << "slow down"
            << "20429" << 17;
        QTest::newRow("unknown 4xx code")
            << Fault::Error << 21999 << 400 << Outcome::Permanent << "Scripted error 21999"
            << "21999" << -1;
        QTest::newRow("500") << Fault::ServerError << 0 << 500 << Outcome::Transient
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

        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        FakeProviderServer::Script script;
        script.fault = fault;
        script.code = code;
        script.status = status;
        script.retryAfterSecs = 17;
        fake.enqueue(script);

        LogCapture logs;
        TwilioProvider provider(settingsFor(fake));
        provider.setTransferTimeout(400);
        bool ok = false;
        const SendResult result
            = sendAndWait(provider, reminder(2, "+573001234567", contentSid), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(outcome));
        QVERIFY2(result.reason.contains(reason, Qt::CaseInsensitive), qPrintable(result.reason));
        QCOMPARE(result.providerCode, providerCode);
        QCOMPARE(result.retryAfterSecs, retryAfter);
        QCOMPARE(fake.sends().size(), 1);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
        QVERIFY(!result.reason.contains(fake.authToken));
        QVERIFY(!logs.contains(fake.authToken));
    }

    void badSettingsPauseWithoutSending_data()
    {
        QTest::addColumn<QString>("sid");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("sid") << "AC123"
                             << "+573009876543"
                             << "Account SID";
        QTest::newRow("from") << "AC0123456789abcdef0123456789abcdef"
                              << "3009876543"
                              << "+57";
    }

    void badSettingsPauseWithoutSending()
    {
        QFETCH(QString, sid);
        QFETCH(QString, from);
        QFETCH(QString, fragment);
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        TwilioSettings s = settingsFor(fake);
        s.accountSid = sid;
        s.from = from;
        TwilioProvider provider(s);
        bool ok = false;
        const SendResult result
            = sendAndWait(provider, reminder(3, "+573001234567", contentSid), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), describe(Outcome::Fatal));
        QVERIFY2(result.reason.contains(fragment), qPrintable(result.reason));
        QCOMPARE(fake.log().size(), 0);
    }

    void connectionTestChecksAccountAndContent()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        const QString rejected = QStringLiteral("HX00000000000000000000000000000002");
        const QString missing = QStringLiteral("HX00000000000000000000000000000003");
        fake.setContentApproval(contentSid, QStringLiteral("approved"));
        fake.setContentApproval(rejected, QStringLiteral("rejected"));
        TwilioProvider provider(settingsFor(fake));
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection({{contentSid, "es"}, {rejected, "es"}, {missing, "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QVERIFY(report.credentialsAccepted);
        QCOMPARE(report.templates.size(), 3);
        QCOMPARE(report.templates[0].state, TemplateCheck::State::Approved);
        QCOMPARE(report.templates[1].state, TemplateCheck::State::NotApproved);
        QCOMPARE(report.templates[2].state, TemplateCheck::State::Missing);
        QCOMPARE(fake.log().first().path,
                 QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef.json"));
        QCOMPARE(fake.log().size(), 4);
    }

    void connectionTestWithWrongToken()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        TwilioSettings s = settingsFor(fake);
        s.authToken = QStringLiteral("not-the-token-1");
        TwilioProvider provider(s);
        QSignalSpy spy(&provider, &HttpProvider::connectionTested);
        provider.testConnection({{contentSid, "es"}});
        QVERIFY(spy.wait(5000));
        const auto report = spy.at(0).at(0).value<ConnectionReport>();
        QVERIFY(!report.credentialsAccepted);
        QVERIFY(report.message.contains(QStringLiteral("Auth Token")));
        QVERIFY(!report.message.contains(s.authToken));
    }

    void pollsUntilDelivered()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        fake.setStatusSequence({"queued", "sent", "sent", "delivered"});
        TwilioStatusPoller poller(settingsFor(fake));
        poller.setInterval(5);
        QSignalSpy changes(&poller, &TwilioStatusPoller::statusChanged);
        QSignalSpy finals(&poller, &TwilioStatusPoller::finalStatus);
        const QString sid = QStringLiteral("SM00000000000000000000000000000abc");
        poller.watch(77, sid);
        QTRY_COMPARE_WITH_TIMEOUT(finals.count(), 1, 5000);
        QCOMPARE(finals.at(0).at(0).toLongLong(), 77);
        QCOMPARE(finals.at(0).at(2).toString(), QStringLiteral("delivered"));
        QStringList seen;
        for (const auto &args : changes)
            seen.append(args.at(2).toString());
        QCOMPARE(seen, (QStringList{"queued", "sent", "delivered"}));
        QCOMPARE(poller.watching(), 0);
        const int polls = fake.log().size();
        QCOMPARE(polls, 4);
        QTest::qWait(50); // no more polling once final
        QCOMPARE(fake.log().size(), polls);
        QCOMPARE(fake.log().first().path,
                 QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/")
                     + sid + ".json");
        QVERIFY(fake.problems().isEmpty());
    }

    void pollReportsWhyItFailed()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        fake.setStatusSequence({"sent", "undelivered"}, 63016);
        TwilioStatusPoller poller(settingsFor(fake));
        poller.setInterval(5);
        QSignalSpy changes(&poller, &TwilioStatusPoller::statusChanged);
        QSignalSpy finals(&poller, &TwilioStatusPoller::finalStatus);
        poller.watch(5, QStringLiteral("SM00000000000000000000000000000def"));
        QTRY_COMPARE_WITH_TIMEOUT(finals.count(), 1, 5000);
        QCOMPARE(changes.last().at(2).toString(), QStringLiteral("undelivered"));
        QCOMPARE(changes.last().at(3).toString(), QStringLiteral("63016"));
        QVERIFY(changes.last().at(4).toString().contains(QStringLiteral("24 hours")));
    }

    void pollGivesUpAfterMaxPolls()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        fake.setStatusSequence({"sent"});
        TwilioStatusPoller poller(settingsFor(fake));
        poller.setInterval(5);
        poller.setMaxPolls(3);
        QSignalSpy finals(&poller, &TwilioStatusPoller::finalStatus);
        poller.watch(6, QStringLiteral("SM00000000000000000000000000000fff"));
        QTRY_COMPARE_WITH_TIMEOUT(finals.count(), 1, 5000);
        QCOMPARE(finals.at(0).at(2).toString(), QStringLiteral("sent"));
        QCOMPARE(fake.log().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTwilioProvider)
#include "tst_twilioprovider.moc"
