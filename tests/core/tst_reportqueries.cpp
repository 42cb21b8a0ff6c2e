#include "reportfixture.h"
#include "reportqueries.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QTest>

#include <QMap>

// Runs `check` as of the cut date twice: with the clock on that day (a report as of today,
// which reads the stored balances unless something dated later needs taking back) and 30 days
// later (a report as of a past date). Stops at the first failure.
template<typename Check>
void asOfTheCutTodayAndLater(ReportFixture &fx, const QDate &cut, Check check)
{
    for (const QDate &today : {cut, cut.addDays(30)}) {
        fx.clock().setLocal(today, QTime(10, 0));
        ReportQueries reports(fx.db(), fx.clock());
        ReportFilter filter;
        filter.asOf = cut;
        check(reports, filter, today);
        if (QTest::currentTestFailed())
            return;
    }
}

class TestReportQueries : public QObject
{
    Q_OBJECT
private slots:
    void totalsReconcileOnGeneratedData_data();
    void totalsReconcileOnGeneratedData();
    void paymentsAroundTheCutDate_data();
    void paymentsAroundTheCutDate();
    void reversalsAroundTheCutDate_data();
    void reversalsAroundTheCutDate();
    void correctionsMoveDebtsInAndOut();
    void debtIssuedAfterCutIsLeftOut();
    void filtersNarrowTheReport();
    void statementRunsTheBalance();
    void statementRefusesBackwardsPeriod();
    void collectionsByMethodAndDay();
    void messagesReportReadsConfiguredLog();
    void messagesReportNeedsALog();
    void overdueByMonthMatchesAging();
};

void TestReportQueries::totalsReconcileOnGeneratedData_data()
{
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QList<int>>("bounds");
    QTest::newRow("mid-period default levels") << QDate(2025, 10, 15) << QList<int>{30, 60, 90};
    QTest::newRow("year end default levels") << QDate(2025, 12, 31) << QList<int>{30, 60, 90};
    QTest::newRow("after everything") << QDate(2026, 6, 30) << QList<int>{30, 60, 90};
    QTest::newRow("custom levels 15/45") << QDate(2025, 11, 20) << QList<int>{15, 45};
    QTest::newRow("before any debt") << QDate(2025, 5, 31) << QList<int>{30, 60, 90};
}

void TestReportQueries::totalsReconcileOnGeneratedData()
{
    QFETCH(QDate, asOf);
    QFETCH(QList<int>, bounds);
    ReportFixture fx;
    QVERIFY(fx.open());
    QVERIFY(fx.generate(20260115, 25, 160));
    const MoraLevels levels = MoraLevels::fromUpperBounds(bounds).value();

    // Independent figures, from the fixture's own record of debts and payments.
    qint64 expectedTotal = 0;
    qint64 expectedOverdue = 0;
    QList<qint64> expectedBuckets(levels.count(), 0);
    QMap<qint64, qint64> expectedByClient;
    int expectedDebts = 0;
    for (const FixtureDebt &d : std::as_const(fx.debts)) {
        const qint64 balance = d.balanceAsOf(asOf);
        if (d.issue > asOf || balance <= 0)
            continue;
        ++expectedDebts;
        expectedTotal += balance;
        const int days = int(d.due.daysTo(asOf));
        expectedBuckets[levels.indexFor(days)] += balance;
        if (days > 0)
            expectedOverdue += balance;
        expectedByClient[d.clientId] += balance;
    }

    ReportQueries reports(fx.db(), fx.clock());
    ReportFilter filter;
    filter.asOf = asOf;
    const auto aging = reports.aging(filter, levels);
    QVERIFY2(aging.ok(), qPrintable(aging.error()));
    qint64 bucketSum = 0;
    for (int i = 0; i < levels.count(); ++i) {
        QCOMPARE(aging->bucketTotals.at(i).minor(), expectedBuckets.at(i));
        bucketSum += aging->bucketTotals.at(i).minor();
    }
    QCOMPARE(bucketSum, aging->total.minor());
    QCOMPARE(aging->total.minor(), expectedTotal);
    QCOMPARE(aging->openDebts, expectedDebts);
    QCOMPARE(aging->rows.size(), expectedByClient.size());
    for (const AgingClientRow &row : aging->rows) {
        qint64 rowSum = 0;
        for (Money m : row.buckets)
            rowSum += m.minor();
        QCOMPARE(rowSum, row.total.minor());
        QCOMPARE(row.total.minor(), expectedByClient.value(row.clientId));
    }

    const auto portfolio = reports.portfolio(filter, levels);
    QVERIFY2(portfolio.ok(), qPrintable(portfolio.error()));
    QCOMPARE(portfolio->total().minor(), expectedTotal);
    QCOMPARE(portfolio->overdueBalance.minor(), expectedOverdue);
    QCOMPARE(portfolio->currentBalance.minor(), expectedBuckets.at(0));
    QCOMPARE(portfolio->currentDebts + portfolio->overdueDebts, expectedDebts);

    // A statement up to the cut date ends on the same balance the aging shows for the client.
    for (auto it = expectedByClient.cbegin(); it != expectedByClient.cend(); ++it) {
        const auto st = reports.statement(it.key(), asOf.addMonths(-2), asOf);
        QVERIFY2(st.ok(), qPrintable(st.error()));
        QCOMPARE(st->closingBalance.minor(), it.value());
        QCOMPARE((st->openingBalance + st->charges - st->credits).minor(), it.value());
    }

    // Today's aging agrees with the balances the repositories keep.
    if (asOf == QDate(2026, 6, 30)) {
        DebtRepository debts(fx.db(), fx.clock());
        const auto totals = debts.totals(asOf);
        QVERIFY(totals.ok());
        QCOMPARE(aging->total, totals->receivable);
    }
}

