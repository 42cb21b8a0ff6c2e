#include "settingsdialog.h"

#include "autostart.h"
#include "backupservice.h"
#include "credentialstore.h"
#include "database.h"
#include "gatewayconfig.h"

#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QTimeEdit *timeEdit(const char *name, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

QLineEdit *secretEdit(const char *name, QWidget *parent)
{
    auto *edit = lineEdit(name, parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(SettingsDialog::tr("Kept in the system keychain; type to replace"));
    return edit;
}

// Wraps a field with a "Choose…" button.
QWidget *withButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

QList<int> parseBounds(const QString &text, bool *ok)
{
    QList<int> bounds;
    *ok = true;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool partOk = false;
        bounds.append(part.toInt(&partOk));
        *ok = *ok && partOk;
    }
    return bounds;
}

} // namespace

QString SettingsDialog::secretAccount(Secret secret)
{
    switch (secret) {
    case Secret::Dialog360ApiKey:
        return QStringLiteral("360dialog/api_key");
    case Secret::MetaAccessToken:
        return QStringLiteral("meta/access_token");
    case Secret::TwilioAccountSid:
        return QStringLiteral("twilio/account_sid");
    case Secret::TwilioAuthToken:
        return QStringLiteral("twilio/auth_token");
    case Secret::WompiPublicKey:
        return GatewayConfig::publicKeyAccount(GatewayConfig::Kind::Wompi);
    case Secret::WompiPrivateKey:
        return GatewayConfig::privateKeyAccount(GatewayConfig::Kind::Wompi);
    }
    return {};
}

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_executable(QCoreApplication::applicationFilePath())
{
    m_secretReader = [](const QString &account) {
        CredentialStore store;
        return store.readBlocking(account);
    };
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(businessTab(), tr("&Business"));
    m_tabs->addTab(whatsappTab(), tr("&WhatsApp"));
    m_tabs->addTab(sendingTab(), tr("&Sending"));
    m_tabs->addTab(moraTab(), tr("&Mora levels"));
    m_tabs->addTab(backupTab(), tr("Bac&kups"));
    m_tabs->addTab(paymentsTab(), tr("Online &payments"));
    m_tabs->addTab(generalTab(), tr("&General"));
    m_tabs->addTab(databaseTab(), tr("&Database"));
    layout->addWidget(m_tabs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    load();
    resize(640, 520);
}

QWidget *SettingsDialog::businessTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = lineEdit("businessName", page);
    m_nit = lineEdit("businessNit", page);
    m_nit->setPlaceholderText(QStringLiteral("900.123.456-8"));
    m_address = lineEdit("businessAddress", page);
    m_phone = lineEdit("businessPhone", page);
    m_logo = lineEdit("logoPath", page);
    auto *chooseLogo = new QPushButton(tr("C&hoose…"), page);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Business logo"), m_logo->text(),
                                           tr("Pictures (*.png *.jpg *.jpeg *.svg *.bmp)"));
        if (!file.isEmpty())
            m_logo->setText(QDir::toNativeSeparators(file));
    });
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&IT:"), m_nit);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Logo:"), withButton(m_logo, chooseLogo, page));
    auto *note = new QLabel(tr("Reports show these details, and reminders use the name in "
                               "the {empresa} placeholder."),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    return page;
}

