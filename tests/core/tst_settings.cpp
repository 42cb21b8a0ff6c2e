#include "settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

// Every setter refuses what it must refuse with a message, keeps the stored value when it
// does, and what it accepts survives re-creating the Settings object (a restart).
class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("cartera.ini")); }
    std::unique_ptr<Settings> fresh()
    {
        QFile::remove(iniPath());
        return std::make_unique<Settings>(iniPath());
    }

private slots:
    void defaults();
    void setters_data();
    void setters();
    void sendingWindow_data();
    void sendingWindow();
    void windowAllows_data();
    void windowAllows();
    void moraBounds_data();
    void moraBounds();
    void survivesRestart();
    void fileReadBackAsWritten();
    void takesOverTheOldGeneralGroup();
    void handEditedFileFallsBack();
    void noSecretKeys();
    void databaseLocation_data();
    void databaseLocation();
    void databasePasswordNeverInFile();
};

void TestSettings::defaults()
{
    auto s = fresh();
    QCOMPARE(s->provider(), Settings::Provider::Dialog360);
    QCOMPARE(s->language(), Settings::Language::Spanish);
    QCOMPARE(s->sendingWindow(), Settings::legalWindow());
    QCOMPARE(s->moraUpperBounds(), (QList<int>{30, 60, 90}));
    QCOMPARE(s->moraLevels().count(), 5);
    QCOMPARE(s->dailyBackupsKept(), 7);
    QCOMPARE(s->weeklyBackupsKept(), 4);
    QVERIFY(s->automaticBackups());
    QCOMPARE(s->reminderTemplate(), QStringLiteral("recordatorio_pago"));
    QCOMPARE(s->templateLanguage(), QStringLiteral("es"));
    QCOMPARE(s->dailyCheckTime(), QTime(8, 0));
    QVERIFY(!s->backupFolder().isEmpty());
    QVERIFY(!s->startWithSession());
}

