#include "settings.h"

#include "identitydocument.h"
#include "phonenumber.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// Every key in one place; the file is grouped like the dialog's tabs.
namespace Key {
constexpr const char *businessName = "business/name";
constexpr const char *businessNit = "business/nit";
constexpr const char *businessAddress = "business/address";
constexpr const char *businessPhone = "business/phone";
constexpr const char *logoPath = "business/logo";
constexpr const char *provider = "whatsapp/provider";
constexpr const char *baseUrl = "whatsapp/base_url";
constexpr const char *phoneNumberId = "whatsapp/phone_number_id";
constexpr const char *sender = "whatsapp/sender";
constexpr const char *reminderTemplate = "whatsapp/reminder_template";
constexpr const char *overdueTemplate = "whatsapp/overdue_template";
constexpr const char *templateLanguage = "whatsapp/template_language";
constexpr const char *price = "whatsapp/price_per_message_centavos";
constexpr const char *dailyCheck = "sending/daily_check";
constexpr const char *weekdayFrom = "sending/weekday_from";
constexpr const char *weekdayTo = "sending/weekday_to";
constexpr const char *saturday = "sending/saturday";
constexpr const char *saturdayFrom = "sending/saturday_from";
constexpr const char *saturdayTo = "sending/saturday_to";
constexpr const char *weeklyCap = "sending/weekly_cap_per_client";
constexpr const char *moraBounds = "mora/upper_bounds";
constexpr const char *backupFolder = "backup/folder";
constexpr const char *automaticBackups = "backup/automatic";
constexpr const char *dailyBackups = "backup/keep_daily";
constexpr const char *weeklyBackups = "backup/keep_weekly";
// Not "general/...": QSettings' INI files keep a group of that name as [%General] and read it
// back as "General/...", so every such choice was lost at the next start.
constexpr const char *language = "program/language";
constexpr const char *startWithSession = "program/start_with_session";
constexpr const char *startMinimised = "program/start_minimised";
constexpr const char *databaseLocation = "database/location";
} // namespace Key

const QString timeFormat = QStringLiteral("HH:mm");

QTime timeFrom(const QVariant &value)
{
    return QTime::fromString(value.toString(), timeFormat);
}

// Free text a clerk types into one line: no line breaks or control characters.
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

Result<QString> checkLine(const QString &text, int maxLength, const QString &what)
{
    const QString trimmed = text.trimmed();
    if (hasControlCharacters(trimmed))
        return Failure{Settings::tr("%1 must fit on one line.").arg(what), ErrorCode::Invalid};
    if (trimmed.size() > maxLength)
        return Failure{
            Settings::tr("%1 is too long: at most %2 characters.").arg(what).arg(maxLength),
            ErrorCode::Invalid};
    return trimmed;
}

QString hhmm(const QTime &t)
{
    return t.toString(timeFormat);
}

} // namespace

bool Settings::SendingWindow::allows(const QDate &date, const QTime &time) const
{
    switch (date.dayOfWeek()) {
    case Qt::Sunday:
        return false;
    case Qt::Saturday:
        return saturday && time >= saturdayFrom && time < saturdayTo;
    default:
        return time >= weekdayFrom && time < weekdayTo;
    }
}

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("Cartera"),
                                             QStringLiteral("Cartera")))
{
    recoverProgramGroup();
}

Settings::Settings(const QString &fileName, QSettings::Format format)
    : m_settings(std::make_unique<QSettings>(fileName, format))
{
    recoverProgramGroup();
}

void Settings::recoverProgramGroup()
{
    // Files written before the keys moved hold the choices under "General/" (INI) or
    // "general/" (registry): they are taken over once.
    for (const char *name : {"language", "start_with_session", "start_minimised"}) {
        const QString key = QStringLiteral("program/") + QLatin1String(name);
        for (const QString &old : {QStringLiteral("General/") + QLatin1String(name),
                                   QStringLiteral("general/") + QLatin1String(name)}) {
            if (!m_settings->contains(old))
                continue;
            if (!m_settings->contains(key))
                m_settings->setValue(key, m_settings->value(old));
            m_settings->remove(old);
        }
    }
}

