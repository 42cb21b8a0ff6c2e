#include "reminderscanrepository.h"

#include "client.h"
#include "sqlvalues.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

ReminderScanRepository::ReminderScanRepository(const Database &db) : m_db(db) {}

Result<QList<DueClient>> ReminderScanRepository::due(const QDate &asOf) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The LEFT JOIN keeps the wake-up list as the outer loop: a range of its first pages,
    // then one debt per row. Grouping happens here: ORDER BY client_id would have the
    // planner walk the debts' client index over the whole portfolio.
    q.prepare(QStringLiteral("SELECT d.client_id, w.debt_id, w.wake_on FROM reminder_wakeups w "
                             "LEFT JOIN debts d ON d.id = w.debt_id WHERE w.wake_on <= ?"));
    q.addBindValue(SqlValues::date(asOf));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("finding the debts due for a reminder"));
    struct Row
    {
        qint64 clientId;
        qint64 debtId;
        QDate on;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                     SqlValues::toDate(q.value(2))});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.clientId, a.debtId) < std::tie(b.clientId, b.debtId);
    });
    QList<DueClient> clients;
    for (const Row &row : rows) {
        if (clients.isEmpty() || clients.constLast().clientId != row.clientId)
            clients.append(DueClient{row.clientId, {}, {}});
        DueClient &client = clients.last();
        // A debt may wake up more than once (see migration 0006): looked at once.
        if (row.clientId != 0
            && (client.debtIds.isEmpty() || client.debtIds.constLast() != row.debtId))
            client.debtIds.append(row.debtId);
        client.wakeUps.append({row.on, row.debtId});
    }
    return clients;
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
                  "p.lifted_at IS NULL AND p.until_date >= ?) FROM clients c WHERE c.id IN "
                  "(SELECT value FROM %1)")
                  .arg(m_db.dialect().idTable()));
    q.addBindValue(SqlValues::date(asOf));
    q.addBindValue(m_db.dialect().idTableValue(ids));
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

Result<QList<ScanDebt>> ReminderScanRepository::dueDebts(const QList<qint64> &debtIds,
                                                         const QDate &asOf) const
{
    QList<ScanDebt> list;
    if (debtIds.isEmpty())
        return list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT d.id, d.client_id, d.reference, d.due_date, d.amount_minor, "
                  "d.paid_minor, (SELECT MAX(p.until_date) FROM reminder_pauses p WHERE "
                  "p.debt_id = d.id AND p.lifted_at IS NULL AND p.until_date >= ?), "
                  "(SELECT MAX(i.step_days) FROM outbox_items i WHERE i.debt_id = d.id AND "
                  "i.due_date = d.due_date AND i.step_key IS NOT NULL), d.settled "
                  "FROM debts d WHERE d.id IN (SELECT value FROM %1)")
                  .arg(m_db.dialect().idTable()));
    q.addBindValue(SqlValues::date(asOf));
    q.addBindValue(m_db.dialect().idTableValue(debtIds));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the debts to remind"));
    // `settled` is checked here, not in SQL: a condition on it would tempt the planner into
    // reading every open debt through the (settled, due_date) index instead of these by id.
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
    // Each client's debts oldest first: the message lists them in that order.
    std::sort(list.begin(), list.end(), [](const ScanDebt &a, const ScanDebt &b) {
        return std::tie(a.clientId, a.dueDate, a.id) < std::tie(b.clientId, b.dueDate, b.id);
    });
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
                             "IN (SELECT value FROM %1) AND day_key IS NOT NULL AND "
                             "send_date >= ? AND send_date <= ?")
                  .arg(m_db.dialect().idTable()));
    q.addBindValue(m_db.dialect().idTableValue(clientIds));
    q.addBindValue(SqlValues::date(from));
    q.addBindValue(SqlValues::date(to));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("counting the clients' messages"));
    while (q.next())
        days[q.value(0).toLongLong()].append(SqlValues::toDate(q.value(1)));
    return days;
}

Result<void> ReminderScanRepository::reschedule(const QList<WakeUp> &seen,
                                               const QList<QPair<qint64, QDate>> &plans)
{
    // Most wake-ups of a scan share a few days: one statement per day instead of one per
    // debt, each day's debts bound as one list.
    QMap<QDate, QList<qint64>> seenByDay;
    for (const WakeUp &w : seen)
        seenByDay[w.on].append(w.debtId);
    QMap<QDate, QList<qint64>> nextByDay;
    for (const auto &[debtId, date] : plans) {
        if (date.isValid())
            nextByDay[date].append(debtId);
    }
    const SqlDialect &dialect = m_db.dialect();
    QSqlQuery remove(m_db.connection());
    QSqlQuery add(m_db.connection());
    // (WHERE true: without it SQLite would read ON CONFLICT as the start of a join.)
    if (!remove.prepare(QStringLiteral("DELETE FROM reminder_wakeups WHERE wake_on = ? AND "
                                       "debt_id IN (SELECT value FROM %1)")
                            .arg(dialect.idTable()))
        || !add.prepare(QStringLiteral("INSERT INTO reminder_wakeups (wake_on, debt_id) "
                                       "SELECT ?, value FROM %1 WHERE true "
                                       "ON CONFLICT DO NOTHING")
                            .arg(dialect.idTable())))
        return m_db.failure(remove.lastError().isValid() ? remove.lastError() : add.lastError(),
                            tr("planning the next reminders"));
    for (auto [q, byDay] : {std::pair{&remove, &seenByDay}, std::pair{&add, &nextByDay}}) {
        for (auto it = byDay->cbegin(); it != byDay->cend(); ++it) {
            q->bindValue(0, SqlValues::date(it.key()));
            q->bindValue(1, dialect.idTableValue(it.value()));
            if (!q->exec())
                return m_db.failure(q->lastError(), tr("planning the next reminders"));
        }
    }
    return {};
}
