#include "testsupport.h"

#include "clock.h"
#include "paymentrepository.h"

using namespace TestSupport;

class tst_DebtRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createAndGet();
    void refusesDuplicateInvoiceNumber();
    void refusesInvalidDebt();
    void filters_data();
    void filters();
    void totals();
    void updateRules();
    void deleteAndWriteOff();

private:
    void seedPortfolio();
    QTemporaryDir *m_dir = nullptr;
    Database m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 31), QTime(15, 0), Qt::UTC)};
    qint64 m_juan = 0;
    qint64 m_maria = 0;
};

void tst_DebtRepository::init()
{
    m_dir = new QTemporaryDir;
    m_db = openDatabase(m_dir->filePath(QStringLiteral("c.sqlite")));
    ClientRepository clients(m_db, m_clock);
    Client juan = makeClient(QStringLiteral("Juan Pérez"), QStringLiteral("1020304050"));
    Client maria = makeClient(QStringLiteral("María Muñoz"), QStringLiteral("52000111"),
                              QStringLiteral("310 555 1234"));
    QVERIFY(clients.create(juan).ok());
    QVERIFY(clients.create(maria).ok());
    m_juan = juan.id;
    m_maria = maria.id;
}

void tst_DebtRepository::cleanup()
{
    m_db.close();
    delete m_dir;
}

void tst_DebtRepository::createAndGet()
{
    DebtRepository repo(m_db, m_clock);
    Debt d = makeDebt(m_juan, QStringLiteral(" FV-1001 "), QDate(2026, 1, 10), 250000);
    d.description = QStringLiteral("Mercancía enero");
    d.installment = 2;
    const auto id = repo.create(d);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    const Debt loaded = repo.get(id.value()).value();
    QCOMPARE(loaded.reference, QStringLiteral("FV-1001"));
    QCOMPARE(loaded.amount, Money::fromPesos(250000));
    QCOMPARE(loaded.paid, Money());
    QCOMPARE(loaded.dueDate, QDate(2026, 1, 10));
    QCOMPARE(loaded.issueDate, QDate(2025, 12, 11));
    QCOMPARE(loaded.installment, 2);
    QCOMPARE(loaded.status(m_clock.today()), Debt::Status::Overdue);
    QCOMPARE(loaded.daysOverdue(m_clock.today()), 80);
}

void tst_DebtRepository::refusesDuplicateInvoiceNumber()
{
    DebtRepository repo(m_db, m_clock);
    Debt first = makeDebt(m_juan, QStringLiteral("FV-1"), QDate(2026, 1, 10), 250000);
    QVERIFY(repo.create(first).ok());
    Debt second = makeDebt(m_maria, QStringLiteral("FV-1"), QDate(2026, 2, 10), 90000);
    const auto id = repo.create(second);
    QVERIFY(!id.ok());
    QCOMPARE(id.code(), ErrorCode::Duplicate);
    QVERIFY2(id.error().contains(QStringLiteral("FV-1")), qPrintable(id.error()));
    QVERIFY2(id.error().contains(QStringLiteral("Juan Pérez")), qPrintable(id.error()));
    QCOMPARE(repo.count({}).value(), 1);
}

void tst_DebtRepository::refusesInvalidDebt()
{
    DebtRepository repo(m_db, m_clock);
    Debt d = makeDebt(m_juan, QStringLiteral("FV-9"), QDate(2026, 1, 10), 250000);
    d.issueDate = QDate(2026, 1, 11);
    auto id = repo.create(d);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(QStringLiteral("10/01/2026 is before the issue date 11/01/2026")),
             qPrintable(id.error()));
    d.issueDate = QDate(2026, 1, 1);
    d.amount = Money::fromPesos(-100);
    id = repo.create(d);
    QVERIFY(!id.ok());
    QVERIFY(id.error().contains(QStringLiteral("greater than zero")));
    d.amount = Money::fromPesos(100);
    d.clientId = 424242;
    id = repo.create(d);
    QVERIFY(!id.ok());
    QCOMPARE(id.code(), ErrorCode::NotFound);
    QCOMPARE(repo.count({}).value(), 0);
}

void tst_DebtRepository::seedPortfolio()
{
    // As of 31/03/2026: one debt in each mora band, one not due, one paid.
    DebtRepository debts(m_db, m_clock);
    PaymentRepository payments(m_db, m_clock);
    const QDate today = m_clock.today();
    struct Row { const char *ref; qint64 client; int daysOverdue; qint64 pesos; };
    const Row rows[] = {
        {"AL-DIA", m_juan, -5, 100000},  {"D-1", m_juan, 1, 200000},
        {"D-30", m_maria, 30, 300000},   {"D-31", m_maria, 31, 400000},
        {"D-75", m_juan, 75, 500000},    {"D-120", m_maria, 120, 600000},
        {"PAGADA", m_juan, 40, 700000},
    };
    for (const Row &r : rows) {
        Debt d = makeDebt(r.client, QString::fromLatin1(r.ref), today.addDays(-r.daysOverdue), r.pesos);
        QVERIFY(debts.create(d).ok());
        if (d.reference == QLatin1String("PAGADA")) {
            Payment p;
            p.debtId = d.id;
            p.date = today;
            p.amount = d.amount;
            QVERIFY(payments.record(p).ok());
        }
    }
}