void TestReportQueries::paymentsAroundTheCutDate_data()
{
    QTest::addColumn<int>("paymentOffset"); // payment date relative to the cut date
    QTest::addColumn<qint64>("expectedPesos");
    QTest::newRow("paid the day before: counted") << -1 << qint64(600000);
    QTest::newRow("paid on the cut date: counted") << 0 << qint64(600000);
    QTest::newRow("paid the day after: not yet") << 1 << qint64(1000000);
}

void TestReportQueries::paymentsAroundTheCutDate()
{
    QFETCH(int, paymentOffset);
    QFETCH(qint64, expectedPesos);
    ReportFixture fx;
    QVERIFY(fx.open());
    const QDate cut(2026, 1, 31);
    const qint64 client = fx.addClient(QStringLiteral("Juan Pérez"));
    const qint64 debt = fx.addDebt(client, QDate(2025, 12, 1), QDate(2025, 12, 31), 1000000);
    QVERIFY(fx.pay(debt, cut.addDays(paymentOffset), 400000) > 0);

    // As of today (a payment dated tomorrow is a post-dated cheque: the report as of today
    // reads the stored balances unless such a payment needs taking back) and as of a past date.
    asOfTheCutTodayAndLater(fx, cut, [&](ReportQueries &reports, ReportFilter filter,
                                         const QDate &) {
        const auto aging = reports.aging(filter, MoraLevels::defaults());
        QVERIFY(aging.ok());
        QCOMPARE(aging->total, Money::fromPesos(expectedPesos));
        QCOMPARE(aging->bucketTotals.at(2), Money::fromPesos(expectedPesos)); // 31 days: 31–60
        QCOMPARE(aging->rows.size(), 1);
        QCOMPARE(aging->rows.constFirst().clientName, QStringLiteral("Juan Pérez"));
        const auto portfolio = reports.portfolio(filter);
        QVERIFY(portfolio.ok());
        QCOMPARE(portfolio->overdueBalance, Money::fromPesos(expectedPesos));
        QCOMPARE(portfolio->rows.size(), 1);
        QCOMPARE(portfolio->rows.constFirst().overdueDebts, 1);
        const auto st = reports.statement(client, QDate(2026, 1, 1), cut);
        QVERIFY(st.ok());
        QCOMPARE(st->closingBalance, Money::fromPesos(expectedPesos));
    });
}

