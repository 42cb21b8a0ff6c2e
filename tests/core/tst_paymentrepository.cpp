#include "testsupport.h"

#include "clock.h"
#include "paymentrepository.h"

#include <QSqlQuery>
#include <QThread>

using namespace TestSupport;

class tst_PaymentRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void partialThenFull();
    void refuses_data();
    void refuses();
    void reversalRestoresBalance();
    void paymentAndBalanceAreOneTransaction();
    void concurrentPaymentsNeverOverpay();
    void listsWithDebtAndClient();

private:
    int paymentCount();
    QTemporaryDir *m_dir = nullptr;
    Database m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 2, 1), QTime(15, 0), Qt::UTC)};
    qint64 m_debt = 0;
};

void tst_PaymentRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = openDatabase(m_dir->filePath(QStringLiteral("c.sqlite")));
    ClientRepository clients(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    Client juan = makeClient(QStringLiteral("Juan Pérez"), QStringLiteral("1020304050"));
    QVERIFY(clients.create(juan).ok());
    Debt d = makeDebt(juan.id, QStringLiteral("FV-1"), QDate(2026, 1, 10), 250000);
    QVERIFY(debts.create(d).ok());
    m_debt = d.id;
}

void tst_PaymentRepository::cleanup()
{
    m_db.close();
    delete m_dir;
}

int tst_PaymentRepository::paymentCount()
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM payments"));
    q.next();
    return q.value(0).toInt();
}

void tst_PaymentRepository::partialThenFull()
{
    PaymentRepository payments(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    Payment p;
    p.debtId = m_debt;
    p.date = QDate(2026, 1, 20);
    p.amount = Money::fromPesos(100000);
    p.method = Payment::Method::Nequi;
    p.reference = QStringLiteral("M123456");
    QVERIFY(payments.record(p).ok());
    Debt d = debts.get(m_debt).value();
    QCOMPARE(d.paid, Money::fromPesos(100000));
    QCOMPARE(d.balance(), Money::fromPesos(150000));
    QCOMPARE(d.status(m_clock.today()), Debt::Status::Overdue);
    QCOMPARE(d.version, 2);

    Payment rest;
    rest.debtId = m_debt;
    rest.date = m_clock.today();
    rest.amount = Money::fromPesos(150000);
    QVERIFY(payments.record(rest).ok());
    d = debts.get(m_debt).value();
    QCOMPARE(d.balance(), Money());
    QCOMPARE(d.status(m_clock.today()), Debt::Status::Paid);
    QCOMPARE(debts.totals(m_clock.today())->openDebts, 0);

    const Payment stored = payments.get(p.id).value();
    QCOMPARE(stored.method, Payment::Method::Nequi);
    QCOMPARE(stored.reference, QStringLiteral("M123456"));
    QCOMPARE(stored.date, QDate(2026, 1, 20));
}

void tst_PaymentRepository::refuses_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("message");
    QTest::newRow("over-payment names the balance") << "300.000"
                                                    << "more than the balance of $250.000";
    QTest::newRow("one centavo too much") << "250.000,01" << "Enter at most $250.000";
    QTest::newRow("zero") << "0" << "greater than zero";
    QTest::newRow("negative") << "-50.000" << "cannot be negative";
}

void tst_PaymentRepository::refuses()
{
    QFETCH(QString, amount);
    QFETCH(QString, message);
    PaymentRepository payments(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    Payment p;
    p.debtId = m_debt;
    p.date = m_clock.today();
    p.amount = Money::parse(amount).value();
    const auto id = payments.record(p);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(message), qPrintable(id.error()));
    // Nothing written: no payment row, the debt untouched.
    QCOMPARE(paymentCount(), 0);
    const Debt d = debts.get(m_debt).value();
    QCOMPARE(d.paid, Money());
    QCOMPARE(d.version, 1);
}

