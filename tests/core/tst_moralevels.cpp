#include "moralevel.h"

#include <QtTest>

class tst_MoraLevels : public QObject
{
    Q_OBJECT
private slots:
    void defaults_data();
    void defaults();
    void custom();
    void refusesOverlap();
};

void tst_MoraLevels::defaults_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("level");
    QTest::newRow("not due") << -5 << 0;
    QTest::newRow("due today") << 0 << 0;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("30") << 30 << 1;
    QTest::newRow("31") << 31 << 2;
    QTest::newRow("60") << 60 << 2;
    QTest::newRow("61") << 61 << 3;
    QTest::newRow("90") << 90 << 3;
    QTest::newRow("91") << 91 << 4;
    QTest::newRow("1000") << 1000 << 4;
}

void tst_MoraLevels::defaults()
{
    QFETCH(int, days);
    QFETCH(int, level);
    const MoraLevels levels = MoraLevels::defaults();
    QCOMPARE(levels.count(), 5);
    QCOMPARE(levels.indexFor(days), level);
}

void tst_MoraLevels::custom()
{
    const auto levels = MoraLevels::fromUpperBounds({15, 45});
    QVERIFY(levels.ok());
    QCOMPARE(levels->count(), 4);
    QCOMPARE(levels->indexFor(15), 1);
    QCOMPARE(levels->indexFor(16), 2);
    QCOMPARE(levels->indexFor(46), 3);
    QCOMPARE(levels->upperBounds(), (QList<int>{15, 45}));
    QCOMPARE(levels->levels().at(2).name, QStringLiteral("16–45 days"));
}

void tst_MoraLevels::refusesOverlap()
{
    const auto levels = MoraLevels::fromUpperBounds({30, 20});
    QVERIFY(!levels.ok());
    QVERIFY2(levels.error().contains(QStringLiteral("must end after")), qPrintable(levels.error()));
    QVERIFY(!MoraLevels::fromUpperBounds({0}).ok());
}

QTEST_GUILESS_MAIN(tst_MoraLevels)
#include "tst_moralevels.moc"