QWidget *SettingsDialog::whatsappTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_whatsappForm = form;
    m_provider = new QComboBox(page);
    m_provider->setObjectName(QStringLiteral("provider"));
    for (Settings::Provider p : {Settings::Provider::Dialog360, Settings::Provider::MetaCloud,
                                 Settings::Provider::Twilio, Settings::Provider::WhatsAppDesktop})
        m_provider->addItem(Settings::providerName(p), int(p));
    m_baseUrl = lineEdit("baseUrl", page);
    m_phoneNumberId = lineEdit("phoneNumberId", page);
    m_sender = lineEdit("sender", page);
    m_sender->setPlaceholderText(QStringLiteral("300 123 4567"));
    m_reminderTemplate = lineEdit("reminderTemplate", page);
    m_overdueTemplate = lineEdit("overdueTemplate", page);
    m_templateLanguage = lineEdit("templateLanguage", page);
    m_price = lineEdit("pricePerMessage", page);
    m_price->setPlaceholderText(QStringLiteral("$150"));
    m_apiKey = secretEdit("apiKey", page);
    m_metaToken = secretEdit("metaToken", page);
    m_twilioSid = secretEdit("twilioSid", page);
    m_twilioToken = secretEdit("twilioToken", page);

    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("Phone number &ID:"), m_phoneNumberId);
    form->addRow(tr("S&ender number:"), m_sender);
    form->addRow(tr("&Reminder template:"), m_reminderTemplate);
    form->addRow(tr("&Overdue template:"), m_overdueTemplate);
    form->addRow(tr("Template &language:"), m_templateLanguage);
    form->addRow(tr("Price per &message:"), m_price);
    form->addRow(tr("360dialog API &key:"), m_apiKey);
    form->addRow(tr("Access &token:"), m_metaToken);
    form->addRow(tr("Account &SID:"), m_twilioSid);
    form->addRow(tr("A&uth token:"), m_twilioToken);
    m_testConnection = new QPushButton(tr("Save and &test the connection"), page);
    m_testConnection->setObjectName(QStringLiteral("testConnection"));
    m_testConnection->setEnabled(false);
    m_connectionResult = new QLabel(page);
    m_connectionResult->setObjectName(QStringLiteral("connectionResult"));
    m_connectionResult->setWordWrap(true);
    m_connectionResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_testConnection);
    form->addRow(m_connectionResult);
    connect(m_testConnection, &QPushButton::clicked, this, [this] {
        if (!m_connectionTester || !save())
            return;
        m_connectionResult->setText(tr("Asking the provider…"));
        m_testConnection->setEnabled(false);
        m_connectionResult->setText(m_connectionTester());
        m_testConnection->setEnabled(true);
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateProviderFields);
    return page;
}

QWidget *SettingsDialog::sendingTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_dailyCheck = timeEdit("dailyCheck", page);
    m_weekdayFrom = timeEdit("weekdayFrom", page);
    m_weekdayTo = timeEdit("weekdayTo", page);
    m_saturday = new QCheckBox(tr("Send on &Saturdays"), page);
    m_saturday->setObjectName(QStringLiteral("saturday"));
    m_saturdayFrom = timeEdit("saturdayFrom", page);
    m_saturdayTo = timeEdit("saturdayTo", page);
    m_weeklyCap = new QSpinBox(page);
    m_weeklyCap->setObjectName(QStringLiteral("weeklyCap"));
    m_weeklyCap->setRange(1, Settings::maxWeeklyCap);

    auto pair = [page](QTimeEdit *from, QTimeEdit *to) {
        auto *row = new QWidget(page);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(from);
        layout->addWidget(new QLabel(tr("to"), row));
        layout->addWidget(to);
        layout->addStretch();
        return row;
    };
    form->addRow(tr("&Daily check at:"), m_dailyCheck);
    form->addRow(tr("Monday to &Friday:"), pair(m_weekdayFrom, m_weekdayTo));
    form->addRow(QString(), m_saturday);
    form->addRow(tr("Sat&urday:"), pair(m_saturdayFrom, m_saturdayTo));
    form->addRow(tr("Reminders per client a &week:"), m_weeklyCap);
    const Settings::SendingWindow legal = Settings::legalWindow();
    auto *note = new QLabel(tr("Ley 2300 de 2023 allows collection messages Monday to Friday "
                               "from %1 to %2 and Saturday from %3 to %4, never on Sundays or "
                               "public holidays. You may narrow these hours, not widen them.")
                                .arg(legal.weekdayFrom.toString(QStringLiteral("HH:mm")),
                                     legal.weekdayTo.toString(QStringLiteral("HH:mm")),
                                     legal.saturdayFrom.toString(QStringLiteral("HH:mm")),
                                     legal.saturdayTo.toString(QStringLiteral("HH:mm"))),
                            page);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_saturday, &QCheckBox::toggled, m_saturdayFrom, &QWidget::setEnabled);
    connect(m_saturday, &QCheckBox::toggled, m_saturdayTo, &QWidget::setEnabled);
    return page;
}

QWidget *SettingsDialog::moraTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_moraBounds = lineEdit("moraBounds", page);
    m_moraBounds->setPlaceholderText(QStringLiteral("30, 60, 90"));
    m_moraPreview = new QLabel(page);
    m_moraPreview->setObjectName(QStringLiteral("moraPreview"));
    m_moraPreview->setWordWrap(true);
    form->addRow(tr("Levels end at (&days overdue):"), m_moraBounds);
    form->addRow(tr("Levels:"), m_moraPreview);
    connect(m_moraBounds, &QLineEdit::textChanged, this, &SettingsDialog::updateMoraPreview);
    return page;
}

