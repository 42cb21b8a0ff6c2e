#include "desktop.h"

#include "auditlogview.h"
#include "backupservice.h"
#include "businessheader.h"
#include "clientdetailpanel.h"
#include "clientprivacydialog.h"
#include "clientspage.h"
#include "clock.h"
#include "connectionreport.h"
#include "credentialstore.h"
#include "gatewayconfig.h"
#include "httpprovider.h"
#include "messagetemplaterepository.h"
#include "providerfactory.h"
#include "dashboardview.h"
#include "debtspage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "messagesview.h"
#include "paymentlinkissuer.h"
#include "paymentlinkoffer.h"
#include "paymentlinkpoller.h"
#include "paymentlinkrepository.h"
#include "paymentspage.h"
#include "paymenttablemodel.h"
#include "portfoliocsvexport.h"
#include "privacynoticedialog.h"
#include "reminderworker.h"
#include "reportqueries.h"
#include "reportsview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "traynotifier.h"
#include "whatsappdesktopprompt.h"
#include "whatsappdesktopprovider.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

namespace {

// The reminders' outbox as the messages report and the metrics panel read it.
MessageLogSchema outboxSchema()
{
    MessageLogSchema schema;
    schema.table = QStringLiteral("outbox_messages");
    schema.clientColumn = QStringLiteral("client_id");
    schema.statusColumn = QStringLiteral("state");
    schema.timestampColumn = QStringLiteral("updated_at");
    return schema;
}

// The API provider the settings name, with its secret from the keychain (or the private file
// where no keychain runs). Null, with the reason in the status bar, when it cannot be built.
std::unique_ptr<WhatsAppProvider> makeApiProvider(const Settings &settings, QString *problem)
{
    const auto config = ProviderConfig::fromSettings(settings);
    if (!config) {
        *problem = config.error();
        return nullptr;
    }
    CredentialStore store;
    auto provider = createConfiguredProvider(config.value(), store);
    if (!provider) {
        *problem = provider.error();
        return nullptr;
    }
    return std::move(provider).value();
}

BackupService::Policy backupPolicy(const Settings &settings)
{
    return {settings.backupFolder(), settings.dailyBackupsKept(), settings.weeklyBackupsKept()};
}

} // namespace