void TestReportQueries::reversalsAroundTheCutDate_data()
{
    QTest::addColumn<int>("reversalOffset");
    QTest::addColumn<QTime>("reversalTime"); // local time in Colombia
    QTest::addColumn<qint64>("expectedPesos");
    QTest::newRow("reversed late on the cut date: applied")
        << 0 << QTime(23, 30) << qint64(1000000);
    QTest::newRow("reversed just after midnight: not yet") << 1 << QTime(0, 30) << qint64(600000);
    QTest::newRow("reversed a week later: not yet") << 7 << QTime(9, 0) << qint64(600000);
}

void TestReportQueries::reversalsAroundTheCutDate()
{
    QFETCH(int, reversalOffset);
    QFETCH(QTime, reversalTime);
    QFETCH(qint64, expectedPesos);
    ReportFixture fx;
    QVERIFY(fx.open());
    const QDate cut(2026, 1, 31);
    const qint64 client = fx.addClient(QStringLiteral("Juan Pérez"));
    const qint64 debt = fx.addDebt(client, QDate(2025, 12, 1), QDate(2026, 2, 15), 1000000);
    const qint64 payment = fx.pay(debt, QDate(2026, 1, 20), 400000);
    QVERIFY(fx.reverse(payment, cut.addDays(reversalOffset), reversalTime));

    // As of today (with the clock on the cut date, before the later reversals) and as of a
    // past date.
    asOfTheCutTodayAndLater(fx, cut, [&](ReportQueries &reports, ReportFilter filter,
                                         const QDate &) {
        const auto aging = reports.aging(filter, MoraLevels::defaults());
        QVERIFY(aging.ok());
        QCOMPARE(aging->total, Money::fromPesos(expectedPesos));
        QCOMPARE(aging->bucketTotals.at(0), Money::fromPesos(expectedPesos));
        const auto portfolio = reports.portfolio(filter);
        QVERIFY(portfolio.ok());
        QCOMPARE(portfolio->currentBalance, Money::fromPesos(expectedPesos));
        const auto st = reports.statement(client, QDate(2026, 1, 1), cut);
        QVERIFY(st.ok());
        QCOMPARE(st->closingBalance, Money::fromPesos(expectedPesos));
    });
}