QWidget *SettingsDialog::backupTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_backupFolder = lineEdit("backupFolder", page);
    auto *chooseFolder = new QPushButton(tr("C&hoose…"), page);
    connect(chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    m_automaticBackups = new QCheckBox(tr("&Back up automatically every day"), page);
    m_automaticBackups->setObjectName(QStringLiteral("automaticBackups"));
    m_dailyBackups = new QSpinBox(page);
    m_dailyBackups->setObjectName(QStringLiteral("dailyBackups"));
    m_dailyBackups->setRange(1, 60);
    m_weeklyBackups = new QSpinBox(page);
    m_weeklyBackups->setObjectName(QStringLiteral("weeklyBackups"));
    m_weeklyBackups->setRange(0, 52);
    form->addRow(tr("&Folder:"), withButton(m_backupFolder, chooseFolder, page));
    form->addRow(QString(), m_automaticBackups);
    form->addRow(tr("Keep &daily copies:"), m_dailyBackups);
    form->addRow(tr("Keep &weekly copies:"), m_weeklyBackups);
    layout->addLayout(form);

    m_backupList = new QListWidget(page);
    m_backupList->setObjectName(QStringLiteral("backupList"));
    layout->addWidget(m_backupList, 1);
    auto *row = new QHBoxLayout;
    m_backupNow = new QPushButton(tr("Back up &now"), page);
    m_backupNow->setObjectName(QStringLiteral("backupNow"));
    m_restore = new QPushButton(tr("&Restore…"), page);
    m_restore->setObjectName(QStringLiteral("restore"));
    row->addWidget(m_backupNow);
    row->addWidget(m_restore);
    row->addStretch();
    layout->addLayout(row);
    m_backupStatus = new QLabel(page);
    m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
    m_backupStatus->setWordWrap(true);
    layout->addWidget(m_backupStatus);
    m_backupNow->setEnabled(false);
    connect(m_backupNow, &QPushButton::clicked, this, &SettingsDialog::backupNow);
    connect(m_restore, &QPushButton::clicked, this, &SettingsDialog::chooseRestore);
    return page;
}

QWidget *SettingsDialog::generalTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Español"), int(Settings::Language::Spanish));
    m_language->addItem(QStringLiteral("English"), int(Settings::Language::English));
    m_language->addItem(tr("As the system"), int(Settings::Language::System));
    m_startWithSession = new QCheckBox(tr("Start Cartera when I &log in, so that the daily "
                                          "check runs"),
                                       page);
    m_startWithSession->setObjectName(QStringLiteral("startWithSession"));
    m_startMinimised = new QCheckBox(tr("Start &minimised to the notification area"), page);
    m_startMinimised->setObjectName(QStringLiteral("startMinimised"));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Cartera starts."), page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    form->addRow(QString(), m_startWithSession);
    form->addRow(QString(), m_startMinimised);
    return page;
}

