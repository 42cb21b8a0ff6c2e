#include "core/reportfixture.h"
#include "dashboardview.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

class TestDashboardView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void figuresMatchTheReports();
    void clickingALevelBarOpensItsDebts();
    void levelBarMatchesTheDebtsListItOpens();
    void clickingAMonthOpensItsList();
    void remindersAgainstRecoveredMoney();
    void screenshot();

private:
    QBarSet *barSet(DashboardView &view, int chart);
    ReportFixture m_fx;
};

void TestDashboardView::initTestCase()
{
    qRegisterMetaType<DebtQuery>();
    qRegisterMetaType<PaymentQuery>();
    QVERIFY(m_fx.open());
    QVERIFY(m_fx.generate(1212, 40, 200));
    m_fx.clock().setLocal(QDate(2026, 1, 20), QTime(9, 0));
}

QBarSet *TestDashboardView::barSet(DashboardView &view, int chart)
{
    const QList<QChartView *> views = view.findChildren<QChartView *>();
    if (chart >= views.size())
        return nullptr;
    const QList<QAbstractSeries *> series = views.at(chart)->chart()->series();
    if (series.isEmpty())
        return nullptr;
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    return bars && !bars->barSets().isEmpty() ? bars->barSets().first() : nullptr;
}

void TestDashboardView::figuresMatchTheReports()
{
    DashboardView view(m_fx.db(), m_fx.clock());
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    const QDate today(2026, 1, 20);
    qint64 expected = 0;
    for (const FixtureDebt &d : std::as_const(m_fx.debts))
        if (d.issue <= today && d.balanceAsOf(today) > 0)
            expected += d.balanceAsOf(today);
    QCOMPARE(view.aging().total.minor(), expected);
    QCOMPARE(view.overdueByMonth().size(), 12);
    QCOMPARE(view.collectionsByMonth().size(), 12);
    QCOMPARE(view.overdueByMonth().last().month, QDate(2026, 1, 1));
    // Today's overdue bar equals the overdue part of today's aging.
    QCOMPARE(view.overdueByMonth().last().amount,
             view.aging().total - view.aging().bucketTotals.first());

    QBarSet *levels = barSet(view, 0);
    QVERIFY(levels);
    QCOMPARE(levels->count(), MoraLevels::defaults().count());
    QCOMPARE(qRound64(levels->at(0) * 1'000'000), view.aging().bucketTotals.first().pesos());
}

void TestDashboardView::clickingALevelBarOpensItsDebts()
{
    DashboardView view(m_fx.db(), m_fx.clock());
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QSignalSpy debts(&view, &DashboardView::debtListRequested);
    QBarSet *levels = barSet(view, 0);
    QVERIFY(levels);
    emit levels->clicked(2); // 31–60 days
    QCOMPARE(debts.count(), 1);
    const DebtQuery q = debts.first().at(0).value<DebtQuery>();
    QCOMPARE(q.state, DebtQuery::State::Overdue);
    QCOMPARE(q.minDaysOverdue, 31);
    QCOMPARE(q.maxDaysOverdue, 60);
    QCOMPARE(q.asOf, QDate(2026, 1, 20));
    emit levels->clicked(0);
    QCOMPARE(debts.last().at(0).value<DebtQuery>().state, DebtQuery::State::Current);
    emit levels->clicked(4);
    QCOMPARE(debts.last().at(0).value<DebtQuery>().maxDaysOverdue, -1);
}

void TestDashboardView::levelBarMatchesTheDebtsListItOpens()
{
    // With no payment dated after today, the list a bar opens adds up to the bar.
    ReportFixture fx;
    QVERIFY(fx.open());
    const qint64 a = fx.addClient(QStringLiteral("Almacén Uno"));
    const qint64 b = fx.addClient(QStringLiteral("Bodega Dos"));
    const qint64 d1 = fx.addDebt(a, QDate(2025, 11, 1), QDate(2025, 12, 1), 800000); // 50 days
    fx.addDebt(b, QDate(2025, 11, 10), QDate(2025, 12, 10), 300000);                 // 41 days
    fx.addDebt(b, QDate(2026, 1, 2), QDate(2026, 1, 10), 200000);                    // 10 days
    fx.pay(d1, QDate(2026, 1, 5), 100000);
    const qint64 bounced = fx.pay(d1, QDate(2026, 1, 6), 50000);
    QVERIFY(fx.reverse(bounced, QDate(2026, 1, 8)));
    fx.clock().setLocal(QDate(2026, 1, 20), QTime(9, 0));
    DashboardView view(fx.db(), fx.clock());
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QCOMPARE(view.aging().bucketTotals.at(2), Money::fromPesos(1000000));
    DebtRepository repo(fx.db(), fx.clock());
    for (int level = 0; level < view.moraLevels().count(); ++level) {
        DebtQuery band = view.queryForLevel(level);
        band.limit = 1000;
        const auto rows = repo.list(band);
        QVERIFY(rows.ok());
        Money sum;
        for (const DebtRow &r : *rows)
            sum += r.debt.balance();
        QCOMPARE(sum, view.aging().bucketTotals.at(level));
    }
}

