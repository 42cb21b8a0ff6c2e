// A separate program for the payment-poll crash test: polls the gateway named by the
// CARTERA_PAYMENT_* environment (key from the credential store) over one database, as the
// desktop's poller does, and prints what it recorded. With --pause-after-receive N it stops,
// after the gateway's answer for the Nth link arrived and before recording it, until killed.
#include "clock.h"
#include "credentialstore.h"
#include "database.h"
#include "gatewayconfig.h"
#include "paymentlinkpoller.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cartera"));
    QCoreApplication::setApplicationName(QStringLiteral("Cartera"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: paymentpollchild DATABASE [--pause-after-receive N]\n");
        return 2;
    }
    int pauseAt = 0;
    const qsizetype pause = args.indexOf(QStringLiteral("--pause-after-receive"));
    if (pause > 0 && pause + 1 < args.size())
        pauseAt = args.at(pause + 1).toInt();

    const auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    const auto config = GatewayConfig::fromEnvironment();
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error()));
        return 1;
    }
    CredentialStore store;
    auto gateway = createConfiguredGateway(config.value(), store);
    if (!gateway) {
        std::fprintf(stderr, "%s\n", qPrintable(gateway.error()));
        return 1;
    }
    SystemClock clock;
    PaymentLinkPoller poller(db.value(), clock, gateway.value().get());
    int received = 0;
    QObject::connect(&poller, &PaymentLinkPoller::transactionsReceived,
                     [&](const QString &link, int count) {
                         ++received;
                         std::printf("RECEIVED %s %d\n", qPrintable(link), count);
                         std::fflush(stdout);
                         if (received == pauseAt) {
                             // Held between the gateway's answer and the recording.
                             for (;;)
                                 ::pause(); // until SIGKILL
                         }
                     });
    QObject::connect(&poller, &PaymentLinkPoller::finished, &app, [&](const PollReport &report) {
        std::printf("DONE recorded=%d already=%d pending=%d errors=%d\n", report.recorded,
                    report.alreadyRecorded, report.pending, int(report.errors.size()));
        for (const QString &e : report.errors)
            std::fprintf(stderr, "%s\n", qPrintable(e));
        std::fflush(stdout);
        app.exit(report.errors.isEmpty() ? 0 : 1);
    });
    poller.pollNow();
    return app.exec();
}
