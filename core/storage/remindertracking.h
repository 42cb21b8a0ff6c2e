#pragma once

#include "database.h"
#include "reminderpolicy.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

// Keeps the reminder state (the scan's wake-ups, the queued messages) in step
// with debts, payments, consent and pauses. Every function runs inside the caller's write
// transaction, so a payment and the cancellation of its reminders commit together.
class ReminderTracking
{
    Q_DECLARE_TR_FUNCTIONS(ReminderTracking)
public:
    // The saved policy, or the built-in defaults when none was saved.
    static Result<ReminderPolicy> policy(const Database &db);

    // Whether a claimed message may still go out: the client still consents and is active,
    // and at least one of its debts is still open. Empty when it may; otherwise the reason.
    static Result<QString> reasonNotToSend(const Database &db, qint64 messageId);

    // Has the scan look at a new, changed or reopened debt: on its first step date while
    // that is still ahead, otherwise today; nothing when it is settled or reminders are off.
    static Result<void> scheduleDebt(const Database &db, qint64 debtId, const QDate &today);
    // Has the scan look at a debt on `on`. Earlier wake-ups stay: an extra one costs the scan
    // one look (see migration 0006), a missing one would skip a reminder.
    static Result<void> wakeDebt(const Database &db, qint64 debtId, const QDate &on);

    // Cancels the messages of a debt (or of a client) that have not gone out yet. The other
    // debts of a cancelled grouped message are looked at again today.
    static Result<int> cancelForDebt(const Database &db, qint64 debtId, const QString &reason,
                                     const QDateTime &now, const QDate &today);
    static Result<int> cancelForClient(const Database &db, qint64 clientId, const QString &reason,
                                       const QDateTime &now, const QDate &today);
    // Cancels one message if it is still scheduled or retrying; false when it was not.
    static Result<bool> cancelMessage(const Database &db, qint64 messageId, const QString &reason,
                                      const QDateTime &now, const QDate &today);
};
