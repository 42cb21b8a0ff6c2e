#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

class Clock;

// A client or one debt left without reminders until a date (a payment promise, a dispute).
struct ReminderPause
{
    qint64 id = 0;
    qint64 clientId = 0; // set for a client pause
    qint64 debtId = 0;   // set for a debt pause
    QString reason;
    QDate until; // inclusive: reminders start again the day after
    QDateTime createdAt;
    QDateTime liftedAt; // set when lifted early

    bool isActive(const QDate &asOf) const { return !liftedAt.isValid() && until >= asOf; }
};

class ReminderPauseRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPauseRepository)
public:
    ReminderPauseRepository(const Database &db, const Clock &clock);

    // Each cancels, in the same transaction, the messages not yet sent to the client / for
    // the debt.
    Result<qint64> pauseClient(qint64 clientId, const QString &reason, const QDate &until);
    Result<qint64> pauseDebt(qint64 debtId, const QString &reason, const QDate &until);
    // Ends a pause before its date; the scan looks at the affected debts again today.
    Result<void> lift(qint64 pauseId);
    // Pauses of a client and of its debts, newest first.
    Result<QList<ReminderPause>> forClient(qint64 clientId) const;

private:
    Result<qint64> insert(qint64 clientId, qint64 debtId, const QString &reason,
                          const QDate &until);

    Database m_db;
    const Clock &m_clock;
};
