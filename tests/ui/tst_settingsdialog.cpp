#include "autostart.h"
#include "backupservice.h"
#include "clock.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QtTest>

#include <memory>

// The clerk fills the tabs with the keyboard and presses OK: good values survive a restart,
// a wrong one keeps the dialog open with the reason and saves nothing, credentials go only
// to the keychain writer.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString iniPath() const { return m_dir->filePath(QStringLiteral("cartera.ini")); }

    template<typename T> static T *field(SettingsDialog &dialog, const char *name)
    {
        auto *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
    static void type(SettingsDialog &dialog, const char *name, const QString &text)
    {
        auto *edit = field<QLineEdit>(dialog, name);
        auto *tabs = field<QTabWidget>(dialog, "tabs");
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(edit))
                tabs->setCurrentIndex(i);
        }
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(edit, c.toLatin1());
            else // QTest's key tables know only ASCII; an accented letter comes as text
                QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
        }
    }
    // Clicks the box itself: a form stretches the widget beyond its label.
    static void tick(QAbstractButton *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
    }
    // Has the dialog hand its secrets to `stored` instead of the keychain.
    static void keepSecretsIn(SettingsDialog &dialog, QList<std::pair<QString, QString>> *stored)
    {
        dialog.setSecretWriter(
            [stored](const QString &account, const QString &secret) -> Result<void> {
                stored->append({account, secret});
                return {};
            });
    }
    static void pressOk(SettingsDialog &dialog)
    {
        auto *buttons = field<QDialogButtonBox>(dialog, "buttons");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

private slots:
    void init();
    void savesAndSurvivesRestart();
    void wrongValueSavesNothing_data();
    void wrongValueSavesNothing();
    void credentialsGoOnlyToTheKeychain();
    void credentialsWithoutKeychainRefused();
    void autostartEntry();
    void backupNowAndRestoreRequest();
    void cancelKeepsSettings();
    void databaseIsTheFileByDefault();
    void databaseServerSavedWithoutPassword();
    void databaseServerFieldRefused();
    void databaseTestReportsFailure();
    void databaseTestConnects();
    void onlinePaymentsKeysGoToTheKeychain();
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
}

void TestSettingsDialog::savesAndSurvivesRestart()
{
    {
        Settings settings(iniPath());
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "businessName", QStringLiteral("Ferretería El Tornillo"));
        type(dialog, "businessNit", QStringLiteral("900.123.456-8"));
        type(dialog, "businessPhone", QStringLiteral("601 234 5678"));
        field<QComboBox>(dialog, "provider")->setCurrentIndex(1); // WhatsApp Cloud API
        type(dialog, "phoneNumberId", QStringLiteral("106540352242922"));
        type(dialog, "sender", QStringLiteral("310 555 1234"));
        type(dialog, "pricePerMessage", QStringLiteral("$180"));
        field<QTimeEdit>(dialog, "weekdayFrom")->setTime(QTime(8, 30));
        field<QTimeEdit>(dialog, "weekdayTo")->setTime(QTime(17, 0));
        field<QCheckBox>(dialog, "saturday")->setChecked(false);
        field<QSpinBox>(dialog, "weeklyCap")->setValue(3);
        type(dialog, "moraBounds", QStringLiteral("15, 30, 60, 120"));
        QVERIFY(field<QLabel>(dialog, "moraPreview")->text().contains(QStringLiteral("61–120")));
        type(dialog, "backupFolder", m_dir->filePath(QStringLiteral("copias")));
        field<QSpinBox>(dialog, "dailyBackups")->setValue(10);
        field<QComboBox>(dialog, "language")->setCurrentIndex(1); // English
        QSignalSpy languageSpy(&dialog, &SettingsDialog::languageChanged);
        pressOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(languageSpy.count(), 1);
    }
    // A restart: a new Settings object on the same file, and a new dialog showing it.
    Settings again(iniPath());
    QCOMPARE(again.businessName(), QStringLiteral("Ferretería El Tornillo"));
    QCOMPARE(again.businessNit(), QStringLiteral("900123456-8"));
    QCOMPARE(again.provider(), Settings::Provider::MetaCloud);
    QCOMPARE(again.phoneNumberId(), QStringLiteral("106540352242922"));
    QCOMPARE(again.senderNumber(), QStringLiteral("+573105551234"));
    QCOMPARE(again.pricePerMessage(), Money::fromPesos(180));
    QCOMPARE(again.sendingWindow().weekdayFrom, QTime(8, 30));
    QVERIFY(!again.sendingWindow().saturday);
    QCOMPARE(again.weeklyCapPerClient(), 3);
    QCOMPARE(again.moraUpperBounds(), (QList<int>{15, 30, 60, 120}));
    QCOMPARE(again.dailyBackupsKept(), 10);
    QCOMPARE(again.language(), Settings::Language::English);
    SettingsDialog reopened(again);
    QCOMPARE(field<QLineEdit>(reopened, "businessNit")->text(), QStringLiteral("900123456-8"));
    QCOMPARE(field<QLineEdit>(reopened, "moraBounds")->text(), QStringLiteral("15, 30, 60, 120"));
}

