#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// When reminders go out, relative to a debt's due date: fixed steps (days before or after it)
// and, after the last step, one every `repeatEveryDays` while the debt stays unpaid.
class ReminderPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPolicy)
public:
    bool enabled = true;
    QList<int> steps = {-3, 0, 1, 8, 15, 30}; // days from the due date, ascending
    int repeatEveryDays = 30;                 // 0: no repetition after the last step
    int weeklyCap = 3;                        // messages per client in any 7 days
    QString businessName;                     // {empresa}

    static ReminderPolicy defaults() { return {}; }

    Result<void> validate() const;

    // The most recent step due on or before `asOf` (days from the due date), if any. Catch-up
    // after days off sends only this one, never the earlier ones missed.
    std::optional<int> latestStep(const QDate &dueDate, const QDate &asOf) const;
    // The first date strictly after `asOf` on which a step falls; invalid when none will.
    QDate nextStepDate(const QDate &dueDate, const QDate &asOf) const;
    // The date of the first step; invalid when disabled.
    QDate firstStepDate(const QDate &dueDate) const;

    // "-3,0,1,8,15,30" <-> steps; parsing refuses anything but integers.
    QString stepsText() const;
    static Result<QList<int>> parseSteps(const QString &text);

    bool operator==(const ReminderPolicy &o) const
    {
        return enabled == o.enabled && steps == o.steps && repeatEveryDays == o.repeatEveryDays
               && weeklyCap == o.weeklyCap && businessName == o.businessName;
    }
};