void TestReportQueries::correctionsMoveDebtsInAndOut()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    const QDate cut(2026, 1, 31);
    // Created in the reverse of name order, so the report's order is not the ids'.
    const qint64 zapateria = fx.addClient(QStringLiteral("Zapatería Real"));
    const qint64 bodega = fx.addClient(QStringLiteral("Bodega Norte"));
    const qint64 anfora = fx.addClient(QStringLiteral("Ánfora Almacén"));
    // Still open today, paid in part before the cut and again after it.
    const qint64 open = fx.addDebt(zapateria, QDate(2025, 12, 1), QDate(2025, 12, 17), 1000000);
    QVERIFY(fx.pay(open, QDate(2026, 1, 10), 100000) > 0);
    QVERIFY(fx.pay(open, QDate(2026, 2, 5), 300000) > 0);
    // Settled after the cut: as of the cut it was still owed in full.
    const qint64 settled = fx.addDebt(anfora, QDate(2026, 1, 20), QDate(2026, 2, 20), 500000);
    QVERIFY(fx.pay(settled, QDate(2026, 2, 10), 500000) > 0);
    // Paid in full before the cut, the payment bounced after it: owed today, not then.
    const qint64 bounced = fx.addDebt(bodega, QDate(2026, 1, 2), QDate(2026, 1, 30), 700000);
    const qint64 payment = fx.pay(bounced, QDate(2026, 1, 25), 700000);
    QVERIFY(payment > 0);
    QVERIFY(fx.reverse(payment, QDate(2026, 2, 3), QTime(9, 0)));

    // As of today (the clock on the cut date, the later payments post-dated) and of a past date.
    asOfTheCutTodayAndLater(fx, cut, [&](ReportQueries &reports, ReportFilter filter,
                                         const QDate &today) {
        const auto aging = reports.aging(filter, MoraLevels::defaults());
        QVERIFY2(aging.ok(), qPrintable(aging.error()));
        QCOMPARE(aging->rows.size(), 2);
        QCOMPARE(aging->rows.at(0).clientId, anfora);
        QCOMPARE(aging->rows.at(0).clientName, QStringLiteral("Ánfora Almacén"));
        QCOMPARE(aging->rows.at(0).buckets.at(0), Money::fromPesos(500000)); // not yet due
        QCOMPARE(aging->rows.at(0).total, Money::fromPesos(500000));
        QCOMPARE(aging->rows.at(1).clientId, zapateria);
        QCOMPARE(aging->rows.at(1).buckets.at(2), Money::fromPesos(900000)); // 45 days: 31–60
        QCOMPARE(aging->rows.at(1).total, Money::fromPesos(900000));
        QCOMPARE(aging->openDebts, 2);
        QCOMPARE(aging->total, Money::fromPesos(1400000));
        QCOMPARE(aging->bucketTotals.at(0), Money::fromPesos(500000));
        QCOMPARE(aging->bucketTotals.at(2), Money::fromPesos(900000));

        // Today's own report: the bounced debt is owed, the settled one is not.
        if (today > cut) {
            filter.asOf = today;
            const auto now = reports.aging(filter, MoraLevels::defaults());
            QVERIFY(now.ok());
            QCOMPARE(now->rows.size(), 2);
            QCOMPARE(now->rows.at(0).clientId, bodega);
            QCOMPARE(now->rows.at(0).buckets.at(2), Money::fromPesos(700000)); // 31 days
            QCOMPARE(now->rows.at(1).clientId, zapateria);
            QCOMPARE(now->rows.at(1).buckets.at(3), Money::fromPesos(600000)); // 75 days
            QCOMPARE(now->openDebts, 2);
        }
    });
}

void TestReportQueries::debtIssuedAfterCutIsLeftOut()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    const qint64 client = fx.addClient(QStringLiteral("Ana Gómez"));
    fx.addDebt(client, QDate(2026, 1, 10), QDate(2026, 2, 10), 300000);
    fx.addDebt(client, QDate(2026, 2, 1), QDate(2026, 3, 1), 500000);
    ReportQueries reports(fx.db(), fx.clock());
    ReportFilter filter;
    filter.asOf = QDate(2026, 1, 31);
    const auto aging = reports.aging(filter, MoraLevels::defaults());
    QVERIFY(aging.ok());
    QCOMPARE(aging->total, Money::fromPesos(300000));
    filter.asOf = QDate(2026, 2, 1);
    QCOMPARE(reports.aging(filter, MoraLevels::defaults())->total, Money::fromPesos(800000));
}

void TestReportQueries::filtersNarrowTheReport()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    const QDate cut(2026, 3, 31);
    const qint64 a = fx.addClient(QStringLiteral("Almacén Uno"));
    const qint64 b = fx.addClient(QStringLiteral("Bodega Dos"));
    fx.addDebt(a, QDate(2026, 1, 1), QDate(2026, 3, 31), 100000);  // current
    fx.addDebt(a, QDate(2025, 11, 1), QDate(2025, 12, 1), 200000); // 120 days: > 90
    fx.addDebt(b, QDate(2026, 2, 1), QDate(2026, 3, 1), 900000);   // 30 days: 1–30
    ReportQueries reports(fx.db(), fx.clock());
    const MoraLevels levels = MoraLevels::defaults();

    ReportFilter filter;
    filter.asOf = cut;
    filter.clientId = a;
    auto aging = reports.aging(filter, levels);
    QVERIFY(aging.ok());
    QCOMPARE(aging->rows.size(), 1);
    QCOMPARE(aging->total, Money::fromPesos(300000));
    QCOMPARE(aging->bucketTotals.at(4), Money::fromPesos(200000));

    filter = ReportFilter{};
    filter.asOf = cut;
    filter.minBalance = Money::fromPesos(500000);
    aging = reports.aging(filter, levels);
    QCOMPARE(aging->rows.size(), 1);
    QCOMPARE(aging->rows.at(0).clientId, b);

    filter = ReportFilter{};
    filter.asOf = cut;
    filter.moraLevel = 4; // more than 90 days
    aging = reports.aging(filter, levels);
    QCOMPARE(aging->rows.size(), 1);
    QCOMPARE(aging->rows.at(0).clientId, a);
    auto portfolio = reports.portfolio(filter, levels);
    QVERIFY(portfolio.ok());
    QCOMPARE(portfolio->total(), Money::fromPesos(200000));
    QCOMPARE(portfolio->rows.at(0).maxDaysOverdue, 120);

    filter.moraLevel = 0;
    portfolio = reports.portfolio(filter, levels);
    QCOMPARE(portfolio->total(), Money::fromPesos(100000));
    QCOMPARE(portfolio->overdueDebts, 0);
}

