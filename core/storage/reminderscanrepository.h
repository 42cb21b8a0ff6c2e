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

// An open debt whose next reminder date has come.
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

// The reads and writes of the daily scan. Every query starts from the indexed
// next_reminder_on date, so a scan costs what is due, not the size of the portfolio.
class ReminderScanRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderScanRepository)
public:
    explicit ReminderScanRepository(const Database &db);

    // Clients with at least one open debt to look at on or before `asOf`, in id order.
    Result<QList<qint64>> clientsDue(const QDate &asOf) const;
    Result<QList<ScanClient>> clients(const QList<qint64> &ids, const QDate &asOf) const;
    Result<QList<ScanDebt>> dueDebts(const QList<qint64> &clientIds, const QDate &asOf) const;
    // Send dates of the messages that count against the daily and weekly limits.
    Result<QHash<qint64, QList<QDate>>> messageDays(const QList<qint64> &clientIds,
                                                    const QDate &from, const QDate &to) const;
    // Sets each debt's next reminder date (invalid: none).
    Result<void> setNextReminders(const QList<QPair<qint64, QDate>> &plans);

private:
    Database m_db;
};
