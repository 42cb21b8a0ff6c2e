#include "testsupport.h"

#include "auditlog.h"
#include "clientprivacy.h"
#include "clock.h"
#include "consenthistory.h"
#include "paymentrepository.h"
#include "privacynotices.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace TestSupport;

class tst_HabeasData : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void consentHistoryKeepsGrantsAndRevocations();
    void auditRecordsCreateUpdatePaymentAndWriteOff();
    void auditEntryOnlyWithTheChange();
    void auditListFiltersPagesAndExports();
    void settingsCanRecordChanges();
    void correctionKeepsTheRequest();
    void exportHoldsEverything();
    void anonymiseRefusedWithOpenDebts();
    void anonymiseRemovesPersonalData();
    void privacyNoticeVersions();

private:
    Client grantedClient();
    AuditLog audit() const { return AuditLog(m_db, m_clock); }

    QTemporaryDir *m_dir = nullptr;
    Database m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(15, 0), Qt::UTC)};
};

void tst_HabeasData::init()
{
    qputenv("USER", "clerk1");
    m_clock.setNow(QDateTime(QDate(2026, 1, 15), QTime(15, 0), Qt::UTC));
    m_dir = new QTemporaryDir;
    m_db = openDatabase(m_dir->filePath(QStringLiteral("h.sqlite")));
}

void tst_HabeasData::cleanup()
{
    m_db.close();
    delete m_dir;
}

Client tst_HabeasData::grantedClient()
{
    Client c = makeClient(QStringLiteral("Juana Pérez"), QStringLiteral("1020304050"),
                          QStringLiteral("300 765 4321"));
    c.email = QStringLiteral("juana@example.com");
    c.address = QStringLiteral("Calle 80 # 12-34");
    c.notes = QStringLiteral("Prefiere que la llamen en la tarde");
    c.consent.state = Consent::State::Granted;
    c.consent.at = QDateTime(QDate(2026, 1, 2), QTime(14, 30), Qt::UTC);
    c.consent.source = QStringLiteral("formulario firmado");
    c.consent.evidence = QStringLiteral("Carpeta 3, folio 12");
    return c;
}

void tst_HabeasData::consentHistoryKeepsGrantsAndRevocations()
{
    ClientRepository clients(m_db, m_clock);
    QVERIFY(
        PrivacyNotices(m_db, m_clock).save(QStringLiteral("Aviso v1: autorizo mensajes.")).ok());
    Client c = grantedClient();
    QVERIFY(clients.create(c).ok());

    m_clock.advanceDays(3);
    c.consent.state = Consent::State::Revoked;
    c.consent.at = m_clock.now();
    c.consent.source = QStringLiteral("mensaje de WhatsApp");
    c.consent.evidence = QStringLiteral("\"No me escriban más\"");
    QVERIFY(clients.update(c).ok());
    // A change that does not touch the consent adds no event.
    c.address = QStringLiteral("Calle 81");
    QVERIFY(clients.update(c).ok());

    const auto events = ConsentHistory(m_db, m_clock).list(c.id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).state, Consent::State::Granted);
    QCOMPARE(events->at(0).channel, QStringLiteral("formulario firmado"));
    QCOMPARE(events->at(0).evidence, QStringLiteral("Carpeta 3, folio 12"));
    QCOMPARE(events->at(0).acceptedText, QStringLiteral("Aviso v1: autorizo mensajes."));
    QCOMPARE(events->at(0).effectiveAt, QDateTime(QDate(2026, 1, 2), QTime(14, 30), Qt::UTC));
    QCOMPARE(events->at(0).recordedBy, QStringLiteral("clerk1"));
    QCOMPARE(events->at(1).state, Consent::State::Revoked);
    QCOMPARE(events->at(1).channel, QStringLiteral("mensaje de WhatsApp"));
    QVERIFY(events->at(1).acceptedText.isEmpty());
    // The revocation is in force at once: the client row says so.
    QVERIFY(!clients.get(c.id)->consent.isGranted());

    AuditQuery consent;
    consent.entity = QStringLiteral("consent");
    consent.newestFirst = false;
    const auto entries = audit().list(consent);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).action, QStringLiteral("grant"));
    QCOMPARE(entries->at(1).action, QStringLiteral("revoke"));
    QCOMPARE(entries->at(1).before.value("state").toString(), QStringLiteral("granted"));
    QCOMPARE(entries->at(1).after.value("state").toString(), QStringLiteral("revoked"));
}

