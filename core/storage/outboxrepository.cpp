#include "outboxrepository.h"

#include "clock.h"
#include "remindertracking.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace {

const char *const kColumns
    = "m.id, m.client_id, c.name, m.send_date, m.not_before, m.state, m.to_phone, m.template_id, "
      "m.provider_template, m.language, m.parameters, m.body, m.total_minor, m.references_text, "
      "m.attempts, m.next_attempt_at, m.claimed_by, m.provider, m.provider_message_id, "
      "m.provider_code, m.reason, m.sent_at, m.created_at, m.updated_at";
const char *const kFrom = " FROM outbox_messages m JOIN clients c ON c.id = m.client_id";

OutboxMessage messageFromQuery(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.clientId = q.value(1).toLongLong();
    m.clientName = q.value(2).toString();
    m.sendDate = SqlValues::toDate(q.value(3));
    m.notBefore = SqlValues::toTimestamp(q.value(4));
    m.state = OutboxMessage::stateFromCode(q.value(5).toString());
    m.to = PhoneNumber::fromE164(q.value(6).toString());
    m.templateId = q.value(7).toLongLong();
    m.providerTemplate = q.value(8).toString();
    m.language = q.value(9).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array())
        m.parameters.append(v.toString());
    m.text = q.value(11).toString();
    m.total = Money::fromMinor(q.value(12).toLongLong());
    m.references = q.value(13).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
    m.attempts = q.value(14).toInt();
    m.nextAttemptAt = SqlValues::toTimestamp(q.value(15));
    m.claimedBy = q.value(16).toString();
    m.provider = q.value(17).toString();
    m.providerMessageId = q.value(18).toString();
    m.providerCode = q.value(19).toString();
    m.reason = q.value(20).toString();
    m.sentAt = SqlValues::toTimestamp(q.value(21));
    m.createdAt = SqlValues::toTimestamp(q.value(22));
    m.updatedAt = SqlValues::toTimestamp(q.value(23));
    return m;
}

// Empty text is stored as '' in NOT NULL columns; a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString dayKey(qint64 clientId, const QDate &date)
{
    return QString::number(clientId) + QLatin1Char(':') + SqlValues::date(date).toString();
}

QString stepKey(const OutboxItem &item)
{
    return QString::number(item.debtId) + QLatin1Char(':')
           + SqlValues::date(item.dueDate).toString() + QLatin1Char(':')
           + QString::number(item.stepDays);
}

// The template's parameters as a JSON array of strings, written here rather than through
// QJsonDocument, which costs the daily scan a tree and two conversions per message (25 ms of
// its 450 at a million debts). Quotes, backslashes and control characters are escaped; the
// rest goes as it is (JSON text is Unicode).
QString parametersText(const QStringList &parameters)
{
    QString json;
    json.reserve(16 + 24 * parameters.size());
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QLatin1Char('"');
        for (const QChar c : parameters.at(i)) {
            switch (c.unicode()) {
            case '"': json += QLatin1String("\\\""); break;
            case '\\': json += QLatin1String("\\\\"); break;
            case '\n': json += QLatin1String("\\n"); break;
            case '\r': json += QLatin1String("\\r"); break;
            case '\t': json += QLatin1String("\\t"); break;
            default:
                if (c.unicode() < 0x20)
                    json += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
                else
                    json += c;
            }
        }
        json += QLatin1Char('"');
    }
    json += QLatin1Char(']');
    return json;
}

QString referencesText(const QStringList &references)
{
    return text(references.join(QStringLiteral(", ")));
}

QString alreadyOnThatDay(const OutboxMessage &message)
{
    return OutboxRepository::tr("%1 already has a reminder on %2.")
        .arg(message.clientName, message.sendDate.toString(QStringLiteral("dd/MM/yyyy")));
}

QString stepAlreadyQueued(const OutboxItem &item)
{
    return OutboxRepository::tr("The reminder for %1 was already queued.").arg(item.reference);
}