// field, input, accepted, value read back (when accepted), word the refusal mentions
void TestSettings::setters_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("readBack");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("name") << "name"
                          << "  Distribuciones La 14 SAS " << true << "Distribuciones La 14 SAS"
                          << "";
    QTest::newRow("name two lines") << "name"
                                    << "Tienda\nDon Pepe" << false << ""
                                    << "one line";
    QTest::newRow("name too long") << "name" << QString(121, QLatin1Char('a')) << false << ""
                                   << "120";
    QTest::newRow("name empty") << "name"
                                << "" << true << ""
                                << "";
    QTest::newRow("nit dotted") << "nit"
                                << "900.123.456-8" << true << "900123456-8"
                                << "";
    QTest::newRow("nit bad digit") << "nit"
                                   << "900.123.456-1" << false << ""
                                   << "check digit";
    QTest::newRow("nit without digit") << "nit"
                                       << "900123456" << false << ""
                                       << "dash";
    QTest::newRow("nit empty") << "nit"
                               << "" << true << ""
                               << "";
    QTest::newRow("phone landline") << "phone"
                                    << "601 234 5678" << true << "601 234 5678"
                                    << "";
    QTest::newRow("phone letters") << "phone"
                                   << "call me" << false << ""
                                   << "digits";
    QTest::newRow("phone short") << "phone"
                                 << "12345" << false << ""
                                 << "7 to 15";
    QTest::newRow("logo missing") << "logo"
                                  << "/nonexistent/logo.png" << false << ""
                                  << "does not exist";
    QTest::newRow("url default") << "url"
                                 << "" << true << ""
                                 << "";
    QTest::newRow("url https") << "url"
                               << "https://waba-sandbox.360dialog.io" << true
                               << "https://waba-sandbox.360dialog.io"
                               << "";
    QTest::newRow("url loopback http") << "url"
                                       << "http://127.0.0.1:8080" << true << "http://127.0.0.1:8080"
                                       << "";
    QTest::newRow("url plain http") << "url"
                                    << "http://waba-v2.360dialog.io" << false << ""
                                    << "https://";
    QTest::newRow("url with password") << "url"
                                       << "https://user:secret@example.com" << false << ""
                                       << "keychain";
    QTest::newRow("url with key in query") << "url"
                                           << "https://example.com/?key=abc" << false << ""
                                           << "keychain";
    QTest::newRow("url not a url") << "url"
                                   << "waba" << false << ""
                                   << "web address";
    QTest::newRow("phone id") << "phoneid"
                              << "106540352242922" << true << "106540352242922"
                              << "";
    QTest::newRow("phone id letters") << "phoneid"
                                      << "abc123" << false << ""
                                      << "digits";
    QTest::newRow("sender") << "sender"
                            << "300 123 4567" << true << "+573001234567"
                            << "";
    QTest::newRow("sender landline") << "sender"
                                     << "601 234 5678" << false << ""
                                     << "";
    QTest::newRow("template") << "template"
                              << "recordatorio_pago_v2" << true << "recordatorio_pago_v2"
                              << "";
    QTest::newRow("template twilio")
        << "template"
        << "HX0123456789abcdef0123456789abcdef" << true << "HX0123456789abcdef0123456789abcdef"
        << "";
    QTest::newRow("template spaces") << "template"
                                     << "Recordatorio de pago" << false << ""
                                     << "lower case";
    QTest::newRow("template empty") << "template"
                                    << "" << false << ""
                                    << "template name";
    QTest::newRow("language es_CO") << "tlang"
                                    << "es_CO" << true << "es_CO"
                                    << "";
    QTest::newRow("language spanish") << "tlang"
                                      << "Spanish" << false << ""
                                      << "es_CO";
    QTest::newRow("price") << "price"
                           << "$150" << true << "$150"
                           << "";
    QTest::newRow("price negative") << "price"
                                    << "-5" << false << ""
                                    << "between";
    QTest::newRow("price huge") << "price"
                                << "$200.000" << false << ""
                                << "$100.000";
    QTest::newRow("cap 2") << "cap"
                           << "2" << true << "2"
                           << "";
    QTest::newRow("cap 0") << "cap"
                           << "0" << false << ""
                           << "1 to 6";
    QTest::newRow("cap 7") << "cap"
                           << "7" << false << ""
                           << "Sunday";
    QTest::newRow("backup folder") << "folder"
                                   << "/tmp/cartera-backups" << true << "/tmp/cartera-backups"
                                   << "";
    QTest::newRow("backup folder relative") << "folder"
                                            << "backups" << false << ""
                                            << "full folder path";
    QTest::newRow("daily 0") << "daily"
                             << "0" << false << ""
                             << "1 to 60";
    QTest::newRow("daily 14") << "daily"
                              << "14" << true << "14"
                              << "";
    QTest::newRow("weekly 0") << "weekly"
                              << "0" << true << "0"
                              << "";
    QTest::newRow("weekly 53") << "weekly"
                               << "53" << false << ""
                               << "0 to 52";
}

void TestSettings::setters()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, readBack);
    QFETCH(QString, mentions);

    // Each field: how to set it, and how to read it back as text.
    using Setter = std::function<Result<void>(Settings &, const QString &)>;
    using Getter = std::function<QString(const Settings &)>;
    const QHash<QString, std::pair<Setter, Getter>> fields{
        {"name",
         {[](Settings &s, const QString &v) { return s.setBusinessName(v); },
          [](const Settings &s) { return s.businessName(); }}},
        {"nit",
         {[](Settings &s, const QString &v) { return s.setBusinessNit(v); },
          [](const Settings &s) { return s.businessNit(); }}},
        {"phone",
         {[](Settings &s, const QString &v) { return s.setBusinessPhone(v); },
          [](const Settings &s) { return s.businessPhone(); }}},
        {"logo",
         {[](Settings &s, const QString &v) { return s.setLogoPath(v); },
          [](const Settings &s) { return s.logoPath(); }}},
        {"url",
         {[](Settings &s, const QString &v) { return s.setProviderBaseUrl(v); },
          [](const Settings &s) { return s.providerBaseUrl().toString(); }}},
        {"phoneid",
         {[](Settings &s, const QString &v) { return s.setPhoneNumberId(v); },
          [](const Settings &s) { return s.phoneNumberId(); }}},
        {"sender",
         {[](Settings &s, const QString &v) { return s.setSenderNumber(v); },
          [](const Settings &s) { return s.senderNumber(); }}},
        {"template",
         {[](Settings &s, const QString &v) { return s.setReminderTemplate(v); },
          [](const Settings &s) { return s.reminderTemplate(); }}},
        {"tlang",
         {[](Settings &s, const QString &v) { return s.setTemplateLanguage(v); },
          [](const Settings &s) { return s.templateLanguage(); }}},
        {"price",
         {[](Settings &s, const QString &v) -> Result<void> {
              auto money = Money::parse(v);
              if (!money)
                  return money.failure();
              return s.setPricePerMessage(money.value());
          },
          [](const Settings &s) { return s.pricePerMessage().toString(); }}},
        {"cap",
         {[](Settings &s, const QString &v) { return s.setWeeklyCapPerClient(v.toInt()); },
          [](const Settings &s) { return QString::number(s.weeklyCapPerClient()); }}},
        {"folder",
         {[](Settings &s, const QString &v) { return s.setBackupFolder(v); },
          [](const Settings &s) { return s.backupFolder(); }}},
        {"daily",
         {[](Settings &s, const QString &v) { return s.setDailyBackupsKept(v.toInt()); },
          [](const Settings &s) { return QString::number(s.dailyBackupsKept()); }}},
        {"weekly",
         {[](Settings &s, const QString &v) { return s.setWeeklyBackupsKept(v.toInt()); },
          [](const Settings &s) { return QString::number(s.weeklyBackupsKept()); }}},
    };
    QVERIFY2(fields.contains(field), qPrintable(field));
    const auto &[set, get] = fields.value(field);

    auto s = fresh();
    const QString before = get(*s);
    const Result<void> result = set(*s, input);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(get(*s), readBack);
        s.reset();
        Settings again(iniPath());
        QCOMPARE(get(again), readBack);
    } else {
        QVERIFY(!result.error().isEmpty());
        QVERIFY2(result.error().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(result.error()));
        QCOMPARE(get(*s), before);
    }
}

