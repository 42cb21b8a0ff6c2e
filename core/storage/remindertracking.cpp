#include "remindertracking.h"

#include "sqlvalues.h"

#include <QSqlQuery>

Result<ReminderPolicy> ReminderTracking::policy(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT enabled, steps, repeat_every_days, weekly_cap, "
                               "business_name FROM reminder_policy WHERE id = 1")))
        return db.failure(q.lastError(), tr("reading the reminder rules"));
    ReminderPolicy policy = ReminderPolicy::defaults();
    if (q.next()) {
        policy.enabled = q.value(0).toInt() != 0;
        const auto steps = ReminderPolicy::parseSteps(q.value(1).toString());
        if (steps)
            policy.steps = steps.value();
        policy.repeatEveryDays = q.value(2).toInt();
        policy.weeklyCap = q.value(3).toInt();
        policy.businessName = q.value(4).toString();
    }
    return policy;
}

Result<void> ReminderTracking::scheduleDebt(const Database &db, qint64 debtId, const QDate &today)
{
    const auto rules = policy(db);
    if (!rules)
        return rules.failure();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT due_date, settled FROM debts WHERE id = ?"));
    q.addBindValue(debtId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("planning the debt's reminders"));
    if (!q.next())
        return {};
    const QDate due = SqlValues::toDate(q.value(0));
    const bool settled = q.value(1).toInt() != 0;
    QDate next;
    if (!settled && rules->enabled) {
        next = rules->firstStepDate(due);
        if (next.isValid() && next < today)
            next = today;
    }
    q.finish();
    return next.isValid() ? wakeDebt(db, debtId, next) : Result<void>{};
}

Result<void> ReminderTracking::wakeDebt(const Database &db, qint64 debtId, const QDate &on)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO reminder_wakeups (wake_on, debt_id) VALUES (?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(SqlValues::date(on));
    q.addBindValue(debtId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("planning the debt's reminders"));
    return {};
}

Result<bool> ReminderTracking::cancelMessage(const Database &db, qint64 messageId,
                                             const QString &reason, const QDateTime &now,
                                             const QDate &today)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE outbox_messages SET state = 'cancelled', reason = ?, "
                             "day_key = NULL, next_attempt_at = NULL, updated_at = ? "
                             "WHERE id = ? AND state IN ('scheduled', 'retrying')"));
    q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(messageId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("cancelling the message"));
    if (q.numRowsAffected() != 1)
        return false;
    // Free the steps so that they can be queued again, and let the scan look at the
    // message's other open debts today.
    q.prepare(QStringLiteral("UPDATE outbox_items SET step_key = NULL WHERE message_id = ?"));
    q.addBindValue(messageId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("cancelling the message"));
    q.prepare(QStringLiteral("INSERT INTO reminder_wakeups (wake_on, debt_id) SELECT ?, d.id "
                             "FROM debts d WHERE d.settled = 0 AND d.id IN (SELECT debt_id FROM "
                             "outbox_items WHERE message_id = ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(SqlValues::date(today));
    q.addBindValue(messageId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("cancelling the message"));
    return true;
}

Result<int> ReminderTracking::cancelForDebt(const Database &db, qint64 debtId,
                                            const QString &reason, const QDateTime &now,
                                            const QDate &today)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT m.id FROM outbox_items i JOIN outbox_messages m "
                             "ON m.id = i.message_id WHERE i.debt_id = ? AND m.state IN "
                             "('scheduled', 'retrying')"));
    q.addBindValue(debtId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("cancelling the debt's messages"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    int cancelled = 0;
    for (qint64 id : ids) {
        const auto done = cancelMessage(db, id, reason, now, today);
        if (!done)
            return done.failure();
        cancelled += done.value() ? 1 : 0;
    }
    return cancelled;
}

Result<int> ReminderTracking::cancelForClient(const Database &db, qint64 clientId,
                                              const QString &reason, const QDateTime &now,
                                              const QDate &today)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM outbox_messages WHERE client_id = ? AND state IN "
                             "('scheduled', 'retrying')"));
    q.addBindValue(clientId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("cancelling the client's messages"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    int cancelled = 0;
    for (qint64 id : ids) {
        const auto done = cancelMessage(db, id, reason, now, today);
        if (!done)
            return done.failure();
        cancelled += done.value() ? 1 : 0;
    }
    return cancelled;
}

Result<QString> ReminderTracking::reasonNotToSend(const Database &db, qint64 messageId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT c.consent_state, c.active, (SELECT COUNT(*) FROM outbox_items i JOIN debts d ON "
        "d.id = i.debt_id WHERE i.message_id = m.id AND d.settled = 0), (SELECT COUNT(*) FROM "
        "outbox_items i WHERE i.message_id = m.id) FROM outbox_messages m JOIN clients c ON "
        "c.id = m.client_id WHERE m.id = ?"));
    q.addBindValue(messageId);
    if (!q.exec())
        return db.failure(q.lastError(), tr("checking the message before sending it"));
    if (!q.next())
        return tr("The message no longer exists.");
    if (q.value(0).toString() != QLatin1String("granted"))
        return tr("WhatsApp consent revoked");
    if (q.value(1).toInt() == 0)
        return tr("Client marked inactive");
    // A message without debt steps was written by hand (or its debts were deleted).
    if (q.value(3).toInt() > 0 && q.value(2).toInt() == 0)
        return tr("Its debts were paid, written off or deleted before it went out");
    return QString();
}