void TestSettingsDialog::wrongValueSavesNothing_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nit") << "businessNit"
                         << "900.123.456-1" << 0 << "check digit";
    QTest::newRow("url") << "baseUrl"
                         << "http://waba.example.com" << 1 << "https://";
    QTest::newRow("template") << "reminderTemplate"
                              << "Recordatorio" << 1 << "template";
    QTest::newRow("price") << "pricePerMessage"
                           << "gratis" << 1 << "";
    QTest::newRow("mora") << "moraBounds"
                          << "60, 30" << 3 << "after";
    QTest::newRow("mora words") << "moraBounds"
                                << "treinta" << 3 << "30, 60, 90";
    QTest::newRow("folder") << "backupFolder"
                            << "copias" << 4 << "full folder path";
}

void TestSettingsDialog::wrongValueSavesNothing()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, text);
    QFETCH(int, tab);
    QFETCH(QString, mentions);

    Settings settings(iniPath());
    QVERIFY(settings.setBusinessName(QStringLiteral("Antes")).ok());
    QVERIFY(settings.sync().ok());
    const QByteArray before = TestSupport::fileHash(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "businessName", QStringLiteral("Después"));
    field<QTabWidget>(dialog, "tabs")->setCurrentIndex(5);
    type(dialog, qPrintable(fieldName), text);
    field<QTabWidget>(dialog, "tabs")->setCurrentIndex(5);
    pressOk(dialog);

    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(mentions), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QStringLiteral("Nothing was saved")));
    QVERIFY(field<QLabel>(dialog, "error")->isVisible());
    // The tab with the wrong value is shown, its field has the focus.
    QCOMPARE(field<QTabWidget>(dialog, "tabs")->currentIndex(), tab);
    QCOMPARE(QApplication::focusWidget(), field<QLineEdit>(dialog, qPrintable(fieldName)));
    QCOMPARE(TestSupport::fileHash(iniPath()), before);
    QCOMPARE(Settings(iniPath()).businessName(), QStringLiteral("Antes"));
}

void TestSettingsDialog::credentialsGoOnlyToTheKeychain()
{
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    QList<std::pair<QString, QString>> stored;
    keepSecretsIn(dialog, &stored);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *key = field<QLineEdit>(dialog, "apiKey");
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    type(dialog, "apiKey", QStringLiteral("D360-sk-verysecret-123"));
    // Only the chosen provider's credentials are asked for.
    QVERIFY(key->isVisible());
    QVERIFY(!field<QLineEdit>(dialog, "metaToken")->isVisible());
    pressOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).first, QStringLiteral("360dialog/api_key"));
    QCOMPARE(stored.at(0).second, QStringLiteral("D360-sk-verysecret-123"));
    QVERIFY(key->text().isEmpty());
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("verysecret"));
}

void TestSettingsDialog::credentialsWithoutKeychainRefused()
{
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.setSecretWriter([](const QString &, const QString &) -> Result<void> {
        return Failure{QStringLiteral("The keychain is locked."), ErrorCode::Storage};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "businessName", QStringLiteral("No debe guardarse"));
    type(dialog, "apiKey", QStringLiteral("D360-sk-other"));
    pressOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorText().contains(QStringLiteral("keychain is locked")));
    QCOMPARE(Settings(iniPath()).businessName(), QString());
    QCOMPARE(field<QLineEdit>(dialog, "apiKey")->text(), QStringLiteral("D360-sk-other"));
}

