#include "paymenttablemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>

class TestPaymentTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesModelTester();
    void showsPaymentsNewestFirstAndOldestFirst();
    void marksReversedPayments();
    void filtersByClientAndSearch();

private:
    std::unique_ptr<UiTest::Fixture> m_f;
    qint64 m_ana = 0;
    qint64 m_firstPayment = 0;
};

void TestPaymentTableModel::init()
{
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
    m_ana = m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                           QStringLiteral("300 111 2233")).id;
    const qint64 beto = m_f->addClient(QStringLiteral("Beto Díaz"), QStringLiteral("52000002"),
                                       QStringLiteral("301 222 3344")).id;
    const Debt a = m_f->addDebt(m_ana, QStringLiteral("FE-1"), -10, 900000);
    const Debt b = m_f->addDebt(beto, QStringLiteral("FE-2"), 5, 500000);
    m_firstPayment = m_f->pay(a.id, 100000, 9).id;
    m_f->pay(a.id, 200000, 3);
    m_f->pay(b.id, 50000, 1);
    for (int i = 0; i < 250; ++i)
        m_f->pay(a.id, 1000, 20);
}

void TestPaymentTableModel::cleanup()
{
    m_f.reset();
}

void TestPaymentTableModel::passesModelTester()
{
    PaymentTableModel model(m_f->db, m_f->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 200);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 253);
    model.sort(PaymentTableModel::DateColumn, Qt::AscendingOrder);
    model.setSearch(QStringLiteral("diaz"));
    QCOMPARE(model.rowCount(), 1);
}

void TestPaymentTableModel::showsPaymentsNewestFirstAndOldestFirst()
{
    PaymentTableModel model(m_f->db, m_f->clock);
    model.reload();
    QCOMPARE(model.data(model.index(0, PaymentTableModel::DateColumn)).toString(),
             QStringLiteral("19/01/2026"));
    QCOMPARE(model.data(model.index(0, PaymentTableModel::ClientColumn)).toString(),
             QStringLiteral("Beto Díaz"));
    QCOMPARE(model.data(model.index(0, PaymentTableModel::AmountColumn)).toString(),
             QStringLiteral("$50.000"));
    model.sort(PaymentTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(0, PaymentTableModel::DateColumn)).toString(),
             QStringLiteral("31/12/2025"));
}

void TestPaymentTableModel::marksReversedPayments()
{
    QVERIFY(PaymentRepository(m_f->db, m_f->clock)
                .reverse(m_firstPayment, QStringLiteral("cheque devuelto"))
                .ok());
    PaymentTableModel model(m_f->db, m_f->clock);
    model.setSearch(QStringLiteral("FE-1"));
    int reversedRow = -1;
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), PaymentTableModel::IdRole).toLongLong() == m_firstPayment)
            reversedRow = row;
    }
    QVERIFY(reversedRow >= 0);
    QCOMPARE(model.data(model.index(reversedRow, PaymentTableModel::StateColumn)).toString(),
             QStringLiteral("Reversed"));
    QVERIFY(model.data(model.index(reversedRow, 0), Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("cheque devuelto")));
    QVERIFY(model.data(model.index(reversedRow, 0), PaymentTableModel::ReversedRole).toBool());
}

void TestPaymentTableModel::filtersByClientAndSearch()
{
    PaymentTableModel model(m_f->db, m_f->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PaymentQuery filter;
    filter.clientId = m_ana;
    model.setFilter(filter);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 252);
    model.setSearch(QStringLiteral("MUÑOZ"));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 252);
    model.setSearch(QStringLiteral("beto"));
    QCOMPARE(model.rowCount(), 0); // Beto's payment is not Ana's
}

QTEST_MAIN(TestPaymentTableModel)
#include "tst_paymenttablemodel.moc"