QWidget *SettingsDialog::databaseTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_databaseFile = new QRadioButton(tr("A &file on this computer (one clerk)"), page);
    m_databaseFile->setObjectName(QStringLiteral("databaseFile"));
    m_databaseFilePath = new QLabel(page);
    m_databaseFilePath->setObjectName(QStringLiteral("databaseFilePath"));
    m_databaseFilePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseFilePath->setIndent(24);
    m_databaseServer = new QRadioButton(tr("A &PostgreSQL server (several clerks share the "
                                           "portfolio)"),
                                        page);
    m_databaseServer->setObjectName(QStringLiteral("databaseServer"));
    layout->addWidget(m_databaseFile);
    layout->addWidget(m_databaseFilePath);
    layout->addWidget(m_databaseServer);

    auto *form = new QFormLayout;
    m_databaseHost = lineEdit("databaseHost", page);
    m_databaseHost->setPlaceholderText(QStringLiteral("servidor.local"));
    m_databasePort = new QSpinBox(page);
    m_databasePort->setObjectName(QStringLiteral("databasePort"));
    m_databasePort->setRange(1, 65535);
    m_databasePort->setValue(5432);
    m_databaseName = lineEdit("databaseName", page);
    m_databaseName->setPlaceholderText(QStringLiteral("cartera"));
    m_databaseUser = lineEdit("databaseUser", page);
    m_databaseUser->setPlaceholderText(QStringLiteral("cartera"));
    m_databasePassword = secretEdit("databasePassword", page);
    m_databasePassword->setPlaceholderText(tr("Kept in the system keychain; empty keeps the "
                                              "stored one or uses PGPASSFILE"));
    form->addRow(tr("Ser&ver:"), m_databaseHost);
    form->addRow(tr("P&ort:"), m_databasePort);
    form->addRow(tr("Data&base:"), m_databaseName);
    form->addRow(tr("&User:"), m_databaseUser);
    form->addRow(tr("Pass&word:"), m_databasePassword);
    layout->addLayout(form);

    m_testDatabase = new QPushButton(tr("&Test the connection"), page);
    m_testDatabase->setObjectName(QStringLiteral("testDatabase"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_testDatabase);
    row->addStretch();
    layout->addLayout(row);
    m_databaseResult = new QLabel(page);
    m_databaseResult->setObjectName(QStringLiteral("databaseResult"));
    m_databaseResult->setWordWrap(true);
    m_databaseResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_databaseResult);
    auto *note = new QLabel(tr("The change takes effect the next time Cartera starts. To move "
                               "this computer's portfolio to an empty server database, run "
                               "cartera --migrate-to with the server's address."),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_databaseServer, &QRadioButton::toggled, this, &SettingsDialog::updateDatabaseFields);
    connect(m_testDatabase, &QPushButton::clicked, this, &SettingsDialog::testDatabase);
    return page;
}

void SettingsDialog::updateDatabaseFields()
{
    const bool server = m_databaseServer->isChecked();
    for (QWidget *field : std::initializer_list<QWidget *>{m_databaseHost, m_databasePort,
                                                           m_databaseName, m_databaseUser,
                                                           m_databasePassword, m_testDatabase})
        field->setEnabled(server);
    m_databaseFilePath->setEnabled(!server);
}

void SettingsDialog::testDatabase()
{
    const auto address = Settings::postgresAddress(m_databaseHost->text(), m_databasePort->value(),
                                                   m_databaseName->text(), m_databaseUser->text());
    if (!address) {
        m_databaseResult->setText(address.error());
        return;
    }
    Database::Options options;
    options.connectionName = QStringLiteral("settings-connection-test");
    options.password = m_databasePassword->text();
    if (options.password.isEmpty() && m_secretReader) {
        const auto stored = m_secretReader(Settings::databasePasswordKey(address.value()));
        if (stored)
            options.password = stored.value();
    }
    m_databaseResult->setText(tr("Connecting to %1…").arg(address.value()));
    m_databaseResult->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto db = Database::open(address.value(), options);
    QApplication::restoreOverrideCursor();
    if (!db) {
        m_databaseResult->setText(db.error());
        return;
    }
    m_databaseResult->setText(tr("Connected to %1: a Cartera database, version %2. Press OK to "
                                 "use it from the next start.")
                                  .arg(address.value())
                                  .arg(db->schemaVersion()));
    db->close();
}

QWidget *SettingsDialog::paymentsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_gateway = new QComboBox(page);
    m_gateway->setObjectName(QStringLiteral("gateway"));
    m_gateway->addItem(tr("None"), int(Settings::Gateway::None));
    m_gateway->addItem(QStringLiteral("Wompi (Bancolombia)"), int(Settings::Gateway::Wompi));
    m_gatewaySandbox = new QCheckBox(tr("&Sandbox: test payments only, no real money"), page);
    m_gatewaySandbox->setObjectName(QStringLiteral("gatewaySandbox"));
    m_gatewayPublicKey = secretEdit("gatewayPublicKey", page);
    m_gatewayPrivateKey = secretEdit("gatewayPrivateKey", page);
    m_gatewayBaseUrl = lineEdit("gatewayBaseUrl", page);
    m_gatewayBaseUrl->setPlaceholderText(tr("Wompi's own address"));
    m_linkDays = new QSpinBox(page);
    m_linkDays->setObjectName(QStringLiteral("linkDays"));
    m_linkDays->setRange(1, 60);
    m_linkDays->setSuffix(tr(" days"));
    auto *note = new QLabel(tr("With a gateway, the overdue reminder ends with a link to pay the "
                               "exact balance by PSE, Nequi, Daviplata or card ({link_pago}), and "
                               "payments made through it are recorded by themselves. With an API "
                               "provider, have the template recordatorio_pago_enlace approved "
                               "first."),
                            page);
    note->setWordWrap(true);
    form->addRow(tr("&Gateway:"), m_gateway);
    form->addRow(QString(), m_gatewaySandbox);
    form->addRow(tr("P&ublic key:"), m_gatewayPublicKey);
    form->addRow(tr("Pri&vate key:"), m_gatewayPrivateKey);
    form->addRow(tr("Links &valid for:"), m_linkDays);
    form->addRow(tr("Gateway a&ddress:"), m_gatewayBaseUrl);
    form->addRow(QString(), note);
    auto update = [this] {
        const bool on = m_gateway->currentData().toInt() != int(Settings::Gateway::None);
        for (QWidget *w : std::initializer_list<QWidget *>{m_gatewaySandbox, m_gatewayPublicKey,
                                                           m_gatewayPrivateKey, m_linkDays,
                                                           m_gatewayBaseUrl})
            w->setEnabled(on);
    };
    connect(m_gateway, &QComboBox::currentIndexChanged, this, update);
    update();
    return page;
}

