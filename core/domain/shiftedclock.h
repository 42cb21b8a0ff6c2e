#pragma once

#include "clock.h"

#include <QElapsedTimer>

// A clock that starts at a chosen moment and then runs at the real pace: the program's
// test hook (CARTERA_NOW) puts a whole run on a chosen day and hour while timers, rate
// limits and timeouts still see time pass.
class ShiftedClock : public Clock
{
public:
    explicit ShiftedClock(const QDateTime &start, const QTimeZone &zone = Clock::colombia());
    QDateTime now() const override;
    QTimeZone timeZone() const override { return m_zone; }

    // Reads an ISO 8601 moment ("2026-02-10T15:00:00Z"); a moment without an offset is UTC.
    // Returns an invalid QDateTime when the text is not one.
    static QDateTime parseMoment(const QString &text);

private:
    QDateTime m_start;
    QTimeZone m_zone;
    QElapsedTimer m_elapsed;
};
