#include "textfold.h"

#include <QtTest>

class tst_TextFold : public QObject
{
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void escapeLike();
    void couldBeReference();
};

void tst_TextFold::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("tilde") << QStringLiteral("Muñoz") << QStringLiteral("munoz");
    QTest::newRow("accents") << QStringLiteral("ÁLVARO Pérez Gómez") << QStringLiteral("alvaro perez gomez");
    QTest::newRow("diaeresis") << QStringLiteral("Argüello") << QStringLiteral("arguello");
    QTest::newRow("spaces") << QStringLiteral("  Ana   María ") << QStringLiteral("ana maria");
    QTest::newRow("decomposed input") << QStringLiteral("Jose\u0301") << QStringLiteral("jose");
    QTest::newRow("digits kept") << QStringLiteral("FV-001") << QStringLiteral("fv-001");
}

void tst_TextFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(text), folded);
}

void tst_TextFold::escapeLike()
{
    QCOMPARE(TextFold::escapeLike(QStringLiteral("50%_a\\b")), QStringLiteral("50\\%\\_a\\\\b"));
}

void tst_TextFold::couldBeReference()
{
    QVERIFY(TextFold::couldBeReference(QStringLiteral("fv-001")));
    QVERIFY(TextFold::couldBeReference(QStringLiteral("1234")));
    QVERIFY(TextFold::couldBeReference(QStringLiteral("a/b")));
    QVERIFY(!TextFold::couldBeReference(QStringLiteral("maria garcia")));
    QVERIFY(!TextFold::couldBeReference(QStringLiteral("munoz")));
}

QTEST_GUILESS_MAIN(tst_TextFold)
#include "tst_textfold.moc"