void SettingsDialog::load()
{
    m_name->setText(m_settings.businessName());
    m_nit->setText(m_settings.businessNit());
    m_address->setText(m_settings.businessAddress());
    m_phone->setText(m_settings.businessPhone());
    m_logo->setText(QDir::toNativeSeparators(m_settings.logoPath()));

    m_provider->setCurrentIndex(m_provider->findData(int(m_settings.provider())));
    m_baseUrl->setText(m_settings.providerBaseUrl().toString());
    m_phoneNumberId->setText(m_settings.phoneNumberId());
    m_sender->setText(m_settings.senderNumber());
    m_reminderTemplate->setText(m_settings.reminderTemplate());
    m_overdueTemplate->setText(m_settings.overdueTemplate());
    m_templateLanguage->setText(m_settings.templateLanguage());
    m_price->setText(m_settings.pricePerMessage().toString());
    updateProviderFields();
    m_gateway->setCurrentIndex(m_gateway->findData(int(m_settings.paymentGateway())));
    m_gatewaySandbox->setChecked(m_settings.paymentSandbox());
    m_gatewayBaseUrl->setText(m_settings.paymentGatewayBaseUrl().toString());
    m_linkDays->setValue(m_settings.paymentLinkDays());

    const Settings::SendingWindow window = m_settings.sendingWindow();
    m_dailyCheck->setTime(m_settings.dailyCheckTime());
    m_weekdayFrom->setTime(window.weekdayFrom);
    m_weekdayTo->setTime(window.weekdayTo);
    m_saturday->setChecked(window.saturday);
    m_saturdayFrom->setTime(window.saturdayFrom);
    m_saturdayTo->setTime(window.saturdayTo);
    m_saturdayFrom->setEnabled(window.saturday);
    m_saturdayTo->setEnabled(window.saturday);
    m_weeklyCap->setValue(m_settings.weeklyCapPerClient());

    QStringList bounds;
    for (int bound : m_settings.moraUpperBounds())
        bounds.append(QString::number(bound));
    m_moraBounds->setText(bounds.join(QStringLiteral(", ")));
    updateMoraPreview();

    m_backupFolder->setText(QDir::toNativeSeparators(m_settings.backupFolder()));
    m_automaticBackups->setChecked(m_settings.automaticBackups());
    m_dailyBackups->setValue(m_settings.dailyBackupsKept());
    m_weeklyBackups->setValue(m_settings.weeklyBackupsKept());

    m_language->setCurrentIndex(m_language->findData(int(m_settings.language())));
    m_startWithSession->setChecked(m_settings.startWithSession());
    m_startMinimised->setChecked(m_settings.startMinimised());

    const QString location = m_settings.databaseLocation();
    const bool server = location.startsWith(QLatin1String("postgres"));
    m_databaseFileLocation = server ? QString() : location;
    m_databaseFilePath->setText(QDir::toNativeSeparators(
        m_databaseFileLocation.isEmpty() ? Database::defaultLocation() : m_databaseFileLocation));
    if (server) {
        const QUrl url(location);
        m_databaseHost->setText(url.host());
        m_databasePort->setValue(url.port(5432));
        m_databaseName->setText(url.path().mid(1));
        m_databaseUser->setText(url.userName());
    }
    m_databaseServer->setChecked(server);
    m_databaseFile->setChecked(!server);
    updateDatabaseFields();
}

