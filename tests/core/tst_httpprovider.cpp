#include "httpprovider.h"
#include "oneshotuploaddevice.h"

#include <QTest>

class TestHttpProvider : public QObject
{
    Q_OBJECT

private slots:
    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("17") << 17;
        QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("http date") << QByteArray("Thu, 26 Nov 2026 12:02:00 GMT") << 120;
        QTest::newRow("date in the past") << QByteArray("Thu, 26 Nov 2026 11:00:00 GMT") << 0;
        QTest::newRow("capped at a day") << QByteArray("9999999") << 86400;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        QCOMPARE(HttpProvider::parseRetryAfter(value, now), seconds);
    }

    void uploadBodyCanBeReadOnlyOnce()
    {
        OneShotUploadDevice device(QByteArrayLiteral("{\"to\":\"573001234567\"}"));
        QVERIFY(device.isSequential());
        QCOMPARE(device.size(), 21);
        QCOMPARE(device.readAll(), QByteArrayLiteral("{\"to\":\"573001234567\"}"));
        QVERIFY(device.atEnd());
        // The network layer cannot rewind it to send the same message a second time.
        QVERIFY(!device.reset());
        QVERIFY(!device.seek(0));
        QVERIFY(device.readAll().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpProvider)
#include "tst_httpprovider.moc"
