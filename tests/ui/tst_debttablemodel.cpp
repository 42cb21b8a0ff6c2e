#include "debttablemodel.h"
#include "moracolors.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QColor>

// Debts due relative to the fixed today (20/01/2026), one per default mora level.
class TestDebtTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesModelTester();
    void showsMoraLevelAsTextAndColour_data();
    void showsMoraLevelAsTextAndColour();
    void filters_data();
    void filters();
    void sortsOnTheDatabase();
    void pagesLargeLists();

private:
    std::unique_ptr<UiTest::Fixture> m_f;
    qint64 m_ana = 0;
};

void TestDebtTableModel::init()
{
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
    m_ana = m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                           QStringLiteral("300 111 2233")).id;
    const qint64 beto = m_f->addClient(QStringLiteral("Beto Díaz"), QStringLiteral("52000002"),
                                       QStringLiteral("301 222 3344")).id;
    m_f->addDebt(m_ana, QStringLiteral("FE-1"), 10, 100000);    // current
    m_f->addDebt(m_ana, QStringLiteral("FE-2"), -5, 200000);    // 1–30
    m_f->addDebt(beto, QStringLiteral("FE-3"), -45, 300000);    // 31–60
    m_f->addDebt(beto, QStringLiteral("FE-4"), -75, 400000);    // 61–90
    m_f->addDebt(beto, QStringLiteral("FE-5"), -120, 500000);   // > 90
    const Debt paid = m_f->addDebt(m_ana, QStringLiteral("FE-6"), -40, 600000);
    m_f->pay(paid.id, 600000);
    const Debt partial = m_f->addDebt(m_ana, QStringLiteral("FE-7"), -2, 700000);
    m_f->pay(partial.id, 250000);
}

void TestDebtTableModel::cleanup()
{
    m_f.reset();
}

void TestDebtTableModel::passesModelTester()
{
    DebtTableModel model(m_f->db, m_f->clock);
    model.setPageSize(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 7);
    model.sort(DebtTableModel::BalanceColumn, Qt::DescendingOrder);
    model.setSearch(QStringLiteral("beto"));
    QCOMPARE(model.rowCount(), 3);
}

void TestDebtTableModel::showsMoraLevelAsTextAndColour_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("mora");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("balance");
    QTest::newRow("current") << "FE-1" << "Current" << 0 << "" << "$100.000";
    QTest::newRow("1-30") << "FE-2" << "1–30 days" << 1 << "5" << "$200.000";
    QTest::newRow("31-60") << "FE-3" << "31–60 days" << 2 << "45" << "$300.000";
    QTest::newRow("61-90") << "FE-4" << "61–90 days" << 3 << "75" << "$400.000";
    QTest::newRow("over 90") << "FE-5" << "More than 90 days" << 4 << "120" << "$500.000";
    QTest::newRow("paid") << "FE-6" << "Paid" << 0 << "" << "$0";
    QTest::newRow("partial") << "FE-7" << "1–30 days" << 1 << "2" << "$450.000";
}

void TestDebtTableModel::showsMoraLevelAsTextAndColour()
{
    QFETCH(QString, reference);
    QFETCH(QString, mora);
    QFETCH(int, level);
    QFETCH(QString, days);
    QFETCH(QString, balance);
    DebtTableModel model(m_f->db, m_f->clock);
    model.setSearch(reference);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, DebtTableModel::MoraColumn)).toString(), mora);
    QCOMPARE(model.data(model.index(0, DebtTableModel::DaysOverdueColumn)).toString(), days);
    QCOMPARE(model.data(model.index(0, DebtTableModel::BalanceColumn)).toString(), balance);
    QCOMPARE(model.data(model.index(0, 0), DebtTableModel::MoraLevelRole).toInt(), level);
    const QVariant background = model.data(model.index(0, DebtTableModel::ClientColumn),
                                           Qt::BackgroundRole);
    if (level == 0) {
        QVERIFY(!background.isValid());
    } else {
        QCOMPARE(background.value<QColor>(), MoraColors::background(level, 5));
        // Each level is darker than the one before: tells levels apart without hue.
        QVERIFY(MoraColors::background(level, 5).lightness()
                < (level == 1 ? 256 : MoraColors::background(level - 1, 5).lightness()));
    }
}

void TestDebtTableModel::filters_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("minDays");
    QTest::addColumn<int>("maxDays");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("references");
    const QDate today = UiTest::fixedNow().date();
    QTest::newRow("current") << int(DebtQuery::State::Current) << -1 << -1 << QDate() << QDate()
                             << QStringList{"FE-1"};
    QTest::newRow("overdue") << int(DebtQuery::State::Overdue) << -1 << -1 << QDate() << QDate()
                             << QStringList{"FE-5", "FE-4", "FE-3", "FE-2", "FE-7"};
    QTest::newRow("paid") << int(DebtQuery::State::Settled) << -1 << -1 << QDate() << QDate()
                          << QStringList{"FE-6"};
    QTest::newRow("31-60") << int(DebtQuery::State::All) << 31 << 60 << QDate() << QDate()
                           << QStringList{"FE-3"};
    QTest::newRow("over 90") << int(DebtQuery::State::All) << 91 << -1 << QDate() << QDate()
                             << QStringList{"FE-5"};
    QTest::newRow("due between") << int(DebtQuery::State::All) << -1 << -1
                                 << today.addDays(-50) << today.addDays(-3)
                                 << QStringList{"FE-3", "FE-6", "FE-2"};
}

void TestDebtTableModel::filters()
{
    QFETCH(int, state);
    QFETCH(int, minDays);
    QFETCH(int, maxDays);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, references);
    DebtTableModel model(m_f->db, m_f->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    DebtQuery filter;
    filter.state = DebtQuery::State(state);
    filter.minDaysOverdue = minDays;
    filter.maxDaysOverdue = maxDays;
    filter.dueFrom = from;
    filter.dueTo = to;
    model.setFilter(filter);
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.data(model.index(row, DebtTableModel::ReferenceColumn)).toString();
    QCOMPARE(shown, references);
}

void TestDebtTableModel::sortsOnTheDatabase()
{
    DebtTableModel model(m_f->db, m_f->clock);
    model.setPageSize(2);
    model.reload();
    model.sort(DebtTableModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, DebtTableModel::AmountColumn)).toString(),
             QStringLiteral("$700.000"));
    model.sort(DebtTableModel::DaysOverdueColumn, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, DebtTableModel::ReferenceColumn)).toString(),
             QStringLiteral("FE-5"));
    model.sort(DebtTableModel::ClientColumn, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, DebtTableModel::ClientColumn)).toString(),
             QStringLiteral("Ana Muñoz"));
}

void TestDebtTableModel::pagesLargeLists()
{
    {
        WriteTransaction tx(m_f->db);
        for (int i = 0; i < 500; ++i)
            m_f->addDebt(m_ana, QStringLiteral("FX-%1").arg(i), i % 90 - 45, 1000 + i);
        QVERIFY(tx.commit());
    }
    DebtTableModel model(m_f->db, m_f->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), DebtTableModel::defaultPageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * DebtTableModel::defaultPageSize);
    model.setSearch(QStringLiteral("fx-4"));
    QCOMPARE(model.rowCount(), 111); // FX-4, FX-40..49, FX-400..499
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

QTEST_MAIN(TestDebtTableModel)
#include "tst_debttablemodel.moc"