void SettingsDialog::updateProviderFields()
{
    const auto provider = Settings::Provider(m_provider->currentData().toInt());
    const QUrl defaultUrl = Settings::defaultBaseUrl(provider);
    m_baseUrl->setPlaceholderText(defaultUrl.isEmpty() ? QString() : defaultUrl.toString());
    const bool api = provider != Settings::Provider::WhatsAppDesktop;
    auto show
        = [this](QWidget *field, bool visible) { m_whatsappForm->setRowVisible(field, visible); };
    show(m_baseUrl, api);
    show(m_phoneNumberId, provider == Settings::Provider::MetaCloud);
    show(m_sender, api);
    show(m_reminderTemplate, api);
    show(m_overdueTemplate, api);
    show(m_templateLanguage, api);
    show(m_apiKey, provider == Settings::Provider::Dialog360);
    show(m_metaToken, provider == Settings::Provider::MetaCloud);
    show(m_twilioSid, provider == Settings::Provider::Twilio);
    show(m_twilioToken, provider == Settings::Provider::Twilio);
}

void SettingsDialog::updateMoraPreview()
{
    bool ok = false;
    const QList<int> bounds = parseBounds(m_moraBounds->text(), &ok);
    auto checked = Settings::checkMoraUpperBounds(bounds);
    if (!ok || !checked) {
        m_moraPreview->setText(ok ? checked.error()
                                  : tr("Write the last day of each level, separated by commas: "
                                       "30, 60, 90."));
        return;
    }
    QStringList names;
    const MoraLevels levels = MoraLevels::fromUpperBounds(bounds).value();
    for (const MoraLevel &level : levels.levels())
        names.append(level.name);
    m_moraPreview->setText(names.join(QStringLiteral(" · ")));
}

void SettingsDialog::setConnectionTester(ConnectionTester tester)
{
    m_connectionTester = std::move(tester);
    m_testConnection->setEnabled(bool(m_connectionTester));
}

void SettingsDialog::setBackupService(BackupService *service)
{
    m_backups = service;
    m_backupNow->setEnabled(m_backups != nullptr);
    refreshBackups();
}

void SettingsDialog::refreshBackups()
{
    m_backupList->clear();
    if (!m_backups)
        return;
    for (const BackupService::Backup &backup : m_backups->backups()) {
        const QString when = backup.taken.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        auto *item = new QListWidgetItem(backup.automatic ? tr("%1 (automatic)").arg(when)
                                                          : tr("%1 (manual)").arg(when),
                                         m_backupList);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(QDir::toNativeSeparators(backup.path));
    }
}

void SettingsDialog::backupNow()
{
    if (!m_backups)
        return;
    // The copy goes to the folder on screen, even before OK.
    auto folder = Settings::checkBackupFolder(m_backupFolder->text());
    if (!folder) {
        showError(folder.error(), m_backupFolder);
        return;
    }
    BackupService::Policy policy = m_backups->policy();
    policy.folder = folder.value();
    m_backups->setPolicy(policy);
    auto copy = m_backups->backupNow();
    if (!copy) {
        showStatus(copy.error());
        return;
    }
    refreshBackups();
    showStatus(tr("Backup saved: %1").arg(QDir::toNativeSeparators(copy.value())));
}

void SettingsDialog::chooseRestore()
{
    QString path;
    if (QListWidgetItem *item = m_backupList->currentItem())
        path = item->data(Qt::UserRole).toString();
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Restore a backup"), m_backupFolder->text(),
                                            tr("Cartera backups (*.sqlite *.bak);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Replace the current data with the backup %1? The current database is kept aside "
           "next to it, so this can be undone by hand.")
            .arg(QFileInfo(path).fileName()));
    if (answer == QMessageBox::Yes)
        requestRestore(path);
}

bool SettingsDialog::requestRestore(const QString &backupPath)
{
    auto verified = BackupService::verify(backupPath);
    if (!verified) {
        showStatus(verified.error());
        return false;
    }
    showStatus(tr("The backup is sound: %n client(s), ", nullptr, int(verified->clients))
               + tr("%n debt(s).", nullptr, int(verified->debts)));
    emit restoreRequested(backupPath);
    return true;
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void SettingsDialog::showError(const QString &message, QWidget *field)
{
    m_error->setText(message);
    m_error->show();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    }
    field->setFocus();
}

void SettingsDialog::showStatus(const QString &message)
{
    m_backupStatus->setText(message);
}