Settings::~Settings() = default;

QString Settings::fileName() const
{
    return m_settings->fileName();
}

Result<void> Settings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Failure{tr("Cartera cannot save its settings to %1. Check that the file and its "
                          "folder are not read-only.")
                           .arg(QDir::toNativeSeparators(fileName())),
                       ErrorCode::Storage};
    return {};
}

QVariantMap Settings::importMapping(const QString &kind) const
{
    return m_settings->value(QStringLiteral("import/mapping/") + kind).toMap();
}

void Settings::setImportMapping(const QString &kind, const QVariantMap &mapping)
{
    m_settings->setValue(QStringLiteral("import/mapping/") + kind, mapping);
}

QVariant Settings::read(const char *key) const
{
    return m_settings->value(QLatin1String(key));
}

void Settings::write(const char *key, const QVariant &value)
{
    m_settings->setValue(QLatin1String(key), value);
}

// A getter reads the stored value through its validator and falls back to the default.
#define CARTERA_VALIDATED(check, key, fallback)                                                    \
    do {                                                                                           \
        const QVariant stored = read(key);                                                         \
        if (!stored.isValid())                                                                     \
            return fallback;                                                                       \
        auto checked = check;                                                                      \
        return checked ? checked.value() : fallback;                                               \
    } while (false)

// A setter validates, then writes the normalised value.
#define CARTERA_SET(check, key, toStored)                                                          \
    do {                                                                                           \
        auto checked = check;                                                                      \
        if (!checked)                                                                              \
            return checked.failure();                                                              \
        const auto &value = checked.value();                                                       \
        write(key, toStored);                                                                      \
        return {};                                                                                 \
    } while (false)

// --- validators

Result<QString> Settings::checkBusinessName(const QString &name)
{
    return checkLine(name, 120, tr("The business name"));
}

Result<QString> Settings::checkNit(const QString &nit)
{
    if (nit.trimmed().isEmpty())
        return QString();
    auto document = IdentityDocument::parse(IdentityDocument::Type::NIT, nit);
    if (!document)
        return document.failure();
    return document->number();
}

Result<QString> Settings::checkAddress(const QString &address)
{
    return checkLine(address, 200, tr("The address"));
}

Result<QString> Settings::checkBusinessPhone(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    static const QRegularExpression allowed(QStringLiteral("^[+0-9 ()\\-]+$"));
    int digits = 0;
    for (const QChar c : trimmed)
        digits += c.isDigit() ? 1 : 0;
    if (!allowed.match(trimmed).hasMatch() || digits < 7 || digits > 15)
        return Failure{tr("Write the business phone with 7 to 15 digits, for example "
                          "601 234 5678 or 300 123 4567 (\"%1\").")
                           .arg(trimmed),
                       ErrorCode::Invalid};
    return trimmed;
}

Result<QString> Settings::checkLogoPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const QFileInfo info(trimmed);
    static const QStringList formats{QStringLiteral("png"), QStringLiteral("jpg"),
                                     QStringLiteral("jpeg"), QStringLiteral("svg"),
                                     QStringLiteral("bmp")};
    if (!info.isFile() || !info.isReadable())
        return Failure{tr("The logo %1 does not exist or cannot be read. Choose another file.")
                           .arg(QDir::toNativeSeparators(trimmed)),
                       ErrorCode::Invalid};
    if (!formats.contains(info.suffix().toLower()))
        return Failure{
            tr("The logo must be a PNG, JPEG, SVG or BMP picture (%1).").arg(info.fileName()),
            ErrorCode::Invalid};
    return info.absoluteFilePath();
}

