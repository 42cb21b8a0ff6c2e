#include "clientprivacy.h"

#include "auditlog.h"
#include "changerecorder.h"
#include "clientrepository.h"
#include "clock.h"
#include "consenthistory.h"
#include "debtrepository.h"
#include "paymentrepository.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QString kRedacted = QStringLiteral("[anonimizado]");

// Keys of the audit JSON that hold personal data.
const QStringList &personalKeys()
{
    static const QStringList keys = {QStringLiteral("name"),
                                     QStringLiteral("document_number"),
                                     QStringLiteral("whatsapp"),
                                     QStringLiteral("email"),
                                     QStringLiteral("address"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("consent_evidence"),
                                     QStringLiteral("evidence")};
    return keys;
}

QString redactJson(const QString &text)
{
    if (text.isEmpty())
        return text;
    QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QString &key : personalKeys()) {
        if (o.contains(key) && !o.value(key).toString().isEmpty())
            o.insert(key, kRedacted);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue sqlToJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QJsonObject recordToJson(const QSqlQuery &q)
{
    QJsonObject o;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        o.insert(r.fieldName(i), sqlToJson(q.value(i)));
    return o;
}

// The reminders' outbox tables ("outbox", "outbox_messages", "outbox_items", ...), when they
// exist: found at run time so that this code does not depend on their schema.
QStringList outboxTables(const Database &db)
{
    QStringList tables;
    for (const QString &t : db.connection().tables()) {
        if (t.toLower().startsWith(QLatin1String("outbox")))
            tables << t;
    }
    tables.sort();
    return tables;
}

// The outbox's columns that can hold a message text or the address it goes to.
QStringList outboxTextColumns(const Database &db, const QString &table)
{
    QStringList columns;
    const QSqlRecord r = db.connection().record(table);
    static const QStringList hints
        = {QStringLiteral("text"),    QStringLiteral("body"),     QStringLiteral("message"),
           QStringLiteral("param"),   QStringLiteral("phone"),    QStringLiteral("recipient"),
           QStringLiteral("content"), QStringLiteral("whatsapp"), QStringLiteral("to_"),
           QStringLiteral("name")};
    for (int i = 0; i < r.count(); ++i) {
        const QString name = r.fieldName(i).toLower();
        if (name.endsWith(QLatin1String("_id")) || name == QLatin1String("id")
            || name.contains(QLatin1String("status")) || name.contains(QLatin1String("template"))
            || name.contains(QLatin1String("provider")) || name.endsWith(QLatin1String("_at"))
            || name.contains(QLatin1String("error")) || name.contains(QLatin1String("key")))
            continue;
        if (r.field(i).metaType().id() != QMetaType::QString)
            continue;
        for (const QString &hint : hints) {
            if (name.contains(hint) || name == QLatin1String("to")) {
                columns << r.fieldName(i);
                break;
            }
        }
    }
    return columns;
}

// How outbox rows are tied to a client: by client_id, else through debt_id.
QString outboxClientCondition(const Database &db, const QString &table)
{
    const QSqlRecord r = db.connection().record(table);
    if (r.contains(QStringLiteral("client_id")))
        return QStringLiteral("client_id = ?");
    if (r.contains(QStringLiteral("debt_id")))
        return QStringLiteral("debt_id IN (SELECT id FROM debts WHERE client_id = ?)");
    return QString();
}

} // namespace

ClientPrivacy::ClientPrivacy(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString ClientPrivacy::anonymisedName(qint64 clientId)
{
    return QStringLiteral("Titular anonimizado #%1").arg(clientId);
}

QString ClientPrivacy::anonymisedDocument(qint64 clientId)
{
    return QStringLiteral("ANON%1").arg(clientId);
}

bool ClientPrivacy::isAnonymised(const Client &client)
{
    return client.name == anonymisedName(client.id)
           && client.document.number() == anonymisedDocument(client.id);
}

Result<QJsonObject> ClientPrivacy::exportData(qint64 clientId) const
{
    const QString action = tr("gathering the client's data");
    QJsonObject out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);

    q.prepare(QStringLiteral("SELECT * FROM clients WHERE id = ?"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);
    if (!q.next())
        return Failure{tr("The client no longer exists."), ErrorCode::NotFound};
    QJsonObject client = recordToJson(q);
    client.remove(QStringLiteral("name_key"));
    client.remove(QStringLiteral("search_text"));
    out.insert(QStringLiteral("client"), client);

    const auto events = ConsentHistory(m_db, m_clock).list(clientId);
    if (!events)
        return events.failure();
    QJsonArray consent;
    for (const ConsentEvent &e : events.value())
        consent.append(QJsonObject{
            {QStringLiteral("state"), Consent::stateCode(e.state)},
            {QStringLiteral("effective_at"),
             e.effectiveAt.isValid() ? e.effectiveAt.toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("channel"), e.channel},
            {QStringLiteral("evidence"), e.evidence},
            {QStringLiteral("accepted_text"), e.acceptedText},
            {QStringLiteral("recorded_at"), e.recordedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("recorded_by"), e.recordedBy}});
    out.insert(QStringLiteral("consent_history"), consent);

    q.prepare(QStringLiteral("SELECT * FROM debts WHERE client_id = ? ORDER BY id"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);
    QJsonArray debts;
    while (q.next())
        debts.append(recordToJson(q));
    out.insert(QStringLiteral("debts"), debts);

    q.prepare(QStringLiteral(
        "SELECT p.*, d.reference AS invoice, r.reason AS reversal_reason, "
        "r.reversed_at AS reversed_at FROM payments p JOIN debts d ON d.id = p.debt_id "
        "LEFT JOIN payment_reversals r ON r.payment_id = p.id WHERE d.client_id = ? "
        "ORDER BY p.id"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);
    QJsonArray payments;
    while (q.next())
        payments.append(recordToJson(q));
    out.insert(QStringLiteral("payments"), payments);

    QJsonArray messages;
    for (const QString &table : outboxTables(m_db)) {
        const QString condition = outboxClientCondition(m_db, table);
        if (condition.isEmpty())
            continue;
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, condition));
        q.addBindValue(clientId);
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
        while (q.next()) {
            QJsonObject row = recordToJson(q);
            row.insert(QStringLiteral("table"), table);
            messages.append(row);
        }
    }
    out.insert(QStringLiteral("messages"), messages);

    AuditQuery aq;
    aq.clientId = clientId;
    aq.newestFirst = false;
    aq.limit = 100000;
    const auto entries = AuditLog(m_db, m_clock).list(aq);
    if (!entries)
        return entries.failure();
    QJsonArray audit;
    for (const AuditEntry &e : entries.value())
        audit.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("user"), e.user},
                                 {QStringLiteral("entity"), e.entity},
                                 {QStringLiteral("entity_id"), e.entityId},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("before"), e.before},
                                 {QStringLiteral("after"), e.after}});
    out.insert(QStringLiteral("audit_log"), audit);

    out.insert(QStringLiteral("exported_at"), m_clock.now().toString(Qt::ISODateWithMs));
    out.insert(QStringLiteral("exported_by"), AuditLog::currentUser());
    out.insert(QStringLiteral("format"), QStringLiteral("cartera-client-data-1"));
    return out;
}

