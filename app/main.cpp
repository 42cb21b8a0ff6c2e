// Wires the core and the UI together; no logic of its own.
#include "backupservice.h"
#include "clock.h"
#include "credentialstore.h"
#include "database.h"
#include "desktop.h"
#include "gatewayconfig.h"
#include "mainwindow.h"
#include "paymentlinkissuer.h"
#include "paymentlinkpoller.h"
#include "providerfactory.h"
#include "ratelimiter.h"
#include "reminderrun.h"
#include "retrypolicy.h"
#include "settings.h"
#include "singleinstance.h"
#include "translations.h"
#include "whatsappprovider.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QEventLoop>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Options that print or work without a window, so that they run where no display is.
bool headless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--version", "-v", "--help", "-h", "--help-all",
                                   "--run-reminders", "--check-database", "--poll-payments"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// The provider a headless run sends through: the one CARTERA_WHATSAPP_PROVIDER names (with
// CARTERA_WHATSAPP_BASE_URL and friends, see ProviderConfig::fromEnvironment) or else the one
// chosen in the settings. Keys and tokens come only from the credential store. Without a
// usable provider the run queues messages and says that they wait in the outbox.
std::unique_ptr<WhatsAppProvider> headlessProvider()
{
    auto complain = [](const QString &message) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    };
    Result<ProviderConfig> config = qEnvironmentVariableIsSet("CARTERA_WHATSAPP_PROVIDER")
                                        ? ProviderConfig::fromEnvironment()
                                        : ProviderConfig::fromSettings(Settings());
    if (!config) {
        if (config.code() != ErrorCode::NotFound) // WhatsApp Desktop mode needs a clerk
            complain(config.error());
        return nullptr;
    }
    CredentialStore store;
    QObject::connect(&store, &CredentialStore::keychainUnavailable, complain);
    auto provider = createConfiguredProvider(config.value(), store);
    if (!provider) {
        complain(QCoreApplication::translate("main", "%1 Messages stay in the outbox.")
                     .arg(provider.error()));
        return nullptr;
    }
    return std::move(provider).value();
}

// The payment gateway a headless run makes links with and polls: the one
// CARTERA_PAYMENT_GATEWAY names (see GatewayConfig::fromEnvironment) or else the settings'.
// Null, after saying why, when none is configured or its key is missing.
std::unique_ptr<PaymentGateway> headlessGateway(int *linkDays)
{
    auto complain = [](const QString &message) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    };
    Result<GatewayConfig> config = qEnvironmentVariableIsSet("CARTERA_PAYMENT_GATEWAY")
                                       ? GatewayConfig::fromEnvironment()
                                       : Result<GatewayConfig>(GatewayConfig::fromSettings(Settings()));
    if (!config) {
        complain(config.error());
        return nullptr;
    }
    if (!config->isConfigured())
        return nullptr;
    *linkDays = config->linkDays;
    CredentialStore store;
    QObject::connect(&store, &CredentialStore::keychainUnavailable, complain);
    auto gateway = createConfiguredGateway(config.value(), store);
    if (!gateway) {
        complain(gateway.error());
        return nullptr;
    }
    return std::move(gateway).value();
}

// --poll-payments: records the payments made through the links, then exits. 0 ok, 1 some links
// could not be read, 4 no usable payment gateway.
int pollPayments(const Database &db)
{
    SystemClock clock;
    int linkDays = 7;
    std::unique_ptr<PaymentGateway> gateway = headlessGateway(&linkDays);
    if (!gateway) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "No payment gateway is configured: choose one in Settings > "
                                 "Online payments, or set CARTERA_PAYMENT_GATEWAY.")));
        return 4;
    }
    PaymentLinkPoller poller(db, clock, gateway.get());
    QEventLoop loop;
    PollReport report;
    QObject::connect(&poller, &PaymentLinkPoller::finished, &loop, [&](const PollReport &r) {
        report = r;
        loop.quit();
    });
    poller.pollNow();
    loop.exec();
    for (const TransactionOutcome &o : report.outcomes) {
        if (o.applied.isPositive())
            std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "%1 paid %2 online (%3).")
                                                .arg(o.clientName, o.applied.toString(),
                                                     o.references.join(QStringLiteral(", ")))));
        if (o.flagged.isPositive())
            std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Check %1: %2")
                                                .arg(o.flagged.toString(), o.flagReason)));
    }
    std::printf("%s\n", qPrintable(QCoreApplication::translate(
                                       "main", "%n payment link(s) checked, %1 new transaction(s).",
                                       nullptr, report.linksChecked)
                                       .arg(report.recorded)));
    for (const QString &error : report.errors)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return report.errors.isEmpty() ? 0 : 1;
}