Result<QUrl> Settings::checkBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Failure{tr("\"%1\" is not a web address. Write it like "
                          "https://waba-v2.360dialog.io, or leave it empty for the provider's.")
                           .arg(trimmed),
                       ErrorCode::Invalid};
    if (!url.userInfo().isEmpty() || url.hasQuery())
        return Failure{tr("The provider's address must not carry a user, password or key: "
                          "enter those in the credential fields, which are kept in the "
                          "system keychain."),
                       ErrorCode::Invalid};
    const bool loopback = url.host() == QLatin1String("localhost")
                          || url.host() == QLatin1String("127.0.0.1")
                          || url.host() == QLatin1String("::1");
    if (url.scheme() != QLatin1String("https")
        && !(url.scheme() == QLatin1String("http") && loopback))
        return Failure{tr("The provider's address must start with https:// so that messages "
                          "and keys travel encrypted (\"%1\").")
                           .arg(trimmed),
                       ErrorCode::Invalid};
    return url;
}

Result<QString> Settings::checkPhoneNumberId(const QString &id)
{
    const QString trimmed = id.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{5,20}$"));
    if (!trimmed.isEmpty() && !digits.match(trimmed).hasMatch())
        return Failure{tr("The phone number ID of WhatsApp Cloud API has only digits (it is "
                          "shown in Meta's WhatsApp Manager), not \"%1\".")
                           .arg(trimmed),
                       ErrorCode::Invalid};
    return trimmed;
}

Result<QString> Settings::checkSenderNumber(const QString &number)
{
    if (number.trimmed().isEmpty())
        return QString();
    auto phone = PhoneNumber::parse(number);
    if (!phone)
        return phone.failure();
    return phone->e164();
}

Result<QString> Settings::checkTemplateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    // Meta and 360dialog name templates in lower case with underscores; Twilio uses a
    // Content SID (HX followed by 32 hexadecimal digits).
    static const QRegularExpression metaName(QStringLiteral("^[a-z0-9_]{1,512}$"));
    static const QRegularExpression contentSid(QStringLiteral("^HX[0-9a-fA-F]{32}$"));
    if (metaName.match(trimmed).hasMatch() || contentSid.match(trimmed).hasMatch())
        return trimmed;
    return Failure{tr("\"%1\" is not a template name: use the approved template's exact name "
                      "in lower case with underscores (recordatorio_pago), or Twilio's "
                      "Content SID (HX...).")
                       .arg(trimmed),
                   ErrorCode::Invalid};
}

Result<QString> Settings::checkTemplateLanguage(const QString &code)
{
    const QString trimmed = code.trimmed();
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!language.match(trimmed).hasMatch())
        return Failure{tr("\"%1\" is not a template language code: write it as the provider "
                          "shows it, for example es or es_CO.")
                           .arg(trimmed),
                       ErrorCode::Invalid};
    return trimmed;
}

Result<Money> Settings::checkPrice(Money price)
{
    if (price.isNegative() || price > Money::fromPesos(maxPricePesos))
        return Failure{tr("The price per message must be between $0 and %1 (%2).")
                           .arg(Money::fromPesos(maxPricePesos).toString(), price.toString()),
                       ErrorCode::Invalid};
    return price;
}

