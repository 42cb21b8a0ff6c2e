#include "reportbuilder.h"
#include "reportcsvwriter.h"
#include "reportdocument.h"
#include "reportfixture.h"
#include "reportqueries.h"
#include "settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestReportCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void cellText_data();
    void cellText();
    void percentRounds();
    void quotesOnlyWhenNeeded();
    void startsWithBomAndUsesSemicolons();
    void collectionsCsvSumsToItsTotals();
    void refusesAnUnwritablePath();
    void businessHeaderFromSettings();
};

void TestReportCsvWriter::cellText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("csv");
    using K = ReportColumn::Kind;
    QTest::newRow("money") << int(K::Money) << QVariant::fromValue<qint64>(125000000)
                           << QStringLiteral("$1.250.000") << QStringLiteral("1250000");
    QTest::newRow("money with centavos")
        << int(K::Money) << QVariant::fromValue<qint64>(25000050) << QStringLiteral("$250.000,50")
        << QStringLiteral("250000,50");
    QTest::newRow("negative money") << int(K::Money) << QVariant::fromValue<qint64>(-500000)
                                    << QStringLiteral("-$5.000") << QStringLiteral("-5000");
    QTest::newRow("small negative") << int(K::Money) << QVariant::fromValue<qint64>(-50)
                                    << QStringLiteral("-$0,50") << QStringLiteral("-0,50");
    QTest::newRow("count") << int(K::Count) << QVariant(12345) << QStringLiteral("12.345")
                           << QStringLiteral("12345");
    QTest::newRow("date") << int(K::Date) << QVariant(QDate(2026, 1, 5))
                          << QStringLiteral("05/01/2026") << QStringLiteral("05/01/2026");
    QTest::newRow("percent") << int(K::Percent) << QVariant::fromValue<qint64>(1250)
                             << QStringLiteral("12,50 %") << QStringLiteral("12,50");
    QTest::newRow("text") << int(K::Text) << QVariant(QStringLiteral("Peña; Cía"))
                          << QStringLiteral("Peña; Cía") << QStringLiteral("Peña; Cía");
    QTest::newRow("label in a date column") << int(K::Date) << QVariant(QStringLiteral("Total"))
                                            << QStringLiteral("Total") << QStringLiteral("Total");
    QTest::newRow("empty") << int(K::Money) << QVariant() << QString() << QString();
}

void TestReportCsvWriter::cellText()
{
    QFETCH(int, kind);
    QFETCH(QVariant, value);
    QFETCH(QString, display);
    QFETCH(QString, csv);
    QCOMPARE(ReportDocument::displayText(ReportColumn::Kind(kind), value), display);
    QCOMPARE(ReportDocument::csvText(ReportColumn::Kind(kind), value), csv);
}

