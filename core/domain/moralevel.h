#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A band of days overdue ("31–60 días"). Level 0 is always "al día" (not overdue).
struct MoraLevel
{
    QString name;
    int minDays = 0;  // inclusive
    int maxDays = -1; // inclusive; -1 means no upper bound
    bool contains(int daysOverdue) const
    {
        return daysOverdue >= minDays && (maxDays < 0 || daysOverdue <= maxDays);
    }
};

// The configured mora levels, used by the debts list, reports and reminder templates.
class MoraLevels
{
    Q_DECLARE_TR_FUNCTIONS(MoraLevels)
public:
    // al día, 1–30, 31–60, 61–90, más de 90.
    static MoraLevels defaults();

    // Builds levels from the upper bounds of the overdue bands, e.g. {30, 60, 90}: the
    // bands must grow strictly; the last band is open-ended.
    static Result<MoraLevels> fromUpperBounds(const QList<int> &upperBounds);

    const QList<MoraLevel> &levels() const { return m_levels; }
    int count() const { return int(m_levels.size()); }
    // Index of the level for a number of days overdue (<= 0 is level 0, "al día").
    int indexFor(int daysOverdue) const;
    const MoraLevel &levelFor(int daysOverdue) const { return m_levels.at(indexFor(daysOverdue)); }
    QList<int> upperBounds() const;

private:
    QList<MoraLevel> m_levels;
};