Desktop::Desktop(const Database &db, const Clock &clock, Settings &settings, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_settings(settings)
{
    m_window = std::make_unique<MainWindow>(m_db, m_clock);

    m_messages = new MessagesView(m_db, m_clock);
    m_window->setSectionWidget(MainWindow::Section::Messages, m_messages);

    auto *reportTabs = new QTabWidget;
    m_reports = new ReportsView(m_db, m_clock);
    m_dashboard = new DashboardView(m_db, m_clock);
    reportTabs->addTab(m_reports, tr("Reports"));
    reportTabs->addTab(m_dashboard, tr("Metrics panel"));
    m_window->setSectionWidget(MainWindow::Section::Reports, reportTabs);
    connect(m_dashboard, &DashboardView::debtListRequested, this, [this](const DebtQuery &query) {
        m_window->setCurrentSection(MainWindow::Section::Debts);
        m_window->debtsPage()->showQuery(query);
    });
    connect(m_dashboard, &DashboardView::paymentListRequested, this,
            [this](const PaymentQuery &query) {
                m_window->setCurrentSection(MainWindow::Section::Payments);
                m_window->paymentsPage()->model()->setFilter(query);
            });

    m_worker = new ReminderWorker(m_db, m_clock, this);
    m_tray = new TrayNotifier(m_worker, this);
    m_messages->attachWorker(m_worker);
    connect(m_tray, &TrayNotifier::messagesRequested, this, [this] {
        raise();
        m_window->setCurrentSection(MainWindow::Section::Messages);
    });
    // What the worker queued or sent shows at once in the lists and the status bar.
    connect(m_worker, &ReminderWorker::runFinished, m_window.get(), &MainWindow::refreshTotals);
    connect(m_messages, &MessagesView::messagesChanged, m_window.get(), &MainWindow::refreshTotals);

    m_backups = std::make_unique<BackupService>(m_db, m_clock, backupPolicy(m_settings));
    m_backupTimer = new QTimer(this);
    connect(m_backupTimer, &QTimer::timeout, this, &Desktop::runDailyBackup);

    createMenus();
    applySettings();
}

Desktop::~Desktop()
{
    if (m_integrityCheck) {
        m_integrityCheck->wait();
        delete m_integrityCheck;
    }
    m_worker->stop();
    if (m_poller)
        m_poller->stop();
}

void Desktop::applySettings()
{
    const MoraLevels levels = m_settings.moraLevels();
    m_window->setMoraLevels(levels);
    m_reports->applySettings(m_settings);
    m_reports->setMessageLog(outboxSchema(), m_settings.pricePerMessage());
    m_dashboard->setMoraLevels(levels);
    m_dashboard->setMessageLog(outboxSchema());
    m_backups->setPolicy(backupPolicy(m_settings));
    configureProvider();
    configurePayments();
}

void Desktop::offerPaymentLinks()
{
    // The overdue reminder offers the link only when links can be made.
    if (const auto offered = PaymentLinkOffer::apply(m_db, m_clock, m_gateway != nullptr);
        !offered)
        m_window->statusBar()->showMessage(offered.error(), 60000);
}

void Desktop::configurePayments()
{
    ClientDetailPanel *detail = m_window->clientsPage()->detail();
    m_worker->setPaymentLinks(nullptr);
    detail->setPaymentLinks(nullptr);
    delete m_poller;
    m_poller = nullptr;
    delete m_linkIssuer;
    m_linkIssuer = nullptr;
    m_gateway.reset();

    const GatewayConfig config = GatewayConfig::fromSettings(m_settings);
    if (config.isConfigured()) {
        CredentialStore store;
        auto gateway = createConfiguredGateway(config, store);
        if (gateway)
            m_gateway = std::move(gateway).value();
        else
            m_window->statusBar()->showMessage(
                tr("Online payments are not ready: %1").arg(gateway.error()), 60000);
    }
    // Nothing is written before the file has passed its integrity check (see show()).
    if (m_verified)
        offerPaymentLinks();
    if (m_checkPayments)
        m_checkPayments->setEnabled(m_gateway != nullptr);
    if (!m_gateway)
        return;
    m_linkIssuer = new PaymentLinkIssuer(m_db, m_clock, m_gateway.get(), this);
    m_linkIssuer->setLinkDays(config.linkDays);
    m_poller = new PaymentLinkPoller(m_db, m_clock, m_gateway.get(), this);
    connect(m_poller, &PaymentLinkPoller::finished, this, &Desktop::onPaymentsPolled);
    m_worker->setPaymentLinks(m_linkIssuer);
    detail->setPaymentLinks(m_linkIssuer);
    if (m_shown)
        m_poller->start();
}

void Desktop::checkOnlinePayments()
{
    if (!m_poller) {
        QMessageBox::information(m_window.get(), tr("Online payments"),
                                 tr("No payment gateway is configured: choose one in Settings > "
                                    "Online payments."));
        return;
    }
    m_pollRequestedByClerk = true;
    m_window->statusBar()->showMessage(tr("Looking for online payments…"));
    m_poller->pollNow();
}

void Desktop::onPaymentsPolled(const PollReport &report)
{
    const bool asked = m_pollRequestedByClerk;
    m_pollRequestedByClerk = false;
    QStringList lines;
    for (const TransactionOutcome &o : report.outcomes) {
        if (o.applied.isPositive())
            lines << tr("%1 paid %2 online (%3).")
                         .arg(o.clientName, o.applied.toString(),
                              o.references.join(QStringLiteral(", ")));
        if (o.flagged.isPositive())
            lines << tr("Check %1: %2").arg(o.flagged.toString(), o.flagReason);
    }
    if (!report.outcomes.isEmpty())
        m_window->refresh();
    if (!asked) {
        if (!lines.isEmpty())
            m_window->statusBar()->showMessage(lines.join(QLatin1Char(' ')), 120000);
        return;
    }
    m_window->statusBar()->clearMessage();
    if (lines.isEmpty())
        lines << tr("No new online payments.");
    if (!report.errors.isEmpty())
        lines << QString() << report.errors;
    // Amounts still waiting for the clerk, from this round or earlier ones.
    PaymentLinkRepository links(m_db, m_clock);
    const auto flagged = links.flagged();
    if (flagged && !flagged->isEmpty()) {
        lines << QString() << tr("Still to check:");
        for (const FlaggedTransaction &f : flagged.value())
            lines << tr("%1, %2 (%3): %4")
                         .arg(f.clientName.isEmpty() ? tr("unknown client") : f.clientName,
                              f.flagged.toString(), f.transactionId, f.reason);
    }
    QMessageBox box(report.errors.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Online payments"), lines.join(QLatin1Char('\n')), QMessageBox::Ok,
                    m_window.get());
    QPushButton *checked = nullptr;
    if (flagged && !flagged->isEmpty())
        checked = box.addButton(tr("&Mark as checked"), QMessageBox::AcceptRole);
    box.exec();
    if (checked && box.clickedButton() == checked) {
        for (const FlaggedTransaction &f : flagged.value()) {
            if (auto done = links.resolveFlag(f.id); !done) {
                QMessageBox::warning(m_window.get(), tr("Online payments"), done.error());
                break;
            }
        }
    }
}

void Desktop::configureProvider()
{
    // The worker sends through the provider the settings name. Without one, messages wait in
    // the outbox and the Mensajes view says so.
    m_worker->setProvider(nullptr);
    delete m_desktopPrompt;
    m_desktopPrompt = nullptr;
    m_provider.reset();
    if (m_settings.provider() == Settings::Provider::WhatsAppDesktop) {
        auto *desktop = new WhatsAppDesktopProvider;
        m_provider.reset(desktop);
        m_desktopPrompt = new WhatsAppDesktopPrompt(desktop, m_window.get());
    } else {
        QString problem;
        m_provider = makeApiProvider(m_settings, &problem);
        if (!m_provider)
            m_window->statusBar()->showMessage(
                tr("WhatsApp is not ready: %1 Messages wait in the outbox.").arg(problem), 60000);
    }
    m_worker->setProvider(m_provider.get());
    m_messages->setProviderConfigured(m_provider != nullptr);
}

void Desktop::show(bool minimized, Start start)
{
    if (!minimized)
        m_window->show();
    if (start == Start::PaintOnly)
        return;
    // The full check reads every page of the file (most of a second at a million debts): it
    // runs on its own thread and connection while the window paints and the clerk looks.
    const Database db = m_db;
    auto result = std::make_shared<Result<void>>();
    m_integrityCheck = QThread::create([db, result] {
        *result = db.checkIntegrity();
        db.close();
    });
    connect(m_integrityCheck, &QThread::finished, this, [this, result] {
        m_integrityCheck->deleteLater();
        m_integrityCheck = nullptr;
        integrityChecked(*result);
    });
    m_integrityCheck->start(QThread::LowPriority);
}

void Desktop::integrityChecked(const Result<void> &result)
{
    if (!result) {
        // Nothing more may be written to a damaged file: no reminders, no backups over the
        // good copies, no edits.
        m_window->setEnabled(false);
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Cartera"),
                                    result.error() + QStringLiteral("\n\n")
                                        + tr("Cartera closes now, so that nothing more is written "
                                             "to the damaged file. Your backups are in %1.")
                                              .arg(QDir::toNativeSeparators(
                                                  m_settings.backupFolder())),
                                    QMessageBox::Ok, m_window.get());
        box->setObjectName(QStringLiteral("databaseDamaged"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        const QString message = result.error();
        connect(box, &QMessageBox::finished, this, [this, message] {
            m_window->close();
            emit databaseDamaged(message);
        });
        box->open();
        return;
    }
    m_verified = true;
    offerPaymentLinks();
    m_worker->start();
    m_shown = true;
    if (m_poller)
        m_poller->start();
    m_backupTimer->start(std::chrono::hours(1));
    // The first copy of the day a minute after start-up, not during it.
    QTimer::singleShot(std::chrono::minutes(1), this, &Desktop::runDailyBackup);
}

void Desktop::raise()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void Desktop::createMenus()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file = nullptr;
    for (QAction *action : bar->actions()) {
        if (action->menu()) {
            file = action->menu();
            break;
        }
    }
    QAction *before = file && !file->actions().isEmpty() ? file->actions().constLast() : nullptr;
    auto addToFile = [&](const QString &text, auto slot) {
        auto *action = new QAction(text, file);
        connect(action, &QAction::triggered, this, slot);
        file->insertAction(before, action);
        return action;
    };
    if (file) {
        file->insertSeparator(before);
        addToFile(tr("&Import from a spreadsheet…"), &Desktop::openImport);
        addToFile(tr("E&xport portfolio to CSV…"), &Desktop::exportPortfolio);
        file->insertSeparator(before);
        m_checkPayments = addToFile(tr("Check &online payments"), &Desktop::checkOnlinePayments);
        m_checkPayments->setEnabled(m_poller != nullptr);
        QAction *backup = addToFile(tr("&Back up now"), &Desktop::backupNow);
        if (!m_backups->canCopy()) {
            backup->setEnabled(false);
            backup->setStatusTip(tr("The database is on a PostgreSQL server: back it up on the "
                                    "server."));
        }
        QAction *settings = addToFile(tr("&Settings…"), &Desktop::openSettings);
        settings->setShortcut(QKeySequence::Preferences);
        file->insertSeparator(before);
    }
    QMenu *privacy = bar->addMenu(tr("&Personal data"));
    privacy->addAction(tr("Client's personal &data (Habeas Data)…"), this,
                       &Desktop::openClientPrivacy);
    privacy->addAction(tr("&Audit log"), this, &Desktop::openAuditLog);
    privacy->addAction(tr("&Privacy notice…"), this, &Desktop::openPrivacyNotice);
}

void Desktop::openSettings()
{
    SettingsDialog dialog(m_settings, m_window.get());
    dialog.setBackupService(m_backups->canCopy() ? m_backups.get() : nullptr);
    dialog.setExecutable(QCoreApplication::applicationFilePath());
    dialog.setSecretWriter([](const QString &account, const QString &secret) {
        CredentialStore store;
        return store.writeBlocking(account, secret);
    });
    dialog.setConnectionTester([this] { return testConnection(); });
    connect(&dialog, &SettingsDialog::restoreRequested, this, [this](const QString &path) {
        const auto requested = BackupService::requestRestore(m_db.location(), path);
        if (!requested) {
            QMessageBox::warning(m_window.get(), tr("Restore"), requested.error());
            return;
        }
        QMessageBox::information(m_window.get(), tr("Restore"),
                                 tr("Cartera will now close and open again with the copy. The "
                                    "current database is kept beside it."));
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    });
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
        m_window->refresh();
    }
}