Result<void> ClientPrivacy::correct(Client &client, const QString &request) const
{
    if (request.trimmed().isEmpty())
        return Failure{tr("Say who asked for the correction and how, for example \"el titular, "
                          "por correo del 12/01/2026\"."),
                       ErrorCode::Invalid};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("correcting the client's data"));
    Client updated = client;
    if (auto saved = ClientRepository(m_db, m_clock).update(updated); !saved)
        return saved.failure();
    if (auto logged = AuditLog(m_db, m_clock)
                          .record(QStringLiteral("client"), client.id, QStringLiteral("rectify"),
                                  {}, {{QStringLiteral("request"), request.trimmed()}}, client.id);
        !logged)
        return logged.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("correcting the client's data"));
    client = updated;
    return {};
}

Result<void> ClientPrivacy::anonymise(qint64 clientId, const QString &request) const
{
    const QString action = tr("anonymising the client");
    if (request.trimmed().isEmpty())
        return Failure{tr("Say who asked for the deletion and how, for example \"el titular, "
                          "por escrito del 12/01/2026\"."),
                       ErrorCode::Invalid};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), action);
    const auto client = ClientRepository(m_db, m_clock).get(clientId);
    if (!client)
        return client.failure();
    if (isAnonymised(client.value()))
        return Failure{tr("This client was already anonymised."), ErrorCode::Conflict};

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(amount_minor - paid_minor), 0) "
                             "FROM debts WHERE client_id = ? AND settled = 0"));
    q.addBindValue(clientId);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), action);
    const int open = q.value(0).toInt();
    if (open > 0)
        return Failure{tr("%1 still owes %2 on %n open debt(s). The data cannot be deleted while "
                          "debts are open: record the payments or write the debts off first.",
                          nullptr, open)
                           .arg(client->name, Money::fromMinor(q.value(1).toLongLong()).toString()),
                       ErrorCode::Conflict};

    const QDateTime now = m_clock.now();
    // The revocation is part of the deletion: nothing may be sent to this client again.
    if (client->consent.state == Consent::State::Granted) {
        Consent revoked;
        revoked.state = Consent::State::Revoked;
        revoked.at = now;
        revoked.source = tr("deletion request");
        if (auto event = ConsentHistory(m_db, m_clock).append(clientId, revoked); !event)
            return event.failure();
    }

    const QString name = anonymisedName(clientId);
    q.prepare(QStringLiteral(
        "UPDATE clients SET name = ?, name_key = ?, search_text = ?, document_type = 'PP', "
        "document_number = ?, whatsapp = '', email = '', address = '', notes = '', "
        "consent_state = 'revoked', consent_at = ?, consent_source = ?, consent_evidence = '', "
        "active = 0, updated_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(TextFold::fold(name));
    q.addBindValue(TextFold::fold(name));
    q.addBindValue(anonymisedDocument(clientId));
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(tr("deletion request"));
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);

    q.prepare(QStringLiteral("UPDATE consent_events SET evidence = '' WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);

    int messages = 0;
    for (const QString &table : outboxTables(m_db)) {
        const QString condition = outboxClientCondition(m_db, table);
        const QStringList columns = outboxTextColumns(m_db, table);
        if (condition.isEmpty() || columns.isEmpty())
            continue;
        QStringList sets;
        for (const QString &c : columns)
            sets << QStringLiteral("%1 = ''").arg(c);
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                      .arg(table, sets.join(QStringLiteral(", ")), condition));
        q.addBindValue(clientId);
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
        messages += q.numRowsAffected();
    }

    // Earlier audit entries keep what changed and when, without the personal values.
    {
        QSqlQuery read(m_db.connection());
        read.setForwardOnly(true);
        read.prepare(QStringLiteral("SELECT id, before_json, after_json FROM audit_log "
                                    "WHERE client_id = ? AND entity IN ('client', 'consent')"));
        read.addBindValue(clientId);
        if (!read.exec())
            return m_db.failure(read.lastError(), action);
        QList<std::tuple<qint64, QString, QString>> redacted;
        while (read.next())
            redacted.append({read.value(0).toLongLong(), redactJson(read.value(1).toString()),
                             redactJson(read.value(2).toString())});
        q.prepare(
            QStringLiteral("UPDATE audit_log SET before_json = ?, after_json = ? WHERE id = ?"));
        for (const auto &[id, before, after] : redacted) {
            q.addBindValue(before);
            q.addBindValue(after);
            q.addBindValue(id);
            if (!q.exec())
                return m_db.failure(q.lastError(), action);
        }
    }

    QJsonArray removed;
    for (const QString &key : personalKeys())
        removed.append(key);
    if (auto logged = AuditLog(m_db, m_clock)
                          .record(QStringLiteral("client"), clientId, QStringLiteral("anonymise"),
                                  {{QStringLiteral("removed"), removed},
                                   {QStringLiteral("messages_cleared"), messages}},
                                  {{QStringLiteral("name"), name},
                                   {QStringLiteral("request"), request.trimmed()}},
                                  clientId);
        !logged)
        return logged.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), action);
    return {};
}