Result<Settings::SendingWindow> Settings::checkSendingWindow(const SendingWindow &window)
{
    const SendingWindow legal = legalWindow();
    const QString law = tr("Ley 2300 de 2023 allows collection reminders only Monday to "
                           "Friday from %1 to %2 and Saturday from %3 to %4; the window may be "
                           "narrowed but not widened.")
                            .arg(hhmm(legal.weekdayFrom), hhmm(legal.weekdayTo),
                                 hhmm(legal.saturdayFrom), hhmm(legal.saturdayTo));
    if (!window.weekdayFrom.isValid() || !window.weekdayTo.isValid()
        || (window.saturday && (!window.saturdayFrom.isValid() || !window.saturdayTo.isValid())))
        return Failure{tr("Enter the hours of the sending window as HH:mm."), ErrorCode::Invalid};
    if (window.weekdayFrom < legal.weekdayFrom || window.weekdayTo > legal.weekdayTo)
        return Failure{tr("Monday to Friday from %1 to %2 is outside the legal hours. %3")
                           .arg(hhmm(window.weekdayFrom), hhmm(window.weekdayTo), law),
                       ErrorCode::Invalid};
    if (window.weekdayFrom >= window.weekdayTo)
        return Failure{tr("Monday to Friday, the window must end after it starts (%1 to %2).")
                           .arg(hhmm(window.weekdayFrom), hhmm(window.weekdayTo)),
                       ErrorCode::Invalid};
    if (window.saturday) {
        if (window.saturdayFrom < legal.saturdayFrom || window.saturdayTo > legal.saturdayTo)
            return Failure{tr("Saturday from %1 to %2 is outside the legal hours. %3")
                               .arg(hhmm(window.saturdayFrom), hhmm(window.saturdayTo), law),
                           ErrorCode::Invalid};
        if (window.saturdayFrom >= window.saturdayTo)
            return Failure{tr("On Saturday, the window must end after it starts (%1 to %2).")
                               .arg(hhmm(window.saturdayFrom), hhmm(window.saturdayTo)),
                           ErrorCode::Invalid};
    }
    SendingWindow normalised = window;
    if (!normalised.saturday) {
        normalised.saturdayFrom = legal.saturdayFrom;
        normalised.saturdayTo = legal.saturdayTo;
    }
    return normalised;
}

Result<int> Settings::checkWeeklyCap(int cap)
{
    if (cap < 1 || cap > maxWeeklyCap)
        return Failure{tr("Each client may receive from 1 to %1 reminders a week (the law "
                          "allows one contact a day, never on Sunday), not %2.")
                           .arg(maxWeeklyCap)
                           .arg(cap),
                       ErrorCode::Invalid};
    return cap;
}

Result<QList<int>> Settings::checkMoraUpperBounds(const QList<int> &bounds)
{
    if (bounds.size() > 10)
        return Failure{tr("Use at most 10 mora levels."), ErrorCode::Invalid};
    for (int bound : bounds) {
        if (bound < 1 || bound > 3650)
            return Failure{
                tr("A mora level ends between 1 and 3650 days overdue, not %1.").arg(bound),
                ErrorCode::Invalid};
    }
    auto levels = MoraLevels::fromUpperBounds(bounds);
    if (!levels)
        return levels.failure();
    return bounds;
}

Result<QString> Settings::checkBackupFolder(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty() || QDir::isRelativePath(trimmed))
        return Failure{tr("Choose a full folder path for the backups, for example %1.")
                           .arg(QDir::toNativeSeparators(defaultBackupFolder())),
                       ErrorCode::Invalid};
    const QFileInfo info(trimmed);
    if (info.exists() && !info.isDir())
        return Failure{tr("%1 is a file, not a folder. Choose a folder for the backups.")
                           .arg(QDir::toNativeSeparators(trimmed)),
                       ErrorCode::Invalid};
    return QDir::cleanPath(info.absoluteFilePath());
}

Result<QString> Settings::checkDatabaseLocation(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return QString();
    if (trimmed.startsWith(QLatin1String("postgresql://"))
        || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.password().isEmpty())
            return Failure{tr("Do not write the password in the database address. Cartera keeps "
                              "it in the system keychain."),
                           ErrorCode::Invalid};
        const QString database = url.path().mid(1);
        return postgresAddress(url.host(), url.port(5432), database, url.userName());
    }
    if (QDir::isRelativePath(trimmed))
        return Failure{tr("Choose a full path for the database file, for example %1.")
                           .arg(QDir::toNativeSeparators(
                               QDir::home().filePath(QStringLiteral("cartera.sqlite")))),
                       ErrorCode::Invalid};
    return QDir::cleanPath(QFileInfo(trimmed).absoluteFilePath());
}

