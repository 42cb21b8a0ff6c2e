#include "exampledata.h"
#include "moralevel.h"
#include "uitesthelpers.h"

#include <QSet>

class TestExampleData : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void loadsAPlausiblePortfolio();
    void coversEveryMoraLevelAsOfToday();
    void followsEveryClientRule();
    void refusesADatabaseWithClients();

private:
    std::unique_ptr<UiTest::Fixture> m_f;
};

void TestExampleData::init()
{
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
}

void TestExampleData::cleanup()
{
    m_f.reset();
}

void TestExampleData::loadsAPlausiblePortfolio()
{
    const auto loaded = ExampleData::load(m_f->db, m_f->clock);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(loaded->clients >= 24 && loaded->clients <= 60);
    QVERIFY(loaded->debts >= loaded->clients);
    QVERIFY(loaded->payments > 0);
    QCOMPARE(ClientRepository(m_f->db, m_f->clock).count(ClientQuery()).value(), loaded->clients);
    QCOMPARE(DebtRepository(m_f->db, m_f->clock).count(DebtQuery()).value(), loaded->debts);
    QCOMPARE(PaymentRepository(m_f->db, m_f->clock).count(PaymentQuery()).value(), loaded->payments);

    // Some debts partly paid, some paid in full, none paid in the future.
    DebtQuery settled;
    settled.state = DebtQuery::State::Settled;
    QVERIFY(DebtRepository(m_f->db, m_f->clock).count(settled).value() > 0);
    DebtQuery all;
    all.limit = 1000;
    int partial = 0;
    for (const DebtRow &row : DebtRepository(m_f->db, m_f->clock).list(all).value()) {
        if (row.debt.paid.isPositive() && row.debt.isOpen())
            ++partial;
        QVERIFY(row.debt.issueDate <= m_f->clock.today());
    }
    QVERIFY(partial > 0);
    PaymentQuery payments;
    payments.limit = 1000;
    for (const PaymentRow &row : PaymentRepository(m_f->db, m_f->clock).list(payments).value())
        QVERIFY(row.payment.date <= m_f->clock.today());
}

void TestExampleData::coversEveryMoraLevelAsOfToday()
{
    QVERIFY(ExampleData::load(m_f->db, m_f->clock).ok());
    const MoraLevels levels = MoraLevels::defaults();
    QSet<int> seen;
    DebtQuery open;
    open.state = DebtQuery::State::Open;
    open.asOf = m_f->clock.today();
    open.limit = 1000;
    for (const DebtRow &row : DebtRepository(m_f->db, m_f->clock).list(open).value())
        seen.insert(levels.indexFor(row.debt.daysOverdue(m_f->clock.today())));
    for (int level = 0; level < levels.count(); ++level)
        QVERIFY2(seen.contains(level), qPrintable(levels.levels().at(level).name));
}

void TestExampleData::followsEveryClientRule()
{
    QVERIFY(ExampleData::load(m_f->db, m_f->clock).ok());
    ClientQuery all;
    all.limit = 1000;
    int nits = 0;
    QSet<Consent::State> consents;
    for (const Client &c : ClientRepository(m_f->db, m_f->clock).list(all).value()) {
        QVERIFY2(c.validate().ok(), qPrintable(c.name));
        // Every stored number and document parses again exactly as stored.
        const auto phone = PhoneNumber::parse(c.whatsapp.e164());
        QVERIFY2(phone.ok(), qPrintable(c.whatsapp.e164()));
        QVERIFY(c.whatsapp.e164().startsWith(QLatin1String("+573")));
        const auto document = IdentityDocument::parse(c.document.type(), c.document.number());
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QCOMPARE(document->number(), c.document.number());
        if (c.document.type() == IdentityDocument::Type::NIT)
            ++nits;
        consents.insert(c.consent.state);
    }
    QVERIFY(nits >= 5);
    QCOMPARE(consents.size(), 3); // granted, revoked and never asked all appear
}

void TestExampleData::refusesADatabaseWithClients()
{
    m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                   QStringLiteral("300 111 2233"));
    const auto loaded = ExampleData::load(m_f->db, m_f->clock);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(QLatin1String("empty database")), qPrintable(loaded.error()));
    QCOMPARE(ClientRepository(m_f->db, m_f->clock).count(ClientQuery()).value(), 1);
}

QTEST_MAIN(TestExampleData)
#include "tst_exampledata.moc"