void tst_PaymentRepository::reversalRestoresBalance()
{
    PaymentRepository payments(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    Payment p;
    p.debtId = m_debt;
    p.date = m_clock.today();
    p.amount = Money::fromPesos(250000);
    p.method = Payment::Method::Transfer;
    QVERIFY(payments.record(p).ok());
    QCOMPARE(debts.get(m_debt)->status(m_clock.today()), Debt::Status::Paid);

    QVERIFY(!payments.reverse(p.id, QStringLiteral("  ")).ok()); // a reason is required
    QVERIFY(payments.reverse(p.id, QStringLiteral("Transferencia rechazada por el banco")).ok());
    const Debt d = debts.get(m_debt).value();
    QCOMPARE(d.balance(), Money::fromPesos(250000));
    QCOMPARE(d.status(m_clock.today()), Debt::Status::Overdue);
    const Payment kept = payments.get(p.id).value();
    QVERIFY(kept.reversed);
    QCOMPARE(kept.reversalReason, QStringLiteral("Transferencia rechazada por el banco"));
    QCOMPARE(paymentCount(), 1);

    const auto again = payments.reverse(p.id, QStringLiteral("otra vez"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("already reversed")), qPrintable(again.error()));
    QCOMPARE(debts.get(m_debt)->balance(), Money::fromPesos(250000));
}

void tst_PaymentRepository::paymentAndBalanceAreOneTransaction()
{
    // Make the debt update fail after the payment row was inserted, as a full disk would.
    {
        QSqlQuery q(m_db.connection());
        if (onPostgres()) {
            QVERIFY(q.exec(QStringLiteral(
                "CREATE FUNCTION fail_debt_update() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'simulated failure'; END $$ LANGUAGE plpgsql")));
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_debt_update BEFORE UPDATE ON debts "
                                          "FOR EACH ROW EXECUTE FUNCTION fail_debt_update()")));
        } else {
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_debt_update BEFORE UPDATE ON debts "
                                          "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
        }
    }
    PaymentRepository payments(m_db, m_clock);
    Payment p;
    p.debtId = m_debt;
    p.date = m_clock.today();
    p.amount = Money::fromPesos(1000);
    const auto id = payments.record(p);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(QStringLiteral("Nothing was saved")), qPrintable(id.error()));
    QCOMPARE(paymentCount(), 0);
    QCOMPARE(DebtRepository(m_db, m_clock).get(m_debt)->paid, Money());
}

void tst_PaymentRepository::concurrentPaymentsNeverOverpay()
{
    // Two clerks record the full balance at the same moment from two connections.
    const QString path = m_db.location();
    QList<bool> succeeded(2, false);
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        threads << QThread::create([&, i] {
            Database::Options options;
            options.connectionName = QStringLiteral("clerk%1").arg(i);
            auto db = Database::open(path, options);
            if (!db)
                return;
            FixedClock clock(m_clock.now());
            PaymentRepository payments(db.value(), clock);
            Payment p;
            p.debtId = m_debt;
            p.date = clock.today();
            p.amount = Money::fromPesos(250000);
            succeeded[i] = payments.record(p).ok();
            db->close();
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(int(succeeded.count(true)), 1);
    QCOMPARE(paymentCount(), 1);
    QCOMPARE(DebtRepository(m_db, m_clock).get(m_debt)->paid, Money::fromPesos(250000));
}

void tst_PaymentRepository::listsWithDebtAndClient()
{
    PaymentRepository payments(m_db, m_clock);
    for (int i = 1; i <= 3; ++i) {
        Payment p;
        p.debtId = m_debt;
        p.date = QDate(2026, 1, 10 + i);
        p.amount = Money::fromPesos(1000 * i);
        QVERIFY(payments.record(p).ok());
    }
    PaymentQuery q;
    const auto rows = payments.list(q).value();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first().payment.date, QDate(2026, 1, 13)); // newest first
    QCOMPARE(rows.first().debtReference, QStringLiteral("FV-1"));
    QCOMPARE(rows.first().clientName, QStringLiteral("Juan Pérez"));
    q.search = QStringLiteral("perez");
    QCOMPARE(payments.count(q).value(), 3);
    q.from = QDate(2026, 1, 12);
    QCOMPARE(payments.count(q).value(), 2);
}

QTEST_GUILESS_MAIN(tst_PaymentRepository)
#include "tst_paymentrepository.moc"
