#pragma once

#include "database.h"

#include <QObject>

#include <memory>

class BackupService;
class Clock;
class DashboardView;
class MainWindow;
class MessagesView;
class PaymentGateway;
class PaymentLinkIssuer;
class PaymentLinkPoller;
class QAction;
class QTimer;
struct PollReport;
class ReminderWorker;
class ReportsView;
class Settings;
class TrayNotifier;
class WhatsAppDesktopPrompt;
class WhatsAppProvider;

// The whole desktop program around the main window: the Mensajes and Reportes sections, the
// reminder worker with its tray notices, daily backups, and the menus that open the settings,
// the spreadsheet import, the audit log and the Habeas Data tools. main() only creates it.
class Desktop : public QObject
{
    Q_OBJECT
public:
    Desktop(const Database &db, const Clock &clock, Settings &settings, QObject *parent = nullptr);
    ~Desktop() override;

    MainWindow *window() const { return m_window.get(); }
    ReminderWorker *worker() const { return m_worker; }
    MessagesView *messages() const { return m_messages; }
    PaymentLinkPoller *paymentPoller() const { return m_poller; }

    // Shows the window (or only the tray icon when minimised) and starts the reminder worker.
    void show(bool minimized);
    // Brings the window forward: a second start of Cartera asked for it.
    void raise();

public slots:
    void openSettings();
    void openImport();
    void exportPortfolio();
    void openAuditLog();
    void openPrivacyNotice();
    void openClientPrivacy();
    void backupNow();
    // "Buscar pagos en línea": polls the gateway now and shows what was recorded.
    void checkOnlinePayments();

private:
    // "Probar conexión": checks the saved provider settings and key, and lists the configured
    // templates the account is missing or has not had approved.
    QString testConnection();
    void createMenus();
    void configureProvider();
    void runDailyBackup();
    void applySettings();
    // The payment gateway the settings name: links in reminders and in the client view, and
    // the poller that records payments made through them.
    void configurePayments();
    void onPaymentsPolled(const PollReport &report);

    Database m_db;
    const Clock &m_clock;
    Settings &m_settings;
    std::unique_ptr<MainWindow> m_window;
    MessagesView *m_messages = nullptr;
    ReportsView *m_reports = nullptr;
    DashboardView *m_dashboard = nullptr;
    ReminderWorker *m_worker = nullptr;
    TrayNotifier *m_tray = nullptr;
    std::unique_ptr<WhatsAppProvider> m_provider;
    WhatsAppDesktopPrompt *m_desktopPrompt = nullptr;
    std::unique_ptr<BackupService> m_backups;
    QTimer *m_backupTimer = nullptr;
    std::unique_ptr<PaymentGateway> m_gateway;
    PaymentLinkIssuer *m_linkIssuer = nullptr;
    PaymentLinkPoller *m_poller = nullptr;
    QAction *m_checkPayments = nullptr;
    bool m_pollRequestedByClerk = false;
    bool m_shown = false;
};