QString whereClause(const OutboxQuery &query, QVariantList *binds)
{
    QStringList conditions;
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (OutboxMessage::State s : query.states) {
            marks << QStringLiteral("?");
            binds->append(OutboxMessage::stateCode(s));
        }
        conditions << QStringLiteral("m.state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (query.clientId > 0) {
        conditions << QStringLiteral("m.client_id = ?");
        binds->append(query.clientId);
    }
    const QString folded = TextFold::fold(query.clientSearch);
    if (!folded.isEmpty()) {
        conditions << QStringLiteral("c.name_key LIKE ? ESCAPE '\\'");
        binds->append(QLatin1Char('%') + TextFold::escapeLike(folded) + QLatin1Char('%'));
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("m.send_date >= ?");
        binds->append(SqlValues::date(query.from));
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("m.send_date <= ?");
        binds->append(SqlValues::date(query.to));
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// PostgreSQL advisory lock class of the "this worker is alive" locks (key 2: the worker id).
constexpr int kWorkerLockClass = 4243;

// The one statement that hands due messages to a worker. It runs inside a write transaction
// (BEGIN IMMEDIATE on SQLite), and only rows still scheduled/retrying change, so two workers
// never take the same row. PostgreSQL gets the same shape with FOR UPDATE SKIP LOCKED in the
// inner SELECT.
QString claimStatement(const SqlDialect &dialect)
{
    const QString lockClause
        = dialect.isSQLite() ? QString() : QStringLiteral(" FOR UPDATE SKIP LOCKED");
    return QStringLiteral(
               "UPDATE outbox_messages SET state = 'sending', claimed_by = ?, claim_token = ?, "
               "claimed_at = ?, attempts = attempts + 1, updated_at = ? "
               "WHERE state IN ('scheduled', 'retrying') AND id IN ("
               "SELECT id FROM outbox_messages WHERE send_date <= ? AND "
               "((state = 'scheduled' AND not_before <= ?) OR "
               "(state = 'retrying' AND next_attempt_at <= ?)) ORDER BY not_before, id LIMIT ?%1)")
        .arg(lockClause);
}

} // namespace

OutboxRepository::OutboxRepository(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

Result<qint64> OutboxRepository::insert(OutboxMessage &message)
{
    if (m_db.dialect().isSQLite())
        return insertOne(message);
    QList<OutboxMessage> one{message};
    const auto refused = insertBatch(one);
    if (!refused)
        return refused.failure();
    if (!refused->constFirst().isEmpty())
        return Failure{refused->constFirst(), ErrorCode::Duplicate};
    message = one.constFirst();
    return message.id;
}

Result<QStringList> OutboxRepository::insertAll(QList<OutboxMessage> &messages)
{
    if (!m_db.dialect().isSQLite())
        return insertBatch(messages);
    // In-process SQLite: a prepared insert per row costs less than one statement that
    // unpacks a batch (measured: extracting the columns from JSON costs more than binding).
    QStringList refused;
    refused.reserve(messages.size());
    for (OutboxMessage &message : messages) {
        const auto id = insertOne(message);
        if (!id && id.code() != ErrorCode::Duplicate)
            return id.failure();
        refused.append(id ? QString() : id.error());
    }
    return refused;
}

Result<qint64> OutboxRepository::insertOne(OutboxMessage &message)
{
    // The statements are prepared once per repository: the daily scan queues thousands of
    // messages through one repository, and preparing costs more than the insert itself.
    // ON CONFLICT DO NOTHING reports a duplicate without aborting the caller's transaction,
    // so no savepoint is needed.
    if (!m_insertMessage) {
        m_insertMessage = std::make_shared<QSqlQuery>(m_db.connection());
        m_insertItem = std::make_shared<QSqlQuery>(m_db.connection());
        // The new id comes from lastInsertId(): RETURNING costs SQLite a temporary table per
        // row (measured: three times the insert itself).
        if (!m_insertMessage->prepare(QStringLiteral(
                "INSERT INTO outbox_messages (client_id, day_key, send_date, not_before, "
                "state, to_phone, template_id, provider_template, language, parameters, "
                "body, total_minor, references_text, attempts, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) "
                "ON CONFLICT DO NOTHING"))
            || !m_insertItem->prepare(QStringLiteral(
                "INSERT INTO outbox_items (message_id, debt_id, due_date, step_days, step_key) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"))) {
            const QSqlError error = m_insertMessage->lastError().isValid()
                                        ? m_insertMessage->lastError()
                                        : m_insertItem->lastError();
            m_insertMessage.reset();
            m_insertItem.reset();
            return m_db.failure(error, tr("queueing the reminder"));
        }
    }

    const QDateTime now = m_clock.now();
    QSqlQuery &q = *m_insertMessage;
    q.bindValue(0, message.clientId);
    q.bindValue(1, dayKey(message.clientId, message.sendDate));
    q.bindValue(2, SqlValues::date(message.sendDate));
    q.bindValue(3, SqlValues::timestamp(message.notBefore));
    q.bindValue(4, message.to.e164());
    q.bindValue(5, message.templateId > 0 ? QVariant(message.templateId)
                                          : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(6, text(message.providerTemplate));
    q.bindValue(7, text(message.language));
    q.bindValue(8, parametersText(message.parameters));
    q.bindValue(9, text(message.text));
    q.bindValue(10, message.total.minor());
    q.bindValue(11, referencesText(message.references));
    q.bindValue(12, SqlValues::timestamp(now));
    q.bindValue(13, SqlValues::timestamp(now));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("queueing the reminder"));
    if (q.numRowsAffected() != 1) {
        q.finish();
        return Failure{alreadyOnThatDay(message), ErrorCode::Duplicate};
    }
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();

    QSqlQuery &items = *m_insertItem;
    for (const OutboxItem &item : message.items) {
        items.bindValue(0, id);
        items.bindValue(1, item.debtId);
        items.bindValue(2, SqlValues::date(item.dueDate));
        items.bindValue(3, item.stepDays);
        items.bindValue(4, stepKey(item));
        if (!items.exec())
            return m_db.failure(items.lastError(), tr("queueing the reminder"));
        if (items.numRowsAffected() == 0) {
            // That step was queued meanwhile: the message goes away again with its items.
            if (auto removed = removeUnsent(id); !removed)
                return removed.failure();
            return Failure{stepAlreadyQueued(item), ErrorCode::Duplicate};
        }
    }
    message.id = id;
    message.state = OutboxMessage::State::Scheduled;
    message.createdAt = now;
    message.updatedAt = now;
    return id;
}

Result<QStringList> OutboxRepository::insertBatch(QList<OutboxMessage> &messages)
{
    // PostgreSQL: every message of the batch in one INSERT … SELECT from a JSON array, then
    // every item in a second one. Each round trip to the server costs more than the row it
    // carries (a chunk of the daily scan used to make two per message).
    QStringList refused(messages.size());
    if (messages.isEmpty())
        return refused;
    const QDateTime now = m_clock.now();
    QJsonArray rows;
    QHash<QString, qsizetype> byDayKey;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const OutboxMessage &m = messages.at(i);
        const QString key = dayKey(m.clientId, m.sendDate);
        byDayKey.insert(key, i);
        rows.append(QJsonObject{
            {QStringLiteral("client_id"), m.clientId},
            {QStringLiteral("day_key"), key},
            {QStringLiteral("send_date"), SqlValues::date(m.sendDate).toString()},
            {QStringLiteral("not_before"), SqlValues::timestamp(m.notBefore).toString()},
            {QStringLiteral("to_phone"), m.to.e164()},
            {QStringLiteral("template_id"),
             m.templateId > 0 ? QJsonValue(m.templateId) : QJsonValue()},
            {QStringLiteral("provider_template"), text(m.providerTemplate)},
            {QStringLiteral("language"), text(m.language)},
            {QStringLiteral("parameters"), parametersText(m.parameters)},
            {QStringLiteral("body"), text(m.text)},
            {QStringLiteral("total_minor"), m.total.minor()},
            {QStringLiteral("references_text"), referencesText(m.references)}});
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "INSERT INTO outbox_messages (client_id, day_key, send_date, not_before, state, "
        "to_phone, template_id, provider_template, language, parameters, body, total_minor, "
        "references_text, attempts, created_at, updated_at) "
        "SELECT r.client_id, r.day_key, r.send_date, r.not_before, 'scheduled', r.to_phone, "
        "r.template_id, r.provider_template, r.language, r.parameters, r.body, r.total_minor, "
        "r.references_text, 0, ?, ? FROM json_to_recordset(CAST(? AS json)) AS r(client_id "
        "BIGINT, day_key TEXT, send_date TEXT, not_before TEXT, to_phone TEXT, template_id "
        "BIGINT, provider_template TEXT, language TEXT, parameters TEXT, body TEXT, "
        "total_minor BIGINT, references_text TEXT) "
        "ON CONFLICT DO NOTHING RETURNING id, day_key"));
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("queueing the reminder"));
    while (q.next()) {
        OutboxMessage &m = messages[byDayKey.value(q.value(1).toString())];
        m.id = q.value(0).toLongLong();
    }
    q.finish();

    QJsonArray items;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const OutboxMessage &m = messages.at(i);
        if (m.id <= 0) {
            refused[i] = alreadyOnThatDay(m);
            continue;
        }
        for (const OutboxItem &item : m.items)
            items.append(QJsonObject{{QStringLiteral("message_id"), m.id},
                                     {QStringLiteral("debt_id"), item.debtId},
                                     {QStringLiteral("due_date"),
                                      SqlValues::date(item.dueDate).toString()},
                                     {QStringLiteral("step_days"), item.stepDays},
                                     {QStringLiteral("step_key"), stepKey(item)}});
    }
    QSet<QPair<qint64, qint64>> inserted; // (message, debt)
    if (!items.isEmpty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO outbox_items (message_id, debt_id, due_date, step_days, step_key) "
            "SELECT r.message_id, r.debt_id, r.due_date, r.step_days, r.step_key FROM "
            "json_to_recordset(CAST(? AS json)) AS r(message_id BIGINT, debt_id BIGINT, "
            "due_date TEXT, step_days INTEGER, step_key TEXT) "
            "ON CONFLICT DO NOTHING RETURNING message_id, debt_id"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return m_db.failure(q.lastError(), tr("queueing the reminder"));
        while (q.next())
            inserted.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
        q.finish();
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        OutboxMessage &m = messages[i];
        if (m.id <= 0)
            continue;
        const auto missing = std::find_if(m.items.cbegin(), m.items.cend(), [&](const OutboxItem &item) {
            return !inserted.contains({m.id, item.debtId});
        });
        if (missing != m.items.cend()) {
            // That step was queued meanwhile: the message goes away again with its items.
            if (auto removed = removeUnsent(m.id); !removed)
                return removed.failure();
            m.id = 0;
            refused[i] = stepAlreadyQueued(*missing);
            continue;
        }
        m.state = OutboxMessage::State::Scheduled;
        m.createdAt = now;
        m.updatedAt = now;
    }
    return refused;
}

