#include "debt.h"

#include <QtTest>

Q_DECLARE_METATYPE(Debt::Status)

namespace {
Debt makeDebt(const QDate &due, qint64 amountPesos, qint64 paidPesos = 0)
{
    Debt d;
    d.id = 1;
    d.clientId = 1;
    d.reference = QStringLiteral("FV-1");
    d.issueDate = due.addDays(-30);
    d.dueDate = due;
    d.amount = Money::fromPesos(amountPesos);
    d.paid = Money::fromPesos(paidPesos);
    return d;
}
} // namespace

class tst_Debt : public QObject
{
    Q_OBJECT
private slots:
    void daysOverdue_data();
    void daysOverdue();
    void status_data();
    void status();
    void validate_data();
    void validate();
};

void tst_Debt::daysOverdue_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("days");
    QTest::newRow("not yet due") << QDate(2026, 1, 10) << QDate(2026, 1, 9) << 0;
    QTest::newRow("due today") << QDate(2026, 1, 10) << QDate(2026, 1, 10) << 0;
    QTest::newRow("day after") << QDate(2026, 1, 10) << QDate(2026, 1, 11) << 1;
    QTest::newRow("across January end") << QDate(2026, 1, 31) << QDate(2026, 2, 1) << 1;
    QTest::newRow("February, common year") << QDate(2026, 1, 31) << QDate(2026, 3, 1) << 29;
    QTest::newRow("February, leap year") << QDate(2028, 1, 31) << QDate(2028, 3, 1) << 30;
    QTest::newRow("due on leap day") << QDate(2028, 2, 29) << QDate(2028, 3, 1) << 1;
    QTest::newRow("leap day to next year") << QDate(2028, 2, 29) << QDate(2029, 2, 28) << 365;
    QTest::newRow("across year end") << QDate(2025, 12, 31) << QDate(2026, 1, 30) << 30;
    QTest::newRow("30 vs 31-day months") << QDate(2026, 4, 30) << QDate(2026, 5, 31) << 31;
    QTest::newRow("more than 90") << QDate(2025, 10, 1) << QDate(2026, 1, 10) << 101;
}

void tst_Debt::daysOverdue()
{
    QFETCH(QDate, due);
    QFETCH(QDate, asOf);
    QFETCH(int, days);
    QCOMPARE(makeDebt(due, 250000).daysOverdue(asOf), days);
}

void tst_Debt::status_data()
{
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<bool>("writtenOff");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<Debt::Status>("status");
    QTest::addColumn<int>("days");
    const QDate due(2026, 2, 28);
    QTest::newRow("pending") << qint64(0) << false << due << Debt::Status::Pending << 0;
    QTest::newRow("partially paid, not due") << qint64(100000) << false << due.addDays(-1)
                                             << Debt::Status::PartiallyPaid << 0;
    QTest::newRow("overdue") << qint64(0) << false << QDate(2026, 3, 1) << Debt::Status::Overdue << 1;
    QTest::newRow("partially paid and overdue") << qint64(100000) << false << QDate(2026, 3, 31)
                                                << Debt::Status::Overdue << 31;
    QTest::newRow("paid, long past due") << qint64(250000) << false << QDate(2027, 1, 1)
                                         << Debt::Status::Paid << 0;
    QTest::newRow("written off") << qint64(0) << true << QDate(2027, 1, 1)
                                 << Debt::Status::WrittenOff << 0;
}

void tst_Debt::status()
{
    QFETCH(qint64, paid);
    QFETCH(bool, writtenOff);
    QFETCH(QDate, asOf);
    QFETCH(Debt::Status, status);
    QFETCH(int, days);
    Debt d = makeDebt(QDate(2026, 2, 28), 250000, paid);
    d.writtenOff = writtenOff;
    QCOMPARE(d.status(asOf), status);
    QCOMPARE(d.daysOverdue(asOf), days);
    QCOMPARE(d.balance(), Money::fromPesos(250000 - paid));
}

void tst_Debt::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("valid") << "" << "";
    QTest::newRow("no client") << "client" << "Choose the client";
    QTest::newRow("no reference") << "reference" << "invoice number";
    QTest::newRow("due before issue") << "dates" << "is before the issue date";
    QTest::newRow("zero amount") << "zero" << "greater than zero";
    QTest::newRow("negative amount") << "negative" << "greater than zero";
}

void tst_Debt::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    Debt d = makeDebt(QDate(2026, 1, 10), 250000);
    if (field == QLatin1String("client"))
        d.clientId = 0;
    else if (field == QLatin1String("reference"))
        d.reference = QStringLiteral("  ");
    else if (field == QLatin1String("dates"))
        d.dueDate = d.issueDate.addDays(-1);
    else if (field == QLatin1String("zero"))
        d.amount = Money();
    else if (field == QLatin1String("negative"))
        d.amount = Money::fromPesos(-5);
    const auto result = d.validate();
    if (message.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error()));
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    }
}

QTEST_GUILESS_MAIN(tst_Debt)
#include "tst_debt.moc"