Result<QString> Settings::postgresAddress(const QString &host, int port, const QString &database,
                                          const QString &user)
{
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$-]*$"));
    if (!hostPattern.match(host.trimmed()).hasMatch())
        return Failure{tr("Write the PostgreSQL server's name or IP address, for example "
                          "servidor.local or 192.168.1.10."),
                       ErrorCode::Invalid};
    if (port < 1 || port > 65535)
        return Failure{tr("The port must be a number from 1 to 65535 (PostgreSQL uses 5432)."),
                       ErrorCode::Invalid};
    if (!namePattern.match(database.trimmed()).hasMatch() || database.size() > 63)
        return Failure{tr("Write the name of the database on the server, for example cartera "
                          "(letters, digits, _ and -)."),
                       ErrorCode::Invalid};
    if (!namePattern.match(user.trimmed()).hasMatch() || user.size() > 63)
        return Failure{tr("Write the PostgreSQL user name, for example cartera (letters, "
                          "digits, _ and -)."),
                       ErrorCode::Invalid};
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user.trimmed(), host.trimmed().toLower())
        .arg(port)
        .arg(database.trimmed());
}

QString Settings::databasePasswordKey(const QString &address)
{
    const auto normalised = checkDatabaseLocation(address);
    const QUrl url(normalised ? normalised.value() : address);
    return QStringLiteral("postgresql/") + url.toString(QUrl::RemovePassword | QUrl::RemoveScheme).mid(2);
}

Result<int> Settings::checkDailyBackups(int count)
{
    if (count < 1 || count > 60)
        return Failure{tr("Keep from 1 to 60 daily backups, not %1.").arg(count),
                       ErrorCode::Invalid};
    return count;
}

Result<int> Settings::checkWeeklyBackups(int count)
{
    if (count < 0 || count > 52)
        return Failure{tr("Keep from 0 to 52 weekly backups, not %1.").arg(count),
                       ErrorCode::Invalid};
    return count;
}

// --- defaults and names

Settings::SendingWindow Settings::legalWindow()
{
    return {QTime(7, 0), QTime(19, 0), true, QTime(8, 0), QTime(15, 0)};
}

QUrl Settings::defaultBaseUrl(Provider provider)
{
    switch (provider) {
    case Provider::Dialog360:
        return QUrl(QStringLiteral("https://waba-v2.360dialog.io"));
    case Provider::MetaCloud:
        return QUrl(QStringLiteral("https://graph.facebook.com/v21.0"));
    case Provider::Twilio:
        return QUrl(QStringLiteral("https://api.twilio.com/2010-04-01"));
    case Provider::WhatsAppDesktop:
        break;
    }
    return {};
}

QString Settings::defaultBackupFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString Settings::providerName(Provider provider)
{
    switch (provider) {
    case Provider::Dialog360:
        return QStringLiteral("360dialog");
    case Provider::MetaCloud:
        return tr("WhatsApp Cloud API (Meta)");
    case Provider::Twilio:
        return QStringLiteral("Twilio");
    case Provider::WhatsAppDesktop:
        return tr("WhatsApp Desktop (sent by hand)");
    }
    return {};
}

QString Settings::providerKey(Provider provider)
{
    switch (provider) {
    case Provider::Dialog360:
        return QStringLiteral("360dialog");
    case Provider::MetaCloud:
        return QStringLiteral("meta");
    case Provider::Twilio:
        return QStringLiteral("twilio");
    case Provider::WhatsAppDesktop:
        return QStringLiteral("desktop");
    }
    return {};
}

QString Settings::languageKey(Language language)
{
    switch (language) {
    case Language::Spanish:
        return QStringLiteral("es");
    case Language::English:
        return QStringLiteral("en");
    case Language::System:
        return QStringLiteral("system");
    }
    return {};
}

// --- business

QString Settings::businessName() const
{
    CARTERA_VALIDATED(checkBusinessName(stored.toString()), Key::businessName, QString());
}