Result<void> OutboxRepository::removeUnsent(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox_items WHERE message_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("queueing the reminder"));
    q.prepare(QStringLiteral("DELETE FROM outbox_messages WHERE id = ? AND state = 'scheduled'"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("queueing the reminder"));
    return {};
}

Result<QList<OutboxMessage>> OutboxRepository::claimDue(const QString &worker, int limit)
{
    const QDateTime now = m_clock.now();
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("taking messages to send"));
    QSqlQuery q(m_db.connection());
    if (!m_db.dialect().isSQLite()) {
        // While this session lives, the worker's lock says "alive": recoverInterrupted() on
        // another desktop leaves the messages it is sending alone. Taken at every claim (once
        // per session) so that a reopened connection takes it again; never waited for (when
        // it cannot be had, the worst case is a message marked uncertain, never a resend).
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(%1, hashtext(?)) WHERE NOT EXISTS "
                                 "(SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND "
                                 "pid = pg_backend_pid() AND granted AND classid = %1 AND "
                                 "objid = hashtext(?)::oid AND objsubid = 2)")
                      .arg(kWorkerLockClass));
        q.addBindValue(worker);
        q.addBindValue(worker);
        if (!q.exec())
            return m_db.failure(q.lastError(), tr("taking messages to send"));
        q.finish();
    }
    q.prepare(claimStatement(m_db.dialect()));
    q.addBindValue(worker);
    q.addBindValue(token);
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(SqlValues::date(m_clock.today()));
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(limit);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("taking messages to send"));
    q.prepare(QStringLiteral("SELECT %1%2 WHERE m.claim_token = ? ORDER BY m.not_before, m.id")
                  .arg(QLatin1String(kColumns), QLatin1String(kFrom)));
    q.addBindValue(token);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("taking messages to send"));
    QList<OutboxMessage> claimed;
    while (q.next())
        claimed.append(messageFromQuery(q));
    q.finish();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("taking messages to send"));
    return claimed;
}