QString Desktop::testConnection()
{
    QString problem;
    std::unique_ptr<WhatsAppProvider> provider = makeApiProvider(m_settings, &problem);
    auto *http = dynamic_cast<HttpProvider *>(provider.get());
    if (!http)
        return problem.isEmpty() ? tr("WhatsApp Desktop mode needs no connection test.") : problem;
    // The templates the settings name and those the message texts use, each once.
    QList<TemplateRef> templates;
    auto want = [&](const QString &name, const QString &language) {
        for (const TemplateRef &t : templates) {
            if (t.name == name && t.language == language)
                return;
        }
        if (!name.isEmpty())
            templates.append({name, language});
    };
    want(m_settings.reminderTemplate(), m_settings.templateLanguage());
    want(m_settings.overdueTemplate(), m_settings.templateLanguage());
    const auto saved = MessageTemplateRepository(m_db, m_clock).list();
    if (saved) {
        for (const MessageTemplate &t : saved.value())
            want(t.providerTemplate, t.language);
    }
    ConnectionReport report;
    QEventLoop loop;
    connect(http, &HttpProvider::connectionTested, &loop, [&](const ConnectionReport &r) {
        report = r;
        loop.quit();
    });
    http->testConnection(templates);
    loop.exec();
    QStringList lines{report.message};
    for (const TemplateCheck &check : report.templates) {
        QString state;
        switch (check.state) {
        case TemplateCheck::State::Approved: state = tr("approved"); break;
        case TemplateCheck::State::NotApproved:
            state = tr("not approved (%1)").arg(check.providerStatus);
            break;
        case TemplateCheck::State::Missing: state = tr("missing in this account"); break;
        case TemplateCheck::State::Unchecked: state = tr("not checked"); break;
        }
        lines << tr("Template %1 (%2): %3").arg(check.ref.name, check.ref.language, state);
    }
    return lines.join(QLatin1Char('\n'));
}