Result<void> Settings::setBusinessName(const QString &name)
{
    CARTERA_SET(checkBusinessName(name), Key::businessName, value);
}

QString Settings::businessNit() const
{
    CARTERA_VALIDATED(checkNit(stored.toString()), Key::businessNit, QString());
}

Result<void> Settings::setBusinessNit(const QString &nit)
{
    CARTERA_SET(checkNit(nit), Key::businessNit, value);
}

QString Settings::businessAddress() const
{
    CARTERA_VALIDATED(checkAddress(stored.toString()), Key::businessAddress, QString());
}

Result<void> Settings::setBusinessAddress(const QString &address)
{
    CARTERA_SET(checkAddress(address), Key::businessAddress, value);
}

QString Settings::businessPhone() const
{
    CARTERA_VALIDATED(checkBusinessPhone(stored.toString()), Key::businessPhone, QString());
}

Result<void> Settings::setBusinessPhone(const QString &phone)
{
    CARTERA_SET(checkBusinessPhone(phone), Key::businessPhone, value);
}

QString Settings::logoPath() const
{
    CARTERA_VALIDATED(checkLogoPath(stored.toString()), Key::logoPath, QString());
}

Result<void> Settings::setLogoPath(const QString &path)
{
    CARTERA_SET(checkLogoPath(path), Key::logoPath, value);
}

// --- WhatsApp

Settings::Provider Settings::provider() const
{
    const QString key = read(Key::provider).toString();
    for (Provider p :
         {Provider::Dialog360, Provider::MetaCloud, Provider::Twilio, Provider::WhatsAppDesktop}) {
        if (providerKey(p) == key)
            return p;
    }
    return Provider::Dialog360;
}

void Settings::setProvider(Provider provider)
{
    write(Key::provider, providerKey(provider));
}

QUrl Settings::providerBaseUrl() const
{
    CARTERA_VALIDATED(checkBaseUrl(stored.toString()), Key::baseUrl, QUrl());
}

Result<void> Settings::setProviderBaseUrl(const QString &url)
{
    CARTERA_SET(checkBaseUrl(url), Key::baseUrl, value.toString());
}

QString Settings::phoneNumberId() const
{
    CARTERA_VALIDATED(checkPhoneNumberId(stored.toString()), Key::phoneNumberId, QString());
}

Result<void> Settings::setPhoneNumberId(const QString &id)
{
    CARTERA_SET(checkPhoneNumberId(id), Key::phoneNumberId, value);
}

QString Settings::senderNumber() const
{
    CARTERA_VALIDATED(checkSenderNumber(stored.toString()), Key::sender, QString());
}

Result<void> Settings::setSenderNumber(const QString &number)
{
    CARTERA_SET(checkSenderNumber(number), Key::sender, value);
}

QString Settings::reminderTemplate() const
{
    CARTERA_VALIDATED(checkTemplateName(stored.toString()), Key::reminderTemplate,
                      QStringLiteral("recordatorio_pago"));
}

Result<void> Settings::setReminderTemplate(const QString &name)
{
    CARTERA_SET(checkTemplateName(name), Key::reminderTemplate, value);
}

QString Settings::overdueTemplate() const
{
    CARTERA_VALIDATED(checkTemplateName(stored.toString()), Key::overdueTemplate,
                      QStringLiteral("pago_vencido"));
}

Result<void> Settings::setOverdueTemplate(const QString &name)
{
    CARTERA_SET(checkTemplateName(name), Key::overdueTemplate, value);
}

QString Settings::templateLanguage() const
{
    CARTERA_VALIDATED(checkTemplateLanguage(stored.toString()), Key::templateLanguage,
                      QStringLiteral("es"));
}

Result<void> Settings::setTemplateLanguage(const QString &code)
{
    CARTERA_SET(checkTemplateLanguage(code), Key::templateLanguage, value);
}