void TestSettingsDialog::autostartEntry()
{
    const QString entry = m_dir->filePath(QStringLiteral("config/autostart/cartera.desktop"));
    QCOMPARE(Autostart::desktopFilePath(), entry);
    {
        Settings settings(iniPath());
        SettingsDialog dialog(settings);
        dialog.setExecutable(QStringLiteral("/usr/bin/cartera"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field<QTabWidget>(dialog, "tabs")->setCurrentIndex(5);
        tick(field<QCheckBox>(dialog, "startWithSession"));
        tick(field<QCheckBox>(dialog, "startMinimised"));
        pressOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("[Desktop Entry]"));
    QVERIFY2(text.contains("Exec=/usr/bin/cartera --minimized\n"), text.constData());
    file.close();
    Settings restarted(iniPath());
    QVERIFY(restarted.startWithSession());
    QVERIFY(restarted.startMinimised());
    {
        SettingsDialog dialog(restarted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field<QTabWidget>(dialog, "tabs")->setCurrentIndex(5);
        auto *box = field<QCheckBox>(dialog, "startWithSession");
        QVERIFY(box->isChecked());
        tick(box);
        pressOk(dialog);
    }
    QVERIFY(!QFile::exists(entry));
    QVERIFY(!Settings(iniPath()).startWithSession());
}

void TestSettingsDialog::backupNowAndRestoreRequest()
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC));
    Database db = TestSupport::openDatabase(m_dir->filePath(QStringLiteral("cartera.sqlite")));
    Settings settings(iniPath());
    const QString folder = m_dir->filePath(QStringLiteral("copias"));
    BackupService service(db, clock, {settings.backupFolder(), 7, 4});
    SettingsDialog dialog(settings);
    dialog.setBackupService(&service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "backupFolder", folder);
    QTest::mouseClick(field<QPushButton>(dialog, "backupNow"), Qt::LeftButton);
    auto *list = field<QListWidget>(dialog, "backupList");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("02/03/2026 10:00")));
    const QString copy = list->item(0)->data(Qt::UserRole).toString();
    QVERIFY(copy.startsWith(folder));
    QVERIFY(QFile::exists(copy));

    QSignalSpy spy(&dialog, &SettingsDialog::restoreRequested);
    const QString broken = m_dir->filePath(QStringLiteral("broken.sqlite"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database");
    f.close();
    QVERIFY(!dialog.requestRestore(broken));
    QCOMPARE(spy.count(), 0);
    QVERIFY(field<QLabel>(dialog, "backupStatus")
                ->text()
                .contains(QStringLiteral("Nothing was changed")));
    QVERIFY(dialog.requestRestore(copy));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), copy);
    db.close();
}

void TestSettingsDialog::cancelKeepsSettings()
{
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, "businessName", QStringLiteral("Cancelado"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Settings(iniPath()).businessName(), QString());
}

void TestSettingsDialog::databaseIsTheFileByDefault()
{
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(field<QRadioButton>(dialog, "databaseFile")->isChecked());
    QCOMPARE(field<QLabel>(dialog, "databaseFilePath")->text(),
             QDir::toNativeSeparators(Database::defaultLocation()));
    QVERIFY(!field<QLineEdit>(dialog, "databaseHost")->isEnabled());
    QVERIFY(!field<QPushButton>(dialog, "testDatabase")->isEnabled());
}

void TestSettingsDialog::databaseServerSavedWithoutPassword()
{
    {
        Settings settings(iniPath());
        SettingsDialog dialog(settings);
        QList<std::pair<QString, QString>> stored;
        keepSecretsIn(dialog, &stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = field<QTabWidget>(dialog, "tabs");
        tabs->setCurrentIndex(tabs->count() - 1);
        tick(field<QRadioButton>(dialog, "databaseServer"));
        QVERIFY(field<QLineEdit>(dialog, "databaseHost")->isEnabled());
        type(dialog, "databaseHost", QStringLiteral("Servidor.local"));
        field<QSpinBox>(dialog, "databasePort")->setValue(5433);
        type(dialog, "databaseName", QStringLiteral("cartera"));
        type(dialog, "databaseUser", QStringLiteral("caja1"));
        QCOMPARE(field<QLineEdit>(dialog, "databasePassword")->echoMode(), QLineEdit::Password);
        type(dialog, "databasePassword", QStringLiteral("Clave-Muy-Secreta"));
        pressOk(dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).first, QStringLiteral("postgresql/caja1@servidor.local:5433/cartera"));
        QCOMPARE(stored.at(0).second, QStringLiteral("Clave-Muy-Secreta"));
    }
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("Clave-Muy-Secreta"));
    QCOMPARE(Settings(iniPath()).databaseLocation(),
             QStringLiteral("postgresql://caja1@servidor.local:5433/cartera"));

    // Reopened, the dialog shows the server; back to the file, the address is forgotten.
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(field<QRadioButton>(dialog, "databaseServer")->isChecked());
    QCOMPARE(field<QLineEdit>(dialog, "databaseHost")->text(), QStringLiteral("servidor.local"));
    QCOMPARE(field<QSpinBox>(dialog, "databasePort")->value(), 5433);
    QCOMPARE(field<QLineEdit>(dialog, "databaseUser")->text(), QStringLiteral("caja1"));
    QVERIFY(field<QLineEdit>(dialog, "databasePassword")->text().isEmpty());
    auto *tabs = field<QTabWidget>(dialog, "tabs");
    tabs->setCurrentIndex(tabs->count() - 1);
    tick(field<QRadioButton>(dialog, "databaseFile"));
    pressOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Settings(iniPath()).databaseLocation(), QString());
}

