// {link_pago} from the template to the client: the dispatcher makes (or reuses) the debt's
// link as the reminder leaves and the link reaches every provider's request (360dialog, Cloud
// API, Twilio) and WhatsApp Desktop mode. And the whole story as a new user would try it: a
// configured gateway, a reminder with the link for the exact balance, the client paying, the
// payment appearing once by itself, and the debt's next reminder cancelled.
#include "fakegatewayserver.h"
#include "fakeproviderserver.h"
#include "gatewayconfig.h"
#include "messagetemplaterepository.h"
#include "paymentlinkissuer.h"
#include "paymentlinkoffer.h"
#include "paymentlinkpoller.h"
#include "paymentlinkrepository.h"
#include "providerfactory.h"
#include "reminderdispatcher.h"
#include "reminderfixture.h"
#include "reminderscheduler.h"
#include "settings.h"
#include "whatsappdesktopprovider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using State = OutboxMessage::State;
using Flavor = FakeProviderServer::Flavor;
Q_DECLARE_METATYPE(FakeProviderServer::Flavor)

namespace {
const QString kContentSid = QStringLiteral("HX0123456789abcdef0123456789abcdef");
}

class TestPaymentLinkDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReminderFixture> f;
    std::unique_ptr<FakeGatewayServer> gatewayServer;

    std::unique_ptr<PaymentGateway> makeGateway() const
    {
        GatewayConfig config;
        config.kind = GatewayConfig::Kind::Wompi;
        config.baseUrl = gatewayServer->apiUrl();
        config.checkoutBaseUrl = gatewayServer->checkoutUrl();
        return createGateway(config, gatewayServer->privateKey);
    }

    static std::unique_ptr<HttpProvider> makeProvider(const FakeProviderServer &fake, Flavor flavor)
    {
        ProviderConfig config;
        config.baseUrl = fake.baseUrl();
        QString secret;
        switch (flavor) {
        case Flavor::Dialog360:
            config.kind = ProviderConfig::Kind::Dialog360;
            secret = fake.apiKey;
            break;
        case Flavor::MetaCloud:
            config.kind = ProviderConfig::Kind::MetaCloud;
            config.phoneNumberId = fake.phoneNumberId;
            config.businessAccountId = fake.businessAccountId;
            secret = fake.accessToken;
            break;
        case Flavor::Twilio:
            config.kind = ProviderConfig::Kind::Twilio;
            config.accountSid = fake.accountSid;
            config.from = fake.fromNumber;
            secret = fake.authToken;
            break;
        }
        return createProvider(config, secret);
    }

    // The overdue template offers the link (a gateway is configured). Twilio names its
    // approved templates by Content SID.
    bool offerLink(bool twilio)
    {
        const auto applied = PaymentLinkOffer::apply(*f->db, f->clock, true);
        if (!applied || !applied.value())
            return false;
        if (!twilio)
            return true;
        MessageTemplateRepository templates(*f->db, f->clock);
        auto overdue = templates.forMoraLevel(1);
        MessageTemplate t = overdue.value();
        t.providerTemplate = kContentSid;
        return templates.save(t).ok();
    }

    bool scan()
    {
        const auto report = ReminderScheduler(*f->db, f->clock).scan();
        if (!report)
            qWarning("%s", qPrintable(report.error()));
        return report.ok();
    }

    static bool dispatch(ReminderDispatcher &dispatcher)
    {
        QSignalSpy done(&dispatcher, &ReminderDispatcher::finished);
        dispatcher.start();
        return done.wait(20000);
    }

