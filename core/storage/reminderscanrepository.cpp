#include "reminderscanrepository.h"

#include "client.h"
#include "sqlvalues.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString marks(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

} // namespace

ReminderScanRepository::ReminderScanRepository(const Database &db) : m_db(db) {}

Result<QList<qint64>> ReminderScanRepository::clientsDue(const QDate &asOf) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Only the next_reminder_on index may serve this query: settled debts have no date, and
    // a condition on `settled` would tempt the planner into reading every open debt.
    // Sorting and de-duplicating happen here: ORDER BY client_id would have the planner walk
    // the client index over the whole portfolio instead.
    q.prepare(QStringLiteral("SELECT client_id FROM debts WHERE next_reminder_on <= ?"));
    q.addBindValue(SqlValues::date(asOf));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("finding the debts due for a reminder"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

Result<QList<ScanClient>> ReminderScanRepository::clients(const QList<qint64> &ids,
                                                          const QDate &asOf) const
{
    QList<ScanClient> list;
    if (ids.isEmpty())
        return list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.name, c.whatsapp, c.consent_state, c.active, "
                  "(SELECT MAX(p.until_date) FROM reminder_pauses p WHERE p.client_id = c.id AND "
                  "p.lifted_at IS NULL AND p.until_date >= ?) FROM clients c WHERE c.id IN (%1)")
                  .arg(marks(int(ids.size()))));
    q.addBindValue(SqlValues::date(asOf));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the clients to remind"));
    while (q.next()) {
        ScanClient c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.whatsapp = PhoneNumber::fromE164(q.value(2).toString());
        c.consentGranted = Consent::stateFromCode(q.value(3).toString()) == Consent::State::Granted;
        c.active = q.value(4).toInt() != 0;
        c.pausedUntil = SqlValues::toDate(q.value(5));
        list.append(c);
    }
    return list;
}

Result<QList<ScanDebt>> ReminderScanRepository::dueDebts(const QList<qint64> &clientIds,
                                                         const QDate &asOf) const
{
    QList<ScanDebt> list;
    if (clientIds.isEmpty())
        return list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT d.id, d.client_id, d.reference, d.due_date, d.amount_minor, d.paid_minor, "
            "(SELECT MAX(p.until_date) FROM reminder_pauses p WHERE p.debt_id = d.id AND "
            "p.lifted_at IS NULL AND p.until_date >= ?), "
            "(SELECT MAX(i.step_days) FROM outbox_items i WHERE i.debt_id = d.id AND "
            "i.due_date = d.due_date AND i.step_key IS NOT NULL), d.settled "
            "FROM debts d WHERE d.client_id IN (%1) AND d.next_reminder_on <= ? "
            "ORDER BY d.client_id, d.due_date, d.id")
            .arg(marks(int(clientIds.size()))));
    q.addBindValue(SqlValues::date(asOf));
    for (qint64 id : clientIds)
        q.addBindValue(id);
    q.addBindValue(SqlValues::date(asOf));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the debts to remind"));
    // `settled` is checked here, not in SQL: a condition on it would have the planner read
    // every open debt through the (settled, due_date) index instead of the client's few.
    while (q.next()) {
        if (q.value(8).toInt() != 0)
            continue;
        ScanDebt d;
        d.id = q.value(0).toLongLong();
        d.clientId = q.value(1).toLongLong();
        d.reference = q.value(2).toString();
        d.dueDate = SqlValues::toDate(q.value(3));
        d.amount = Money::fromMinor(q.value(4).toLongLong());
        d.paid = Money::fromMinor(q.value(5).toLongLong());
        d.pausedUntil = SqlValues::toDate(q.value(6));
        if (!q.value(7).isNull())
            d.queuedStep = q.value(7).toInt();
        list.append(d);
    }
    return list;
}

Result<QHash<qint64, QList<QDate>>>
ReminderScanRepository::messageDays(const QList<qint64> &clientIds, const QDate &from,
                                    const QDate &to) const
{
    QHash<qint64, QList<QDate>> days;
    if (clientIds.isEmpty())
        return days;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Cancelled messages have no day_key: they never reached the client.
    q.prepare(QStringLiteral("SELECT client_id, send_date FROM outbox_messages WHERE client_id "
                             "IN (%1) AND day_key IS NOT NULL AND send_date >= ? AND "
                             "send_date <= ?")
                  .arg(marks(int(clientIds.size()))));
    for (qint64 id : clientIds)
        q.addBindValue(id);
    q.addBindValue(SqlValues::date(from));
    q.addBindValue(SqlValues::date(to));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("counting the clients' messages"));
    while (q.next())
        days[q.value(0).toLongLong()].append(SqlValues::toDate(q.value(1)));
    return days;
}

Result<void> ReminderScanRepository::setNextReminders(const QList<QPair<qint64, QDate>> &plans)
{
    // Most debts of a scan move to the same few dates: one UPDATE per date and batch of ids
    // instead of one per debt.
    QMap<QDate, QList<qint64>> byDate;
    for (const auto &[debtId, date] : plans)
        byDate[date].append(debtId);
    constexpr qsizetype batch = 200;
    QSqlQuery q(m_db.connection());
    for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
        const QList<qint64> &ids = it.value();
        for (qsizetype start = 0; start < ids.size(); start += batch) {
            const QList<qint64> part = ids.mid(start, batch);
            q.prepare(QStringLiteral("UPDATE debts SET next_reminder_on = ? WHERE id IN (%1)")
                          .arg(marks(int(part.size()))));
            q.addBindValue(SqlValues::date(it.key()));
            for (qint64 id : part)
                q.addBindValue(id);
            if (!q.exec())
                return m_db.failure(q.lastError(), tr("planning the next reminders"));
        }
    }
    return {};
}