void tst_HabeasData::auditRecordsCreateUpdatePaymentAndWriteOff()
{
    ClientRepository clients(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    PaymentRepository payments(m_db, m_clock);
    Client c = makeClient(QStringLiteral("Ana Ruiz"), QStringLiteral("123456"));
    QVERIFY(clients.create(c).ok());
    m_clock.advanceSecs(60);
    c.whatsapp = PhoneNumber::parse(QStringLiteral("310 000 0000")).value();
    QVERIFY(clients.update(c).ok());
    Debt d = makeDebt(c.id, QStringLiteral("F-1"), QDate(2026, 2, 1), 100000);
    QVERIFY(debts.create(d).ok());
    d.amount = Money::fromPesos(120000);
    QVERIFY(debts.update(d).ok());
    Payment p;
    p.debtId = d.id;
    p.date = QDate(2026, 1, 15);
    p.amount = Money::fromPesos(20000);
    QVERIFY(payments.record(p).ok());
    QVERIFY(payments.reverse(p.id, QStringLiteral("cheque devuelto")).ok());
    QVERIFY(debts.writeOff(d.id, true).ok());

    AuditQuery all;
    all.newestFirst = false;
    const auto entries = audit().list(all);
    QVERIFY(entries.ok());
    QStringList seen;
    for (const AuditEntry &e : entries.value()) {
        seen << e.entity + QLatin1Char(':') + e.action;
        QCOMPARE(e.user, QStringLiteral("clerk1"));
        QCOMPARE(e.clientId, c.id);
        QCOMPARE(e.at.timeSpec(), Qt::UTC);
    }
    QCOMPARE(seen, (QStringList{"client:create", "client:update", "debt:create", "debt:update",
                                "payment:create", "payment:reverse", "debt:write_off"}));
    const AuditEntry &update = entries->at(1);
    QCOMPARE(update.before.value("whatsapp").toString(), QStringLiteral("+573001234567"));
    QCOMPARE(update.after.value("whatsapp").toString(), QStringLiteral("+573100000000"));
    QCOMPARE(AuditLog::describeChange(update.before, update.after),
             QStringLiteral("whatsapp: +573001234567 → +573100000000"));
    QCOMPARE(entries->at(3).before.value("amount_minor").toInteger(), 10000000);
    QCOMPARE(entries->at(3).after.value("amount_minor").toInteger(), 12000000);
    QCOMPARE(entries->at(4).after.value("amount_minor").toInteger(), 2000000);
    QCOMPARE(entries->at(5).after.value("reversal_reason").toString(),
             QStringLiteral("cheque devuelto"));
    QCOMPARE(entries->at(6).after.value("written_off").toBool(), true);
}

void tst_HabeasData::auditEntryOnlyWithTheChange()
{
    ClientRepository clients(m_db, m_clock);
    Client c = makeClient(QStringLiteral("Ana Ruiz"), QStringLiteral("123456"));
    QVERIFY(clients.create(c).ok());
    // A stale copy loses the race: neither the change nor its audit entry is saved.
    Client stale = c;
    c.name = QStringLiteral("Ana María Ruiz");
    QVERIFY(clients.update(c).ok());
    stale.name = QStringLiteral("Otra");
    const auto refused = clients.update(stale);
    QCOMPARE(refused.code(), ErrorCode::Conflict);
    QCOMPARE(audit().count({}).value(), 2);
    // And a refused payment leaves no entry.
    Debt d = makeDebt(c.id, QStringLiteral("F-1"), QDate(2026, 2, 1), 1000);
    QVERIFY(DebtRepository(m_db, m_clock).create(d).ok());
    Payment p;
    p.debtId = d.id;
    p.date = QDate(2026, 1, 15);
    p.amount = Money::fromPesos(5000);
    QVERIFY(!PaymentRepository(m_db, m_clock).record(p).ok());
    QCOMPARE(audit().count({}).value(), 3);
}

void tst_HabeasData::auditListFiltersPagesAndExports()
{
    ClientRepository clients(m_db, m_clock);
    for (int i = 0; i < 25; ++i) {
        Client c = makeClient(QStringLiteral("Cliente %1").arg(i), QString::number(100000 + i));
        QVERIFY(clients.create(c).ok());
        m_clock.advanceSecs(60);
    }
    AuditQuery q;
    q.limit = 10;
    QCOMPARE(audit().count(q).value(), 25);
    const auto first = audit().list(q);
    QCOMPARE(first->size(), 10);
    QVERIFY(first->at(0).after.value("name").toString() == QStringLiteral("Cliente 24"));
    q.offset = 20;
    QCOMPARE(audit().list(q)->size(), 5);
    q = AuditQuery();
    q.search = QStringLiteral("cliente 1");
    QCOMPARE(audit().count(q).value(), 11); // 1 and 10-19
    q = AuditQuery();
    q.from = QDateTime(QDate(2026, 1, 15), QTime(15, 10), Qt::UTC);
    q.to = QDateTime(QDate(2026, 1, 15), QTime(15, 15), Qt::UTC);
    QCOMPARE(audit().count(q).value(), 5);

    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    const auto written = audit().exportCsv(AuditQuery(), &buffer);
    QCOMPARE(written.value(), 25);
    const QStringList lines
        = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 26);
    QVERIFY2(lines.at(1).startsWith(QLatin1String("2026-01-15T15:24:00Z;clerk1;client;")),
             qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QLatin1String("name: Cliente 24")));
}

