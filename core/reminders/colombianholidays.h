#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

// Colombia's public holidays (festivos), computed for any year: fixed dates, the days that
// Ley 51 de 1983 ("Ley Emiliani") moves to the following Monday, and the Easter-based ones.
class ColombianHolidays
{
    Q_DECLARE_TR_FUNCTIONS(ColombianHolidays)
public:
    struct Holiday
    {
        QDate date;
        QString name;
    };

    // The year's 18 holidays in date order; two may fall on the same day (as in 2025).
    static QList<Holiday> forYear(int year);
    // The distinct holiday dates of a year, in order.
    static QList<QDate> datesForYear(int year);
    static bool isHoliday(const QDate &date);
    // Easter Sunday (Gregorian calendar).
    static QDate easterSunday(int year);
    // The date itself when it is a Monday, otherwise the next Monday.
    static QDate nextMonday(const QDate &date);
};
