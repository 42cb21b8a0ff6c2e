#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QtTest>

// Spanish by default, English when chosen or when the system speaks English; Cartera's
// strings and Qt's own buttons follow, and numbers follow es_CO in Spanish.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void resolve_data();
    void resolve();
    void spanish();
    void english();
    void qtBaseIsAvailable();
};

void TestTranslations::resolve_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");
    const int es = int(Settings::Language::Spanish);
    const int en = int(Settings::Language::English);
    const int sys = int(Settings::Language::System);
    QTest::newRow("spanish on english system")
        << es << QLocale(QLocale::English, QLocale::UnitedStates) << "es";
    QTest::newRow("english on colombian system")
        << en << QLocale(QLocale::Spanish, QLocale::Colombia) << "en";
    QTest::newRow("system colombian")
        << sys << QLocale(QLocale::Spanish, QLocale::Colombia) << "es";
    QTest::newRow("system us english")
        << sys << QLocale(QLocale::English, QLocale::UnitedStates) << "en";
    QTest::newRow("system british")
        << sys << QLocale(QLocale::English, QLocale::UnitedKingdom) << "en";
    QTest::newRow("system french") << sys << QLocale(QLocale::French, QLocale::France) << "es";
    QTest::newRow("system C") << sys << QLocale::c() << "es";
}

void TestTranslations::resolve()
{
    QFETCH(int, language);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolve(Settings::Language(language), system), expected);
}

void TestTranslations::spanish()
{
    QCOMPARE(Translations::installTranslators(*qApp, Settings::Language::System,
                                              QLocale(QLocale::Spanish, QLocale::Colombia)),
             QStringLiteral("es"));
    QCOMPARE(QCoreApplication::translate("MoraLevels", "Current"), QStringLiteral("Al día"));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "&Business"),
             QStringLiteral("&Empresa"));
    QCOMPARE(QCoreApplication::translate("Settings", "The business name"),
             QStringLiteral("El nombre de la empresa"));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "%n debt(s).", nullptr, 2),
             QStringLiteral("2 deudas."));
    QCOMPARE(QLocale().toString(1250000), QStringLiteral("1.250.000"));
    QCOMPARE(QLocale().toString(QDate(2026, 1, 10), QLocale::ShortFormat).left(5),
             QStringLiteral("10/01"));
    // Qt's own strings (standard buttons) from qtbase_es.qm.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
}

void TestTranslations::english()
{
    QCOMPARE(Translations::installTranslators(*qApp, Settings::Language::English),
             QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("MoraLevels", "Current"), QStringLiteral("Current"));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "%n debt(s).", nullptr, 1),
             QStringLiteral("1 debt."));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "%n debt(s).", nullptr, 3),
             QStringLiteral("3 debts."));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().toString(1250000), QStringLiteral("1,250,000"));
}

void TestTranslations::qtBaseIsAvailable()
{
    QVERIFY2(QFile::exists(Translations::qtTranslationsPath() + QStringLiteral("/qtbase_es.qm")),
             "qtbase_es.qm missing: install qt6-translations-l10n");
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/cartera_es.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/cartera_en.qm")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
