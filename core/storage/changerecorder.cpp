#include "changerecorder.h"

#include "auditlog.h"
#include "clientrepository.h"
#include "consenthistory.h"
#include "debtrepository.h"
#include "paymentrepository.h"

#include <QSqlQuery>

namespace ChangeRecorder {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool consentChanged(const Consent &a, const Consent &b)
{
    return a.state != b.state || a.at != b.at || a.source.trimmed() != b.source.trimmed()
           || a.evidence != b.evidence;
}

QString consentAction(Consent::State state)
{
    switch (state) {
    case Consent::State::Granted:
        return QStringLiteral("grant");
    case Consent::State::Revoked:
        return QStringLiteral("revoke");
    case Consent::State::NeverAsked:
        break;
    }
    return QStringLiteral("reset");
}

QJsonObject consentJson(const Consent &c)
{
    return {{QStringLiteral("state"), Consent::stateCode(c.state)},
            {QStringLiteral("at"), isoTime(c.at)},
            {QStringLiteral("channel"), c.source.trimmed()},
            {QStringLiteral("evidence"), c.evidence}};
}

Result<void> recordConsent(const Database &db, const Clock &clock, qint64 clientId,
                           const Consent &before, const Consent &after)
{
    const auto event = ConsentHistory(db, clock).append(clientId, after);
    if (!event)
        return event.failure();
    const auto logged = AuditLog(db, clock).record(QStringLiteral("consent"), event.value(),
                                                   consentAction(after.state), consentJson(before),
                                                   consentJson(after), clientId);
    if (!logged)
        return logged.failure();
    return {};
}

Result<void> ok(const Result<qint64> &r)
{
    if (!r)
        return r.failure();
    return {};
}

qint64 clientOfDebt(const Database &db, qint64 debtId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT client_id FROM debts WHERE id = ?"));
    q.addBindValue(debtId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QJsonObject toJson(const Client &c)
{
    return {{QStringLiteral("name"), c.name.trimmed()},
            {QStringLiteral("document_type"), IdentityDocument::typeCode(c.document.type())},
            {QStringLiteral("document_number"), c.document.number()},
            {QStringLiteral("whatsapp"), c.whatsapp.e164()},
            {QStringLiteral("email"), c.email.trimmed()},
            {QStringLiteral("address"), c.address.trimmed()},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("consent_state"), Consent::stateCode(c.consent.state)},
            {QStringLiteral("consent_at"), isoTime(c.consent.at)},
            {QStringLiteral("consent_channel"), c.consent.source.trimmed()},
            {QStringLiteral("consent_evidence"), c.consent.evidence},
            {QStringLiteral("active"), c.active}};
}

QJsonObject toJson(const Debt &d)
{
    return {{QStringLiteral("client_id"), d.clientId},
            {QStringLiteral("reference"), d.reference.trimmed()},
            {QStringLiteral("description"), d.description.trimmed()},
            {QStringLiteral("issue_date"), isoDate(d.issueDate)},
            {QStringLiteral("due_date"), isoDate(d.dueDate)},
            {QStringLiteral("amount_minor"), d.amount.minor()},
            {QStringLiteral("paid_minor"), d.paid.minor()},
            {QStringLiteral("installment"), d.installment},
            {QStringLiteral("written_off"), d.writtenOff}};
}

QJsonObject toJson(const Payment &p)
{
    QJsonObject o{{QStringLiteral("debt_id"), p.debtId},
                  {QStringLiteral("date"), isoDate(p.date)},
                  {QStringLiteral("amount_minor"), p.amount.minor()},
                  {QStringLiteral("method"), Payment::methodCode(p.method)},
                  {QStringLiteral("reference"), p.reference},
                  {QStringLiteral("note"), p.note},
                  {QStringLiteral("reversed"), p.reversed}};
    if (p.reversed)
        o.insert(QStringLiteral("reversal_reason"), p.reversalReason);
    return o;
}

Result<void> clientCreated(const Database &db, const Clock &clock, qint64 id, const Client &client)
{
    if (auto logged = AuditLog(db, clock).record(QStringLiteral("client"), id,
                                                 QStringLiteral("create"), {}, toJson(client), id);
        !logged)
        return logged.failure();
    if (client.consent.state != Consent::State::NeverAsked)
        return recordConsent(db, clock, id, Consent(), client.consent);
    return {};
}

Result<void> clientUpdating(const Database &db, const Clock &clock, const Client &client)
{
    const auto before = ClientRepository(db, clock).get(client.id);
    if (!before)
        return before.failure();
    const QJsonObject a = toJson(before.value());
    const QJsonObject b = toJson(client);
    if (a != b) {
        if (auto logged = AuditLog(db, clock).record(QStringLiteral("client"), client.id,
                                                     QStringLiteral("update"), a, b, client.id);
            !logged)
            return logged.failure();
    }
    if (consentChanged(before->consent, client.consent))
        return recordConsent(db, clock, client.id, before->consent, client.consent);
    return {};
}

Result<void> clientRemoving(const Database &db, const Clock &clock, const Client &client)
{
    return ok(AuditLog(db, clock).record(QStringLiteral("client"), client.id,
                                         QStringLiteral("delete"), toJson(client), {}, client.id));
}

Result<void> debtCreated(const Database &db, const Clock &clock, qint64 id, const Debt &debt)
{
    return ok(AuditLog(db, clock).record(QStringLiteral("debt"), id, QStringLiteral("create"), {},
                                         toJson(debt), debt.clientId));
}

Result<void> debtUpdated(const Database &db, const Clock &clock, const Debt &before,
                         const Debt &after)
{
    Debt written = after;
    written.paid = before.paid;
    written.writtenOff = before.writtenOff;
    const QJsonObject a = toJson(before);
    const QJsonObject b = toJson(written);
    if (a == b)
        return {};
    return ok(AuditLog(db, clock).record(QStringLiteral("debt"), after.id, QStringLiteral("update"),
                                         a, b, after.clientId));
}

Result<void> debtRemoving(const Database &db, const Clock &clock, const Debt &debt)
{
    return ok(AuditLog(db, clock).record(QStringLiteral("debt"), debt.id, QStringLiteral("delete"),
                                         toJson(debt), {}, debt.clientId));
}

Result<void> debtWritingOff(const Database &db, const Clock &clock, qint64 debtId, bool writtenOff)
{
    const auto before = DebtRepository(db, clock).get(debtId);
    if (!before)
        return before.failure();
    Debt after = before.value();
    after.writtenOff = writtenOff;
    return ok(AuditLog(db, clock).record(QStringLiteral("debt"), debtId,
                                         writtenOff ? QStringLiteral("write_off")
                                                    : QStringLiteral("reinstate"),
                                         toJson(before.value()), toJson(after), before->clientId));
}

Result<void> paymentRecorded(const Database &db, const Clock &clock, qint64 paymentId,
                             const Payment &payment)
{
    return ok(AuditLog(db, clock).record(QStringLiteral("payment"), paymentId,
                                         QStringLiteral("create"), {}, toJson(payment),
                                         clientOfDebt(db, payment.debtId)));
}

Result<void> paymentReversed(const Database &db, const Clock &clock, const Payment &payment,
                             const QString &reason)
{
    Payment after = payment;
    after.reversed = true;
    after.reversalReason = reason.trimmed();
    return ok(AuditLog(db, clock).record(QStringLiteral("payment"), payment.id,
                                         QStringLiteral("reverse"), toJson(payment), toJson(after),
                                         clientOfDebt(db, payment.debtId)));
}

} // namespace ChangeRecorder
