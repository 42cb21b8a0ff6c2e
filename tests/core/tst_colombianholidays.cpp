#include "colombianholidays.h"
#include "contactwindow.h"

#include <QTest>

// The official holiday calendars (festivos) 2025–2030 as published each year, written out
// by hand so that the computation is checked against the lists, not against itself.
class tst_ColombianHolidays : public QObject
{
    Q_OBJECT
private slots:
    void officialLists_data();
    void officialLists();
    void easter_data();
    void easter();
    void eighteenHolidaysEvenWhenTwoCoincide();
    void contactWindow_data();
    void contactWindow();
    void nextOpening_data();
    void nextOpening();
};

namespace {
QList<QDate> dates(int year, const QList<QPair<int, int>> &monthDays)
{
    QList<QDate> list;
    for (const auto &[m, d] : monthDays)
        list.append(QDate(year, m, d));
    return list;
}
} // namespace

void tst_ColombianHolidays::officialLists_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // 2025: Sagrado Corazón and San Pedro y San Pablo both fall on Monday 30 June.
    QTest::newRow("2025") << 2025
                          << dates(2025, {{1, 1},
                                          {1, 6},
                                          {3, 24},
                                          {4, 17},
                                          {4, 18},
                                          {5, 1},
                                          {6, 2},
                                          {6, 23},
                                          {6, 30},
                                          {7, 20},
                                          {8, 7},
                                          {8, 18},
                                          {10, 13},
                                          {11, 3},
                                          {11, 17},
                                          {12, 8},
                                          {12, 25}});
    QTest::newRow("2026") << 2026
                          << dates(2026, {{1, 1},
                                          {1, 12},
                                          {3, 23},
                                          {4, 2},
                                          {4, 3},
                                          {5, 1},
                                          {5, 18},
                                          {6, 8},
                                          {6, 15},
                                          {6, 29},
                                          {7, 20},
                                          {8, 7},
                                          {8, 17},
                                          {10, 12},
                                          {11, 2},
                                          {11, 16},
                                          {12, 8},
                                          {12, 25}});
    QTest::newRow("2027") << 2027
                          << dates(2027, {{1, 1},
                                          {1, 11},
                                          {3, 22},
                                          {3, 25},
                                          {3, 26},
                                          {5, 1},
                                          {5, 10},
                                          {5, 31},
                                          {6, 7},
                                          {7, 5},
                                          {7, 20},
                                          {8, 7},
                                          {8, 16},
                                          {10, 18},
                                          {11, 1},
                                          {11, 15},
                                          {12, 8},
                                          {12, 25}});
    QTest::newRow("2028") << 2028
                          << dates(2028, {{1, 1},
                                          {1, 10},
                                          {3, 20},
                                          {4, 13},
                                          {4, 14},
                                          {5, 1},
                                          {5, 29},
                                          {6, 19},
                                          {6, 26},
                                          {7, 3},
                                          {7, 20},
                                          {8, 7},
                                          {8, 21},
                                          {10, 16},
                                          {11, 6},
                                          {11, 13},
                                          {12, 8},
                                          {12, 25}});
    QTest::newRow("2029") << 2029
                          << dates(2029, {{1, 1},
                                          {1, 8},
                                          {3, 19},
                                          {3, 29},
                                          {3, 30},
                                          {5, 1},
                                          {5, 14},
                                          {6, 4},
                                          {6, 11},
                                          {7, 2},
                                          {7, 20},
                                          {8, 7},
                                          {8, 20},
                                          {10, 15},
                                          {11, 5},
                                          {11, 12},
                                          {12, 8},
                                          {12, 25}});
    // 2030: Sagrado Corazón and San Pedro y San Pablo both fall on Monday 1 July.
    QTest::newRow("2030") << 2030
                          << dates(2030, {{1, 1},
                                          {1, 7},
                                          {3, 25},
                                          {4, 18},
                                          {4, 19},
                                          {5, 1},
                                          {6, 3},
                                          {6, 24},
                                          {7, 1},
                                          {7, 20},
                                          {8, 7},
                                          {8, 19},
                                          {10, 14},
                                          {11, 4},
                                          {11, 11},
                                          {12, 8},
                                          {12, 25}});
}

void tst_ColombianHolidays::officialLists()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(ColombianHolidays::datesForYear(year), expected);
    for (const QDate &d : expected)
        QVERIFY2(ColombianHolidays::isHoliday(d), qPrintable(d.toString(Qt::ISODate)));
    // Every other day of the year is a working day.
    int holidays = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        holidays += ColombianHolidays::isHoliday(d) ? 1 : 0;
    QCOMPARE(holidays, int(expected.size()));
}

void tst_ColombianHolidays::easter_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    QTest::newRow("2038") << 2038 << QDate(2038, 4, 25);
}

