#pragma once

#include "database.h"

#include <QObject>

#include <memory>

class BackupService;
class Clock;
class DashboardView;
class MainWindow;
class MessagesView;
class QThread;
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

    // Shows the window (or only the tray icon when minimised) and checks the database file's
    // integrity on a worker thread (the database was opened with the check deferred, so the
    // window paints at once). Once the file is known sound, the reminder worker and the daily
    // backups start; a damaged file disables the window, says so, and emits databaseDamaged.
    // PaintOnly (--quit-after-first-paint) shows the window and starts nothing else.
    enum class Start { Normal, PaintOnly };
    void show(bool minimized, Start start = Start::Normal);
    // Whether the background integrity check has passed (reminders and backups run after it).
    bool databaseVerified() const { return m_verified; }
    // Brings the window forward: a second start of Cartera asked for it.
    void raise();

signals:
    // The background integrity check found the file damaged; the clerk has read the message.
    void databaseDamaged(const QString &message);

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
    void integrityChecked(const Result<void> &result);
    // The payment gateway the settings name: links in reminders and in the client view, and
    // the poller that records payments made through them.
    void configurePayments();
    void offerPaymentLinks();
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
    QThread *m_integrityCheck = nullptr;
    bool m_verified = false;
    std::unique_ptr<PaymentGateway> m_gateway;
    PaymentLinkIssuer *m_linkIssuer = nullptr;
    PaymentLinkPoller *m_poller = nullptr;
    QAction *m_checkPayments = nullptr;
    bool m_pollRequestedByClerk = false;
    bool m_shown = false;
};
