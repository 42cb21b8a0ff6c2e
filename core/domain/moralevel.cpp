#include "moralevel.h"

#include <limits>

MoraLevels MoraLevels::defaults()
{
    return fromUpperBounds({30, 60, 90}).value();
}

Result<MoraLevels> MoraLevels::fromUpperBounds(const QList<int> &upperBounds)
{
    MoraLevels result;
    result.m_levels.append({tr("Current"), std::numeric_limits<int>::min(), 0});
    int from = 1;
    for (int bound : upperBounds) {
        if (bound < from)
            return Failure{tr("Each mora level must end after the previous one: %1 days comes "
                              "after %2.")
                               .arg(bound)
                               .arg(from - 1),
                           ErrorCode::Invalid};
        result.m_levels.append({tr("%1–%2 days").arg(from).arg(bound), from, bound});
        from = bound + 1;
    }
    result.m_levels.append({tr("More than %1 days").arg(from - 1), from, -1});
    return result;
}

int MoraLevels::indexFor(int daysOverdue) const
{
    if (daysOverdue <= 0)
        return 0;
    for (int i = 1; i < m_levels.size(); ++i) {
        if (m_levels.at(i).contains(daysOverdue))
            return i;
    }
    return int(m_levels.size()) - 1;
}

QList<int> MoraLevels::upperBounds() const
{
    QList<int> bounds;
    for (int i = 1; i + 1 < m_levels.size(); ++i)
        bounds.append(m_levels.at(i).maxDays);
    return bounds;
}