void TestReportQueries::statementRunsTheBalance()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    const qint64 client = fx.addClient(QStringLiteral("Juan Pérez"));
    const qint64 old = fx.addDebt(client, QDate(2025, 12, 1), QDate(2025, 12, 31), 250000);
    const qint64 jan = fx.addDebt(client, QDate(2026, 1, 5), QDate(2026, 2, 5), 1000000);
    fx.pay(old, QDate(2025, 12, 20), 50000);
    fx.pay(old, QDate(2026, 1, 10), 200000, Payment::Method::Nequi);
    const qint64 bounced = fx.pay(jan, QDate(2026, 1, 15), 300000, Payment::Method::Transfer);
    QVERIFY(fx.reverse(bounced, QDate(2026, 1, 18)));

    ReportQueries reports(fx.db(), fx.clock());
    const auto st = reports.statement(client, QDate(2026, 1, 1), QDate(2026, 1, 31));
    QVERIFY2(st.ok(), qPrintable(st.error()));
    QCOMPARE(st->openingBalance, Money::fromPesos(200000));
    QCOMPARE(st->entries.size(), 4);
    QCOMPARE(st->entries.at(0).kind, StatementEntry::Kind::Debt);
    QCOMPARE(st->entries.at(0).balance, Money::fromPesos(1200000));
    QCOMPARE(st->entries.at(1).balance, Money::fromPesos(1000000));
    QCOMPARE(st->entries.at(2).balance, Money::fromPesos(700000));
    QCOMPARE(st->entries.at(3).kind, StatementEntry::Kind::Reversal);
    QCOMPARE(st->entries.at(3).balance, Money::fromPesos(1000000));
    QCOMPARE(st->closingBalance, Money::fromPesos(1000000));
    QCOMPARE(st->overdueAtClose, Money());
    QCOMPARE(st->charges, Money::fromPesos(1300000));
    QCOMPARE(st->credits, Money::fromPesos(500000));
    QVERIFY(!st->document.isEmpty());
}

void TestReportQueries::statementRefusesBackwardsPeriod()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    const qint64 client = fx.addClient(QStringLiteral("Juan Pérez"));
    ReportQueries reports(fx.db(), fx.clock());
    const auto st = reports.statement(client, QDate(2026, 2, 1), QDate(2026, 1, 1));
    QVERIFY(!st.ok());
    QVERIFY(st.error().contains(QStringLiteral("01/02/2026")));
    QCOMPARE(reports.statement(9999, {}, QDate(2026, 1, 1)).code(), ErrorCode::NotFound);
}