void TestDashboardView::clickingAMonthOpensItsList()
{
    DashboardView view(m_fx.db(), m_fx.clock());
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QSignalSpy payments(&view, &DashboardView::paymentListRequested);
    QSignalSpy debts(&view, &DashboardView::debtListRequested);
    QBarSet *collections = barSet(view, 2);
    QVERIFY(collections);
    emit collections->clicked(10); // December 2025
    QCOMPARE(payments.count(), 1);
    const PaymentQuery p = payments.first().at(0).value<PaymentQuery>();
    QCOMPARE(p.from, QDate(2025, 12, 1));
    QCOMPARE(p.to, QDate(2025, 12, 31));
    QBarSet *overdue = barSet(view, 1);
    QVERIFY(overdue);
    emit overdue->clicked(9); // November 2025
    QCOMPARE(debts.count(), 1);
    QCOMPARE(debts.first().at(0).value<DebtQuery>().asOf, QDate(2025, 11, 30));
    QCOMPARE(debts.first().at(0).value<DebtQuery>().state, DebtQuery::State::Overdue);
}

void TestDashboardView::remindersAgainstRecoveredMoney()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    const qint64 a = fx.addClient(QStringLiteral("Almacén Uno"));
    const qint64 debt = fx.addDebt(a, QDate(2025, 11, 1), QDate(2025, 12, 1), 900000);
    fx.pay(debt, QDate(2025, 12, 20), 100000);                       // no reminder before it
    fx.pay(debt, QDate(2026, 1, 8), 300000, Payment::Method::Nequi); // 3 days after a reminder
    QSqlQuery q(fx.db().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE outbox_test (client_id INTEGER, status TEXT, "
                                  "updated_at TEXT)")));
    auto message = [&](const QString &status, const QDate &day) {
        q.prepare(QStringLiteral("INSERT INTO outbox_test VALUES (?, ?, ?)"));
        q.addBindValue(a);
        q.addBindValue(status);
        q.addBindValue(
            QDateTime(day, QTime(9, 0), Clock::colombia()).toUTC().toString(Qt::ISODateWithMs));
        return q.exec();
    };
    QVERIFY(message(QStringLiteral("failed"), QDate(2025, 12, 1)));
    QVERIFY(message(QStringLiteral("sent"), QDate(2026, 1, 5)));
    fx.clock().setLocal(QDate(2026, 1, 20), QTime(9, 0));

    DashboardView view(fx.db(), fx.clock());
    MessageLogSchema log;
    log.table = QStringLiteral("outbox_test");
    view.setMessageLog(log, 7);
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    const QList<MonthlyReminders> &series = view.remindersByMonth();
    QCOMPARE(series.size(), 12);
    QCOMPARE(series.at(10).month, QDate(2025, 12, 1));
    QCOMPARE(series.at(10).sent, 0);
    QCOMPARE(series.at(10).recovered, Money());
    QCOMPARE(series.at(11).sent, 1);
    QCOMPARE(series.at(11).recovered, Money::fromPesos(300000));
    QCOMPARE(view.collectionsByMonth().at(10).amount, Money::fromPesos(100000));

    const QList<QChartView *> views = view.findChildren<QChartView *>();
    QCOMPARE(views.size(), 4);
    QVERIFY(!views.at(3)->isHidden());
    QSignalSpy payments(&view, &DashboardView::paymentListRequested);
    auto *bars = qobject_cast<QBarSeries *>(views.at(3)->chart()->series().first());
    QVERIFY(bars);
    emit bars->barSets().first()->clicked(11);
    QCOMPARE(payments.count(), 1);
    QCOMPARE(payments.first().at(0).value<PaymentQuery>().from, QDate(2026, 1, 1));
}

void TestDashboardView::screenshot()
{
    const QString dir = qEnvironmentVariable("CARTERA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set CARTERA_SCREENSHOT_DIR to save the panel's picture");
    // Reminders on random days before payments, so the fourth chart has something to show.
    QSqlQuery q(m_fx.db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "CREATE TABLE shot_outbox (client_id INTEGER, status TEXT, updated_at TEXT)")));
    QRandomGenerator rng(8);
    for (const FixtureDebt &d : std::as_const(m_fx.debts)) {
        for (const FixturePayment &p : d.payments) {
            if (rng.bounded(3) == 0)
                continue;
            q.prepare(QStringLiteral("INSERT INTO shot_outbox VALUES (?, 'sent', ?)"));
            q.addBindValue(d.clientId);
            q.addBindValue(
                QDateTime(p.date.addDays(-rng.bounded(6)), QTime(9, 0), Clock::colombia())
                    .toUTC()
                    .toString(Qt::ISODateWithMs));
            QVERIFY(q.exec());
        }
    }
    QTranslator spanish; // pictured as a Colombian business sees it
    QVERIFY(spanish.load(QStringLiteral("cartera_es"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&spanish);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Colombia));
    DashboardView view(m_fx.db(), m_fx.clock());
    MessageLogSchema log;
    log.table = QStringLiteral("shot_outbox");
    view.setMessageLog(log);
    view.resize(1100, 720);
    view.show();
    QSignalSpy refreshed(&view, &DashboardView::refreshed);
    view.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
    QVERIFY(view.grab().save(dir + QStringLiteral("/panel-de-metricas.png")));
    QCoreApplication::removeTranslator(&spanish);
    QLocale::setDefault(previous);
}

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
