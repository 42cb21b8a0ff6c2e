#include "clock.h"

QTimeZone Clock::timeZone() const
{
    return colombia();
}

QTimeZone Clock::colombia()
{
    const QTimeZone bogota("America/Bogota");
    // Without tz data a fixed offset is exact: Colombia has no daylight saving.
    return bogota.isValid() ? bogota : QTimeZone(-5 * 3600);
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime &now, const QTimeZone &zone)
    : m_now(now.toUTC()), m_zone(zone)
{
}

void FixedClock::setLocal(const QDate &date, const QTime &time)
{
    m_now = QDateTime(date, time, m_zone).toUTC();
}