bool SettingsDialog::save()
{
    const QString nothingSaved = tr("Nothing was saved.");
    auto fail = [&](const QString &message, QWidget *field) {
        showError(message + QLatin1Char(' ') + nothingSaved, field);
        return false;
    };

    // 1. Every value is checked before anything is written.
#define CARTERA_CHECK(var, expression, field)                                                      \
    auto var = expression;                                                                         \
    if (!var)                                                                                      \
        return fail(var.error(), field);

    CARTERA_CHECK(name, Settings::checkBusinessName(m_name->text()), m_name)
    CARTERA_CHECK(nit, Settings::checkNit(m_nit->text()), m_nit)
    CARTERA_CHECK(address, Settings::checkAddress(m_address->text()), m_address)
    CARTERA_CHECK(phone, Settings::checkBusinessPhone(m_phone->text()), m_phone)
    CARTERA_CHECK(logo, Settings::checkLogoPath(QDir::fromNativeSeparators(m_logo->text())), m_logo)
    CARTERA_CHECK(baseUrl, Settings::checkBaseUrl(m_baseUrl->text()), m_baseUrl)
    CARTERA_CHECK(phoneNumberId, Settings::checkPhoneNumberId(m_phoneNumberId->text()),
                  m_phoneNumberId)
    CARTERA_CHECK(sender, Settings::checkSenderNumber(m_sender->text()), m_sender)
    CARTERA_CHECK(reminder, Settings::checkTemplateName(m_reminderTemplate->text()),
                  m_reminderTemplate)
    CARTERA_CHECK(overdue, Settings::checkTemplateName(m_overdueTemplate->text()),
                  m_overdueTemplate)
    CARTERA_CHECK(templateLanguage, Settings::checkTemplateLanguage(m_templateLanguage->text()),
                  m_templateLanguage)
    CARTERA_CHECK(priceText,
                  m_price->text().trimmed().isEmpty() ? Result<Money>(Money())
                                                      : Money::parse(m_price->text()),
                  m_price)
    CARTERA_CHECK(price, Settings::checkPrice(priceText.value()), m_price)
    const Settings::SendingWindow requested{m_weekdayFrom->time(), m_weekdayTo->time(),
                                            m_saturday->isChecked(), m_saturdayFrom->time(),
                                            m_saturdayTo->time()};
    CARTERA_CHECK(window, Settings::checkSendingWindow(requested), m_weekdayFrom)
    CARTERA_CHECK(cap, Settings::checkWeeklyCap(m_weeklyCap->value()), m_weeklyCap)
    bool boundsOk = false;
    const QList<int> bounds = parseBounds(m_moraBounds->text(), &boundsOk);
    if (!boundsOk)
        return fail(tr("Write the last day of each mora level as whole numbers separated by "
                       "commas, for example 30, 60, 90."),
                    m_moraBounds);
    CARTERA_CHECK(mora, Settings::checkMoraUpperBounds(bounds), m_moraBounds)
    CARTERA_CHECK(folder,
                  Settings::checkBackupFolder(QDir::fromNativeSeparators(m_backupFolder->text())),
                  m_backupFolder)
    CARTERA_CHECK(daily, Settings::checkDailyBackups(m_dailyBackups->value()), m_dailyBackups)
    CARTERA_CHECK(weekly, Settings::checkWeeklyBackups(m_weeklyBackups->value()), m_weeklyBackups)
    QString databaseLocation = m_databaseFileLocation;
    if (m_databaseServer->isChecked()) {
        CARTERA_CHECK(server,
                      Settings::postgresAddress(m_databaseHost->text(), m_databasePort->value(),
                                                m_databaseName->text(), m_databaseUser->text()),
                      m_databaseHost)
        databaseLocation = server.value();
    }
    CARTERA_CHECK(gatewayUrl, Settings::checkBaseUrl(m_gatewayBaseUrl->text()), m_gatewayBaseUrl)
    CARTERA_CHECK(linkDays, Settings::checkPaymentLinkDays(m_linkDays->value()), m_linkDays)
    const QString privateKey = m_gatewayPrivateKey->text().trimmed();
    if (!privateKey.isEmpty() && !privateKey.startsWith(QLatin1String("prv_")))
        return fail(tr("The private key starts with prv_ (the one starting with pub_ is the "
                       "public key)."),
                    m_gatewayPrivateKey);
#undef CARTERA_CHECK

    // 2. Secrets go to the keychain, never to the settings file.
    const QList<std::pair<QLineEdit *, Secret>> secrets{{m_apiKey, Secret::Dialog360ApiKey},
                                                        {m_metaToken, Secret::MetaAccessToken},
                                                        {m_twilioSid, Secret::TwilioAccountSid},
                                                        {m_twilioToken, Secret::TwilioAuthToken},
                                                        {m_gatewayPublicKey, Secret::WompiPublicKey},
                                                        {m_gatewayPrivateKey, Secret::WompiPrivateKey}};
    for (const auto &[edit, secret] : secrets) {
        const QString value = edit->text().trimmed();
        if (value.isEmpty())
            continue;
        if (!m_secretWriter)
            return fail(tr("Cartera cannot reach the system keychain, so it cannot keep the "
                           "credentials."),
                        edit);
        const Result<void> stored = m_secretWriter(secretAccount(secret), value);
        if (!stored)
            return fail(stored.error(), edit);
        edit->clear();
    }
    if (m_databaseServer->isChecked() && !m_databasePassword->text().isEmpty()) {
        if (!m_secretWriter)
            return fail(tr("Cartera cannot reach the system keychain, so it cannot keep the "
                           "password. Leave it empty and use a PGPASSFILE instead."),
                        m_databasePassword);
        const Result<void> stored = m_secretWriter(Settings::databasePasswordKey(databaseLocation),
                                                   m_databasePassword->text());
        if (!stored)
            return fail(stored.error(), m_databasePassword);
        m_databasePassword->clear();
    }

    // 3. Start with the session.
    const bool autostart = m_startWithSession->isChecked();
    const bool minimised = m_startMinimised->isChecked();
    if (autostart != m_settings.startWithSession() || minimised != m_settings.startMinimised()
        || autostart != Autostart(m_executable).isEnabled()) {
        const Result<void> applied = Autostart(m_executable).apply(autostart, minimised);
        if (!applied)
            return fail(applied.error(), m_startWithSession);
    }

    // 4. The settings themselves; each was checked above, so none of these can refuse.
    const auto language = Settings::Language(m_language->currentData().toInt());
    const bool languageChangedNow = language != m_settings.language();
    const QList<Result<void>> results{
        m_settings.setBusinessName(name.value()),
        m_settings.setBusinessNit(nit.value()),
        m_settings.setBusinessAddress(address.value()),
        m_settings.setBusinessPhone(phone.value()),
        m_settings.setLogoPath(logo.value()),
        m_settings.setProviderBaseUrl(baseUrl->toString()),
        m_settings.setPhoneNumberId(phoneNumberId.value()),
        m_settings.setSenderNumber(sender.value()),
        m_settings.setReminderTemplate(reminder.value()),
        m_settings.setOverdueTemplate(overdue.value()),
        m_settings.setTemplateLanguage(templateLanguage.value()),
        m_settings.setPricePerMessage(price.value()),
        m_settings.setDailyCheckTime(m_dailyCheck->time()),
        m_settings.setSendingWindow(window.value()),
        m_settings.setWeeklyCapPerClient(cap.value()),
        m_settings.setMoraUpperBounds(mora.value()),
        m_settings.setBackupFolder(folder.value()),
        m_settings.setDailyBackupsKept(daily.value()),
        m_settings.setWeeklyBackupsKept(weekly.value()),
        m_settings.setDatabaseLocation(databaseLocation),
        m_settings.setPaymentGatewayBaseUrl(gatewayUrl->toString()),
        m_settings.setPaymentLinkDays(linkDays.value()),
    };
    for (const Result<void> &result : results) {
        if (!result)
            return fail(result.error(), m_tabs);
    }
    m_settings.setProvider(Settings::Provider(m_provider->currentData().toInt()));
    m_settings.setAutomaticBackups(m_automaticBackups->isChecked());
    m_settings.setPaymentGateway(Settings::Gateway(m_gateway->currentData().toInt()));
    m_settings.setPaymentSandbox(m_gatewaySandbox->isChecked());
    m_settings.setLanguage(language);
    m_settings.setStartWithSession(autostart);
    m_settings.setStartMinimised(minimised);
    const Result<void> synced = m_settings.sync();
    if (!synced) {
        showError(synced.error(), m_tabs);
        return false;
    }
    if (m_backups)
        m_backups->setPolicy({folder.value(), daily.value(), weekly.value()});
    m_error->clear();
    m_error->hide();
    if (languageChangedNow)
        emit languageChanged(language);
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
