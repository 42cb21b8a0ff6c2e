#pragma once

#include "database.h"
#include "reminderpolicy.h"
#include "result.h"

#include <QCoreApplication>

class Clock;

// Reads and saves the reminder rules. Saving replans every open debt.
class ReminderPolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPolicyRepository)
public:
    ReminderPolicyRepository(const Database &db, const Clock &clock);

    Result<ReminderPolicy> get() const;
    // Refuses invalid rules. Changed steps take effect from today: every open debt is looked
    // at by the next scan (once), which queues at most its latest due step.
    Result<void> save(const ReminderPolicy &policy);

private:
    Database m_db;
    const Clock &m_clock;
};