void TestReportCsvWriter::percentRounds()
{
    QCOMPARE(ReportDocument::percentOf(1, 3), qint64(3333));
    QCOMPARE(ReportDocument::percentOf(2, 3), qint64(6667));
    QCOMPARE(ReportDocument::percentOf(5, 0), qint64(0));
    QCOMPARE(ReportDocument::percentOf(Money::fromPesos(1'000'000'000).minor(),
                                       Money::fromPesos(4'000'000'000).minor()),
             qint64(2500));
}

void TestReportCsvWriter::quotesOnlyWhenNeeded()
{
    QCOMPARE(ReportCsvWriter::field(QStringLiteral("Juan Pérez")), QStringLiteral("Juan Pérez"));
    QCOMPARE(ReportCsvWriter::field(QStringLiteral("A;B")), QStringLiteral("\"A;B\""));
    QCOMPARE(ReportCsvWriter::field(QStringLiteral("El \"Tornillo\"")),
             QStringLiteral("\"El \"\"Tornillo\"\"\""));
    QCOMPARE(ReportCsvWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
}

void TestReportCsvWriter::startsWithBomAndUsesSemicolons()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Cartera");
    doc.subtitle = QStringLiteral("Corte al 31/01/2026");
    doc.business.name = QStringLiteral("Ferretería Ñandú");
    doc.business.nit = QStringLiteral("900.123.456-8");
    ReportTable t;
    t.columns = {{QStringLiteral("Cliente"), ReportColumn::Kind::Text},
                 {QStringLiteral("Saldo"), ReportColumn::Kind::Money}};
    t.rows = {{ReportRow::Style::Detail,
               {QStringLiteral("Peña; Cía"), QVariant::fromValue<qint64>(25000000)}},
              {ReportRow::Style::Total,
               {QStringLiteral("Total"), QVariant::fromValue<qint64>(25000000)}}};
    doc.tables = {t};
    const QByteArray csv = ReportCsvWriter::toCsv(doc);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QVERIFY(text.contains(QStringLiteral("Ferretería Ñandú;NIT 900.123.456-8\r\n")));
    QVERIFY(
        text.contains(QStringLiteral("Cliente;Saldo\r\n\"Peña; Cía\";250000\r\nTotal;250000\r\n")));
}

void TestReportCsvWriter::collectionsCsvSumsToItsTotals()
{
    ReportFixture fx;
    QVERIFY(fx.open());
    QVERIFY(fx.generate(99, 12, 80));
    ReportQueries queries(fx.db(), fx.clock());
    ReportFilter filter;
    filter.from = QDate(2025, 6, 1);
    filter.to = QDate(2026, 3, 31);
    const auto data = queries.collections(filter);
    QVERIFY(data.ok());
    QVERIFY(data->payments > 10);
    const ReportDocument doc = ReportBuilder(BusinessHeader{}, QDateTime()).collections(*data);
    const QString path = fx.dir() + QStringLiteral("/recaudo.csv");
    QVERIFY(ReportCsvWriter::write(doc, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines
        = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));

    // Each table: a header row, detail rows, then its "Total" row; amounts are plain pesos.
    int tablesChecked = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList header = lines.at(i).split(QLatin1Char(';'));
        const int amount = int(header.indexOf(QStringLiteral("Amount")));
        const int count = int(header.indexOf(QStringLiteral("Payments")));
        if (amount < 0)
            continue;
        qint64 sum = 0;
        qint64 payments = 0;
        int j = i + 1;
        for (; j < lines.size(); ++j) {
            const QStringList f = lines.at(j).split(QLatin1Char(';'));
            bool ok = false;
            const qint64 pesos = f.value(amount).toLongLong(&ok);
            QVERIFY2(ok, qPrintable(QStringLiteral("line %1: [%2]").arg(j).arg(lines.at(j))));
            if (f.first() == QStringLiteral("Total")) {
                QCOMPARE(pesos, sum);
                QCOMPARE(f.value(count).toLongLong(), payments);
                break;
            }
            sum += pesos;
            payments += f.value(count).toLongLong();
        }
        QCOMPARE(sum, data->total.pesos());
        QCOMPARE(payments, qint64(data->payments));
        ++tablesChecked;
        i = j;
    }
    QCOMPARE(tablesChecked, 2);
}

void TestReportCsvWriter::refusesAnUnwritablePath()
{
    const auto result
        = ReportCsvWriter::write(ReportDocument{}, QStringLiteral("/nonexistent/dir/x.csv"));
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(QStringLiteral("/nonexistent/dir/x.csv")));
}

void TestReportCsvWriter::businessHeaderFromSettings()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("cartera.ini")));
    QVERIFY(settings.setBusinessName(QStringLiteral("Ferretería El Tornillo")).ok());
    QVERIFY(settings.setBusinessNit(QStringLiteral("900.123.456-8")).ok());
    QVERIFY(settings.setBusinessAddress(QStringLiteral("Calle 10 # 5-20, Cali")).ok());
    const BusinessHeader header = BusinessHeader::fromSettings(settings);
    QCOMPARE(header.name, QStringLiteral("Ferretería El Tornillo"));
    QCOMPARE(header.nit, QStringLiteral("900.123.456-8"));
    QCOMPARE(header.address, QStringLiteral("Calle 10 # 5-20, Cali"));
    QCOMPARE(BusinessHeader::displayNit(QStringLiteral("8001234567-1")),
             QStringLiteral("8.001.234.567-1"));
    QCOMPARE(BusinessHeader::displayNit(QString()), QString());
}

QTEST_GUILESS_MAIN(TestReportCsvWriter)
#include "tst_reportcsvwriter.moc"