Money Settings::pricePerMessage() const
{
    bool ok = false;
    const qint64 minor = read(Key::price).toLongLong(&ok);
    if (!ok)
        return Money();
    auto checked = checkPrice(Money::fromMinor(minor));
    return checked ? checked.value() : Money();
}

Result<void> Settings::setPricePerMessage(Money price)
{
    CARTERA_SET(checkPrice(price), Key::price, QString::number(value.minor()));
}

// --- sending

QTime Settings::dailyCheckTime() const
{
    const QTime time = timeFrom(read(Key::dailyCheck));
    return time.isValid() ? time : QTime(8, 0);
}

Result<void> Settings::setDailyCheckTime(const QTime &time)
{
    if (!time.isValid())
        return Failure{tr("Enter the daily check time as HH:mm."), ErrorCode::Invalid};
    write(Key::dailyCheck, hhmm(time));
    return {};
}

Settings::SendingWindow Settings::sendingWindow() const
{
    const SendingWindow legal = legalWindow();
    if (!read(Key::weekdayFrom).isValid())
        return legal;
    SendingWindow stored{timeFrom(read(Key::weekdayFrom)), timeFrom(read(Key::weekdayTo)),
                         read(Key::saturday).toBool(), timeFrom(read(Key::saturdayFrom)),
                         timeFrom(read(Key::saturdayTo))};
    auto checked = checkSendingWindow(stored);
    return checked ? checked.value() : legal;
}

Result<void> Settings::setSendingWindow(const SendingWindow &window)
{
    auto checked = checkSendingWindow(window);
    if (!checked)
        return checked.failure();
    write(Key::weekdayFrom, hhmm(checked->weekdayFrom));
    write(Key::weekdayTo, hhmm(checked->weekdayTo));
    write(Key::saturday, checked->saturday);
    write(Key::saturdayFrom, hhmm(checked->saturdayFrom));
    write(Key::saturdayTo, hhmm(checked->saturdayTo));
    return {};
}

int Settings::weeklyCapPerClient() const
{
    CARTERA_VALIDATED(checkWeeklyCap(stored.toInt()), Key::weeklyCap, 2);
}

Result<void> Settings::setWeeklyCapPerClient(int cap)
{
    CARTERA_SET(checkWeeklyCap(cap), Key::weeklyCap, value);
}

// --- mora levels

QList<int> Settings::moraUpperBounds() const
{
    const QList<int> fallback = MoraLevels::defaults().upperBounds();
    const QVariant stored = read(Key::moraBounds);
    if (!stored.isValid())
        return fallback;
    // A hand-written "30,60,90" without quotes reads back from INI as a list.
    const QString text = stored.userType() == QMetaType::QStringList
                             ? stored.toStringList().join(QLatin1Char(','))
                             : stored.toString();
    QList<int> bounds;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        bounds.append(part.trimmed().toInt(&ok));
        if (!ok)
            return fallback;
    }
    auto checked = checkMoraUpperBounds(bounds);
    return checked ? checked.value() : fallback;
}

MoraLevels Settings::moraLevels() const
{
    return MoraLevels::fromUpperBounds(moraUpperBounds()).value();
}

Result<void> Settings::setMoraUpperBounds(const QList<int> &bounds)
{
    auto checked = checkMoraUpperBounds(bounds);
    if (!checked)
        return checked.failure();
    QStringList parts;
    for (int bound : checked.value())
        parts.append(QString::number(bound));
    write(Key::moraBounds, parts.join(QLatin1Char(',')));
    return {};
}

// --- backups

QString Settings::backupFolder() const
{
    CARTERA_VALIDATED(checkBackupFolder(stored.toString()), Key::backupFolder,
                      defaultBackupFolder());
}

Result<void> Settings::setBackupFolder(const QString &folder)
{
    CARTERA_SET(checkBackupFolder(folder), Key::backupFolder, value);
}