void tst_HabeasData::settingsCanRecordChanges()
{
    const auto id = audit().record(QStringLiteral("settings"), 0, QStringLiteral("update"),
                                   {{QStringLiteral("reminder_steps"), QStringLiteral("-3,0,1")}},
                                   {{QStringLiteral("reminder_steps"), QStringLiteral("0,8")}});
    QVERIFY(id.ok());
    AuditQuery q;
    q.entity = QStringLiteral("settings");
    const auto entries = audit().list(q);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).after.value("reminder_steps").toString(), QStringLiteral("0,8"));
}

void tst_HabeasData::correctionKeepsTheRequest()
{
    ClientRepository clients(m_db, m_clock);
    Client c = grantedClient();
    QVERIFY(clients.create(c).ok());
    ClientPrivacy privacy(m_db, m_clock);
    c.email = QStringLiteral("juana.perez@example.com");
    QVERIFY(!privacy.correct(c, QString()).ok());
    QVERIFY(privacy.correct(c, QStringLiteral("la titular, por correo del 14/01/2026")).ok());
    QCOMPARE(clients.get(c.id)->email, QStringLiteral("juana.perez@example.com"));
    AuditQuery q;
    q.clientId = c.id;
    q.entity = QStringLiteral("client");
    q.newestFirst = false;
    const auto entries = audit().list(q);
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->at(1).before.value("email").toString(), QStringLiteral("juana@example.com"));
    QCOMPARE(entries->at(1).after.value("email").toString(),
             QStringLiteral("juana.perez@example.com"));
    QCOMPARE(entries->at(2).action, QStringLiteral("rectify"));
    QCOMPARE(entries->at(2).after.value("request").toString(),
             QStringLiteral("la titular, por correo del 14/01/2026"));
}

