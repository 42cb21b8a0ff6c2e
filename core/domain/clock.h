#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

// Where "today" and "now" come from, so that tests can move time by hand.
// Events are UTC; dates a clerk sees (due dates, "today") are in the business's time zone.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    virtual QTimeZone timeZone() const;

    QDateTime localNow() const { return now().toTimeZone(timeZone()); }
    QDate today() const { return localNow().date(); }

    // Colombia has one time zone, UTC-5, without daylight saving.
    static QTimeZone colombia();
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that only moves when told to.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &now, const QTimeZone &zone = Clock::colombia());
    QDateTime now() const override { return m_now; }
    QTimeZone timeZone() const override { return m_zone; }

    void setNow(const QDateTime &now) { m_now = now.toUTC(); }
    // Sets the clock to a local date and time in the clock's zone.
    void setLocal(const QDate &date, const QTime &time);
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
    QTimeZone m_zone;
};