bool Settings::automaticBackups() const
{
    return read(Key::automaticBackups).isValid() ? read(Key::automaticBackups).toBool() : true;
}

void Settings::setAutomaticBackups(bool on)
{
    write(Key::automaticBackups, on);
}

int Settings::dailyBackupsKept() const
{
    CARTERA_VALIDATED(checkDailyBackups(stored.toInt()), Key::dailyBackups, 7);
}

Result<void> Settings::setDailyBackupsKept(int count)
{
    CARTERA_SET(checkDailyBackups(count), Key::dailyBackups, value);
}

int Settings::weeklyBackupsKept() const
{
    CARTERA_VALIDATED(checkWeeklyBackups(stored.toInt()), Key::weeklyBackups, 4);
}

Result<void> Settings::setWeeklyBackupsKept(int count)
{
    CARTERA_SET(checkWeeklyBackups(count), Key::weeklyBackups, value);
}

// --- general

Settings::Language Settings::language() const
{
    const QString key = read(Key::language).toString();
    for (Language l : {Language::Spanish, Language::English, Language::System}) {
        if (languageKey(l) == key)
            return l;
    }
    return Language::Spanish;
}

void Settings::setLanguage(Language language)
{
    write(Key::language, languageKey(language));
}

bool Settings::startWithSession() const
{
    return read(Key::startWithSession).toBool();
}

void Settings::setStartWithSession(bool on)
{
    write(Key::startWithSession, on);
}

bool Settings::startMinimised() const
{
    return read(Key::startMinimised).toBool();
}

void Settings::setStartMinimised(bool on)
{
    write(Key::startMinimised, on);
}

QString Settings::databaseLocation() const
{
    CARTERA_VALIDATED(checkDatabaseLocation(stored.toString()), Key::databaseLocation, QString());
}

Result<void> Settings::setDatabaseLocation(const QString &location)
{
    CARTERA_SET(checkDatabaseLocation(location), Key::databaseLocation, value);
}

// --- online payments

namespace {
namespace PaymentKey {
constexpr const char *gateway = "payments/gateway";
constexpr const char *sandbox = "payments/sandbox";
constexpr const char *baseUrl = "payments/base_url";
constexpr const char *linkDays = "payments/link_days";
} // namespace PaymentKey
} // namespace

Settings::Gateway Settings::paymentGateway() const
{
    return read(PaymentKey::gateway).toString() == QLatin1String("wompi") ? Gateway::Wompi
                                                                         : Gateway::None;
}

void Settings::setPaymentGateway(Gateway gateway)
{
    write(PaymentKey::gateway,
          gateway == Gateway::Wompi ? QStringLiteral("wompi") : QStringLiteral("none"));
}

bool Settings::paymentSandbox() const
{
    const QVariant stored = read(PaymentKey::sandbox);
    return stored.isValid() ? stored.toBool() : true;
}

void Settings::setPaymentSandbox(bool sandbox)
{
    write(PaymentKey::sandbox, sandbox);
}

QUrl Settings::paymentGatewayBaseUrl() const
{
    CARTERA_VALIDATED(checkBaseUrl(stored.toString()), PaymentKey::baseUrl, QUrl());
}

Result<void> Settings::setPaymentGatewayBaseUrl(const QString &url)
{
    CARTERA_SET(checkBaseUrl(url), PaymentKey::baseUrl, value.toString());
}

Result<int> Settings::checkPaymentLinkDays(int days)
{
    if (days < 1 || days > 60)
        return Failure{tr("A payment link stays payable between 1 and 60 days."),
                       ErrorCode::Invalid};
    return days;
}

int Settings::paymentLinkDays() const
{
    CARTERA_VALIDATED(checkPaymentLinkDays(stored.toInt()), PaymentKey::linkDays, 7);
}

Result<void> Settings::setPaymentLinkDays(int days)
{
    CARTERA_SET(checkPaymentLinkDays(days), PaymentKey::linkDays, value);
}
