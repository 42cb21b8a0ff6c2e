#include "reportbuilder.h"
#include "reportfixture.h"
#include "reportqueries.h"
#include "reportrequest.h"

#include <QTest>

namespace {

// Every Money and Count column of a table adds up to its Total row, except the columns named
// (running balances, maxima).
void checkTotals(const ReportTable &table, const QStringList &notSummed = {})
{
    QVERIFY(!table.rows.isEmpty());
    const ReportRow &total = table.rows.last();
    QCOMPARE(total.style, ReportRow::Style::Total);
    for (int c = 0; c < table.columns.size(); ++c) {
        const ReportColumn &column = table.columns.at(c);
        if (notSummed.contains(column.title))
            continue;
        if (column.kind != ReportColumn::Kind::Money && column.kind != ReportColumn::Kind::Count)
            continue;
        qint64 sum = 0;
        for (const ReportRow &row : table.rows)
            if (row.style == ReportRow::Style::Detail)
                sum += row.cells.value(c).toLongLong();
        QVERIFY2(total.cells.value(c).toLongLong() == sum,
                 qPrintable(QStringLiteral("%1: total %2, rows add up to %3")
                                .arg(column.title)
                                .arg(total.cells.value(c).toLongLong())
                                .arg(sum)));
    }
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void portfolioTotals();
    void agingTotalsAndShares();
    void statementRunningBalance();
    void collectionsTotals();
    void requestNamesItsFile();
    void requestNeedsAClientForAStatement();

private:
    ReportFixture m_fx;
    ReportBuilder m_builder{
        BusinessHeader{QStringLiteral("Tienda"), QStringLiteral("900.123.456-8"), {}, {}, {}},
        QDateTime(QDate(2026, 2, 1), QTime(8, 0))};
    ReportFilter m_filter;
};

void TestReportBuilder::initTestCase()
{
    QVERIFY(m_fx.open());
    QVERIFY(m_fx.generate(555, 30, 150));
    m_filter.asOf = QDate(2025, 12, 15);
    m_filter.from = QDate(2025, 9, 1);
    m_filter.to = QDate(2025, 12, 15);
}

void TestReportBuilder::portfolioTotals()
{
    const auto data = ReportQueries(m_fx.db(), m_fx.clock()).portfolio(m_filter);
    QVERIFY(data.ok());
    const ReportDocument doc = m_builder.portfolio(*data);
    QCOMPARE(doc.tables.size(), 1);
    checkTotals(doc.tables.first(), {QStringLiteral("Max. days overdue")});
    QCOMPARE(doc.tables.first().detailRowCount(), int(data->rows.size()));
    QCOMPARE(doc.cutDate, m_filter.asOf);
    QCOMPARE(doc.business.name, QStringLiteral("Tienda"));
    QVERIFY(doc.subtitle.contains(QStringLiteral("15/12/2025")));
}

void TestReportBuilder::agingTotalsAndShares()
{
    const auto data
        = ReportQueries(m_fx.db(), m_fx.clock()).aging(m_filter, MoraLevels::defaults());
    QVERIFY(data.ok());
    const ReportDocument doc = m_builder.aging(*data);
    QCOMPARE(doc.tables.size(), 2);
    checkTotals(doc.tables.at(0));
    checkTotals(doc.tables.at(1));
    // Shares of the levels add up to 100 % within rounding.
    qint64 shares = 0;
    for (const ReportRow &row : doc.tables.at(1).rows)
        if (row.style == ReportRow::Style::Detail)
            shares += row.cells.value(2).toLongLong();
    QVERIFY2(qAbs(shares - 10000) <= 3, qPrintable(QString::number(shares)));
    QCOMPARE(doc.tables.at(1).rows.last().cells.value(1).toLongLong(), data->total.minor());
}

void TestReportBuilder::statementRunningBalance()
{
    const qint64 client = m_fx.debts.first().clientId;
    const auto data
        = ReportQueries(m_fx.db(), m_fx.clock()).statement(client, m_filter.from, m_filter.to);
    QVERIFY(data.ok());
    const ReportDocument doc = m_builder.statement(*data);
    const ReportTable &t = doc.tables.first();
    checkTotals(t, {QStringLiteral("Balance")});
    // Each line's balance is the previous one plus its charge minus its payment.
    qint64 running = t.rows.first().cells.value(7).toLongLong();
    QCOMPARE(running, data->openingBalance.minor());
    for (int r = 1; r + 1 < t.rows.size(); ++r) {
        running
            += t.rows.at(r).cells.value(5).toLongLong() - t.rows.at(r).cells.value(6).toLongLong();
        QCOMPARE(t.rows.at(r).cells.value(7).toLongLong(), running);
    }
    QCOMPARE(t.rows.last().cells.value(7).toLongLong(), running);
    QCOMPARE(running, data->closingBalance.minor());
}

void TestReportBuilder::collectionsTotals()
{
    const auto data = ReportQueries(m_fx.db(), m_fx.clock()).collections(m_filter);
    QVERIFY(data.ok());
    const ReportDocument doc = m_builder.collections(*data);
    QCOMPARE(doc.tables.size(), 2);
    checkTotals(doc.tables.at(0));
    checkTotals(doc.tables.at(1));
}

void TestReportBuilder::requestNamesItsFile()
{
    ReportRequest r;
    r.kind = ReportBuilder::Kind::Aging;
    r.filter.asOf = QDate(2026, 1, 31);
    QCOMPARE(r.suggestedFileName(), QStringLiteral("aging-by-mora-level_2026-01-31"));
}

void TestReportBuilder::requestNeedsAClientForAStatement()
{
    ReportRequest r;
    r.kind = ReportBuilder::Kind::Statement;
    const auto doc = r.run(m_fx.db(), m_fx.clock(), BusinessHeader{});
    QVERIFY(!doc.ok());
    QCOMPARE(doc.code(), ErrorCode::Invalid);
    r.filter.clientId = m_fx.debts.first().clientId;
    r.filter.to = QDate(2026, 1, 31);
    QVERIFY(r.run(m_fx.db(), m_fx.clock(), BusinessHeader{}).ok());
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