void tst_DebtRepository::filters_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("minDays");
    QTest::addColumn<int>("maxDays");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("refs");
    using S = DebtQuery::State;
    QTest::newRow("all") << int(S::All) << -1 << -1 << ""
                         << QStringList{"D-120", "D-75", "PAGADA", "D-31", "D-30", "D-1", "AL-DIA"};
    QTest::newRow("al día") << int(S::Current) << -1 << -1 << "" << QStringList{"AL-DIA"};
    QTest::newRow("vencida") << int(S::Overdue) << -1 << -1 << ""
                             << QStringList{"D-120", "D-75", "D-31", "D-30", "D-1"};
    QTest::newRow("pagada") << int(S::Settled) << -1 << -1 << "" << QStringList{"PAGADA"};
    QTest::newRow("1–30") << int(S::All) << 1 << 30 << "" << QStringList{"D-30", "D-1"};
    QTest::newRow("31–60") << int(S::All) << 31 << 60 << "" << QStringList{"D-31"};
    QTest::newRow("61–90") << int(S::All) << 61 << 90 << "" << QStringList{"D-75"};
    QTest::newRow("más de 90") << int(S::All) << 91 << -1 << "" << QStringList{"D-120"};
    QTest::newRow("by client, no accent") << int(S::Overdue) << -1 << -1 << "munoz"
                                          << QStringList{"D-120", "D-31", "D-30"};
    QTest::newRow("by invoice") << int(S::All) << -1 << -1 << "d-7" << QStringList{"D-75"};
}

void tst_DebtRepository::filters()
{
    QFETCH(int, state);
    QFETCH(int, minDays);
    QFETCH(int, maxDays);
    QFETCH(QString, search);
    QFETCH(QStringList, refs);
    seedPortfolio();
    DebtRepository repo(m_db, m_clock);
    DebtQuery q;
    q.state = DebtQuery::State(state);
    q.asOf = m_clock.today();
    q.minDaysOverdue = minDays;
    q.maxDaysOverdue = maxDays;
    q.search = search;
    QStringList found;
    for (const DebtRow &row : repo.list(q).value())
        found << row.debt.reference;
    QCOMPARE(found, refs);
    QCOMPARE(repo.count(q).value(), int(refs.size()));
}

void tst_DebtRepository::totals()
{
    seedPortfolio();
    DebtRepository repo(m_db, m_clock);
    const PortfolioTotals t = repo.totals(m_clock.today()).value();
    QCOMPARE(t.receivable, Money::fromPesos(100000 + 200000 + 300000 + 400000 + 500000 + 600000));
    QCOMPARE(t.overdue, Money::fromPesos(200000 + 300000 + 400000 + 500000 + 600000));
    QCOMPARE(t.openDebts, 6);
    QCOMPARE(t.overdueDebts, 5);
    QCOMPARE(repo.clientBalance(m_maria).value(), Money::fromPesos(1300000));
}

void tst_DebtRepository::updateRules()
{
    DebtRepository repo(m_db, m_clock);
    PaymentRepository payments(m_db, m_clock);
    Debt d = makeDebt(m_juan, QStringLiteral("FV-7"), QDate(2026, 4, 30), 300000);
    QVERIFY(repo.create(d).ok());
    Payment p;
    p.debtId = d.id;
    p.date = m_clock.today();
    p.amount = Money::fromPesos(100000);
    QVERIFY(payments.record(p).ok());

    Debt edited = repo.get(d.id).value();
    edited.amount = Money::fromPesos(50000);
    auto saved = repo.update(edited);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("$100.000")), qPrintable(saved.error()));

    Debt stale = repo.get(d.id).value();
    edited = repo.get(d.id).value();
    edited.amount = Money::fromPesos(100000); // exactly what was paid: now settled
    QVERIFY(repo.update(edited).ok());
    QCOMPARE(repo.get(d.id)->status(m_clock.today()), Debt::Status::Paid);

    stale.description = QStringLiteral("old copy");
    saved = repo.update(stale);
    QCOMPARE(saved.code(), ErrorCode::Conflict);
}

void tst_DebtRepository::deleteAndWriteOff()
{
    DebtRepository repo(m_db, m_clock);
    PaymentRepository payments(m_db, m_clock);
    Debt unpaid = makeDebt(m_juan, QStringLiteral("FV-20"), QDate(2026, 1, 10), 100000);
    Debt withPayment = makeDebt(m_juan, QStringLiteral("FV-21"), QDate(2026, 1, 10), 100000);
    QVERIFY(repo.create(unpaid).ok());
    QVERIFY(repo.create(withPayment).ok());
    Payment p;
    p.debtId = withPayment.id;
    p.date = m_clock.today();
    p.amount = Money::fromPesos(1000);
    QVERIFY(payments.record(p).ok());

    const auto removed = repo.remove(withPayment.id);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().contains(QStringLiteral("1 payment")), qPrintable(removed.error()));
    QVERIFY(repo.remove(unpaid.id).ok());

    QVERIFY(repo.writeOff(withPayment.id, true).ok());
    QCOMPARE(repo.get(withPayment.id)->status(m_clock.today()), Debt::Status::WrittenOff);
    QCOMPARE(repo.totals(m_clock.today())->openDebts, 0);
    QVERIFY(repo.writeOff(withPayment.id, false).ok());
    QCOMPARE(repo.totals(m_clock.today())->receivable, Money::fromPesos(99000));
}

QTEST_GUILESS_MAIN(tst_DebtRepository)
#include "tst_debtrepository.moc"