Result<void> OutboxRepository::transition(qint64 id, const QString &fromStates,
                                          const QString &assignments, const QVariantList &binds,
                                          const QString &action)
{
    // A transaction of its own, so that a connection the server dropped meanwhile (the
    // provider's answer can take seconds) is reopened and the answer still recorded.
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), action);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox_messages SET %1, updated_at = ? WHERE id = ? AND "
                             "state IN (%2)")
                  .arg(assignments, fromStates));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);
    if (q.numRowsAffected() != 1) {
        const auto current = get(id);
        if (!current)
            return current.failure();
        return Failure{tr("The message is now \"%1\"; it cannot be changed that way. Reload the "
                          "list.")
                           .arg(OutboxMessage::stateName(current->state)),
                       ErrorCode::Conflict};
    }
    q.finish();
    if (!tx.commit())
        return m_db.failure(tx.error(), action);
    return {};
}

Result<void> OutboxRepository::markSent(qint64 id, const QString &provider,
                                        const QString &providerMessageId)
{
    return transition(
        id, QStringLiteral("'sending'"),
        QStringLiteral("state = 'sent', provider = ?, provider_message_id = ?, "
                       "sent_at = ?, reason = '', next_attempt_at = NULL"),
        {text(provider), text(providerMessageId), SqlValues::timestamp(m_clock.now())},
        tr("recording the sent message"));
}

