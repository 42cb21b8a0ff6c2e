#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// When a debtor may be contacted (Ley 2300 de 2023): Monday to Friday 7:00–19:00, Saturday
// 8:00–15:00, never on Sundays or Colombian public holidays, in the business's local time.
class ContactWindow
{
public:
    // Opening and closing local times of a date; invalid times when the day is closed.
    static QTime opensAt(const QDate &date);
    static QTime closesAt(const QDate &date);
    static bool isContactDay(const QDate &date);

    // Whether a moment (any time spec) falls inside the window in `zone`. The closing minute
    // itself is outside: 19:00:00 on a weekday is too late.
    static bool isOpen(const QDateTime &moment, const QTimeZone &zone);
    // `moment` itself when the window is open, otherwise the next opening; UTC.
    static QDateTime nextOpening(const QDateTime &moment, const QTimeZone &zone);
};
