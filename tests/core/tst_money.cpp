#include "money.h"

#include <QtTest>

class tst_Money : public QObject
{
    Q_OBJECT
private slots:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void checkedArithmetic();
    void roundTrip();
};

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("withCode");
    QTest::newRow("zero") << qint64(0) << "$0" << "$0 COP";
    QTest::newRow("hundreds") << qint64(50000) << "$500" << "$500 COP";
    QTest::newRow("thousand") << qint64(100000) << "$1.000" << "$1.000 COP";
    QTest::newRow("seed amount") << qint64(25000000) << "$250.000" << "$250.000 COP";
    QTest::newRow("millions") << qint64(125000000) << "$1.250.000" << "$1.250.000 COP";
    QTest::newRow("centavos") << qint64(25000050) << "$250.000,50" << "$250.000,50 COP";
    QTest::newRow("one centavo") << qint64(1) << "$0,01" << "$0,01 COP";
    QTest::newRow("negative") << qint64(-500000) << "-$5.000" << "-$5.000 COP";
    QTest::newRow("trillion") << Money::maxMinor << "$1.000.000.000.000"
                              << "$1.000.000.000.000 COP";
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min()
                                   << "-$92.233.720.368.547.758,08"
                                   << "-$92.233.720.368.547.758,08 COP";
}

void tst_Money::format()
{
    QFETCH(qint64, minor);
    QFETCH(QString, expected);
    QFETCH(QString, withCode);
    QCOMPARE(Money::fromMinor(minor).toString(), expected);
    QCOMPARE(Money::fromMinor(minor).toStringWithCode(), withCode);
}

void tst_Money::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain digits") << "250000" << qint64(25000000);
    QTest::newRow("dotted thousands") << "250.000" << qint64(25000000);
    QTest::newRow("dollar sign") << "$250.000" << qint64(25000000);
    QTest::newRow("dollar and space") << "$ 250.000" << qint64(25000000);
    QTest::newRow("with COP") << "$250.000 COP" << qint64(25000000);
    QTest::newRow("lower-case cop") << "250.000 cop" << qint64(25000000);
    QTest::newRow("centavos") << "250.000,50" << qint64(25000050);
    QTest::newRow("one decimal") << "250.000,5" << qint64(25000050);
    QTest::newRow("millions") << "1.250.000" << qint64(125000000);
    QTest::newRow("spaces around") << "  1250000  " << qint64(125000000);
    QTest::newRow("non-breaking space") << QString::fromUtf8("$\u00a0250.000") << qint64(25000000);
    QTest::newRow("negative") << "-5.000" << qint64(-500000);
    QTest::newRow("negative after sign") << "$-5.000" << qint64(-500000);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("leading zeros") << "0050" << qint64(5000);
    QTest::newRow("small with dot group") << "1.000" << qint64(100000);
    QTest::newRow("max") << "1.000.000.000.000" << Money::maxMinor;
}

void tst_Money::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, minor);
    const auto money = Money::parse(text);
    QVERIFY2(money.ok(), qPrintable(money.error()));
    QCOMPARE(money->minor(), minor);
}

void tst_Money::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hint");
    QTest::newRow("empty") << "" << "Enter an amount";
    QTest::newRow("letters") << "doscientos" << "not a valid amount";
    QTest::newRow("US thousands") << "250,000" << "thousands with a dot";
    QTest::newRow("US millions") << "1,250,000" << "thousands with a dot";
    QTest::newRow("bad grouping") << "25.00" << "not a valid amount";
    QTest::newRow("decimal point") << "250.5" << "not a valid amount";
    QTest::newRow("three centavo digits") << "250.000,505" << "not a valid amount";
    QTest::newRow("two commas") << "1,2,3" << "not a valid amount";
    QTest::newRow("only sign") << "$" << "not a valid amount";
    QTest::newRow("too large") << "1.000.000.000.001" << "too large";
    QTest::newRow("absurdly large") << "99999999999999999999999" << "too large";
    QTest::newRow("trailing text") << "250.000 pesos" << "not a valid amount";
}

void tst_Money::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, hint);
    const auto money = Money::parse(text);
    QVERIFY(!money.ok());
    QCOMPARE(money.code(), ErrorCode::Invalid);
    QVERIFY2(money.error().contains(hint), qPrintable(money.error()));
}

void tst_Money::checkedArithmetic()
{
    const Money a = Money::fromPesos(250000);
    const Money b = Money::fromPesos(100000);
    QCOMPARE(a.checkedAdd(b)->minor(), qint64(35000000));
    QCOMPARE(a.checkedSub(b)->minor(), qint64(15000000));
    QCOMPARE(b.checkedSub(a)->minor(), qint64(-15000000));
    QCOMPARE(a.checkedMul(3)->minor(), qint64(75000000));

    const Money huge = Money::fromMinor(std::numeric_limits<qint64>::max() - 10);
    QVERIFY(!huge.checkedAdd(Money::fromMinor(11)).ok());
    QVERIFY(huge.checkedAdd(Money::fromMinor(10)).ok());
    QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::min()).checkedSub(Money::fromMinor(1)).ok());
    QVERIFY(!huge.checkedMul(2).ok());
    // 90,000 invoices at the largest amount still add up exactly; past that, the overflow is
    // reported instead of wrapping around.
    const Money largest = Money::fromMinor(Money::maxMinor);
    QCOMPARE(largest.checkedMul(90000)->minor(), Money::maxMinor * 90000);
    QVERIFY(!largest.checkedMul(100000).ok());
}

void tst_Money::roundTrip()
{
    for (qint64 minor : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789),
                         qint64(25000000), Money::maxMinor}) {
        const Money m = Money::fromMinor(minor);
        const auto parsed = Money::parse(m.toString());
        QVERIFY2(parsed.ok(), qPrintable(m.toString()));
        QCOMPARE(parsed->minor(), minor);
    }
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
