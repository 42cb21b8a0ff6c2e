#include "credentialstore.h"
#include "fakeproviderserver.h"
#include "providerfactory.h"
#include "providertestsupport.h"
#include "settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ProviderTestSupport;

class TestProviderFactory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No keychain service, as on CI: the credential store keeps its private file here.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath("data")));
        QCoreApplication::setOrganizationName(QStringLiteral("Cartera"));
        QCoreApplication::setApplicationName(QStringLiteral("CarteraFactoryTest"));
    }

    void readsTheSettings_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expectedBase");
        QTest::addColumn<QString>("apiVersion");
        QTest::newRow("360dialog default") << "360dialog"
                                           << "" << int(ProviderConfig::Kind::Dialog360) << ""
                                           << "v21.0";
        QTest::newRow("360dialog sandbox")
            << "360dialog"
            << "https://waba-sandbox.360dialog.io" << int(ProviderConfig::Kind::Dialog360)
            << "https://waba-sandbox.360dialog.io"
            << "v21.0";
        QTest::newRow("meta with version")
            << "meta"
            << "https://graph.facebook.com/v19.0/" << int(ProviderConfig::Kind::MetaCloud)
            << "https://graph.facebook.com"
            << "v19.0";
        QTest::newRow("meta test server")
            << "meta"
            << "http://127.0.0.1:8080" << int(ProviderConfig::Kind::MetaCloud)
            << "http://127.0.0.1:8080"
            << "v21.0";
        QTest::newRow("twilio with version")
            << "twilio"
            << "https://api.twilio.com/2010-04-01" << int(ProviderConfig::Kind::Twilio)
            << "https://api.twilio.com"
            << "v21.0";
    }

    void readsTheSettings()
    {
        QFETCH(QString, provider);
        QFETCH(QString, baseUrl);
        QFETCH(int, kind);
        QFETCH(QString, expectedBase);
        QFETCH(QString, apiVersion);
        Settings settings(
            m_home.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentDataTag())));
        for (auto p : {Settings::Provider::Dialog360, Settings::Provider::MetaCloud,
                       Settings::Provider::Twilio}) {
            if (Settings::providerKey(p) == provider)
                settings.setProvider(p);
        }
        QVERIFY(settings.setProviderBaseUrl(baseUrl).ok());
        QVERIFY(settings.setPhoneNumberId(QStringLiteral("106540352242922")).ok());
        QVERIFY(settings.setSenderNumber(QStringLiteral("300 987 6543")).ok());
        const auto config = ProviderConfig::fromSettings(settings);
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(int(config->kind), kind);
        QCOMPARE(config->baseUrl.toString(), expectedBase);
        QCOMPARE(config->apiVersion, apiVersion);
        QCOMPARE(config->phoneNumberId, QStringLiteral("106540352242922"));
        QCOMPARE(config->from, QStringLiteral("+573009876543"));
    }

    void desktopModeIsNotAnApiProvider()
    {
        Settings settings(m_home.filePath(QStringLiteral("desktop.ini")));
        settings.setProvider(Settings::Provider::WhatsAppDesktop);
        const auto config = ProviderConfig::fromSettings(settings);
        QVERIFY(!config.ok());
        QCOMPARE(config.code(), ErrorCode::NotFound);
    }

    void configuredProviderTakesItsSecretsFromTheStore()
    {
        FakeProviderServer fake(FakeProviderServer::Flavor::Twilio);
        QVERIFY(fake.start());
        CredentialStore store;
        store.setService(QStringLiteral("CarteraFactoryTest"));
        ProviderConfig config;
        config.kind = ProviderConfig::Kind::Twilio;
        config.baseUrl = fake.baseUrl();
        config.from = fake.fromNumber;

        // Nothing stored yet: the user is told which credentials are missing.
        const auto missing = createConfiguredProvider(config, store);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(QStringLiteral("twilio")), qPrintable(missing.error()));

        QVERIFY(store.writeBlocking(CredentialStore::twilioAuthToken(), fake.authToken).ok());
        QVERIFY(store.writeBlocking(CredentialStore::twilioAccountSid(), fake.accountSid).ok());
        const auto provider = createConfiguredProvider(config, store);
        QVERIFY2(provider.ok(), qPrintable(provider.error()));
        bool ok = false;
        const SendResult result
            = sendAndWait(*provider.value(),
                          reminder(1, "+573001234567", "HXb5b62575e6e4ff6129ad7c8efe1f983e"), &ok);
        QVERIFY(ok);
        QCOMPARE(describe(result.outcome), QStringLiteral("Sent"));
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
    }

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
        QCOMPARE(config->secretKey(), QStringLiteral("twilio/auth_token"));

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
