// Send throughput: 10,000 reminders through Dialog360Provider (rate limit off) against the
// loopback 360dialog fake, next to a plain loop of QNetworkAccessManager POSTs of the same
// body to the same fake. Prints messages/s for both and their ratio.
#include "dialog360provider.h"
#include "fakeproviderserver.h"
#include "graphapi.h"
#include "ratelimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <cstdio>

namespace {

OutgoingMessage message(int i)
{
    OutgoingMessage m;
    m.outboxId = i + 1;
    m.to = PhoneNumber::fromE164(QStringLiteral("+57300%1").arg(i, 7, 10, QLatin1Char('0')));
    m.templateName = QStringLiteral("recordatorio_pago");
    m.language = QStringLiteral("es");
    m.parameters = {QStringLiteral("Cliente %1").arg(i), QStringLiteral("$250.000 COP"),
                    QStringLiteral("10/01/2026")};
    return m;
}

int serverCount(FakeProviderServer *fake)
{
    int n = 0;
    QMetaObject::invokeMethod(
        fake, [&] { n = int(fake->sends().size()); }, Qt::BlockingQueuedConnection);
    return n;
}

void clearServer(FakeProviderServer *fake)
{
    QMetaObject::invokeMethod(
        fake, [&] { fake->clearLog(); }, Qt::BlockingQueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    // The fake runs on its own thread so that both clients meet the same server.
    QThread serverThread;
    auto *fake = new FakeProviderServer(FakeProviderServer::Flavor::Dialog360);
    fake->moveToThread(&serverThread);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        fake, [&] { listening = fake->start(); }, Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "could not start the fake server\n");
        return 1;
    }

    // 1. The provider, paced by a RateLimiter that is switched off.
    Dialog360Settings settings;
    settings.baseUrl = fake->baseUrl();
    settings.apiKey = fake->apiKey;
    Dialog360Provider provider(settings);
    RateLimiter limiter;
    limiter.setMessagesPerSecond(0);
    int sent = 0;
    int other = 0;
    QObject::connect(&provider, &WhatsAppProvider::finished, &app,
                     [&](qint64, const SendResult &r) {
                         (r.outcome == SendResult::Outcome::Sent ? sent : other)++;
                         if (sent + other == total)
                             app.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < total; ++i) {
        const OutgoingMessage m = message(i);
        if (limiter.tryAcquire(m.to.e164()))
            provider.send(m);
    }
    app.exec();
    const double providerSecs = timer.nsecsElapsed() / 1e9;
    const int providerServed = serverCount(fake);
    clearServer(fake);

    // 2. A plain loop of POSTs with the same headers and body.
    QNetworkAccessManager network;
    int plainDone = 0;
    int plainOk = 0;
    timer.restart();
    for (int i = 0; i < total; ++i) {
        QNetworkRequest request(QUrl(fake->baseUrl().toString() + QStringLiteral("/messages")));
        request.setRawHeader("D360-API-KEY", fake->apiKey.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = network.post(request, GraphApi::templateMessageBody(message(i)));
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            plainOk += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
            reply->deleteLater();
            if (++plainDone == total)
                app.quit();
        });
    }
    app.exec();
    const double plainSecs = timer.nsecsElapsed() / 1e9;
    const int plainServed = serverCount(fake);

    QMetaObject::invokeMethod(
        fake, [fake] { delete fake; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    const double providerRate = total / providerSecs;
    const double plainRate = total / plainSecs;
    std::printf("messages: %d\n", total);
    std::printf("Dialog360Provider, rate limit off: %.0f msgs/s (%.2f s, %d sent, %d other, "
                "%d received by the fake)\n",
                providerRate, providerSecs, sent, other, providerServed);
    std::printf("plain QNetworkAccessManager POSTs: %.0f msgs/s (%.2f s, %d ok, %d received by "
                "the fake)\n",
                plainRate, plainSecs, plainOk, plainServed);
    std::printf("provider / plain: %.2f\n", providerRate / plainRate);
    return (sent == total && plainOk == total && providerServed == total) ? 0 : 1;
}
