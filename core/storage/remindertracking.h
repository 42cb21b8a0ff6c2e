#pragma once

#include "database.h"
#include "reminderpolicy.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

// Keeps the reminder state (each open debt's next_reminder_on, the queued messages) in step
// with debts, payments, consent and pauses. Every function runs inside the caller's write
// transaction, so a payment and the cancellation of its reminders commit together.
class ReminderTracking
{
    Q_DECLARE_TR_FUNCTIONS(ReminderTracking)
public:
    // The saved policy, or the built-in defaults when none was saved.
    static Result<ReminderPolicy> policy(const Database &db);

    // When the scan first looks at a new (or reactivated) open debt: its first step date
    // while that is still ahead, otherwise today; invalid when reminders are off.
    static Result<QDate> firstReminderDate(const Database &db, const QDate &dueDate,
                                           const QDate &today);

    // Whether a claimed message may still go out: the client still consents and is active,
    // and at least one of its debts is still open. Empty when it may; otherwise the reason.
    static Result<QString> reasonNotToSend(const Database &db, qint64 messageId);

    // Sets when the scan must next look at a debt: its first step date while that is still
    // ahead, otherwise today; NULL when the debt is settled or reminders are off.
    static Result<void> scheduleDebt(const Database &db, qint64 debtId, const QDate &today);
    static Result<void> clearDebt(const Database &db, qint64 debtId);

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
