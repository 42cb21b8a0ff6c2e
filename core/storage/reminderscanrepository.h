#pragma once

#include "database.h"
#include "money.h"
#include "phonenumber.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>

#include <optional>

// What the daily scan needs to know about a client.
struct ScanClient
{
    qint64 id = 0;
    QString name;
    PhoneNumber whatsapp;
    bool consentGranted = false;
    bool active = true;
    QDate pausedUntil; // latest end of an active pause; invalid when not paused
};

// "Look at this debt on this day": one row of reminder_wakeups (see migration 0006).
struct WakeUp
{
    QDate on;
    qint64 debtId = 0;
};

// A client with debts whose wake-up day has come. Client 0 gathers the wake-ups of debts
// that no longer exist.
struct DueClient
{
    qint64 clientId = 0;
    QList<qint64> debtIds;
    QList<WakeUp> wakeUps;
};

// An open debt whose wake-up day has come.
struct ScanDebt
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString reference;
    QDate dueDate;
    Money amount;
    Money paid;
    QDate pausedUntil;
    std::optional<int> queuedStep; // the latest step already queued for this due date
};

// The reads and writes of the daily scan. Every query starts from the day-ordered wake-up
// list, so a scan costs what is due, not the size of the portfolio.
class ReminderScanRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderScanRepository)
public:
    explicit ReminderScanRepository(const Database &db);

    // The debts to look at on or before `asOf`, grouped by client, clients in id order.
    Result<QList<DueClient>> due(const QDate &asOf) const;
    Result<QList<ScanClient>> clients(const QList<qint64> &ids, const QDate &asOf) const;
    // Those of `debtIds` still open, read again inside the caller's transaction: a payment
    // recorded since `due()` is seen. Pauses are those still running on `asOf`.
    Result<QList<ScanDebt>> dueDebts(const QList<qint64> &debtIds, const QDate &asOf) const;
    // Send dates of the messages that count against the daily and weekly limits.
    Result<QHash<qint64, QList<QDate>>> messageDays(const QList<qint64> &clientIds,
                                                    const QDate &from, const QDate &to) const;
    // Removes the wake-ups the scan has dealt with and adds each debt's next one (an invalid
    // date: none).
    Result<void> reschedule(const QList<WakeUp> &seen, const QList<QPair<qint64, QDate>> &plans);

private:
    Database m_db;
};