void TestSettingsDialog::databaseServerFieldRefused()
{
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = field<QTabWidget>(dialog, "tabs");
    tabs->setCurrentIndex(tabs->count() - 1);
    tick(field<QRadioButton>(dialog, "databaseServer"));
    type(dialog, "databaseHost", QStringLiteral("servidor.local"));
    type(dialog, "databaseName", QStringLiteral("cartera"));
    // No user name.
    tabs->setCurrentIndex(0);
    pressOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("user name")), qPrintable(dialog.errorText()));
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    QCOMPARE(Settings(iniPath()).databaseLocation(), QString());
}

void TestSettingsDialog::databaseTestReportsFailure()
{
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    QStringList asked;
    dialog.setSecretReader([&asked](const QString &account) -> Result<QString> {
        asked.append(account);
        return Failure{QStringLiteral("nothing stored"), ErrorCode::NotFound};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = field<QTabWidget>(dialog, "tabs");
    tabs->setCurrentIndex(tabs->count() - 1);
    tick(field<QRadioButton>(dialog, "databaseServer"));
    type(dialog, "databaseHost", QStringLiteral("127.0.0.1"));
    field<QSpinBox>(dialog, "databasePort")->setValue(1); // nothing listens there
    type(dialog, "databaseName", QStringLiteral("cartera"));
    type(dialog, "databaseUser", QStringLiteral("caja1"));
    QTest::mouseClick(field<QPushButton>(dialog, "testDatabase"), Qt::LeftButton);
    const QString result = field<QLabel>(dialog, "databaseResult")->text();
    QVERIFY2(result.contains(QStringLiteral("cannot connect")), qPrintable(result));
    QCOMPARE(asked, QStringList{QStringLiteral("postgresql/caja1@127.0.0.1:1/cartera")});
    QVERIFY(dialog.isVisible()); // testing saves nothing and closes nothing
    QCOMPARE(Settings(iniPath()).databaseLocation(), QString());
}

void TestSettingsDialog::databaseTestConnects()
{
    if (qEnvironmentVariableIsEmpty("CARTERA_TEST_POSTGRES"))
        QSKIP("CARTERA_TEST_POSTGRES is not set: the connection test needs the PostgreSQL "
              "cluster that scripts/test.sh starts.");
    const QUrl url(TestSupport::freshPostgresDatabase());
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    dialog.setSecretReader([](const QString &) -> Result<QString> {
        return Failure{QStringLiteral("nothing stored"), ErrorCode::NotFound};
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = field<QTabWidget>(dialog, "tabs");
    tabs->setCurrentIndex(tabs->count() - 1);
    tick(field<QRadioButton>(dialog, "databaseServer"));
    type(dialog, "databaseHost", url.host());
    field<QSpinBox>(dialog, "databasePort")->setValue(url.port());
    type(dialog, "databaseName", url.path().mid(1));
    type(dialog, "databaseUser", url.userName());
    QTest::mouseClick(field<QPushButton>(dialog, "testDatabase"), Qt::LeftButton);
    const QString result = field<QLabel>(dialog, "databaseResult")->text();
    QVERIFY2(result.contains(QStringLiteral("Connected to")), qPrintable(result));
    QVERIFY(result.contains(QString::number(Database::latestSchemaVersion())));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("settings-connection-test")));
}

void TestSettingsDialog::onlinePaymentsKeysGoToTheKeychain()
{
    Settings settings(iniPath());
    SettingsDialog dialog(settings);
    QList<std::pair<QString, QString>> stored;
    keepSecretsIn(dialog, &stored);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *gateway = field<QComboBox>(dialog, "gateway");
    QVERIFY(!field<QLineEdit>(dialog, "gatewayPrivateKey")->isEnabled()); // none chosen yet
    gateway->setCurrentIndex(gateway->findText(QStringLiteral("Wompi"), Qt::MatchStartsWith));
    QCOMPARE(field<QLineEdit>(dialog, "gatewayPrivateKey")->echoMode(), QLineEdit::Password);

    // The public key in the private field is caught before anything is saved.
    type(dialog, "gatewayPrivateKey", QStringLiteral("pub_test_abc123"));
    pressOk(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(stored.isEmpty());

    type(dialog, "gatewayPublicKey", QStringLiteral("pub_test_Q7x9publicKEY"));
    type(dialog, "gatewayPrivateKey", QStringLiteral("prv_test_S3cretPrivateKEY"));
    pressOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).first, QStringLiteral("wompi/public_key"));
    QCOMPARE(stored.at(1), std::pair(QStringLiteral("wompi/private_key"),
                                     QStringLiteral("prv_test_S3cretPrivateKEY")));

    Settings reread(iniPath());
    QCOMPARE(reread.paymentGateway(), Settings::Gateway::Wompi);
    QVERIFY(reread.paymentSandbox());
    QCOMPARE(reread.paymentLinkDays(), 7);
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY(!ini.contains("S3cretPrivateKEY"));
    QVERIFY(!ini.contains("publicKEY"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
