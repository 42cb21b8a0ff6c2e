// Measures the CSV import: reading, the dry run and the one-transaction write of a synthetic
// portfolio (default 100,000 rows, one client and one debt each, every fifth row with an
// abono). Usage: bench_import [rows]
#include "clock.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "database.h"
#include "portfolioimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTextStream out(stdout);

    QByteArray csv(
        "\xEF\xBB\xBFNombre;Cédula;Celular;Correo;Factura;Fecha;Vencimiento;Valor;Abono\r\n");
    csv.reserve(rows * 110);
    for (int i = 1; i <= rows; ++i)
        csv += QStringLiteral("Cliente %1 Pérez;%2;300 %3;c%1@example.com;FV-%1;01/12/2025;"
                              "15/01/2026;$%4.000;%5\r\n")
                   .arg(i)
                   .arg(10000000 + i)
                   .arg(1000000 + i % 9000000)
                   .arg(100 + i % 900)
                   .arg(i % 5 == 0 ? QStringLiteral("50.000") : QString())
                   .toUtf8();

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(15, 0), Qt::UTC));

    QElapsedTimer timer;
    timer.start();
    const auto table = CsvReader::read(csv);
    const qint64 readMs = timer.restart();
    PortfolioImport import(db.value(), clock);
    const auto report = import.dryRun(table.value(),
                                      ColumnMapping::guess(table->header, ImportTarget::Portfolio));
    const qint64 checkMs = timer.restart();
    if (!report || report->refusedRows != 0) {
        out << "dry run failed" << Qt::endl;
        return 1;
    }
    const auto written = import.run();
    const qint64 writeMs = timer.restart();
    if (!written) {
        out << written.error() << Qt::endl;
        return 1;
    }
    const qint64 totalMs = readMs + checkMs + writeMs;
    out << QStringLiteral("%1 rows (%2 clients, %3 debts, %4 payments)\n")
               .arg(rows)
               .arg(written->clients)
               .arg(written->debts)
               .arg(written->payments)
        << QStringLiteral("read %1 ms, dry run %2 ms, write %3 ms, total %4 ms\n")
               .arg(readMs)
               .arg(checkMs)
               .arg(writeMs)
               .arg(totalMs)
        << QStringLiteral("%1 rows/s\n").arg(qint64(rows) * 1000 / qMax<qint64>(1, totalMs));
    db->close();
    return 0;
}