void TestSettings::sendingWindow_data()
{
    QTest::addColumn<QTime>("weekdayFrom");
    QTest::addColumn<QTime>("weekdayTo");
    QTest::addColumn<bool>("saturday");
    QTest::addColumn<QTime>("saturdayFrom");
    QTest::addColumn<QTime>("saturdayTo");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("legal") << QTime(7, 0) << QTime(19, 0) << true << QTime(8, 0) << QTime(15, 0)
                           << true;
    QTest::newRow("narrowed") << QTime(9, 0) << QTime(17, 30) << true << QTime(9, 0) << QTime(12, 0)
                              << true;
    QTest::newRow("no saturday") << QTime(8, 0) << QTime(18, 0) << false << QTime() << QTime()
                                 << true;
    QTest::newRow("too early") << QTime(6, 59) << QTime(19, 0) << true << QTime(8, 0)
                               << QTime(15, 0) << false;
    QTest::newRow("too late") << QTime(7, 0) << QTime(19, 1) << true << QTime(8, 0) << QTime(15, 0)
                              << false;
    QTest::newRow("saturday early")
        << QTime(7, 0) << QTime(19, 0) << true << QTime(7, 0) << QTime(15, 0) << false;
    QTest::newRow("saturday late")
        << QTime(7, 0) << QTime(19, 0) << true << QTime(8, 0) << QTime(16, 0) << false;
    QTest::newRow("reversed") << QTime(15, 0) << QTime(9, 0) << true << QTime(8, 0) << QTime(15, 0)
                              << false;
    QTest::newRow("empty weekday")
        << QTime(9, 0) << QTime(9, 0) << true << QTime(8, 0) << QTime(15, 0) << false;
    QTest::newRow("invalid time") << QTime() << QTime(19, 0) << true << QTime(8, 0) << QTime(15, 0)
                                  << false;
}

void TestSettings::sendingWindow()
{
    QFETCH(QTime, weekdayFrom);
    QFETCH(QTime, weekdayTo);
    QFETCH(bool, saturday);
    QFETCH(QTime, saturdayFrom);
    QFETCH(QTime, saturdayTo);
    QFETCH(bool, accepted);

    auto s = fresh();
    const Settings::SendingWindow window{weekdayFrom, weekdayTo, saturday, saturdayFrom,
                                         saturdayTo};
    const auto result = s->setSendingWindow(window);
    QCOMPARE(result.ok(), accepted);
    s.reset();
    Settings again(iniPath());
    if (accepted) {
        QCOMPARE(again.sendingWindow().weekdayFrom, weekdayFrom);
        QCOMPARE(again.sendingWindow().weekdayTo, weekdayTo);
        QCOMPARE(again.sendingWindow().saturday, saturday);
        if (saturday)
            QCOMPARE(again.sendingWindow().saturdayTo, saturdayTo);
    } else {
        QVERIFY(!result.error().isEmpty());
        QCOMPARE(again.sendingWindow(), Settings::legalWindow());
    }
}