void tst_HabeasData::exportHoldsEverything()
{
    QSqlQuery q(m_db.connection());
    // The reminders' outbox is part of what is held about the client.
    ClientRepository clients(m_db, m_clock);
    Client c = grantedClient();
    QVERIFY(clients.create(c).ok());
    Client other = makeClient(QStringLiteral("Otro Cliente"), QStringLiteral("999888"));
    QVERIFY(clients.create(other).ok());
    q.prepare(QStringLiteral(
        "INSERT INTO outbox_messages (id, client_id, state, body, to_phone, parameters, "
        "send_date, not_before, created_at, updated_at) VALUES (1, ?, 'sent', ?, ?, "
        "'[\"Juana\",\"$250.000 COP\"]', '2026-01-14', '2026-01-14T12:00:00.000Z', "
        "'2026-01-14T12:00:00.000Z', '2026-01-14T12:00:00.000Z')"));
    q.addBindValue(c.id);
    q.addBindValue(QStringLiteral("Hola *Juana*, te recordamos tu pago"));
    q.addBindValue(QStringLiteral("+573007654321"));
    QVERIFY(q.exec());
    Debt d = makeDebt(c.id, QStringLiteral("F-77"), QDate(2026, 2, 1), 100000);
    QVERIFY(DebtRepository(m_db, m_clock).create(d).ok());
    Payment p;
    p.debtId = d.id;
    p.date = QDate(2026, 1, 15);
    p.amount = Money::fromPesos(40000);
    QVERIFY(PaymentRepository(m_db, m_clock).record(p).ok());

    const auto data = ClientPrivacy(m_db, m_clock).exportData(c.id);
    QVERIFY2(data.ok(), qPrintable(data.error()));
    const QJsonObject o = data.value();
    QCOMPARE(o.value("client").toObject().value("name").toString(), QStringLiteral("Juana Pérez"));
    QCOMPARE(o.value("client").toObject().value("email").toString(),
             QStringLiteral("juana@example.com"));
    QCOMPARE(o.value("consent_history").toArray().size(), 1);
    QVERIFY(!o.value("consent_history")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("accepted_text")
                 .toString()
                 .isEmpty());
    QCOMPARE(o.value("debts").toArray().size(), 1);
    QCOMPARE(o.value("debts").toArray().at(0).toObject().value("reference").toString(),
             QStringLiteral("F-77"));
    QCOMPARE(o.value("payments").toArray().size(), 1);
    QCOMPARE(o.value("payments").toArray().at(0).toObject().value("amount_minor").toInteger(),
             4000000);
    QCOMPARE(o.value("messages").toArray().size(), 1);
    QCOMPARE(o.value("messages").toArray().at(0).toObject().value("body").toString(),
             QStringLiteral("Hola *Juana*, te recordamos tu pago"));
    QVERIFY(o.value("audit_log").toArray().size() >= 4); // client, consent, debt, payment
    // Nothing about the other client.
    QVERIFY(!QJsonDocument(o).toJson().contains("Otro Cliente"));
}