void TestReportQueries::collectionsByMethodAndDay()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    const qint64 a = fx.addClient(QStringLiteral("Almacén Uno"));
    const qint64 b = fx.addClient(QStringLiteral("Bodega Dos"));
    const qint64 da = fx.addDebt(a, QDate(2026, 1, 1), QDate(2026, 1, 31), 1000000);
    const qint64 db = fx.addDebt(b, QDate(2026, 1, 1), QDate(2026, 1, 31), 1000000);
    fx.pay(da, QDate(2026, 1, 31), 100000, Payment::Method::Cash); // before the period
    fx.pay(da, QDate(2026, 2, 1), 200000, Payment::Method::Cash);
    fx.pay(da, QDate(2026, 2, 1), 50000, Payment::Method::Nequi);
    fx.pay(db, QDate(2026, 2, 3), 300000, Payment::Method::Nequi);
    const qint64 bounced = fx.pay(db, QDate(2026, 2, 4), 400000, Payment::Method::Transfer);
    QVERIFY(fx.reverse(bounced, QDate(2026, 2, 6)));
    fx.pay(db, QDate(2026, 3, 1), 10000, Payment::Method::Cash); // after the period

    // A minimal outbox, as the reminders module may keep it: the report is told its names.
    QSqlQuery q(fx.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE test_outbox ("
                                  "client_id INTEGER, state TEXT, sent_at TEXT)")));
    auto message = [&](qint64 client, const QString &state, const QDateTime &local) {
        q.prepare(
            QStringLiteral("INSERT INTO test_outbox (client_id, state, sent_at) VALUES (?, ?, ?)"));
        q.addBindValue(client);
        q.addBindValue(state);
        q.addBindValue(SqlValues::timestamp(local.toUTC()));
        return q.exec();
    };
    // Reminder to b on 28/01 at 20:00 local (01:00 UTC on the 29th): b pays 03/02, 6 days later.
    QVERIFY(message(b, QStringLiteral("sent"),
                    QDateTime(QDate(2026, 1, 28), QTime(20, 0), Clock::colombia())));
    // A failed reminder to a does not count as a reminder.
    QVERIFY(message(a, QStringLiteral("failed"),
                    QDateTime(QDate(2026, 1, 30), QTime(9, 0), Clock::colombia())));

    ReportQueries reports(fx.db(), fx.clock());
    MessageLogSchema log;
    log.table = QStringLiteral("test_outbox");
    log.statusColumn = QStringLiteral("state");
    log.timestampColumn = QStringLiteral("sent_at");
    reports.setMessageLog(log);
    ReportFilter filter;
    filter.from = QDate(2026, 2, 1);
    filter.to = QDate(2026, 2, 28);
    const auto c = reports.collections(filter, 7);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QCOMPARE(c->payments, 3);
    QCOMPARE(c->total, Money::fromPesos(550000));
    QCOMPARE(c->reversedPayments, 1);
    QCOMPARE(c->reversedAmount, Money::fromPesos(400000));
    QCOMPARE(c->byMethod.size(), 2);
    QCOMPARE(c->byMethod.at(0).method, Payment::Method::Nequi);
    QCOMPARE(c->byMethod.at(0).amount, Money::fromPesos(350000));
    QCOMPARE(c->byMethod.at(1).amount, Money::fromPesos(200000));
    QCOMPARE(c->byDay.size(), 2);
    QCOMPARE(c->byDay.at(0).date, QDate(2026, 2, 1));
    QCOMPARE(c->byDay.at(0).payments, 2);
    QCOMPARE(c->byDay.at(1).amount, Money::fromPesos(300000));
    QVERIFY(c->hasRecovery);
    QCOMPARE(c->recoveredPayments, 1);
    QCOMPARE(c->recovered, Money::fromPesos(300000));

    // Five days is too short for the reminder on the 28th.
    const auto shorter = reports.collections(filter, 5);
    QVERIFY(shorter.ok());
    QCOMPARE(shorter->recoveredPayments, 0);
}

