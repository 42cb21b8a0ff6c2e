#pragma once

#include "result.h"
#include "settings.h"

#include <QDialog>

#include <functional>

class BackupService;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

// The settings, one tab per subject: Empresa, WhatsApp, Envío, Niveles de mora, Copias de
// seguridad, General, Base de datos. OK checks every value first and saves nothing while one is wrong;
// seguridad, Pagos en línea, General. OK checks every value first and saves nothing while one is wrong;
// credentials are handed to the secret writer (the system keychain) and never kept here.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // Stores one secret under an account name such as "360dialog/api_key" (see
    // secretAccount); the providers' CredentialStore plugs in here.
    using SecretWriter = std::function<Result<void>(const QString &account, const QString &secret)>;

    enum class Secret {
        Dialog360ApiKey,
        MetaAccessToken,
        TwilioAccountSid,
        TwilioAuthToken,
        WompiPublicKey,
        WompiPrivateKey,
    };
    static QString secretAccount(Secret secret);

    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void setSecretWriter(SecretWriter writer) { m_secretWriter = std::move(writer); }
    // Reads a stored secret (the PostgreSQL password for "Test the connection"); the system
    // keychain by default.
    using SecretReader = std::function<Result<QString>(const QString &account)>;
    void setSecretReader(SecretReader reader) { m_secretReader = std::move(reader); }
    // "Probar conexión": saves what is typed, then asks the provider; returns what it found.
    using ConnectionTester = std::function<QString()>;
    void setConnectionTester(ConnectionTester tester);
    // Enables "Back up now" and the list of backups.
    void setBackupService(BackupService *service);
    // Where the autostart entry points to; the running program by default.
    void setExecutable(const QString &path) { m_executable = path; }

    // Checks every field, then stores them; false (and the reason shown) when one is wrong.
    bool save();
    QString errorText() const;

    // Verifies a backup and, when it is sound, asks the application to restore it.
    bool requestRestore(const QString &backupPath);

    void accept() override;

signals:
    // The application closes its connections, calls BackupService::restore and reopens.
    void restoreRequested(const QString &backupPath);
    // Emitted by save() when the language changed; it applies after a restart.
    void languageChanged(Settings::Language language);

private:
    QWidget *businessTab();
    QWidget *whatsappTab();
    QWidget *sendingTab();
    QWidget *moraTab();
    QWidget *backupTab();
    QWidget *generalTab();
    QWidget *databaseTab();
    void updateDatabaseFields();
    // "Test the connection" on the Database tab: opens the server database as typed.
    void testDatabase();
    QWidget *paymentsTab();
    void load();
    void updateProviderFields();
    void updateMoraPreview();
    void refreshBackups();
    void backupNow();
    void chooseRestore();
    void showError(const QString &message, QWidget *field);
    void showStatus(const QString &message);

    Settings &m_settings;
    SecretWriter m_secretWriter;
    SecretReader m_secretReader;
    ConnectionTester m_connectionTester;
    QPushButton *m_testConnection = nullptr;
    QLabel *m_connectionResult = nullptr;
    BackupService *m_backups = nullptr;
    QString m_executable;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_error = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_nit = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_logo = nullptr;

    QComboBox *m_provider = nullptr;
    QFormLayout *m_whatsappForm = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_phoneNumberId = nullptr;
    QLineEdit *m_sender = nullptr;
    QLineEdit *m_reminderTemplate = nullptr;
    QLineEdit *m_overdueTemplate = nullptr;
    QLineEdit *m_templateLanguage = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_metaToken = nullptr;
    QLineEdit *m_twilioSid = nullptr;
    QLineEdit *m_twilioToken = nullptr;

    QTimeEdit *m_dailyCheck = nullptr;
    QTimeEdit *m_weekdayFrom = nullptr;
    QTimeEdit *m_weekdayTo = nullptr;
    QCheckBox *m_saturday = nullptr;
    QTimeEdit *m_saturdayFrom = nullptr;
    QTimeEdit *m_saturdayTo = nullptr;
    QSpinBox *m_weeklyCap = nullptr;

    QLineEdit *m_moraBounds = nullptr;
    QLabel *m_moraPreview = nullptr;

    QLineEdit *m_backupFolder = nullptr;
    QCheckBox *m_automaticBackups = nullptr;
    QSpinBox *m_dailyBackups = nullptr;
    QSpinBox *m_weeklyBackups = nullptr;
    QListWidget *m_backupList = nullptr;
    QPushButton *m_backupNow = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_backupStatus = nullptr;

    QComboBox *m_gateway = nullptr;
    QCheckBox *m_gatewaySandbox = nullptr;
    QLineEdit *m_gatewayPublicKey = nullptr;
    QLineEdit *m_gatewayPrivateKey = nullptr;
    QLineEdit *m_gatewayBaseUrl = nullptr;
    QSpinBox *m_linkDays = nullptr;

    QComboBox *m_language = nullptr;
    QCheckBox *m_startWithSession = nullptr;
    QCheckBox *m_startMinimised = nullptr;

    QRadioButton *m_databaseFile = nullptr;
    QLabel *m_databaseFilePath = nullptr;
    QString m_databaseFileLocation; // a file chosen with the settings; empty: the default
    QRadioButton *m_databaseServer = nullptr;
    QLineEdit *m_databaseHost = nullptr;
    QSpinBox *m_databasePort = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_databaseUser = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QPushButton *m_testDatabase = nullptr;
    QLabel *m_databaseResult = nullptr;
};