Result<void> OutboxRepository::markRetrying(qint64 id, const QDateTime &nextAttempt,
                                            const QString &reason, const QString &providerCode)
{
    return transition(id, QStringLiteral("'sending'"),
                      QStringLiteral("state = 'retrying', next_attempt_at = ?, reason = ?, "
                                     "provider_code = ?"),
                      {SqlValues::timestamp(nextAttempt), text(reason), text(providerCode)},
                      tr("recording the failed attempt"));
}

Result<void> OutboxRepository::markFailed(qint64 id, const QString &reason,
                                          const QString &providerCode)
{
    return transition(id, QStringLiteral("'sending'"),
                      QStringLiteral("state = 'failed', reason = ?, provider_code = ?, "
                                     "next_attempt_at = NULL"),
                      {text(reason), text(providerCode)}, tr("recording the failed message"));
}

Result<void> OutboxRepository::markUncertain(qint64 id, const QString &reason)
{
    return transition(id, QStringLiteral("'sending'"),
                      QStringLiteral("state = 'uncertain', reason = ?"), {text(reason)},
                      tr("recording the unanswered message"));
}

Result<void> OutboxRepository::release(qint64 id, const QString &reason)
{
    return transition(id, QStringLiteral("'sending'"),
                      QStringLiteral("state = 'scheduled', reason = ?, attempts = attempts - 1, "
                                     "claimed_by = NULL, claim_token = NULL"),
                      {text(reason)}, tr("returning the message to the queue"));
}

Result<void> OutboxRepository::cancelClaimed(qint64 id, const QString &reason)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("cancelling the message"));
    auto done = transition(id, QStringLiteral("'sending'"),
                           QStringLiteral("state = 'cancelled', reason = ?, day_key = NULL, "
                                          "next_attempt_at = NULL, attempts = attempts - 1"),
                           {text(reason)}, tr("cancelling the message"));
    if (!done)
        return done;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox_items SET step_key = NULL WHERE message_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("cancelling the message"));
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("cancelling the message"));
    return {};
}

Result<void> OutboxRepository::cancel(qint64 id, const QString &reason)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("cancelling the message"));
    const auto done
        = ReminderTracking::cancelMessage(m_db, id, reason, m_clock.now(), m_clock.today());
    if (!done)
        return done.failure();
    if (!done.value()) {
        const auto current = get(id);
        if (!current)
            return current.failure();
        return Failure{tr("Only a message that has not gone out can be cancelled; this one is "
                          "now \"%1\".")
                           .arg(OutboxMessage::stateName(current->state)),
                       ErrorCode::Conflict};
    }
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("cancelling the message"));
    return {};
}

Result<void> OutboxRepository::retry(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("retrying the message"));
    const auto current = get(id);
    if (!current)
        return current.failure();
    const QDate today = m_clock.today();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox_messages WHERE day_key = ? AND id <> ?"));
    q.addBindValue(dayKey(current->clientId, today));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("retrying the message"));
    if (q.value(0).toInt() > 0)
        return Failure{
            tr("%1 already has a message today; retry this one tomorrow.").arg(current->clientName),
            ErrorCode::Duplicate};
    q.finish();
    // It goes out today (in the next legal window), counted as today's message.
    auto result = transition(id, QStringLiteral("'failed'"),
                             QStringLiteral("state = 'scheduled', send_date = ?, day_key = ?, "
                                            "not_before = ?, next_attempt_at = NULL, reason = ''"),
                             {SqlValues::date(today), dayKey(current->clientId, today),
                              SqlValues::timestamp(m_clock.now())},
                             tr("retrying the message"));
    if (!result)
        return result;
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("retrying the message"));
    return {};
}

