#include "reminderpolicyrepository.h"

#include "clock.h"
#include "remindertracking.h"
#include "sqlvalues.h"

#include <QSqlQuery>

ReminderPolicyRepository::ReminderPolicyRepository(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

Result<ReminderPolicy> ReminderPolicyRepository::get() const
{
    return ReminderTracking::policy(m_db);
}

Result<void> ReminderPolicyRepository::save(const ReminderPolicy &policy)
{
    if (auto valid = policy.validate(); !valid)
        return valid.failure();
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("saving the reminder rules"));
    const auto before = ReminderTracking::policy(m_db);
    if (!before)
        return before.failure();

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO reminder_policy (id, enabled, steps, repeat_every_days, weekly_cap, "
        "business_name, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "enabled = excluded.enabled, steps = excluded.steps, repeat_every_days = "
        "excluded.repeat_every_days, weekly_cap = excluded.weekly_cap, business_name = "
        "excluded.business_name, updated_at = excluded.updated_at"));
    q.addBindValue(policy.enabled ? 1 : 0);
    q.addBindValue(policy.stepsText());
    q.addBindValue(policy.repeatEveryDays);
    q.addBindValue(policy.weeklyCap);
    // A null QString would bind as NULL.
    q.addBindValue(policy.businessName.trimmed().isEmpty() ? QStringLiteral("")
                                                           : policy.businessName.trimmed());
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("saving the reminder rules"));

    const bool timingChanged = before->enabled != policy.enabled || before->steps != policy.steps
                               || before->repeatEveryDays != policy.repeatEveryDays;
    if (timingChanged) {
        // A rare, whole-portfolio change: off clears every plan; on (or new steps) has the
        // next scan look at each open debt once.
        if (!q.exec(QStringLiteral("DELETE FROM reminder_wakeups")))
            return m_db.failure(q.lastError(), tr("saving the reminder rules"));
        if (policy.enabled) {
            q.prepare(QStringLiteral("INSERT INTO reminder_wakeups (wake_on, debt_id) "
                                     "SELECT ?, id FROM debts WHERE settled = 0"));
            q.addBindValue(SqlValues::date(m_clock.today()));
            if (!q.exec())
                return m_db.failure(q.lastError(), tr("saving the reminder rules"));
        }
    }
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("saving the reminder rules"));
    return {};
}
