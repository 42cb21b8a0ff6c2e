#pragma once

#include "money.h"
#include "moralevel.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QTime>
#include <QUrl>

#include <memory>

// The program's preferences, with one typed getter and one validating setter per value.
// Nothing secret is ever kept here: API keys and tokens go to the system keychain.
// A value read back from the file that no longer passes validation (hand-edited, older
// program) reads as its default.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)
public:
    enum class Provider { Dialog360, MetaCloud, Twilio, WhatsAppDesktop };
    enum class Language { Spanish, English, System };

    // When reminders may go out. Ley 2300 de 2023 allows Monday to Friday 07:00–19:00 and
    // Saturday 08:00–15:00; a business may narrow these hours but never widen them.
    struct SendingWindow
    {
        QTime weekdayFrom;
        QTime weekdayTo;
        bool saturday = true;
        QTime saturdayFrom;
        QTime saturdayTo;
        bool operator==(const SendingWindow &o) const
        {
            return weekdayFrom == o.weekdayFrom && weekdayTo == o.weekdayTo
                   && saturday == o.saturday && saturdayFrom == o.saturdayFrom
                   && saturdayTo == o.saturdayTo;
        }
        // Whether a local date and time falls inside the window (never on Sundays).
        bool allows(const QDate &date, const QTime &time) const;
    };

    // The user's settings (QSettings' native place for organisation/application "Cartera").
    Settings();
    // A settings file of one's own, for tests and portable installs.
    explicit Settings(const QString &fileName, QSettings::Format format = QSettings::IniFormat);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString fileName() const;
    // Writes pending changes to disk; fails when the file cannot be written.
    Result<void> sync();

    // --- Business (used in reports and in the {empresa} placeholder)
    QString businessName() const;
    Result<void> setBusinessName(const QString &name);
    QString businessNit() const; // normalised, "900123456-8"; empty when not set
    Result<void> setBusinessNit(const QString &nit);
    QString businessAddress() const;
    Result<void> setBusinessAddress(const QString &address);
    QString businessPhone() const;
    Result<void> setBusinessPhone(const QString &phone);
    QString logoPath() const;
    Result<void> setLogoPath(const QString &path);

    // --- WhatsApp
    Provider provider() const;
    void setProvider(Provider provider);
    // Empty means the provider's default (defaultBaseUrl).
    QUrl providerBaseUrl() const;
    Result<void> setProviderBaseUrl(const QString &url);
    QString phoneNumberId() const; // WhatsApp Cloud API's phone number id
    Result<void> setPhoneNumberId(const QString &id);
    QString senderNumber() const; // E.164, the business's WhatsApp number
    Result<void> setSenderNumber(const QString &number);
    QString reminderTemplate() const; // before and on the due date
    Result<void> setReminderTemplate(const QString &name);
    QString overdueTemplate() const; // after the due date
    Result<void> setOverdueTemplate(const QString &name);
    QString templateLanguage() const; // "es", "es_CO"...
    Result<void> setTemplateLanguage(const QString &code);
    Money pricePerMessage() const; // for cost estimates
    Result<void> setPricePerMessage(Money price);

    // --- Sending
    QTime dailyCheckTime() const;
    Result<void> setDailyCheckTime(const QTime &time);
    SendingWindow sendingWindow() const;
    Result<void> setSendingWindow(const SendingWindow &window);
    int weeklyCapPerClient() const;
    Result<void> setWeeklyCapPerClient(int cap);

    // --- Mora levels, as the upper bounds of the overdue bands ({30, 60, 90})
    QList<int> moraUpperBounds() const;
    MoraLevels moraLevels() const;
    Result<void> setMoraUpperBounds(const QList<int> &bounds);

    // --- Backups
    QString backupFolder() const;
    Result<void> setBackupFolder(const QString &folder);
    bool automaticBackups() const;
    void setAutomaticBackups(bool on);
    int dailyBackupsKept() const;
    Result<void> setDailyBackupsKept(int count);
    int weeklyBackupsKept() const;
    Result<void> setWeeklyBackupsKept(int count);

    // --- Online payments: payment links in reminders (the gateway's keys are in the keychain)
    enum class Gateway { None, Wompi };
    Gateway paymentGateway() const;
    void setPaymentGateway(Gateway gateway);
    bool paymentSandbox() const; // true until the business goes live
    void setPaymentSandbox(bool sandbox);
    QUrl paymentGatewayBaseUrl() const; // empty: the gateway's own address
    Result<void> setPaymentGatewayBaseUrl(const QString &url);
    int paymentLinkDays() const; // how long a new link stays payable
    Result<void> setPaymentLinkDays(int days);
    static Result<int> checkPaymentLinkDays(int days);

    // --- General
    Language language() const;
    void setLanguage(Language language);
    bool startWithSession() const;
    void setStartWithSession(bool on);
    bool startMinimised() const;
    void setStartMinimised(bool on);

    // --- Database, read at start-up: empty means the default SQLite file; else a file path
    // or a postgresql://user@host:port/name address. A password is never kept here (it goes
    // to the keychain under databasePasswordKey(), or in PGPASSFILE).
    QString databaseLocation() const;
    Result<void> setDatabaseLocation(const QString &location);

    // --- Import: the column mapping last used per kind of file ("portfolio", "payments"),
    // as ColumnMapping::toVariantMap writes it
    QVariantMap importMapping(const QString &kind) const;
    void setImportMapping(const QString &kind, const QVariantMap &mapping);

    // Validators, shared by the setters and the settings dialog. Each returns the
    // normalised value or says what to fix.
    static Result<QString> checkBusinessName(const QString &name);
    static Result<QString> checkNit(const QString &nit);
    static Result<QString> checkAddress(const QString &address);
    static Result<QString> checkBusinessPhone(const QString &phone);
    static Result<QString> checkLogoPath(const QString &path);
    static Result<QUrl> checkBaseUrl(const QString &url);
    static Result<QString> checkPhoneNumberId(const QString &id);
    static Result<QString> checkSenderNumber(const QString &number);
    static Result<QString> checkTemplateName(const QString &name);
    static Result<QString> checkTemplateLanguage(const QString &code);
    static Result<Money> checkPrice(Money price);
    static Result<SendingWindow> checkSendingWindow(const SendingWindow &window);
    static Result<int> checkWeeklyCap(int cap);
    static Result<QList<int>> checkMoraUpperBounds(const QList<int> &bounds);
    static Result<QString> checkBackupFolder(const QString &folder);
    static Result<int> checkDailyBackups(int count);
    static Result<int> checkWeeklyBackups(int count);
    static Result<QString> checkDatabaseLocation(const QString &location);
    // postgresql://user@host:port/name from the settings dialog's fields, checked.
    static Result<QString> postgresAddress(const QString &host, int port, const QString &database,
                                           const QString &user);
    // The keychain account under which the password of a PostgreSQL address is kept.
    static QString databasePasswordKey(const QString &address);

    // The widest window the law allows, and the default.
    static SendingWindow legalWindow();
    static QUrl defaultBaseUrl(Provider provider);
    static QString defaultBackupFolder();
    static QString providerName(Provider provider); // "360dialog", "WhatsApp Cloud API"...
    static QString providerKey(Provider provider);  // "360dialog", "meta", "twilio", "desktop"
    static QString languageKey(Language language);  // "es", "en", "system"

    static constexpr int maxWeeklyCap = 6; // one contact a day, Monday to Saturday
    static constexpr qint64 maxPricePesos = 100000;

private:
    void recoverProgramGroup();
    QVariant read(const char *key) const;
    void write(const char *key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};