void TestSettings::windowAllows_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("allowed");
    // 2026-01-05 is a Monday.
    QTest::newRow("monday 06:59") << QDate(2026, 1, 5) << QTime(6, 59) << false;
    QTest::newRow("monday 07:00") << QDate(2026, 1, 5) << QTime(7, 0) << true;
    QTest::newRow("friday 18:59") << QDate(2026, 1, 9) << QTime(18, 59) << true;
    QTest::newRow("friday 19:00") << QDate(2026, 1, 9) << QTime(19, 0) << false;
    QTest::newRow("saturday 07:30") << QDate(2026, 1, 10) << QTime(7, 30) << false;
    QTest::newRow("saturday 14:59") << QDate(2026, 1, 10) << QTime(14, 59) << true;
    QTest::newRow("saturday 15:00") << QDate(2026, 1, 10) << QTime(15, 0) << false;
    QTest::newRow("sunday noon") << QDate(2026, 1, 11) << QTime(12, 0) << false;
}

void TestSettings::windowAllows()
{
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, allowed);
    QCOMPARE(Settings::legalWindow().allows(date, time), allowed);
}

void TestSettings::moraBounds_data()
{
    QTest::addColumn<QList<int>>("bounds");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("default") << QList<int>{30, 60, 90} << true;
    QTest::newRow("weekly") << QList<int>{7, 15, 30, 60, 120} << true;
    QTest::newRow("only overdue") << QList<int>{} << true;
    QTest::newRow("not growing") << QList<int>{30, 30} << false;
    QTest::newRow("decreasing") << QList<int>{60, 30} << false;
    QTest::newRow("zero") << QList<int>{0, 30} << false;
    QTest::newRow("eleven levels") << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << false;
}

void TestSettings::moraBounds()
{
    QFETCH(QList<int>, bounds);
    QFETCH(bool, accepted);
    auto s = fresh();
    QCOMPARE(s->setMoraUpperBounds(bounds).ok(), accepted);
    s.reset();
    Settings again(iniPath());
    const QList<int> expected = accepted ? bounds : QList<int>{30, 60, 90};
    QCOMPARE(again.moraUpperBounds(), expected);
    QCOMPARE(again.moraLevels().count(), again.moraUpperBounds().size() + 2);
}

void TestSettings::survivesRestart()
{
    {
        auto s = fresh();
        s->setProvider(Settings::Provider::Twilio);
        s->setLanguage(Settings::Language::English);
        s->setStartWithSession(true);
        s->setStartMinimised(true);
        s->setAutomaticBackups(false);
        QVERIFY(s->setDailyCheckTime(QTime(6, 30)).ok());
        QVERIFY(s->sync().ok());
    }
    Settings again(iniPath());
    QCOMPARE(again.provider(), Settings::Provider::Twilio);
    QCOMPARE(again.language(), Settings::Language::English);
    QVERIFY(again.startWithSession());
    QVERIFY(again.startMinimised());
    QVERIFY(!again.automaticBackups());
    QCOMPARE(again.dailyCheckTime(), QTime(6, 30));
}