void Desktop::openImport()
{
    ImportWizard wizard(m_db, m_clock, m_window.get());
    connect(&wizard, &ImportWizard::importFinished, m_window.get(), &MainWindow::refresh);
    wizard.exec();
}

void Desktop::exportPortfolio()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window.get(), tr("Export portfolio"), QStringLiteral("cartera.csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(m_window.get(), tr("Export portfolio"), out.errorString());
        return;
    }
    const auto written = PortfolioCsvExport(m_db, m_clock).writePortfolio(&out);
    if (!written || !out.commit()) {
        QMessageBox::warning(m_window.get(), tr("Export portfolio"),
                             written ? out.errorString() : written.error());
        return;
    }
    m_window->statusBar()->showMessage(tr("%n row(s) exported to %1", nullptr, written.value())
                                           .arg(QDir::toNativeSeparators(path)),
                                       10000);
}

void Desktop::openAuditLog()
{
    QDialog dialog(m_window.get());
    dialog.setWindowTitle(tr("Audit log"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new AuditLogView(m_db, m_clock, &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(1000, 600);
    dialog.exec();
}

void Desktop::openPrivacyNotice()
{
    PrivacyNoticeDialog dialog(m_db, m_clock, m_window.get());
    dialog.exec();
}

void Desktop::openClientPrivacy()
{
    qint64 clientId = m_window->clientsPage()->currentClientId();
    if (clientId <= 0)
        clientId = m_window->debtsPage()->currentClientId();
    if (clientId <= 0) {
        QMessageBox::information(m_window.get(), tr("Personal data"),
                                 tr("Choose a client in Clientes or a debt in Cartera first."));
        return;
    }
    ClientPrivacyDialog dialog(m_db, m_clock, clientId, m_window.get());
    connect(&dialog, &ClientPrivacyDialog::clientChanged, m_window.get(), &MainWindow::refresh);
    dialog.exec();
}

void Desktop::backupNow()
{
    const auto copy = m_backups->backupNow();
    m_window->statusBar()->showMessage(
        copy ? tr("Backup saved in %1").arg(QDir::toNativeSeparators(copy.value())) : copy.error(),
        10000);
}

void Desktop::runDailyBackup()
{
    if (!m_settings.automaticBackups())
        return;
    const auto copy = m_backups->runDailyIfDue();
    if (!copy)
        m_window->statusBar()->showMessage(copy.error(), 30000);
}
