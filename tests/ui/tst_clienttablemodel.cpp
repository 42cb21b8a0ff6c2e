#include "clienttablemodel.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>

class TestClientTableModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void passesModelTester();
    void fetchesOnePageAtATime();
    void searchIgnoresAccentsAndCase_data();
    void searchIgnoresAccentsAndCase();
    void sortsOnTheDatabase();
    void showsDocumentPhoneAndConsent();

private:
    std::unique_ptr<UiTest::Fixture> m_f;
};

void TestClientTableModel::init()
{
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
    WriteTransaction tx(m_f->db);
    for (int i = 0; i < 450; ++i)
        m_f->addClient(QStringLiteral("Cliente %1").arg(i, 3, 10, QLatin1Char('0')),
                       QString::number(10000000 + i), QStringLiteral("300 100 %1").arg(1000 + i));
    m_f->addClient(QStringLiteral("José Muñoz Ávila"), QStringLiteral("52123456"),
                   QStringLiteral("310 555 1234"));
    QVERIFY(tx.commit());
}

void TestClientTableModel::cleanup()
{
    m_f.reset();
}

void TestClientTableModel::passesModelTester()
{
    ClientTableModel model(m_f->db, m_f->clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    model.setSearch(QStringLiteral("munoz"));
    model.sort(ClientTableModel::DocumentColumn, Qt::DescendingOrder);
    model.setSearch(QString());
    model.fetchMore(QModelIndex());
}

void TestClientTableModel::fetchesOnePageAtATime()
{
    ClientTableModel model(m_f->db, m_f->clock);
    model.reload();
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 400);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 451);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestClientTableModel::searchIgnoresAccentsAndCase_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");
    QTest::newRow("without accents") << QStringLiteral("munoz avila") << 1;
    QTest::newRow("upper case with accents") << QStringLiteral("MUÑOZ") << 1;
    QTest::newRow("document digits") << QStringLiteral("52123456") << 1;
    QTest::newRow("phone digits") << QStringLiteral("3105551234") << 1;
    QTest::newRow("no match") << QStringLiteral("zapata") << 0;
    QTest::newRow("many") << QStringLiteral("cliente 04") << 10;
}

void TestClientTableModel::searchIgnoresAccentsAndCase()
{
    QFETCH(QString, typed);
    QFETCH(int, rows);
    ClientTableModel model(m_f->db, m_f->clock);
    model.setSearch(typed);
    QCOMPARE(model.rowCount(), rows);
    if (rows == 1 && !typed.startsWith(QLatin1String("cliente")))
        QCOMPARE(model.data(model.index(0, ClientTableModel::NameColumn)).toString(),
                 QStringLiteral("José Muñoz Ávila"));
}

void TestClientTableModel::sortsOnTheDatabase()
{
    ClientTableModel model(m_f->db, m_f->clock);
    model.reload();
    model.sort(ClientTableModel::DocumentColumn, Qt::DescendingOrder);
    // The largest document of all 451, though it would not be on the first page by name.
    QCOMPARE(model.data(model.index(0, ClientTableModel::DocumentColumn)).toString(),
             QStringLiteral("CC 52123456"));
    QCOMPARE(model.rowCount(), 200);
    model.sort(ClientTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model.data(model.index(0, ClientTableModel::NameColumn)).toString(),
             QStringLiteral("José Muñoz Ávila"));
}

void TestClientTableModel::showsDocumentPhoneAndConsent()
{
    ClientTableModel model(m_f->db, m_f->clock);
    model.setSearch(QStringLiteral("munoz"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, ClientTableModel::WhatsAppColumn)).toString(),
             PhoneNumber::fromE164(QStringLiteral("+573105551234")).display());
    QCOMPARE(model.data(model.index(0, ClientTableModel::ConsentColumn)).toString(),
             QStringLiteral("Not asked"));
    QVERIFY(model.data(model.index(0, 0), ClientTableModel::IdRole).toLongLong() > 0);
    QCOMPARE(model.headerData(ClientTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
}

QTEST_MAIN(TestClientTableModel)
#include "tst_clienttablemodel.moc"