private slots:
    void init()
    {
        f = std::make_unique<ReminderFixture>();
        QVERIFY(f->open());
        gatewayServer = std::make_unique<FakeGatewayServer>();
        QVERIFY(gatewayServer->start());
    }

    void cleanup()
    {
        QVERIFY2(gatewayServer->problems().isEmpty(),
                 qPrintable(gatewayServer->problems().join('\n')));
        gatewayServer.reset();
        f->db->close();
        f.reset();
    }

    void defaultTemplateOffersTheLinkOnlyWithAGateway()
    {
        QCOMPARE(PaymentLinkOffer::apply(*f->db, f->clock, true).value(), true);
        MessageTemplateRepository templates(*f->db, f->clock);
        MessageTemplate overdue = templates.forMoraLevel(1).value();
        QVERIFY(overdue.body.endsWith(QStringLiteral("aquí: {link_pago}")));
        QCOMPARE(overdue.parameters.last(), QStringLiteral("link_pago"));
        QCOMPARE(overdue.providerTemplate, QStringLiteral("recordatorio_pago_enlace"));
        QVERIFY(!templates.forMoraLevel(0)->body.contains(QStringLiteral("{link_pago}")));
        QCOMPARE(PaymentLinkOffer::apply(*f->db, f->clock, true).value(), false); // once
        QCOMPARE(PaymentLinkOffer::apply(*f->db, f->clock, false).value(), true);
        QCOMPARE(templates.forMoraLevel(1)->body, MessageTemplate::defaultOverdue().body);

        // A text the clerk wrote is the clerk's: never touched.
        overdue = templates.forMoraLevel(1).value();
        overdue.body = QStringLiteral("Hola {nombre}, debe {saldo}.");
        QVERIFY(templates.save(overdue).ok());
        QCOMPARE(PaymentLinkOffer::apply(*f->db, f->clock, true).value(), false);
        QCOMPARE(templates.forMoraLevel(1)->body, QStringLiteral("Hola {nombre}, debe {saldo}."));
    }

    void linkReachesEveryProvider_data()
    {
        QTest::addColumn<Flavor>("flavor");
        QTest::newRow("360dialog") << Flavor::Dialog360;
        QTest::newRow("Cloud API") << Flavor::MetaCloud;
        QTest::newRow("Twilio") << Flavor::Twilio;
    }

    void linkReachesEveryProvider()
    {
        QFETCH(Flavor, flavor);
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 14), 250000);
        QVERIFY(f->pay(debt, 20000).ok());
        QVERIFY(offerLink(flavor == Flavor::Twilio));
        f->at(QDate(2026, 1, 15), QTime(9, 0));
        QVERIFY(scan());
        const QList<OutboxMessage> queued = f->messages({State::Scheduled});
        QCOMPARE(queued.size(), 1);
        QVERIFY(queued.first().text.contains(QStringLiteral("{link_pago}")));

        FakeProviderServer providerServer(flavor);
        QVERIFY(providerServer.start());
        auto provider = makeProvider(providerServer, flavor);
        auto gateway = makeGateway();
        PaymentLinkIssuer issuer(*f->db, f->clock, gateway.get());
        ReminderDispatcher dispatcher(*f->db, f->clock, provider.get(), QStringLiteral("w"));
        dispatcher.setPaymentLinks(&issuer);
        QVERIFY(dispatch(dispatcher));
        QVERIFY2(dispatcher.report().errors.isEmpty(),
                 qPrintable(dispatcher.report().errors.join('\n')));
        QCOMPARE(dispatcher.report().sent, 1);

        // One link, for the exact balance, and its address in the request's last parameter.
        QCOMPARE(gatewayServer->links().size(), 1);
        QCOMPARE(gatewayServer->links().first().amountInCents, qint64(23000000));
        const QString url
            = gatewayServer->checkoutUrl().toString() + gatewayServer->links().first().id;
        QCOMPARE(providerServer.sends().size(), 1);
        const auto &request = providerServer.sends().first();
        QVERIFY2(providerServer.problems().isEmpty(),
                 qPrintable(providerServer.problems().join('\n')));
        QCOMPARE(request.parameters,
                 (QStringList{QStringLiteral("Juan Pérez"), QStringLiteral("$230.000 COP"),
                              QStringLiteral("14/01/2026"), url}));
        QVERIFY2(request.body.contains(QUrl::toPercentEncoding(url))
                     || request.body.contains(url.toUtf8()),
                 request.body.constData());
        // The history keeps the text as it went out.
        const OutboxMessage sent = f->message(queued.first().id);
        QCOMPARE(sent.state, State::Sent);
        QVERIFY(sent.text.endsWith(QStringLiteral("aquí: ") + url));
        QVERIFY(!sent.text.contains(QStringLiteral("{link_pago}")));
    }

    void whatsappDesktopCarriesTheLink()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 14), 250000);
        QVERIFY(offerLink(false));
        f->at(QDate(2026, 1, 15), QTime(9, 0));
        QVERIFY(scan());
        auto gateway = makeGateway();
        PaymentLinkIssuer issuer(*f->db, f->clock, gateway.get());
        WhatsAppDesktopProvider provider;
        ReminderDispatcher dispatcher(*f->db, f->clock, &provider, QStringLiteral("w"));
        dispatcher.setSendTimeoutMs(0);
        dispatcher.setPaymentLinks(&issuer);
        QSignalSpy open(&provider, &WhatsAppDesktopProvider::openRequested);
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(open.count(), 1, 10000);
        const QString url
            = gatewayServer->checkoutUrl().toString() + gatewayServer->links().first().id;
        QVERIFY(open.at(0).at(2).toString().endsWith(QStringLiteral("aquí: ") + url));
        const QUrlQuery chat(open.at(0).at(1).toUrl());
        QVERIFY(chat.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded).endsWith(url));
        provider.confirm(open.at(0).at(0).toLongLong(), true);
        QTRY_VERIFY(!dispatcher.isRunning());
    }

    void withoutAGatewayTheMessageWaits()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 14), 250000);
        QVERIFY(offerLink(false));
        f->at(QDate(2026, 1, 15), QTime(9, 0));
        QVERIFY(scan());
        FakeProviderServer providerServer(Flavor::Dialog360);
        QVERIFY(providerServer.start());
        auto provider = makeProvider(providerServer, Flavor::Dialog360);
        for (PaymentGateway *gateway : {static_cast<PaymentGateway *>(nullptr)}) {
            PaymentLinkIssuer issuer(*f->db, f->clock, gateway);
            ReminderDispatcher dispatcher(*f->db, f->clock, provider.get(), QStringLiteral("w"));
            dispatcher.setPaymentLinks(&issuer);
            QVERIFY(dispatch(dispatcher));
            QCOMPARE(dispatcher.report().released, 1);
        }
        {
            ReminderDispatcher dispatcher(*f->db, f->clock, provider.get(), QStringLiteral("w"));
            QVERIFY(dispatch(dispatcher));
            QCOMPARE(dispatcher.report().released, 1);
        }
        // Never a message with "{link_pago}" in it; it waits, and the clerk sees why.
        QVERIFY(providerServer.sends().isEmpty());
        const QList<OutboxMessage> waiting = f->messages({State::Scheduled});
        QCOMPARE(waiting.size(), 1);
        QVERIFY2(waiting.first().reason.contains(QStringLiteral("no payment gateway")),
                 qPrintable(waiting.first().reason));

        // With the gateway back it goes out with its link.
        auto gateway = makeGateway();
        PaymentLinkIssuer issuer(*f->db, f->clock, gateway.get());
        ReminderDispatcher dispatcher(*f->db, f->clock, provider.get(), QStringLiteral("w"));
        dispatcher.setPaymentLinks(&issuer);
        QVERIFY(dispatch(dispatcher));
        QCOMPARE(dispatcher.report().sent, 1);
        QCOMPARE(providerServer.sends().size(), 1);
    }

    void gatewayDownMeansTryLater()
    {
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 14), 250000);
        QVERIFY(offerLink(false));
        f->at(QDate(2026, 1, 15), QTime(9, 0));
        QVERIFY(scan());
        gatewayServer->enqueueFault(FakeGatewayServer::Fault::ServerError);
        FakeProviderServer providerServer(Flavor::Dialog360);
        QVERIFY(providerServer.start());
        auto provider = makeProvider(providerServer, Flavor::Dialog360);
        auto gateway = makeGateway();
        PaymentLinkIssuer issuer(*f->db, f->clock, gateway.get());
        ReminderDispatcher dispatcher(*f->db, f->clock, provider.get(), QStringLiteral("w"));
        dispatcher.setPaymentLinks(&issuer);
        QVERIFY(dispatch(dispatcher));
        QCOMPARE(dispatcher.report().retrying, 1);
        QVERIFY(providerServer.sends().isEmpty());
        QCOMPARE(f->messages({State::Retrying}).size(), 1);
    }

    // "Done when", tried as a new user would.
    void triedAsANewUserWould()
    {
        QTemporaryDir home;
        Settings settings(home.filePath(QStringLiteral("cartera.ini")));
        settings.setPaymentGateway(Settings::Gateway::Wompi);
        settings.setPaymentSandbox(true);
        QVERIFY(settings.setPaymentGatewayBaseUrl(gatewayServer->apiUrl().toString()).ok());
        GatewayConfig config = GatewayConfig::fromSettings(settings);
        QVERIFY(config.isConfigured());
        config.checkoutBaseUrl = gatewayServer->checkoutUrl();
        auto gateway = createGateway(config, gatewayServer->privateKey);
        QVERIFY(PaymentLinkOffer::apply(*f->db, f->clock, config.isConfigured()).ok());

        // Juan owes $250.000, due Wednesday 14/01/2026.
        const qint64 juan = f->client(QStringLiteral("Juan Pérez"));
        const qint64 debt = f->debt(juan, QStringLiteral("F-1001"), QDate(2026, 1, 14), 250000);

        // Thursday morning his reminder goes out with the link.
        f->at(QDate(2026, 1, 15), QTime(9, 0));
        QVERIFY(scan());
        FakeProviderServer whatsapp(Flavor::Dialog360);
        QVERIFY(whatsapp.start());
        auto provider = makeProvider(whatsapp, Flavor::Dialog360);
        PaymentLinkIssuer issuer(*f->db, f->clock, gateway.get());
        issuer.setLinkDays(config.linkDays);
        {
            ReminderDispatcher dispatcher(*f->db, f->clock, provider.get(), QStringLiteral("w"));
            dispatcher.setPaymentLinks(&issuer);
            QVERIFY(dispatch(dispatcher));
            QCOMPARE(dispatcher.report().sent, 1);
        }
        QCOMPARE(whatsapp.sends().size(), 1);
        const QString url = whatsapp.sends().first().parameters.last();
        QVERIFY2(url.startsWith(gatewayServer->checkoutUrl().toString()), qPrintable(url));

        // The link works and asks for exactly the balance.
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(QUrl(url))));
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(page->readAll().contains("amount_in_cents=25000000"));

        // Wednesday evening the scan prepares Thursday's second reminder.
        f->at(QDate(2026, 1, 21), QTime(20, 0));
        QVERIFY(scan());
        QCOMPARE(f->messages({State::Scheduled}).size(), 1);

        // Juan pays with Nequi; the desktop's poller finds it.
        const QString linkId = url.mid(gatewayServer->checkoutUrl().toString().size());
        const QString transaction = gatewayServer->approve(linkId, QStringLiteral("NEQUI"));
        PaymentLinkPoller poller(*f->db, f->clock, gateway.get());
        for (int i = 0; i < 3; ++i) {
            QSignalSpy done(&poller, &PaymentLinkPoller::finished);
            poller.pollNow();
            QVERIFY(done.wait(10000));
        }
        const QList<PaymentRow> rows = f->payments(debt);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().payment.amount, Money::fromPesos(250000));
        QCOMPARE(rows.first().payment.method, Payment::Method::Nequi);
        QCOMPARE(rows.first().payment.reference, transaction);
        QVERIFY(DebtRepository(*f->db, f->clock).get(debt)->balance().isZero());

        // Thursday's reminder will not go out, and no later one is queued.
        QCOMPARE(f->messages({State::Scheduled}).size(), 0);
        QCOMPARE(f->messages({State::Cancelled}).size(), 1);
        for (int day = 22; day <= 31; ++day) {
            f->at(QDate(2026, 1, day), QTime(9, 0));
            QVERIFY(scan());
        }
        QCOMPARE(f->messages({State::Scheduled}).size(), 0);
        QCOMPARE(f->messages().size(), 2);
        QCOMPARE(gatewayServer->links().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPaymentLinkDelivery)
#include "tst_paymentlinkdelivery.moc"
