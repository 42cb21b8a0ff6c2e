// Wires the core and the UI together; no logic of its own.
#include "backupservice.h"
#include "clock.h"
#include "credentialstore.h"
#include "database.h"
#include "databasecopier.h"
#include "desktop.h"
#include "gatewayconfig.h"
#include "mainwindow.h"
#include "money.h"
#include "paymentlinkissuer.h"
#include "paymentlinkpoller.h"
#include "providerfactory.h"
#include "ratelimiter.h"
#include "reminderrun.h"
#include "retrypolicy.h"
#include "settings.h"
#include "shiftedclock.h"
#include "singleinstance.h"
#include "translations.h"
#include "whatsappprovider.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
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
        if (std::strncmp(argv[i], "--migrate-to", 12) == 0)
            return true;
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

// The program's clock: the system's, or (tests only) one started at CARTERA_NOW, an ISO UTC
// moment such as 2026-02-10T15:00:00Z, that then runs at the real pace.
std::unique_ptr<Clock> programClock()
{
    const QString injected = qEnvironmentVariable("CARTERA_NOW");
    if (injected.isEmpty())
        return std::make_unique<SystemClock>();
    const QDateTime start = ShiftedClock::parseMoment(injected);
    if (!start.isValid()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "main", "Warning: CARTERA_NOW=\"%1\" is not an ISO date and "
                                            "time (like 2026-02-10T15:00:00Z); the real clock is "
                                            "used.")
                                    .arg(injected)));
        return std::make_unique<SystemClock>();
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate(
                                "main", "Warning: CARTERA_NOW is set; this run believes it is %1 "
                                        "(UTC). Only for tests.")
                                .arg(start.toString(Qt::ISODate))));
    return std::make_unique<ShiftedClock>(start);
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
int pollPayments(const Database &db, const Clock &clock)
{
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

int runReminders(const Database &db, const Clock &clock, bool dryRun)
{
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

bool isPostgresAddress(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
           || location.startsWith(QLatin1String("postgres://"));
}

// The PostgreSQL password the settings dialog keeps in the keychain for this address; empty
// when there is none (libpq then reads PGPASSFILE). It goes to the driver and nowhere else.
QString storedDatabasePassword(const QString &location)
{
    if (!isPostgresAddress(location))
        return {};
    CredentialStore store;
    const auto secret = store.readBlocking(Settings::databasePasswordKey(location), 10000);
    return secret ? secret.value() : QString();
}

// cartera --migrate-to: copies the SQLite file into an empty PostgreSQL database, checks the
// copy and prints what it moved. Exit codes as documented in the option's help.
int migrateTo(const QString &sourcePath, const QString &targetAddress)
{
    auto say = [](FILE *out, const QString &message) {
        std::fprintf(out, "%s\n", message.toLocal8Bit().constData());
        std::fflush(out);
    };
    if (!isPostgresAddress(targetAddress)) {
        say(stderr, QCoreApplication::translate("main", "--migrate-to needs a PostgreSQL address "
                                                        "such as postgresql://clerk@server:5432/cartera."));
        return 1;
    }
    if (isPostgresAddress(sourcePath)) {
        say(stderr, QCoreApplication::translate("main", "--migrate-to copies a Cartera database "
                                                        "file; choose the file with --database."));
        return 1;
    }
    if (!QFileInfo(sourcePath).isFile()) {
        say(stderr, QCoreApplication::translate("main", "%1 does not exist, so there is nothing "
                                                        "to copy. Choose the file with --database.")
                        .arg(QDir::toNativeSeparators(sourcePath)));
        return 1;
    }
    Database::Options sourceOptions;
    sourceOptions.connectionName = QStringLiteral("migrate-source");
    auto source = Database::open(sourcePath, sourceOptions);
    if (!source) {
        say(stderr, source.error());
        return 2;
    }
    Database::Options targetOptions;
    targetOptions.connectionName = QStringLiteral("migrate-target");
    targetOptions.password = storedDatabasePassword(targetAddress);
    auto target = Database::open(targetAddress, targetOptions);
    if (!target) {
        say(stderr, target.error());
        return 2;
    }

    DatabaseCopier copier(source.value(), target.value());
    int shownTenth = 0;
    copier.setProgress([&](const DatabaseCopier::Progress &p) {
        // One line per table and per tenth of the whole: readable in a terminal and in a log.
        if (p.tableDone == p.tableRows)
            say(stderr, QCoreApplication::translate("main", "  %1: %n row(s) copied", nullptr,
                                                    int(p.tableRows))
                            .arg(p.table));
        const int tenth = p.total > 0 ? int(p.done * 10 / p.total) : 10;
        if (tenth > shownTenth && tenth < 10)
            say(stderr, QCoreApplication::translate("main", "%1 % (%2 of %3 rows)")
                            .arg(tenth * 10)
                            .arg(p.done)
                            .arg(p.total));
        shownTenth = qMax(shownTenth, tenth);
        return true;
    });
    say(stderr, QCoreApplication::translate("main", "Copying %1 to %2 ...")
                    .arg(source->location(), target->location()));
    QElapsedTimer timer;
    timer.start();
    const auto report = copier.copy();
    if (!report) {
        say(stderr, report.error());
        return report.code() == ErrorCode::Conflict ? 3 : report.code() == ErrorCode::Invalid ? 1 : 4;
    }
    say(stdout, QCoreApplication::translate("main", "Copied %1 rows to %2 in %3 s and checked "
                                                    "them: every table has the same rows and ids "
                                                    "as the file. Debts %4, paid %5; payments %6.")
                    .arg(report->rows)
                    .arg(target->location())
                    .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                    .arg(Money::fromMinor(report->sum(QStringLiteral("debts"), QStringLiteral("amount_minor"))).toString(),
                         Money::fromMinor(report->sum(QStringLiteral("debts"), QStringLiteral("paid_minor"))).toString(),
                         Money::fromMinor(report->sum(QStringLiteral("payments"), QStringLiteral("amount_minor"))).toString()));
    say(stdout, QCoreApplication::translate("main", "Open it with --database %1, or choose it in "
                                                    "Settings > Database. The file was not changed.")
                    .arg(target->location()));
    return 0;
}

// Quits the application after the first paint of the window it filters (--quit-after-first-paint),
// printing that moment (milliseconds since 1970) so that a benchmark can time launch-to-paint
// apart from the exit, which waits for the status-bar totals still being added up.
class FirstPaintQuitter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            // After this paint event is delivered and the frame flushed.
            QTimer::singleShot(0, qApp, [] {
                std::printf("first paint at %lld\n", QDateTime::currentMSecsSinceEpoch());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
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
        QCoreApplication::translate("main", "Open the database at <path> (a file, or a "
                                            "postgresql://user@host:port/name address) instead "
                                            "of the one chosen in the settings or the default "
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
    const QCommandLineOption migrateOption(
        QStringLiteral("migrate-to"),
        QCoreApplication::translate("main", "Copy the database (the default file or --database) "
                                            "into the empty PostgreSQL database at <address>, "
                                            "in one transaction, and check the copy; the "
                                            "password comes from the keychain or PGPASSFILE. "
                                            "Exit status: 0 copied, 1 wrong use, 2 a database "
                                            "cannot be opened, 3 the target already holds data, "
                                            "4 the copy failed or differs and was undone."),
        QCoreApplication::translate("main", "address"));
    parser.addOption(migrateOption);
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the notification area without showing the "
                                            "window (used when Cartera starts with the session)."));
    parser.addOption(minimizedOption);
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main", "Exit as soon as the main window has been painted "
                                            "once, printing that moment in milliseconds "
                                            "since 1970 (measures start-up time); nothing "
                                            "else starts."));
    parser.addOption(firstPaintOption);
    parser.process(app);

    if (parser.isSet(migrateOption))
        return migrateTo(parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : Database::defaultLocation(),
                         parser.value(migrateOption));

    // --database, else the database chosen in the settings, else the default file.
    const QString location = parser.isSet(databaseOption) ? parser.value(databaseOption)
                             : settings.databaseLocation().isEmpty() ? Database::defaultLocation()
                                                                     : settings.databaseLocation();
    const bool gui = qobject_cast<QApplication *>(&app) != nullptr && !parser.isSet(checkOption);

    // One window per database: a second start brings the first forward.
    SingleInstance instance(location);
    if (gui && !instance.tryBecomePrimary())
        return instance.activatePrimary(QCoreApplication::arguments()) ? 0 : 3;

    const std::unique_ptr<Clock> programTime = programClock();
    const Clock &clock = *programTime;
    if (gui) {
        // A restore chosen in the settings happens here, before any connection exists.
        const auto restored = BackupService::applyPendingRestore(location, clock);
        if (!restored)
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Cartera"),
                                 restored.error());
    }

    // The window opens at once on a big file: its full integrity check runs in the background
    // (Desktop::show). Headless runs and --check-database check before anything else.
    Database::Options options;
    options.password = storedDatabasePassword(location);
    if (gui)
        options.integrityCheck = Database::IntegrityCheck::BeforeMigrating;
    auto db = Database::open(location, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        if (qobject_cast<QApplication *>(&app))
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cartera"), db.error());
        return 2;
    }
    if (parser.isSet(runRemindersOption))
        return runReminders(db.value(), clock, parser.isSet(dryRunOption));
    if (parser.isSet(pollPaymentsOption))
        return pollPayments(db.value(), clock);

    if (parser.isSet(checkOption)) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "%1: Cartera database, "
                                                                            "version %2.")
                                            .arg(db->location())
                                            .arg(db->schemaVersion())));
        return 0;
    }

    Desktop desktop(db.value(), clock, settings);
    QObject::connect(&instance, &SingleInstance::activationRequested, &desktop, &Desktop::raise);
    QObject::connect(&desktop, &Desktop::databaseDamaged, &app, [&app] { app.exit(2); });
    FirstPaintQuitter quitter;
    if (parser.isSet(firstPaintOption))
        desktop.window()->installEventFilter(&quitter);
    desktop.show(parser.isSet(minimizedOption),
                 parser.isSet(firstPaintOption) ? Desktop::Start::PaintOnly : Desktop::Start::Normal);
    return app.exec();
}
