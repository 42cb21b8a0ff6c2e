#include "fakeproviderserver.h"
#include "providerfactory.h"
#include "providertestsupport.h"

#include <QTest>

using namespace ProviderTestSupport;

class TestProviderFactory : public QObject
{
    Q_OBJECT

private slots:
    void parsesProviderNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::newRow("default") << "" << true << int(ProviderConfig::Kind::Dialog360);
        QTest::newRow("360dialog") << "360Dialog" << true << int(ProviderConfig::Kind::Dialog360);
        QTest::newRow("meta") << "META" << true << int(ProviderConfig::Kind::MetaCloud);
        QTest::newRow("cloud") << "cloud" << true << int(ProviderConfig::Kind::MetaCloud);
        QTest::newRow("twilio") << " twilio " << true << int(ProviderConfig::Kind::Twilio);
        QTest::newRow("unknown") << "whatsapp-desktop" << false << 0;
    }

    void parsesProviderNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        const auto parsed = ProviderConfig::parseKind(text);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(int(parsed.value()), kind);
        else
            QVERIFY(parsed.error().contains(QStringLiteral("360dialog, meta or twilio")));
    }

    void environmentChoosesProviderAndAddress()
    {
        qputenv("CARTERA_WHATSAPP_PROVIDER", "twilio");
        qputenv("CARTERA_WHATSAPP_BASE_URL", "http://127.0.0.1:9");
        qputenv("CARTERA_WHATSAPP_TIMEOUT_MS", "1500");
        qputenv("CARTERA_TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef");
        qputenv("CARTERA_TWILIO_FROM", "+573009876543");
        const auto config = ProviderConfig::fromEnvironment();
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(int(config->kind), int(ProviderConfig::Kind::Twilio));
        QCOMPARE(config->baseUrl, QUrl("http://127.0.0.1:9"));
        QCOMPARE(config->transferTimeoutMs, 1500);
        QCOMPARE(config->secretKey(), QStringLiteral("twilio/auth-token"));

        qputenv("CARTERA_WHATSAPP_BASE_URL", "http://example.com");
        const auto insecure = ProviderConfig::fromEnvironment();
        QVERIFY(!insecure.ok());
        QVERIFY(insecure.error().contains(QStringLiteral("https://")));
        qunsetenv("CARTERA_WHATSAPP_PROVIDER");
        qunsetenv("CARTERA_WHATSAPP_BASE_URL");
        qunsetenv("CARTERA_WHATSAPP_TIMEOUT_MS");
    }

    void createsAWorkingProviderOfEachKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("360dialog") << int(FakeProviderServer::Flavor::Dialog360);
        QTest::newRow("meta") << int(FakeProviderServer::Flavor::MetaCloud);
        QTest::newRow("twilio") << int(FakeProviderServer::Flavor::Twilio);
    }

    void createsAWorkingProviderOfEachKind()
    {
        QFETCH(int, kind);
        const auto flavor = FakeProviderServer::Flavor(kind);
        FakeProviderServer fake(flavor);
        QVERIFY(fake.start());
        ProviderConfig config;
        config.kind = ProviderConfig::Kind(kind);
        config.baseUrl = fake.baseUrl();
        config.phoneNumberId = fake.phoneNumberId;
        config.accountSid = fake.accountSid;
        config.from = fake.fromNumber;
        const QString secret = flavor == FakeProviderServer::Flavor::Dialog360   ? fake.apiKey
                               : flavor == FakeProviderServer::Flavor::MetaCloud ? fake.accessToken
                                                                                 : fake.authToken;
        auto provider = createProvider(config, secret);
        const QString templ = flavor == FakeProviderServer::Flavor::Twilio
                                  ? QStringLiteral("HXb5b62575e6e4ff6129ad7c8efe1f983e")
                                  : QStringLiteral("recordatorio_pago");
        bool ok = false;
        const SendResult result = sendAndWait(*provider, reminder(1, "+573001234567", templ), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), QStringLiteral("Sent"));
        QVERIFY(fake.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderFactory)
#include "tst_providerfactory.moc"