void tst_ColombianHolidays::easter()
{
    QFETCH(int, year);
    QFETCH(QDate, expected);
    QCOMPARE(ColombianHolidays::easterSunday(year), expected);
}

void tst_ColombianHolidays::eighteenHolidaysEvenWhenTwoCoincide()
{
    for (int year = 2020; year <= 2040; ++year)
        QCOMPARE(ColombianHolidays::forYear(year).size(), 18);
    QCOMPARE(ColombianHolidays::datesForYear(2025).size(), 17);
}

void tst_ColombianHolidays::contactWindow_data()
{
    QTest::addColumn<QDateTime>("local");
    QTest::addColumn<bool>("open");
    const QTimeZone co = QTimeZone(-5 * 3600);
    // Tuesday 13 January 2026
    QTest::newRow("weekday 6:59") << QDateTime(QDate(2026, 1, 13), QTime(6, 59), co) << false;
    QTest::newRow("weekday 7:00") << QDateTime(QDate(2026, 1, 13), QTime(7, 0), co) << true;
    QTest::newRow("weekday 18:59") << QDateTime(QDate(2026, 1, 13), QTime(18, 59), co) << true;
    QTest::newRow("weekday 19:00") << QDateTime(QDate(2026, 1, 13), QTime(19, 0), co) << false;
    QTest::newRow("saturday 7:30") << QDateTime(QDate(2026, 1, 17), QTime(7, 30), co) << false;
    QTest::newRow("saturday 8:00") << QDateTime(QDate(2026, 1, 17), QTime(8, 0), co) << true;
    QTest::newRow("saturday 14:59") << QDateTime(QDate(2026, 1, 17), QTime(14, 59), co) << true;
    QTest::newRow("saturday 15:00") << QDateTime(QDate(2026, 1, 17), QTime(15, 0), co) << false;
    QTest::newRow("sunday noon") << QDateTime(QDate(2026, 1, 18), QTime(12, 0), co) << false;
    QTest::newRow("Reyes Monday") << QDateTime(QDate(2026, 1, 12), QTime(10, 0), co) << false;
    QTest::newRow("Jueves Santo") << QDateTime(QDate(2026, 4, 2), QTime(10, 0), co) << false;
    // 12:30 UTC is 7:30 in Bogotá: open, whatever the machine's zone.
    QTest::newRow("utc input") << QDateTime(QDate(2026, 1, 13), QTime(12, 30), Qt::UTC) << true;
    QTest::newRow("utc 11:59") << QDateTime(QDate(2026, 1, 13), QTime(11, 59), Qt::UTC) << false;
}

void tst_ColombianHolidays::contactWindow()
{
    QFETCH(QDateTime, local);
    QFETCH(bool, open);
    QCOMPARE(ContactWindow::isOpen(local, QTimeZone(-5 * 3600)), open);
}

void tst_ColombianHolidays::nextOpening_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("expected");
    const QTimeZone co = QTimeZone(-5 * 3600);
    QTest::newRow("already open") << QDateTime(QDate(2026, 1, 13), QTime(9, 15), co)
                                  << QDateTime(QDate(2026, 1, 13), QTime(9, 15), co);
    QTest::newRow("early morning") << QDateTime(QDate(2026, 1, 13), QTime(5, 0), co)
                                   << QDateTime(QDate(2026, 1, 13), QTime(7, 0), co);
    QTest::newRow("evening to next day") << QDateTime(QDate(2026, 1, 13), QTime(20, 0), co)
                                         << QDateTime(QDate(2026, 1, 14), QTime(7, 0), co);
    QTest::newRow("friday evening to saturday 8")
        << QDateTime(QDate(2026, 1, 16), QTime(19, 30), co)
        << QDateTime(QDate(2026, 1, 17), QTime(8, 0), co);
    QTest::newRow("saturday afternoon skips sunday")
        << QDateTime(QDate(2026, 1, 17), QTime(15, 0), co)
        << QDateTime(QDate(2026, 1, 19), QTime(7, 0), co);
    // Saturday 10 January 2026 afternoon: Sunday, then Monday 12 (Reyes) is a holiday.
    QTest::newRow("weekend before Reyes") << QDateTime(QDate(2026, 1, 10), QTime(16, 0), co)
                                          << QDateTime(QDate(2026, 1, 13), QTime(7, 0), co);
    // Wednesday of Holy Week evening: Thursday and Friday are holidays.
    QTest::newRow("holy week") << QDateTime(QDate(2026, 4, 1), QTime(19, 0), co)
                               << QDateTime(QDate(2026, 4, 4), QTime(8, 0), co);
}

void tst_ColombianHolidays::nextOpening()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, expected);
    QCOMPARE(ContactWindow::nextOpening(from, QTimeZone(-5 * 3600)), expected.toUTC());
}

QTEST_GUILESS_MAIN(tst_ColombianHolidays)
#include "tst_colombianholidays.moc"
