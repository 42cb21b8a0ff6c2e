#include "reminderpauserepository.h"

#include "clock.h"
#include "remindertracking.h"
#include "sqlvalues.h"

#include <QSqlQuery>

ReminderPauseRepository::ReminderPauseRepository(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

Result<qint64> ReminderPauseRepository::pauseClient(qint64 clientId, const QString &reason,
                                                    const QDate &until)
{
    return insert(clientId, 0, reason, until);
}

Result<qint64> ReminderPauseRepository::pauseDebt(qint64 debtId, const QString &reason,
                                                  const QDate &until)
{
    return insert(0, debtId, reason, until);
}

Result<qint64> ReminderPauseRepository::insert(qint64 clientId, qint64 debtId,
                                               const QString &reason, const QDate &until)
{
    if (reason.trimmed().isEmpty())
        return Failure{tr("Say why reminders are paused, for example \"promesa de pago\"."),
                       ErrorCode::Invalid};
    const QDate today = m_clock.today();
    if (!until.isValid() || until < today)
        return Failure{tr("The pause must last until today or a later date."), ErrorCode::Invalid};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("pausing reminders"));
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO reminder_pauses (client_id, debt_id, reason, until_date, "
                             "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(clientId > 0 ? QVariant(clientId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(debtId > 0 ? QVariant(debtId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(reason.trimmed());
    q.addBindValue(SqlValues::date(until));
    q.addBindValue(SqlValues::timestamp(now));
    if (!q.exec() || !q.next()) {
        if (q.lastError().databaseText().contains(QLatin1String("FOREIGN KEY")))
            return Failure{tr("The client or debt to pause no longer exists."),
                           ErrorCode::NotFound};
        return m_db.failure(q.lastError(), tr("pausing reminders"));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const QString why = tr("Paused until %1: %2")
                            .arg(until.toString(QStringLiteral("dd/MM/yyyy")), reason.trimmed());
    const auto cancelled = clientId > 0
                               ? ReminderTracking::cancelForClient(m_db, clientId, why, now, today)
                               : ReminderTracking::cancelForDebt(m_db, debtId, why, now, today);
    if (!cancelled)
        return cancelled.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("pausing reminders"));
    return id;
}

Result<void> ReminderPauseRepository::lift(qint64 pauseId)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("ending the pause"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT client_id, debt_id FROM reminder_pauses WHERE id = ? AND "
                             "lifted_at IS NULL"));
    q.addBindValue(pauseId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("ending the pause"));
    if (!q.next())
        return Failure{tr("This pause was already ended or no longer exists."),
                       ErrorCode::Conflict};
    const qint64 clientId = q.value(0).toLongLong();
    const qint64 debtId = q.value(1).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("UPDATE reminder_pauses SET lifted_at = ? WHERE id = ?"));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(pauseId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("ending the pause"));
    // The paused debts wait for the pause's end date; have the scan look at them today.
    q.prepare(QStringLiteral("INSERT INTO reminder_wakeups (wake_on, debt_id) SELECT ?, id "
                             "FROM debts WHERE %1 = ? AND settled = 0 ON CONFLICT DO NOTHING")
                  .arg(clientId > 0 ? QStringLiteral("client_id") : QStringLiteral("id")));
    q.addBindValue(SqlValues::date(m_clock.today()));
    q.addBindValue(clientId > 0 ? clientId : debtId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("ending the pause"));
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("ending the pause"));
    return {};
}

Result<QList<ReminderPause>> ReminderPauseRepository::forClient(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, client_id, debt_id, reason, until_date, created_at, "
                             "lifted_at FROM reminder_pauses WHERE client_id = ? OR debt_id IN "
                             "(SELECT id FROM debts WHERE client_id = ?) ORDER BY id DESC"));
    q.addBindValue(clientId);
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the pauses"));
    QList<ReminderPause> list;
    while (q.next()) {
        ReminderPause p;
        p.id = q.value(0).toLongLong();
        p.clientId = q.value(1).toLongLong();
        p.debtId = q.value(2).toLongLong();
        p.reason = q.value(3).toString();
        p.until = SqlValues::toDate(q.value(4));
        p.createdAt = SqlValues::toTimestamp(q.value(5));
        p.liftedAt = SqlValues::toTimestamp(q.value(6));
        list.append(p);
    }
    return list;
}