int runReminders(const Database &db, bool dryRun)
{
    SystemClock clock;
    std::unique_ptr<WhatsAppProvider> provider = headlessProvider();
    int linkDays = 7;
    std::unique_ptr<PaymentGateway> gateway = headlessGateway(&linkDays);
    PaymentLinkIssuer links(db, clock, gateway.get());
    links.setLinkDays(linkDays);
    ReminderRun run(db, clock, provider.get());
    run.dispatcher()->setPaymentLinks(&links);
    run.setDryRun(dryRun);
    RateLimiter limiter; // 20 messages/s, 6 s between two messages to one number
    RetryPolicy retries;
    run.dispatcher()->setRateLimiter(&limiter);
    run.dispatcher()->setRetryPolicy(&retries);
    const RunReport report = run.runBlocking();
    const RunExitCode code = ReminderRun::exitCode(report);
    FILE *out = code == RunExitCode::Ok ? stdout : stderr;
    for (const QString &line : ReminderRun::summary(report, clock.timeZone()))
        std::fprintf(out, "%s\n", line.toLocal8Bit().constData());
    return int(code);
}

// Quits the application after the first paint of the window it filters (--quit-after-first-paint).
class FirstPaintQuitter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            // After this paint event is delivered and the frame flushed.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (headless(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Cartera"));
    QCoreApplication::setApplicationName(QStringLiteral("Cartera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARTERA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("co.cartera.Cartera"));
    Settings settings;
    // Before the parser, so that --help speaks the clerk's language too.
    Translations::installTranslators(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Accounts receivable and WhatsApp payment reminders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("main", "Open the database at <path> instead of the default "
                                            "(%1).")
            .arg(Database::defaultLocation()),
        QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    const QCommandLineOption runRemindersOption(
        QStringLiteral("run-reminders"),
        QCoreApplication::translate("main", "Check every debt, queue the reminders that are due "
                                            "and send them, then exit (for cron or the Windows "
                                            "Task Scheduler). Exit status: 0 ok, 1 some messages "
                                            "failed, 2 database error, 3 another Cartera is "
                                            "sending, 4 the provider refused the account."));
    parser.addOption(runRemindersOption);
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("main", "With --run-reminders: print what would be queued "
                                            "and sent, and change nothing."));
    parser.addOption(dryRunOption);
    const QCommandLineOption pollPaymentsOption(
        QStringLiteral("poll-payments"),
        QCoreApplication::translate("main", "Ask the payment gateway for the payments made "
                                            "through the payment links, record them, then exit. "
                                            "Exit status: 0 ok, 1 some links could not be read, "
                                            "2 database error, 4 no payment gateway."));
    parser.addOption(pollPaymentsOption);
    const QCommandLineOption checkOption(
        QStringLiteral("check-database"),
        QCoreApplication::translate("main", "Open (and, if needed, update) the database, print "
                                            "its state and exit. Exit code 0 when it is usable."));
    parser.addOption(checkOption);
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the notification area without showing the "
                                            "window (used when Cartera starts with the session)."));
    parser.addOption(minimizedOption);
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Exit as soon as the main window has been painted "
                                            "once (measures start-up time)."));
    parser.addOption(firstPaintOption);
    parser.process(app);

    const QString location = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                          : Database::defaultLocation();
    const bool gui = qobject_cast<QApplication *>(&app) != nullptr && !parser.isSet(checkOption);

    // One window per database: a second start brings the first forward.
    SingleInstance instance(location);
    if (gui && !instance.tryBecomePrimary())
        return instance.activatePrimary(QCoreApplication::arguments()) ? 0 : 3;

    SystemClock clock;
    if (gui) {
        // A restore chosen in the settings happens here, before any connection exists.
        const auto restored = BackupService::applyPendingRestore(location, clock);
        if (!restored)
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Cartera"),
                                 restored.error());
    }

    auto db = Database::open(location);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        if (qobject_cast<QApplication *>(&app))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cartera"), db.error());
        return 2;
    }
    if (parser.isSet(runRemindersOption))
        return runReminders(db.value(), parser.isSet(dryRunOption));
    if (parser.isSet(pollPaymentsOption))
        return pollPayments(db.value());

    if (parser.isSet(checkOption)) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "%1: Cartera database, "
                                                                            "version %2.")
                                            .arg(db->location())
                                            .arg(db->schemaVersion())));
        return 0;
    }

    Desktop desktop(db.value(), clock, settings);
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop, &Desktop::raise);
    FirstPaintQuitter quitter;
    if (parser.isSet(firstPaintOption))
        desktop.window()->installEventFilter(&quitter);
    desktop.show(parser.isSet(minimizedOption));
    return app.exec();
}
