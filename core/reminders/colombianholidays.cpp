#include "colombianholidays.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>

QDate ColombianHolidays::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QDate ColombianHolidays::nextMonday(const QDate &date)
{
    const int dow = date.dayOfWeek(); // 1 = Monday
    return dow == 1 ? date : date.addDays(8 - dow);
}

QList<ColombianHolidays::Holiday> ColombianHolidays::forYear(int year)
{
    QList<Holiday> days;
    auto fixed = [&](int month, int day, const QString &name) {
        days.append({QDate(year, month, day), name});
    };
    auto moved = [&](int month, int day, const QString &name) {
        days.append({nextMonday(QDate(year, month, day)), name});
    };
    fixed(1, 1, tr("Año Nuevo"));
    moved(1, 6, tr("Día de los Reyes Magos"));
    moved(3, 19, tr("Día de San José"));
    fixed(5, 1, tr("Día del Trabajo"));
    moved(6, 29, tr("San Pedro y San Pablo"));
    fixed(7, 20, tr("Día de la Independencia"));
    fixed(8, 7, tr("Batalla de Boyacá"));
    moved(8, 15, tr("La Asunción de la Virgen"));
    moved(10, 12, tr("Día de la Raza"));
    moved(11, 1, tr("Todos los Santos"));
    moved(11, 11, tr("Independencia de Cartagena"));
    fixed(12, 8, tr("Inmaculada Concepción"));
    fixed(12, 25, tr("Navidad"));

    const QDate easter = easterSunday(year);
    days.append({easter.addDays(-3), tr("Jueves Santo")});
    days.append({easter.addDays(-2), tr("Viernes Santo")});
    // Thursday/Thursday/Friday feasts that Ley Emiliani moves to the next Monday.
    days.append({nextMonday(easter.addDays(39)), tr("Ascensión del Señor")});
    days.append({nextMonday(easter.addDays(60)), tr("Corpus Christi")});
    days.append({nextMonday(easter.addDays(68)), tr("Sagrado Corazón de Jesús")});

    std::stable_sort(days.begin(), days.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

QList<QDate> ColombianHolidays::datesForYear(int year)
{
    QList<QDate> dates;
    for (const Holiday &h : forYear(year)) {
        if (dates.isEmpty() || dates.constLast() != h.date)
            dates.append(h.date);
    }
    return dates;
}

bool ColombianHolidays::isHoliday(const QDate &date)
{
    if (!date.isValid())
        return false;
    // The contact window asks about the same few years over and over: cache them.
    static QMutex mutex;
    static QHash<int, QSet<QDate>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(date.year());
    if (it == cache.end()) {
        const QList<QDate> dates = datesForYear(date.year());
        it = cache.insert(date.year(), QSet<QDate>(dates.begin(), dates.end()));
    }
    return it->contains(date);
}