// QSettings caches a file per process: reading a copy at another path sees what is on disk,
// as the next start of the program does.
void TestSettings::fileReadBackAsWritten()
{
    {
        auto s = fresh();
        s->setLanguage(Settings::Language::English);
        s->setStartWithSession(true);
        s->setStartMinimised(true);
        QVERIFY(s->sync().ok());
    }
    const QString copy = m_dir.filePath(QStringLiteral("copy.ini"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(iniPath(), copy));
    Settings again(copy);
    QCOMPARE(again.language(), Settings::Language::English);
    QVERIFY(again.startWithSession());
    QVERIFY(again.startMinimised());
}

// Earlier versions kept these choices under "general/", which INI files store as [%General]
// and read back as "General/": the next start takes them over.
void TestSettings::takesOverTheOldGeneralGroup()
{
    const QString path = m_dir.filePath(QStringLiteral("old.ini"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("[%General]\nlanguage=en\nstart_minimised=true\n\n[backup]\nautomatic=false\n");
    }
    Settings old(path);
    QCOMPARE(old.language(), Settings::Language::English);
    QVERIFY(old.startMinimised());
    QVERIFY(!old.automaticBackups());
}

void TestSettings::handEditedFileFallsBack()
{
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[sending]\nweekday_from=05:00\nweekday_to=22:00\nweekly_cap_per_client=40\n"
                   "[business]\nnit=900123456-1\n[mora]\nupper_bounds=60,30\n"
                   "[whatsapp]\nbase_url=http://evil.example.com\nprovider=carrier-pigeon\n");
    }
    Settings s(iniPath());
    QCOMPARE(s.sendingWindow(), Settings::legalWindow());
    QCOMPARE(s.weeklyCapPerClient(), 2);
    QCOMPARE(s.businessNit(), QString());
    QCOMPARE(s.moraUpperBounds(), (QList<int>{30, 60, 90}));
    QCOMPARE(s.providerBaseUrl(), QUrl());
    QCOMPARE(s.provider(), Settings::Provider::Dialog360);
}

void TestSettings::noSecretKeys()
{
    // Every value set; the file must hold nothing that looks like a credential key.
    auto s = fresh();
    QVERIFY(s->setProviderBaseUrl(QStringLiteral("https://waba-v2.360dialog.io")).ok());
    QVERIFY(s->setPhoneNumberId(QStringLiteral("106540352242922")).ok());
    QVERIFY(s->setSenderNumber(QStringLiteral("3001234567")).ok());
    QVERIFY(s->sync().ok());
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    for (const char *word : {"key=", "token", "password", "secret", "auth"})
        QVERIFY2(!text.contains(word), word);
}


// input, accepted, value read back after a restart (when accepted), word the refusal mentions
void TestSettings::databaseLocation_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("default file") << "" << true << "" << "";
    QTest::newRow("server") << "postgresql://cartera@Servidor.local:5433/cartera" << true
                            << "postgresql://cartera@servidor.local:5433/cartera" << "";
    QTest::newRow("default port") << "postgres://ana@192.168.1.10/cartera_2026" << true
                                  << "postgresql://ana@192.168.1.10:5432/cartera_2026" << "";
    QTest::newRow("file path") << "/srv/cartera/cartera.sqlite" << true
                               << "/srv/cartera/cartera.sqlite" << "";
    QTest::newRow("password") << "postgresql://ana:secreto@servidor/cartera" << false << ""
                              << "password";
    QTest::newRow("no user") << "postgresql://servidor/cartera" << false << "" << "user";
    QTest::newRow("no database") << "postgresql://ana@servidor:5432/" << false << "" << "database";
    QTest::newRow("relative file") << "cartera.sqlite" << false << "" << "full path";
}

void TestSettings::databaseLocation()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, expected);
    QFETCH(QString, mentions);

    auto s = fresh();
    QVERIFY(s->setDatabaseLocation(QStringLiteral("postgresql://previa@otro:5432/antes")).ok());
    const Result<void> set = s->setDatabaseLocation(input);
    QCOMPARE(set.ok(), accepted);
    QVERIFY(s->sync().ok());
    s.reset();
    Settings again(iniPath());
    if (accepted) {
        QCOMPARE(again.databaseLocation(), expected);
    } else {
        QVERIFY2(set.error().contains(mentions, Qt::CaseInsensitive), qPrintable(set.error()));
        QCOMPARE(again.databaseLocation(), QStringLiteral("postgresql://previa@otro:5432/antes"));
    }
}

void TestSettings::databasePasswordNeverInFile()
{
    auto s = fresh();
    QVERIFY(!s->setDatabaseLocation(QStringLiteral("postgresql://ana:MuySecreta9@servidor/cartera")).ok());
    QVERIFY(s->setDatabaseLocation(QStringLiteral("postgresql://ana@servidor/cartera")).ok());
    QVERIFY(s->sync().ok());
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("ana@servidor"));
    QVERIFY(!text.contains("MuySecreta9"));
    // The keychain account names the server and the user, so two servers keep two passwords.
    QCOMPARE(Settings::databasePasswordKey(QStringLiteral("postgres://ana@Servidor/cartera")),
             QStringLiteral("postgresql/ana@servidor:5432/cartera"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