Result<void> OutboxRepository::resolveUncertain(qint64 id, bool wasSent)
{
    if (wasSent)
        return transition(id, QStringLiteral("'uncertain'"),
                          QStringLiteral("state = 'sent', reason = ?, sent_at = COALESCE(sent_at, "
                                         "claimed_at)"),
                          {tr("Marked as sent by the clerk")}, tr("marking the message sent"));
    return transition(id, QStringLiteral("'uncertain'"),
                      QStringLiteral("state = 'failed', reason = ?"),
                      {tr("Marked as not sent by the clerk")}, tr("marking the message not sent"));
}

Result<int> OutboxRepository::recoverInterrupted()
{
    QSqlQuery q(m_db.connection());
    // SQLite: the lock file beside the database proves that no one else is sending. On a
    // server, other desktops may be sending right now: only the messages of a worker whose
    // session is gone (its lock, see claimDue(), is free) were cut off.
    const QString alive = m_db.dialect().isSQLite()
        ? QString()
        : QStringLiteral(" AND CASE WHEN state = 'sending' THEN "
                         "pg_try_advisory_xact_lock(%1, hashtext(COALESCE(claimed_by, ''))) "
                         "ELSE FALSE END")
              .arg(kWorkerLockClass);
    q.prepare(QStringLiteral("UPDATE outbox_messages SET state = 'uncertain', reason = ?, "
                             "updated_at = ? WHERE state = 'sending'")
              + alive);
    q.addBindValue(tr("Cartera stopped while sending this message: check in WhatsApp whether "
                      "the client got it, then mark it sent or not sent."));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("checking interrupted messages"));
    return q.numRowsAffected();
}

Result<int> OutboxRepository::expireStale(const QDate &today)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("checking old messages"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM outbox_messages WHERE state IN ('scheduled', "
                             "'retrying') AND send_date < ?"));
    q.addBindValue(SqlValues::date(today));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("checking old messages"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    int expired = 0;
    const QString reason = tr("Not sent on its day (Cartera was closed); replaced by a new "
                              "check with today's amounts.");
    for (qint64 id : ids) {
        const auto done = ReminderTracking::cancelMessage(m_db, id, reason, m_clock.now(), today);
        if (!done)
            return done.failure();
        expired += done.value() ? 1 : 0;
    }
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("checking old messages"));
    return expired;
}

Result<OutboxMessage> OutboxRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 WHERE m.id = ?")
                  .arg(QLatin1String(kColumns), QLatin1String(kFrom)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the message"));
    if (!q.next())
        return Failure{tr("The message no longer exists."), ErrorCode::NotFound};
    OutboxMessage m = messageFromQuery(q);
    q.finish();
    q.prepare(QStringLiteral("SELECT i.debt_id, i.due_date, i.step_days, d.reference FROM "
                             "outbox_items i JOIN debts d ON d.id = i.debt_id WHERE "
                             "i.message_id = ? ORDER BY i.due_date, i.id"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the message"));
    while (q.next())
        m.items.append({q.value(0).toLongLong(), SqlValues::toDate(q.value(1)), q.value(2).toInt(),
                        q.value(3).toString()});
    return m;
}

Result<QList<OutboxMessage>> OutboxRepository::list(const OutboxQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    const QString direction = query.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2%3 ORDER BY m.send_date %4, m.id %4 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), QLatin1String(kFrom), where, direction));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("listing messages"));
    QList<OutboxMessage> list;
    while (q.next())
        list.append(messageFromQuery(q));
    return list;
}

Result<int> OutboxRepository::count(const OutboxQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    QSqlQuery q(m_db.connection());
    const bool needsClient = !TextFold::fold(query.clientSearch).isEmpty();
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM outbox_messages m%1%2")
            .arg(needsClient ? QStringLiteral(" JOIN clients c ON c.id = m.client_id") : QString(),
                 where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("counting messages"));
    return q.value(0).toInt();
}

Result<int> OutboxRepository::pendingCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox_messages WHERE state IN "
                               "('scheduled', 'retrying')"))
        || !q.next())
        return m_db.failure(q.lastError(), tr("counting messages"));
    return q.value(0).toInt();
}