void TestReportQueries::messagesReportReadsConfiguredLog()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    QSqlQuery q(fx.db().connection());
    QVERIFY(q.exec(
        QStringLiteral("CREATE TABLE msgs (client_id INTEGER, status TEXT, updated_at TEXT)")));
    auto message = [&](const QString &status, const QDateTime &local) {
        q.prepare(QStringLiteral("INSERT INTO msgs VALUES (1, ?, ?)"));
        q.addBindValue(status);
        q.addBindValue(SqlValues::timestamp(local.toUTC()));
        return q.exec();
    };
    const QTimeZone co = Clock::colombia();
    QVERIFY(message(QStringLiteral("sent"), QDateTime(QDate(2026, 2, 2), QTime(9, 0), co)));
    QVERIFY(message(QStringLiteral("delivered"), QDateTime(QDate(2026, 2, 2), QTime(9, 1), co)));
    QVERIFY(message(QStringLiteral("failed"), QDateTime(QDate(2026, 2, 2), QTime(9, 2), co)));
    QVERIFY(message(QStringLiteral("cancelled"), QDateTime(QDate(2026, 2, 5), QTime(9, 0), co)));
    // 28/02 at 22:00 local is 01/03 UTC: still February for the business.
    QVERIFY(message(QStringLiteral("sent"), QDateTime(QDate(2026, 2, 28), QTime(22, 0), co)));
    QVERIFY(message(QStringLiteral("sent"), QDateTime(QDate(2026, 3, 1), QTime(8, 0), co)));
    QVERIFY(message(QStringLiteral("queued"), QDateTime(QDate(2026, 2, 3), QTime(8, 0), co)));

    ReportQueries reports(fx.db(), fx.clock());
    MessageLogSchema log;
    log.table = QStringLiteral("msgs");
    reports.setMessageLog(log);
    ReportFilter filter;
    filter.from = QDate(2026, 2, 1);
    filter.to = QDate(2026, 2, 28);
    const auto m = reports.messages(filter, Money::fromPesos(35));
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->sent, 3);
    QCOMPARE(m->failed, 1);
    QCOMPARE(m->cancelled, 1);
    QCOMPARE(m->estimatedCost, Money::fromPesos(105));
    QCOMPARE(m->byDay.size(), 3);
    QCOMPARE(m->byDay.last().date, QDate(2026, 2, 28));

    log.table = QStringLiteral("msgs; DROP TABLE debts");
    reports.setMessageLog(log);
    QCOMPARE(reports.messages(filter, Money::fromPesos(35)).code(), ErrorCode::Invalid);
}

void TestReportQueries::messagesReportNeedsALog()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    ReportQueries reports(fx.db(), fx.clock());
    const auto m = reports.messages(ReportFilter{}, Money::fromPesos(35));
    QVERIFY(!m.ok());
    QCOMPARE(m.code(), ErrorCode::NotFound);
    const auto c = reports.collections(ReportFilter{});
    QVERIFY(c.ok());
    QVERIFY(!c->hasRecovery);
}

void TestReportQueries::overdueByMonthMatchesAging()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    QVERIFY(fx.generate(7, 10, 60));
    ReportQueries reports(fx.db(), fx.clock());
    const QDate asOf(2026, 1, 20);
    const auto series = reports.overdueByMonth(asOf, 12);
    QVERIFY2(series.ok(), qPrintable(series.error()));
    QCOMPARE(series->size(), 12);
    QCOMPARE(series->first().month, QDate(2025, 2, 1));
    QCOMPARE(series->last().month, QDate(2026, 1, 1));
    for (const MonthlyAmount &m : *series) {
        const QDate cut = m.month.month() == 1 && m.month.year() == 2026
                              ? asOf
                              : m.month.addMonths(1).addDays(-1);
        qint64 expected = 0;
        for (const FixtureDebt &d : std::as_const(fx.debts)) {
            const qint64 balance = d.balanceAsOf(cut);
            if (d.issue <= cut && balance > 0 && d.due < cut)
                expected += balance;
        }
        QCOMPARE(m.amount.minor(), expected);
    }

    const auto collected = reports.collectionsByMonth(asOf, 12);
    QVERIFY(collected.ok());
    qint64 expectedAll = 0;
    for (const FixtureDebt &d : std::as_const(fx.debts))
        for (const FixturePayment &p : d.payments)
            if (!p.reversedOn.isValid() && p.date >= QDate(2025, 2, 1) && p.date <= asOf)
                expectedAll += p.amount;
    qint64 sum = 0;
    for (const MonthlyAmount &m : *collected)
        sum += m.amount.minor();
    QCOMPARE(sum, expectedAll);
}

QTEST_GUILESS_MAIN(TestReportQueries)
#include "tst_reportqueries.moc"