void tst_HabeasData::anonymiseRefusedWithOpenDebts()
{
    ClientRepository clients(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    Client c = grantedClient();
    QVERIFY(clients.create(c).ok());
    Debt d = makeDebt(c.id, QStringLiteral("F-1"), QDate(2026, 2, 1), 250000);
    QVERIFY(debts.create(d).ok());
    ClientPrivacy privacy(m_db, m_clock);
    const auto refused = privacy.anonymise(c.id, QStringLiteral("solicitud escrita"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::Conflict);
    QVERIFY2(refused.error().contains(QLatin1String("$250.000")), qPrintable(refused.error()));
    QVERIFY(refused.error().contains(QLatin1String("write the debts off")));
    QCOMPARE(clients.get(c.id)->name, QStringLiteral("Juana Pérez"));
    // Written off, it may go.
    QVERIFY(debts.writeOff(d.id, true).ok());
    QVERIFY(privacy.anonymise(c.id, QStringLiteral("solicitud escrita")).ok());
    QVERIFY(!privacy.anonymise(c.id, QStringLiteral("otra vez")).ok());
}

void tst_HabeasData::anonymiseRemovesPersonalData()
{
    QSqlQuery q(m_db.connection());
    ClientRepository clients(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    Client c = grantedClient();
    QVERIFY(clients.create(c).ok());
    c.address = QStringLiteral("Carrera 15 # 93-07"); // an older address in the audit log
    QVERIFY(clients.update(c).ok());
    q.prepare(QStringLiteral(
        "INSERT INTO outbox_messages (id, client_id, state, body, to_phone, parameters, "
        "send_date, not_before, created_at, updated_at) VALUES (1, ?, 'sent', ?, ?, "
        "'[\"Juana\",\"$250.000 COP\"]', '2026-01-14', '2026-01-14T12:00:00.000Z', "
        "'2026-01-14T12:00:00.000Z', '2026-01-14T12:00:00.000Z')"));
    q.addBindValue(c.id);
    q.addBindValue(QStringLiteral("Hola *Juana*, te recordamos tu pago"));
    q.addBindValue(QStringLiteral("573007654321"));
    QVERIFY(q.exec());
    Debt d = makeDebt(c.id, QStringLiteral("F-1"), QDate(2026, 2, 1), 100000);
    QVERIFY(debts.create(d).ok());
    Payment p;
    p.debtId = d.id;
    p.date = QDate(2026, 1, 15);
    p.amount = Money::fromPesos(100000);
    QVERIFY(PaymentRepository(m_db, m_clock).record(p).ok());
    Client second = makeClient(QStringLiteral("Segundo"), QStringLiteral("777888"));
    QVERIFY(clients.create(second).ok());

    ClientPrivacy privacy(m_db, m_clock);
    QVERIFY(privacy.anonymise(c.id, QStringLiteral("solicitud escrita radicada")).ok());
    QVERIFY(privacy.anonymise(second.id, QStringLiteral("solicitud escrita radicada")).ok());

    const auto after = clients.get(c.id);
    QCOMPARE(after->name, QStringLiteral("Titular anonimizado #%1").arg(c.id));
    QVERIFY(after->email.isEmpty() && after->address.isEmpty() && after->notes.isEmpty());
    QVERIFY(after->whatsapp.isEmpty());
    QCOMPARE(after->consent.state, Consent::State::Revoked);
    QVERIFY(!after->active);
    QVERIFY(ClientPrivacy::isAnonymised(after.value()));
    // Two anonymised clients do not collide on the document.
    QVERIFY(clients.get(second.id)->document.number() != after->document.number());
    // The accounting figures stay.
    const auto debt = debts.get(d.id);
    QCOMPARE(debt->amount, Money::fromPesos(100000));
    QCOMPARE(debt->paid, Money::fromPesos(100000));
    QCOMPARE(debts.clientBalance(c.id).value(), Money());

    const auto data = privacy.exportData(c.id);
    QVERIFY(data.ok());
    const QByteArray json = QJsonDocument(data.value()).toJson();
    for (const char *personal :
         {"Juana", "1020304050", "3007654321", "juana@example.com", "Calle 80", "Carrera 15",
          "Prefiere", "Carpeta 3", "te recordamos"})
        QVERIFY2(!json.contains(personal), personal);
    QVERIFY(json.contains("F-1"));
    QVERIFY(json.contains("10000000"));

    AuditQuery anonymise;
    anonymise.action = QStringLiteral("anonymise");
    anonymise.clientId = c.id;
    const auto entries = audit().list(anonymise);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).after.value("request").toString(),
             QStringLiteral("solicitud escrita radicada"));
    QCOMPARE(entries->at(0).user, QStringLiteral("clerk1"));
}

void tst_HabeasData::privacyNoticeVersions()
{
    PrivacyNotices notices(m_db, m_clock);
    QVERIFY(notices.current()->contains(QLatin1String("Ley 1581 de 2012")));
    QVERIFY(!notices.save(QStringLiteral("  ")).ok());
    const auto saved = notices.save(QStringLiteral("Versión 2"));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(notices.current().value(), QStringLiteral("Versión 2"));
    AuditQuery q;
    q.entity = QStringLiteral("privacy_notice");
    QCOMPARE(audit().count(q).value(), 1);
    QVERIFY(PrivacyNotices::defaultText(QStringLiteral("Ferretería Ñandú"))
                .contains(QStringLiteral("Ferretería Ñandú")));
}

QTEST_GUILESS_MAIN(tst_HabeasData)
#include "tst_habeasdata.moc"
