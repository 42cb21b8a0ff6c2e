#include "core/reminderfixture.h"

#include "messagetemplaterepository.h"
#include "reminderpolicyrepository.h"

#include <QTest>

// Saved reminder texts and rules.
class tst_MessageTemplateRepository : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultsWhenNoneSaved();
    void unknownPlaceholderRefusedAtSave();
    void templatePerMoraLevel_data();
    void templatePerMoraLevel();
    void oneTemplatePerLevel();
    void policyRoundTrip();
    void invalidPolicyRefused();

private:
    std::unique_ptr<ReminderFixture> f;
};

void tst_MessageTemplateRepository::init()
{
    f = std::make_unique<ReminderFixture>();
    QVERIFY(f->open());
}

void tst_MessageTemplateRepository::cleanup()
{
    f->db->close();
    f.reset();
}

void tst_MessageTemplateRepository::defaultsWhenNoneSaved()
{
    MessageTemplateRepository repo(*f->db, f->clock);
    QCOMPARE(repo.forMoraLevel(2)->body, MessageTemplate::defaultOverdue().body);
    QCOMPARE(repo.forMoraLevel(0)->body, MessageTemplate::defaultPreventive().body);
    QVERIFY(repo.ensureDefaults().ok());
    QVERIFY(repo.ensureDefaults().ok()); // twice changes nothing
    const auto list = repo.list();
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(1).parameters, (QStringList{QStringLiteral("nombre"), QStringLiteral("saldo"),
                                                  QStringLiteral("vencimiento")}));
    QCOMPARE(list->at(1).body, MessageTemplate::defaultOverdue().body);
}

void tst_MessageTemplateRepository::unknownPlaceholderRefusedAtSave()
{
    MessageTemplateRepository repo(*f->db, f->clock);
    MessageTemplate t = MessageTemplate::defaultOverdue();
    t.body = QStringLiteral("Hola {cliente}, debes {saldo}.");
    const auto saved = repo.save(t);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.code(), ErrorCode::Invalid);
    QVERIFY(saved.error().contains(QStringLiteral("{cliente}")));
    QVERIFY(repo.list()->isEmpty());
}

void tst_MessageTemplateRepository::templatePerMoraLevel_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("expected");
    QTest::newRow("al día") << 0 << "preventivo";
    QTest::newRow("1-30") << 1 << "vencido";
    QTest::newRow("31-60") << 2 << "vencido";
    QTest::newRow("61-90") << 3 << "fuerte";
    QTest::newRow("90+") << 4 << "fuerte";
}

void tst_MessageTemplateRepository::templatePerMoraLevel()
{
    QFETCH(int, level);
    QFETCH(QString, expected);
    MessageTemplateRepository repo(*f->db, f->clock);
    QVERIFY(repo.ensureDefaults().ok());
    MessageTemplate strong;
    strong.name = QStringLiteral("Cobro prejurídico");
    strong.moraLevel = 3;
    strong.body = QStringLiteral("fuerte: {nombre} debe {saldo} hace {dias_mora} días.");
    strong.providerTemplate = QStringLiteral("cobro_prejuridico");
    strong.parameters
        = {QStringLiteral("nombre"), QStringLiteral("saldo"), QStringLiteral("dias_mora")};
    QVERIFY(repo.save(strong).ok());
    const auto t = repo.forMoraLevel(level);
    QVERIFY(t.ok());
    const QString body = t->body;
    QVERIFY2(expected == QLatin1String("preventivo") ? body.contains(QStringLiteral("vence el"))
             : expected == QLatin1String("vencido")
                 ? body.contains(QStringLiteral("pago pendiente"))
                 : body.startsWith(QStringLiteral("fuerte")),
             qPrintable(body));
}

void tst_MessageTemplateRepository::oneTemplatePerLevel()
{
    MessageTemplateRepository repo(*f->db, f->clock);
    QVERIFY(repo.ensureDefaults().ok());
    MessageTemplate again = MessageTemplate::defaultOverdue();
    again.name = QStringLiteral("Otro");
    const auto saved = repo.save(again);
    QCOMPARE(saved.code(), ErrorCode::Duplicate);
}

void tst_MessageTemplateRepository::policyRoundTrip()
{
    ReminderPolicyRepository repo(*f->db, f->clock);
    QCOMPARE(repo.get().value(), ReminderPolicy::defaults());
    ReminderPolicy p;
    p.steps = {-5, 0, 10};
    p.repeatEveryDays = 15;
    p.weeklyCap = 2;
    p.businessName = QStringLiteral("Distribuidora La 14");
    QVERIFY(repo.save(p).ok());
    QCOMPARE(repo.get().value(), p);
}

void tst_MessageTemplateRepository::invalidPolicyRefused()
{
    ReminderPolicyRepository repo(*f->db, f->clock);
    ReminderPolicy p;
    p.steps = {5, 1};
    QVERIFY(!repo.save(p).ok());
    QCOMPARE(repo.get().value(), ReminderPolicy::defaults());
}

QTEST_GUILESS_MAIN(tst_MessageTemplateRepository)
#include "tst_messagetemplaterepository.moc"
