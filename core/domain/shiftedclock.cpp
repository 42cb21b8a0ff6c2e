#include "shiftedclock.h"

ShiftedClock::ShiftedClock(const QDateTime &start, const QTimeZone &zone)
    : m_start(start.toUTC()), m_zone(zone)
{
    m_elapsed.start();
}

QDateTime ShiftedClock::now() const
{
    return m_start.addMSecs(m_elapsed.elapsed());
}

QDateTime ShiftedClock::parseMoment(const QString &text)
{
    QDateTime moment = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!moment.isValid())
        return {};
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc());
    return moment.toUTC();
}
