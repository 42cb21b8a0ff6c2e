#include "identitydocument.h"

#include <QtTest>

using Type = IdentityDocument::Type;
Q_DECLARE_METATYPE(IdentityDocument::Type)

class tst_IdentityDocument : public QObject
{
    Q_OBJECT
private slots:
    void nitCheckDigit_data();
    void nitCheckDigit();
    void parse_data();
    void parse();
    void refuses_data();
    void refuses();
};

void tst_IdentityDocument::nitCheckDigit_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("digit");
    // NITs published by the companies themselves (RUT).
    QTest::newRow("DIAN") << "800197268" << 4;
    QTest::newRow("Bancolombia") << "890903938" << 8;
    QTest::newRow("Davivienda") << "860034313" << 7;
    QTest::newRow("Ecopetrol") << "899999068" << 1;
    QTest::newRow("Almacenes Éxito") << "890900608" << 9;
    QTest::newRow("Banco de Bogotá") << "860002964" << 4;
    QTest::newRow("Colombia Telecomunicaciones") << "830122566" << 1;
}

void tst_IdentityDocument::nitCheckDigit()
{
    QFETCH(QString, base);
    QFETCH(int, digit);
    QCOMPARE(IdentityDocument::nitCheckDigit(base), digit);
}

void tst_IdentityDocument::parse_data()
{
    QTest::addColumn<IdentityDocument::Type>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    QTest::newRow("cédula plain") << Type::CC << "1020304050" << "1020304050";
    QTest::newRow("cédula dotted") << Type::CC << "1.020.304.050" << "1020304050";
    QTest::newRow("old short cédula") << Type::CC << "79 456 123" << "79456123";
    QTest::newRow("NIT dotted") << Type::NIT << "890.903.938-8" << "890903938-8";
    QTest::newRow("NIT plain with dash") << Type::NIT << "800197268-4" << "800197268-4";
    QTest::newRow("NIT spaced dash") << Type::NIT << "900123456 - 8" << "900123456-8";
    QTest::newRow("extranjería") << Type::CE << "E-123456" << "E123456";
    QTest::newRow("passport lower case") << Type::PP << "ab123456" << "AB123456";
}

void tst_IdentityDocument::parse()
{
    QFETCH(IdentityDocument::Type, type);
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    const auto doc = IdentityDocument::parse(type, typed);
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc->number(), stored);
    QCOMPARE(doc->type(), type);
}

void tst_IdentityDocument::refuses_data()
{
    QTest::addColumn<IdentityDocument::Type>("type");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << Type::CC << "  " << "Enter the document number";
    QTest::newRow("cédula with letters") << Type::CC << "10203A" << "only digits";
    QTest::newRow("cédula too long") << Type::CC << "12345678901" << "only digits";
    QTest::newRow("NIT without check digit") << Type::NIT << "890903938" << "check digit after a dash";
    QTest::newRow("NIT wrong check digit") << Type::NIT << "890903938-7" << "should be 8, not 7";
    QTest::newRow("passport symbols") << Type::PP << "AB#123" << "not a valid document number";
}

void tst_IdentityDocument::refuses()
{
    QFETCH(IdentityDocument::Type, type);
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    const auto doc = IdentityDocument::parse(type, typed);
    QVERIFY(!doc.ok());
    QVERIFY2(doc.error().contains(reason), qPrintable(doc.error()));
}

QTEST_GUILESS_MAIN(tst_IdentityDocument)
#include "tst_identitydocument.moc"
