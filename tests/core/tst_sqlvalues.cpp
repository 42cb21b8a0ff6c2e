#include "sqlvalues.h"

#include <QTest>
#include <QTimeZone>

// Dates and timestamps are written by hand for speed: they must read exactly as Qt writes
// them, since the text is compared and sorted in SQL.
class tst_SqlValues : public QObject
{
    Q_OBJECT
private slots:
    void datesAsQtWritesThem();
    void timestampsAsQtWritesThem();
    void invalidIsNull();
    void readsWhatQtReads();
};

void tst_SqlValues::datesAsQtWritesThem()
{
    for (const QDate &d : {QDate(2026, 11, 26), QDate(2026, 1, 1), QDate(1999, 12, 31),
                           QDate(1, 1, 1), QDate(9999, 12, 31), QDate(2028, 2, 29)})
        QCOMPARE(SqlValues::date(d).toString(), d.toString(Qt::ISODate));
    // Every day of a few years, round trip included.
    for (QDate d(2024, 1, 1); d < QDate(2028, 1, 1); d = d.addDays(1)) {
        const QVariant written = SqlValues::date(d);
        QCOMPARE(written.toString(), d.toString(Qt::ISODate));
        QCOMPARE(SqlValues::toDate(written), d);
    }
    // Outside four digits, Qt's own text.
    QCOMPARE(SqlValues::date(QDate(10000, 1, 1)).toString(),
             QDate(10000, 1, 1).toString(Qt::ISODate));
}

void tst_SqlValues::timestampsAsQtWritesThem()
{
    const QTimeZone bogota("America/Bogota");
    const QList<QDateTime> moments = {
        QDateTime(QDate(2026, 11, 26), QTime(15, 0), Qt::UTC),
        QDateTime(QDate(2026, 11, 26), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 7), Qt::UTC),
        // Local Bogotá evening: the next day in UTC.
        QDateTime(QDate(2026, 12, 31), QTime(20, 30, 5, 42), bogota),
        QDateTime(QDate(2026, 6, 15), QTime(9, 5, 1, 120), Qt::LocalTime),
    };
    for (const QDateTime &t : moments) {
        const QVariant written = SqlValues::timestamp(t);
        QCOMPARE(written.toString(), t.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(SqlValues::toTimestamp(written), t.toUTC());
    }
    QCOMPARE(SqlValues::timestamp(QDateTime(QDate(2026, 12, 31), QTime(20, 30), bogota)).toString(),
             QStringLiteral("2027-01-01T01:30:00.000Z"));
}

void tst_SqlValues::invalidIsNull()
{
    QVERIFY(SqlValues::date(QDate()).isNull());
    QVERIFY(SqlValues::timestamp(QDateTime()).isNull());
}

// The hand-written readers give what Qt's parser gives, on what Cartera writes and on what it
// does not (older rows, hand-edited files).
void tst_SqlValues::readsWhatQtReads()
{
    const QStringList dates = {QStringLiteral("2026-11-26"), QStringLiteral("2028-02-29"),
                               QStringLiteral("2026-02-29"), QStringLiteral("2026-13-01"),
                               QStringLiteral("2026-00-10"), QStringLiteral("0000-01-01"),
                               QStringLiteral("2026-1-261"), QStringLiteral("2026/11/26"),
                               QStringLiteral("２０２６-11-26"), QStringLiteral("2026-11-26T10:00"),
                               QStringLiteral(""), QStringLiteral("abcd-ef-gh")};
    for (const QString &text : dates)
        QCOMPARE(SqlValues::toDate(text), QDate::fromString(text, Qt::ISODate));
    QVERIFY(!SqlValues::toDate(QVariant()).isValid());

    const QStringList stamps = {QStringLiteral("2026-11-26T15:00:00.000Z"),
                                QStringLiteral("2026-11-26T23:59:59.999Z"),
                                QStringLiteral("2028-02-29T00:00:00.001Z"),
                                QStringLiteral("2026-02-29T10:00:00.000Z"),
                                QStringLiteral("2026-11-26T24:00:00.000Z"),
                                QStringLiteral("2026-11-26T10:60:00.000Z"),
                                QStringLiteral("2026-11-26T10:00:00Z"),
                                QStringLiteral("2026-11-26T10:00:00.000"),
                                QStringLiteral("2026-11-26 10:00:00.000Z"),
                                QStringLiteral("2026-11-26T1a:00:00.000Z"),
                                QStringLiteral("2026-11-26T10:00:00.000+05")};
    for (const QString &text : stamps) {
        QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        expected.setTimeSpec(Qt::UTC);
        const QDateTime read = SqlValues::toTimestamp(text);
        QCOMPARE(read.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(read, expected);
            QCOMPARE(read.timeSpec(), Qt::UTC);
        }
    }
    QVERIFY(!SqlValues::toTimestamp(QVariant()).isValid());
}

QTEST_GUILESS_MAIN(tst_SqlValues)
#include "tst_sqlvalues.moc"
