#include "contactwindow.h"

#include "colombianholidays.h"

bool ContactWindow::isContactDay(const QDate &date)
{
    return date.isValid() && date.dayOfWeek() != Qt::Sunday && !ColombianHolidays::isHoliday(date);
}

QTime ContactWindow::opensAt(const QDate &date)
{
    if (!isContactDay(date))
        return {};
    return date.dayOfWeek() == Qt::Saturday ? QTime(8, 0) : QTime(7, 0);
}

QTime ContactWindow::closesAt(const QDate &date)
{
    if (!isContactDay(date))
        return {};
    return date.dayOfWeek() == Qt::Saturday ? QTime(15, 0) : QTime(19, 0);
}

bool ContactWindow::isOpen(const QDateTime &moment, const QTimeZone &zone)
{
    const QDateTime local = moment.toTimeZone(zone);
    const QDate date = local.date();
    if (!isContactDay(date))
        return false;
    const QTime time = local.time();
    return time >= opensAt(date) && time < closesAt(date);
}

QDateTime ContactWindow::nextOpening(const QDateTime &moment, const QTimeZone &zone)
{
    if (isOpen(moment, zone))
        return moment.toUTC();
    const QDateTime local = moment.toTimeZone(zone);
    QDate date = local.date();
    if (isContactDay(date) && local.time() < opensAt(date))
        return QDateTime(date, opensAt(date), zone).toUTC();
    // A year never lacks a contact day within two weeks; the bound only guards bad input.
    for (int i = 0; i < 30; ++i) {
        date = date.addDays(1);
        if (isContactDay(date))
            return QDateTime(date, opensAt(date), zone).toUTC();
    }
    return {};
}
