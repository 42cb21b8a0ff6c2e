#include "phonenumber.h"

#include <QtTest>

class tst_PhoneNumber : public QObject
{
    Q_OBJECT
private slots:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void formats();
};

void tst_PhoneNumber::accepts_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164");
    const QString juan = QStringLiteral("+573001234567");
    QTest::newRow("spaced national") << "300 123 4567" << juan;
    QTest::newRow("bare national") << "3001234567" << juan;
    QTest::newRow("dashes") << "300-123-4567" << juan;
    QTest::newRow("dots") << "300.123.4567" << juan;
    QTest::newRow("parenthesised area") << "(300) 123 4567" << juan;
    QTest::newRow("E.164") << "+573001234567" << juan;
    QTest::newRow("international spaced") << "+57 300 123 4567" << juan;
    QTest::newRow("parenthesised country") << "(+57) 300-123-4567" << juan;
    QTest::newRow("country without plus") << "573001234567" << juan;
    QTest::newRow("surrounding spaces") << "  300 123 4567 " << juan;
    QTest::newRow("Claro 310") << "310 555 1234" << "+573105551234";
    QTest::newRow("Tigo 301") << "301 222 3344" << "+573012223344";
    QTest::newRow("Movistar 315") << "315 987 6543" << "+573159876543";
    QTest::newRow("WOM 323") << "323 111 2233" << "+573231112233";
    QTest::newRow("foreign with plus (Spain mobile)") << "+34 612 345 678" << "+34612345678";
    QTest::newRow("foreign US") << "+1 305 555 0123" << "+13055550123";
}

void tst_PhoneNumber::accepts()
{
    QFETCH(QString, typed);
    QFETCH(QString, e164);
    const auto phone = PhoneNumber::parse(typed);
    QVERIFY2(phone.ok(), qPrintable(phone.error()));
    QCOMPARE(phone->e164(), e164);
}

void tst_PhoneNumber::refuses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "" << "Enter the WhatsApp number";
    QTest::newRow("nine digits") << "300 123 456" << "has 9 digits";
    QTest::newRow("eleven digits") << "300 123 45678" << "has 11 digits";
    QTest::newRow("Bogotá landline") << "601 234 5678" << "landline";
    QTest::newRow("Medellín landline") << "(604) 444 5566" << "landline";
    QTest::newRow("old 7-digit landline") << "234 5678" << "digits";
    QTest::newRow("letters") << "300 ABC 4567" << "characters that are not part";
    QTest::newRow("email by mistake") << "juan@correo.com" << "characters that are not part";
    QTest::newRow("toll free") << "01 8000 123456" << "not";
    QTest::newRow("wrong prefix 2") << "200 123 4567" << "not a valid Colombian mobile";
}

void tst_PhoneNumber::refuses()
{
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    const auto phone = PhoneNumber::parse(typed);
    QVERIFY2(!phone.ok(), qPrintable(typed));
    QVERIFY2(phone.error().contains(reason), qPrintable(phone.error()));
}

void tst_PhoneNumber::formats()
{
    const auto phone = PhoneNumber::parse(QStringLiteral("(+57) 300-123-4567"));
    QVERIFY(phone.ok());
    QCOMPARE(phone->display(), QStringLiteral("+57 300 123 4567"));
    QCOMPARE(PhoneNumber::parse(QStringLiteral("+34 612 345 678"))->display(),
             QStringLiteral("+34 612 34 56 78"));
    QCOMPARE(phone->digits(), QStringLiteral("573001234567"));
    QCOMPARE(phone->whatsappAddress(), QStringLiteral("whatsapp:+573001234567"));
    QCOMPARE(PhoneNumber::fromE164(QStringLiteral("+573001234567")), phone.value());
}

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_phonenumber.moc"
