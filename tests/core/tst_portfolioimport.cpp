#include "testsupport.h"

#include "auditlog.h"
#include "clock.h"
#include "columnmapping.h"
#include "csvreader.h"
#include "paymentrepository.h"
#include "portfoliocsvexport.h"
#include "portfolioimport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace TestSupport;

class tst_PortfolioImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsCsvShapes_data();
    void readsCsvShapes();
    void decodesWindows1252();
    void guessesColumns_data();
    void guessesColumns();
    void mappingSurvivesSaveAndLoad();
    void parsesDates_data();
    void parsesDates();
    void corpus_data();
    void corpus();
    void failureMidImportSavesNothing();
    void cancelSavesNothing();
    void thousandMessyClients();
    void paymentsFile();
    void roundTripIsLossless();
    void importedDebtsAreScheduledForReminders();

private:
    int count(const QString &table) const;
    Result<ImportReport> dryRunFile(PortfolioImport &import, const QString &path,
                                    ImportTarget target = ImportTarget::Portfolio);

    QTemporaryDir *m_dir = nullptr;
    Database m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(15, 0), Qt::UTC)};
};

void tst_PortfolioImport::init()
{
    m_dir = new QTemporaryDir;
    m_db = openDatabase(m_dir->filePath(QStringLiteral("i.sqlite")));
}

void tst_PortfolioImport::cleanup()
{
    m_db.close();
    delete m_dir;
}

int tst_PortfolioImport::count(const QString &table) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<ImportReport> tst_PortfolioImport::dryRunFile(PortfolioImport &import, const QString &path,
                                                     ImportTarget target)
{
    const auto table = CsvReader::readFile(path);
    if (!table)
        return table.failure();
    return import.dryRun(table.value(), ColumnMapping::guess(table->header, target), path);
}

void tst_PortfolioImport::readsCsvShapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("lastRecord");

    QTest::newRow("BOM, semicolons, CRLF")
        << QByteArray("\xEF\xBB\xBFNombre;Valor\r\nAna;1.000\r\nLuis;2.000\r\n") << ";"
        << QStringList{"Nombre", "Valor"} << QList<int>{2, 3} << QStringList{"Luis", "2.000"};
    QTest::newRow("commas inside quotes do not decide the separator")
        << QByteArray("\"Nombre, completo\";Valor\nAna;1\n") << ";"
        << QStringList{"Nombre, completo", "Valor"} << QList<int>{2} << QStringList{"Ana", "1"};
    QTest::newRow("comma separated, quoted separators and doubled quotes")
        << QByteArray("Nombre,Nota\n\"Pérez, Ana\",\"dijo \"\"sí\"\"\"\n") << ","
        << QStringList{"Nombre", "Nota"} << QList<int>{2}
        << QStringList{QStringLiteral("Pérez, Ana"), QStringLiteral("dijo \"sí\"")};
    QTest::newRow("line breaks inside quotes keep line numbers")
        << QByteArray("A;B\r\n\"uno\r\ndos\";x\r\n\r\nc;d\r\n") << ";" << QStringList{"A", "B"}
        << QList<int>{2, 5} << QStringList{"c", "d"};
    QTest::newRow("blank and separator-only lines skipped, no final newline")
        << QByteArray("A;B\n\n;\n  \nx;y") << ";" << QStringList{"A", "B"} << QList<int>{5}
        << QStringList{"x", "y"};
    QTest::newRow("blank lines before the header")
        << QByteArray("\n\nA,B\n1,2\n") << "," << QStringList{"A", "B"} << QList<int>{4}
        << QStringList{"1", "2"};
}

void tst_PortfolioImport::readsCsvShapes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, separator);
    QFETCH(QStringList, header);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, lastRecord);
    const auto table = CsvReader::read(bytes);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QCOMPARE(QString(table->separator), separator);
    QCOMPARE(table->header, header);
    QList<int> actualLines;
    for (const CsvRecord &r : table->records)
        actualLines << r.line;
    QCOMPARE(actualLines, lines);
    QCOMPARE(table->records.constLast().fields, lastRecord);
}

void tst_PortfolioImport::decodesWindows1252()
{
    const QByteArray bytes = QByteArray("Nombre;Nota\r\nPe\xF1"
                                        "a \xC1ngela;Cr\xE9"
                                        "dito \x80 5\r\n");
    const auto table = CsvReader::read(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(table->records.at(0).fields,
             (QStringList{QStringLiteral("Peña Ángela"), QStringLiteral("Crédito € 5")}));
    QCOMPARE(CsvReader::read(QByteArray("a;b\nñ;1\n"))->encoding, QStringLiteral("UTF-8"));
}

void tst_PortfolioImport::guessesColumns_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("expected"); // field code per column, "" when ignored

    QTest::newRow("plain Spanish")
        << QStringList{"Nombre", "Cédula", "Celular", "Factura", "Valor", "Vencimiento"}
        << QStringList{"name", "document", "whatsapp", "reference", "amount", "due_date"};
    QTest::newRow("accents, case and punctuation")
        << QStringList{"CLIENTE",     "NIT/Cédula", "WhatsApp",
                       "No. Factura", "Emisión",    "Fecha de Vencimiento",
                       "MONTO",       "Abono",      "Vendedor"}
        << QStringList{"name",     "document", "whatsapp", "reference", "issue_date",
                       "due_date", "amount",   "paid",     ""};
    QTest::newRow("document type and email")
        << QStringList{"Tipo de documento",
                       "Número de documento",
                       "Teléfono",
                       "Correo electrónico",
                       "Dirección",
                       "Fecha",
                       "Saldo",
                       "Fecha de pago"}
        << QStringList{"document_type", "document",   "whatsapp", "email",
                       "address",       "issue_date", "amount",   "payment_date"};
}

void tst_PortfolioImport::guessesColumns()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, expected);
    const ColumnMapping mapping = ColumnMapping::guess(header, ImportTarget::Portfolio);
    for (int col = 0; col < header.size(); ++col) {
        QString actual;
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
            if (it.value() == col)
                actual = ColumnMapping::fieldCode(it.key());
        }
        QCOMPARE(actual, expected.at(col));
    }
}

void tst_PortfolioImport::mappingSurvivesSaveAndLoad()
{
    const QStringList header{"Nombre", "Doc", "Cel", "Factura", "Valor", "Vence"};
    ColumnMapping mapping = ColumnMapping::guess(header, ImportTarget::Portfolio);
    QCOMPARE(mapping.column(ImportField::Document), -1); // "Doc" is not guessed
    mapping.columns.insert(ImportField::Document, 1);
    mapping.columns.insert(ImportField::WhatsApp, 2);
    // The settings keep it as JSON-compatible values.
    const QByteArray json = QJsonDocument::fromVariant(mapping.toVariantMap(header)).toJson();
    const QVariantMap saved = QJsonDocument::fromJson(json).toVariant().toMap();
    // The next file has the same headers in another order, plus one more.
    const QStringList next{"Vence", "Zona", "Cel", "Doc", "Nombre", "Factura", "Valor"};
    const ColumnMapping loaded = ColumnMapping::fromVariantMap(saved, next);
    QCOMPARE(loaded.column(ImportField::Document), 3);
    QCOMPARE(loaded.column(ImportField::WhatsApp), 2);
    QCOMPARE(loaded.column(ImportField::Name), 4);
    QCOMPARE(loaded.column(ImportField::DueDate), 0);
    QCOMPARE(loaded.column(ImportField::Amount), 6);
}

void tst_PortfolioImport::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("dd/MM/yyyy") << "05/01/2026" << QDate(2026, 1, 5);
    QTest::newRow("d/M/yyyy") << "5/1/2026" << QDate(2026, 1, 5);
    QTest::newRow("d/M/yy") << "5/1/26" << QDate(2026, 1, 5);
    QTest::newRow("ISO") << "2026-01-05" << QDate(2026, 1, 5);
    QTest::newRow("with Excel's midnight") << "05/01/2026 0:00" << QDate(2026, 1, 5);
    QTest::newRow("dashes") << "05-01-2026" << QDate(2026, 1, 5);
    QTest::newRow("31 February") << "31/02/2026" << QDate();
    QTest::newRow("month 13") << "01/13/2026" << QDate();
    QTest::newRow("words") << "enero 5" << QDate();
}

void tst_PortfolioImport::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(PortfolioImport::parseDate(text), expected);
}

void tst_PortfolioImport::corpus_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(CARTERA_SOURCE_DIR "/tests/data/import"));
    const QStringList files = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void tst_PortfolioImport::corpus()
{
    QFETCH(QString, file);
    QFile expectedFile(
        QString(file).replace(QStringLiteral(".csv"), QStringLiteral(".expected.json")));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();

    int clientsBefore = 0;
    int debtsBefore = 0;
    if (QFileInfo(file).fileName().startsWith(QLatin1String("existing"))) {
        ClientRepository clients(m_db, m_clock);
        Client juan = makeClient(QStringLiteral("Juan Pérez"), QStringLiteral("1020304050"));
        QVERIFY(clients.create(juan).ok());
        Debt d = makeDebt(juan.id, QStringLiteral("F-1001"), QDate(2026, 1, 10), 500000);
        QVERIFY(DebtRepository(m_db, m_clock).create(d).ok());
        clientsBefore = 1;
        debtsBefore = 1;
    }

    PortfolioImport import(m_db, m_clock);
    const auto report = dryRunFile(import, file);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->encoding, expected.value("encoding").toString());
    QCOMPARE(QString(report->separator), expected.value("separator").toString());
    QCOMPARE(report->rows, expected.value("rows").toInt());
    QCOMPARE(report->acceptedRows, expected.value("accepted").toInt());
    QCOMPARE(report->refusedRows, expected.value("refused").toInt());
    QCOMPARE(report->newClients, expected.value("newClients").toInt());
    QCOMPARE(report->matchedClients, expected.value("matchedClients").toInt());
    QCOMPARE(report->newDebts, expected.value("newDebts").toInt());
    QCOMPARE(report->duplicateInvoices, expected.value("duplicateInvoices").toInt());
    QCOMPARE(report->payments, expected.value("payments").toInt());

    const QJsonArray problems = expected.value("problems").toArray();
    QStringList actual;
    for (const ImportProblem &p : report->problems)
        actual << QStringLiteral("%1|%2|%3").arg(p.line).arg(p.column, p.reason);
    QCOMPARE(report->problems.size(), problems.size());
    for (int i = 0; i < problems.size(); ++i) {
        const QJsonObject e = problems.at(i).toObject();
        const ImportProblem &p = report->problems.at(i);
        QVERIFY2(p.line == e.value("line").toInt() && p.column == e.value("column").toString()
                     && p.reason.contains(e.value("reason").toString()),
                 qPrintable(QStringLiteral("expected %1|%2|%3, got:\n%4")
                                .arg(e.value("line").toInt())
                                .arg(e.value("column").toString(), e.value("reason").toString(),
                                     actual.join(QLatin1Char('\n')))));
    }

    // Nothing is written by the dry run; the import writes exactly what it reported.
    QCOMPARE(count("clients"), clientsBefore);
    const auto written = import.run();
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(count("clients"), clientsBefore + report->newClients);
    QCOMPARE(count("debts"), debtsBefore + report->newDebts);
    QCOMPARE(count("payments"), report->payments);
    AuditQuery imports;
    imports.entity = QStringLiteral("import");
    QCOMPARE(AuditLog(m_db, m_clock).count(imports).value(), 1);
    AuditQuery created;
    created.action = QStringLiteral("import");
    created.entity = QStringLiteral("client");
    QCOMPARE(AuditLog(m_db, m_clock).count(created).value(), report->newClients);
}

void tst_PortfolioImport::failureMidImportSavesNothing()
{
    // The database refuses the 600th debt half-way through the import.
    QSqlQuery q(m_db.connection());
    if (m_db.dialect().isSQLite())
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_f600 BEFORE INSERT ON debts "
                                      "WHEN NEW.reference = 'F-600' BEGIN "
                                      "SELECT RAISE(ABORT, 'disk full'); END")));
    else
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE debts ADD CONSTRAINT refuse_f600 "
                                      "CHECK (reference <> 'F-600')")));
    QByteArray csv("Nombre;Cedula;Celular;Factura;Vencimiento;Valor\n");
    for (int i = 1; i <= 1000; ++i)
        csv += QStringLiteral("Cliente %1;%2;300%3;F-%1;15/02/2026;%4\n")
                   .arg(i)
                   .arg(10000000 + i)
                   .arg(1000000 + i)
                   .arg(1000 * i)
                   .toUtf8();
    const auto table = CsvReader::read(csv);
    PortfolioImport import(m_db, m_clock);
    const auto report = import.dryRun(table.value(),
                                      ColumnMapping::guess(table->header, ImportTarget::Portfolio));
    QVERIFY(report.ok());
    QCOMPARE(report->acceptedRows, 1000);
    const auto written = import.run();
    QVERIFY(!written.ok());
    QVERIFY2(written.error().contains(QLatin1String("Nothing was saved")),
             qPrintable(written.error()));
    QCOMPARE(count("clients"), 0);
    QCOMPARE(count("debts"), 0);
    QCOMPARE(count("audit_log"), 0);
    // The database is usable afterwards.
    Client c = makeClient(QStringLiteral("Ana"), QStringLiteral("123456"));
    QVERIFY(ClientRepository(m_db, m_clock).create(c).ok());
}

void tst_PortfolioImport::cancelSavesNothing()
{
    QByteArray csv("Nombre;Cedula;Celular;Factura;Vencimiento;Valor;Abono\n");
    for (int i = 1; i <= 2000; ++i)
        csv += QStringLiteral("Cliente %1;%2;300%3;F-%1;15/02/2026;%4;1000\n")
                   .arg(i)
                   .arg(10000000 + i)
                   .arg(1000000 + i)
                   .arg(1000 * i)
                   .toUtf8();
    const auto table = CsvReader::read(csv);
    PortfolioImport import(m_db, m_clock);
    QVERIFY(
        import.dryRun(table.value(), ColumnMapping::guess(table->header, ImportTarget::Portfolio))
            .ok());
    QList<int> seen;
    const auto written = import.run([&](int done, int total) {
        seen << done;
        return !(done >= total / 2); // the clerk presses Cancel half-way
    });
    QVERIFY(!written.ok());
    QVERIFY(written.error().contains(QLatin1String("cancelled")));
    QVERIFY(seen.size() > 2);
    QCOMPARE(count("clients"), 0);
    QCOMPARE(count("debts"), 0);
    QCOMPARE(count("payments"), 0);
    QCOMPARE(count("audit_log"), 0);

    // Run again without cancelling: everything arrives, with progress up to the total.
    int last = 0;
    int total = 0;
    QVERIFY(import
                .run([&](int d, int t) {
                    last = d;
                    total = t;
                    return true;
                })
                .ok());
    QCOMPARE(last, total);
    QCOMPARE(total, 6000);
    QCOMPARE(count("clients"), 2000);
    QCOMPARE(count("payments"), 2000);
}

void tst_PortfolioImport::thousandMessyClients()
{
    // What a clerk's Excel looks like after years of use: BOM, ';', CRLF, blank lines, an
    // extra column, some bad phones, impossible dates, negative amounts, repeated clients and
    // repeated invoices. The expected counts follow from the rule used for each row.
    QByteArray csv("\xEF\xBB\xBF");
    csv += "Cliente;Cédula;Celular;Correo;No. Factura;Fecha;Vencimiento;Valor;Vendedor\r\n";
    int line = 1;
    int expectedNewClients = 0, expectedMatched = 0, expectedDebts = 0, expectedDuplicates = 0;
    QList<std::pair<int, QString>> expectedProblems;
    for (int i = 1; i <= 1000; ++i) {
        if (i % 100 == 0) {
            csv += "\r\n";
            ++line;
        }
        QString phone = QStringLiteral("300 %1").arg(1000000 + i);
        QString due = QStringLiteral("15/03/2026");
        QString amount = QStringLiteral("$%1.000").arg(100 + i % 800);
        QString invoice = QStringLiteral("FV-%1").arg(i);
        QString document = QString::number(20000000 + i);
        QString column;
        if (i % 97 == 0) {
            phone = QStringLiteral("604 123"); // too short
            column = QStringLiteral("Celular");
        } else if (i % 89 == 0) {
            due = QStringLiteral("30/02/2026");
            column = QStringLiteral("Vencimiento");
        } else if (i % 83 == 0) {
            amount = QStringLiteral("-5.000");
            column = QStringLiteral("Valor");
        } else if (i % 71 == 0) {
            invoice = QStringLiteral("FV-%1").arg(i - 1); // the row above's invoice
            column = QStringLiteral("No. Factura");
            ++expectedDuplicates;
        } else if (i % 10 == 0) {
            document = QString::number(20000000 + i - 1); // same client as the row above
        }
        ++line;
        csv += QStringLiteral("Cliente %1 Ñuñez;%2;%3;;%4;01/02/2026;%5;%6;Vendedor %7\r\n")
                   .arg(i)
                   .arg(document, phone, invoice, due, amount)
                   .arg(i % 5)
                   .toUtf8();
        if (!column.isEmpty()) {
            expectedProblems.append({line, column});
            continue;
        }
        ++expectedDebts;
        // The row above may itself have been refused: then this one is a new client.
        const int above = i - 1;
        const bool aboveAccepted
            = !(above % 97 == 0 || above % 89 == 0 || above % 83 == 0 || above % 71 == 0);
        if (i % 10 == 0 && aboveAccepted)
            ++expectedMatched;
        else
            ++expectedNewClients;
    }
    const QString path = m_dir->filePath(QStringLiteral("mil.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();

    PortfolioImport import(m_db, m_clock);
    const auto report = dryRunFile(import, path);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->rows, 1000);
    QCOMPARE(report->refusedRows, int(expectedProblems.size()));
    QCOMPARE(report->newClients, expectedNewClients);
    QCOMPARE(report->matchedClients, expectedMatched);
    QCOMPARE(report->newDebts, expectedDebts);
    QCOMPARE(report->duplicateInvoices, expectedDuplicates);
    QCOMPARE(report->problems.size(), expectedProblems.size());
    for (int i = 0; i < expectedProblems.size(); ++i) {
        QCOMPARE(report->problems.at(i).line, expectedProblems.at(i).first);
        QCOMPARE(report->problems.at(i).column, expectedProblems.at(i).second);
        QVERIFY(!report->problems.at(i).reason.isEmpty());
    }
    // The refused rows go back to the clerk as a file to correct and import again.
    QByteArray refused;
    QBuffer buffer(&refused);
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(import.writeRefusedRows(&buffer).value(), int(expectedProblems.size()));
    const auto again = CsvReader::read(refused);
    QVERIFY(again.ok());
    QCOMPARE(again->records.size(), expectedProblems.size());
    QCOMPARE(again->header.constLast(), QStringLiteral("Problem"));
    QVERIFY(again->records.first().fields.constLast().startsWith(QLatin1String("No. Factura: Invoice number FV-70")));
    QCOMPARE(again->records.first().fields.at(0), QStringLiteral("Cliente 71 Ñuñez"));

    QVERIFY(import.run().ok());
    QCOMPARE(count("clients"), expectedNewClients);
    QCOMPARE(count("debts"), expectedDebts);
    const auto found = ClientRepository(m_db, m_clock)
                           .findByDocument(IdentityDocument::parse(IdentityDocument::Type::CC,
                                                                   QStringLiteral("20000001"))
                                               .value());
    QVERIFY(found.ok() && found.value());
    QCOMPARE(found.value()->name, QStringLiteral("Cliente 1 Ñuñez"));
    QCOMPARE(found.value()->whatsapp.e164(), QStringLiteral("+573001000001"));
}

void tst_PortfolioImport::paymentsFile()
{
    ClientRepository clients(m_db, m_clock);
    Client c = makeClient(QStringLiteral("Ana"), QStringLiteral("123456"));
    QVERIFY(clients.create(c).ok());
    Debt d = makeDebt(c.id, QStringLiteral("F-1"), QDate(2026, 1, 10), 100000);
    QVERIFY(DebtRepository(m_db, m_clock).create(d).ok());

    const QByteArray csv("Factura,Fecha de pago,Valor,Medio de pago,Referencia\n"
                         "F-1,10/01/2026,\"$40.000\",Nequi,N-1\n"
                         "F-1,11/01/2026,70000,efectivo,\n" // more than what is left
                         "F-9,11/01/2026,1000,efectivo,\n"  // no such invoice
                         "F-1,12/01/2026,60000,cheque,\n"   // unknown method
                         "F-1,12/01/2026,60000,Transferencia,T-2\n");
    const auto table = CsvReader::read(csv);
    PortfolioImport import(m_db, m_clock);
    const auto report
        = import.dryRun(table.value(), ColumnMapping::guess(table->header, ImportTarget::Payments));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->payments, 2);
    QCOMPARE(report->refusedRows, 3);
    QCOMPARE(report->problems.at(0).line, 3);
    QCOMPARE(report->problems.at(0).column, QStringLiteral("Valor"));
    QVERIFY(
        report->problems.at(0).reason.contains(QLatin1String("more than the balance of $60.000")));
    QCOMPARE(report->problems.at(1).column, QStringLiteral("Factura"));
    QCOMPARE(report->problems.at(2).column, QStringLiteral("Medio de pago"));
    QVERIFY(import.run().ok());
    const auto debt = DebtRepository(m_db, m_clock).get(d.id);
    QCOMPARE(debt->paid, Money::fromPesos(100000));
    QCOMPARE(debt->status(QDate(2026, 1, 15)), Debt::Status::Paid);
}

void tst_PortfolioImport::roundTripIsLossless()
{
    ClientRepository clients(m_db, m_clock);
    DebtRepository debts(m_db, m_clock);
    PaymentRepository payments(m_db, m_clock);
    Client a = makeClient(QStringLiteral("Rodríguez; \"Camilo\""), QStringLiteral("1.040.111.222"));
    a.email = QStringLiteral("camilo@example.com");
    a.address = QStringLiteral("Calle 5, Apto 301");
    a.notes = QStringLiteral("Paga los viernes\nLlamar antes; no los lunes");
    QVERIFY(clients.create(a).ok());
    Client b;
    b.name = QStringLiteral("Ferretería Ñandú S.A.S.");
    b.document
        = IdentityDocument::parse(IdentityDocument::Type::NIT, QStringLiteral("900.123.456-8"))
              .value();
    b.whatsapp = PhoneNumber::parse(QStringLiteral("315 000 1122")).value();
    QVERIFY(clients.create(b).ok());
    Client c = makeClient(QStringLiteral("Sin Deudas"), QStringLiteral("555666"),
                          QStringLiteral("320 111 2233"));
    c.document
        = IdentityDocument::parse(IdentityDocument::Type::CE, QStringLiteral("E-99887")).value();
    QVERIFY(clients.create(c).ok());

    Debt d1 = makeDebt(a.id, QStringLiteral("A-1"), QDate(2026, 2, 2), 250000);
    d1.amount = Money::fromMinor(25000050); // $250.000,50
    d1.description = QStringLiteral("Mercancía, lote 3");
    d1.installment = 2;
    QVERIFY(debts.create(d1).ok());
    Debt d2 = makeDebt(b.id, QStringLiteral("B-1"), QDate(2025, 12, 1), 1500000);
    QVERIFY(debts.create(d2).ok());
    Debt d3 = makeDebt(b.id, QStringLiteral("B-2"), QDate(2025, 11, 1), 90000);
    QVERIFY(debts.create(d3).ok());

    Payment p1;
    p1.debtId = d1.id;
    p1.date = QDate(2026, 1, 10);
    p1.amount = Money::fromPesos(50000);
    p1.method = Payment::Method::Nequi;
    p1.reference = QStringLiteral("NQ-77");
    p1.note = QStringLiteral("abono; primera cuota");
    QVERIFY(payments.record(p1).ok());
    Payment p2 = p1;
    p2.id = 0;
    p2.debtId = d2.id;
    p2.amount = Money::fromPesos(300000);
    p2.method = Payment::Method::Transfer;
    QVERIFY(payments.record(p2).ok());
    QVERIFY(payments.reverse(p2.id, QStringLiteral("cheque devuelto")).ok());
    Payment p3 = p2;
    p3.id = 0;
    p3.amount = Money::fromPesos(20000);
    p3.method = Payment::Method::Cash;
    QVERIFY(payments.record(p3).ok());
    Payment p4 = p3;
    p4.id = 0;
    p4.debtId = d3.id;
    p4.amount = Money::fromPesos(90000);
    QVERIFY(payments.record(p4).ok());
    QVERIFY(debts.writeOff(d2.id, true).ok());

    auto exportAll = [this](const Database &db, QByteArray *portfolio, QByteArray *paymentsCsv) {
        QBuffer pb(portfolio);
        pb.open(QIODevice::WriteOnly);
        QBuffer yb(paymentsCsv);
        yb.open(QIODevice::WriteOnly);
        PortfolioCsvExport exporter(db, m_clock);
        return exporter.writePortfolio(&pb).ok() && exporter.writePayments(&yb).ok();
    };
    QByteArray portfolio1, payments1;
    QVERIFY(exportAll(m_db, &portfolio1, &payments1));

    // Into an empty database: the portfolio first, then the payments.
    QTemporaryDir other;
    Database db2
        = openDatabase(other.filePath(QStringLiteral("copy.sqlite")), QStringLiteral("copy"));
    PortfolioImport import(db2, m_clock);
    const auto t1 = CsvReader::read(portfolio1);
    const auto r1
        = import.dryRun(t1.value(), ColumnMapping::guess(t1->header, ImportTarget::Portfolio));
    QVERIFY2(
        r1.ok() && r1->refusedRows == 0,
        qPrintable(r1.ok() && !r1->problems.isEmpty() ? r1->problems.first().reason : r1.error()));
    QCOMPARE(r1->newClients, 3);
    QCOMPARE(r1->newDebts, 3);
    QVERIFY(import.run().ok());
    const auto t2 = CsvReader::read(payments1);
    const auto r2
        = import.dryRun(t2.value(), ColumnMapping::guess(t2->header, ImportTarget::Payments));
    QVERIFY2(
        r2.ok() && r2->refusedRows == 0,
        qPrintable(r2.ok() && !r2->problems.isEmpty() ? r2->problems.first().reason : r2.error()));
    QCOMPARE(r2->payments, 4);
    QVERIFY(import.run().ok());

    QByteArray portfolio2, payments2;
    QVERIFY(exportAll(db2, &portfolio2, &payments2));
    QCOMPARE(QString::fromUtf8(portfolio2), QString::fromUtf8(portfolio1));
    QCOMPARE(QString::fromUtf8(payments2), QString::fromUtf8(payments1));

    // And the figures behind them.
    DebtRepository debts2(db2, m_clock);
    DebtQuery all;
    all.sort = DebtQuery::Sort::Reference;
    const auto before = debts.list(all).value();
    const auto after = debts2.list(all).value();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).debt.reference, before.at(i).debt.reference);
        QCOMPARE(after.at(i).debt.amount, before.at(i).debt.amount);
        QCOMPARE(after.at(i).debt.paid, before.at(i).debt.paid);
        QCOMPARE(after.at(i).debt.writtenOff, before.at(i).debt.writtenOff);
        QCOMPARE(after.at(i).debt.installment, before.at(i).debt.installment);
        QCOMPARE(after.at(i).debt.issueDate, before.at(i).debt.issueDate);
        QCOMPARE(after.at(i).clientName, before.at(i).clientName);
    }
    const auto copyA = ClientRepository(db2, m_clock).findByDocument(a.document);
    QVERIFY(copyA.ok() && copyA.value());
    QCOMPARE(copyA.value()->notes, a.notes);
    QCOMPARE(copyA.value()->address, a.address);
    db2.close();
}

void tst_PortfolioImport::importedDebtsAreScheduledForReminders()
{
    // The reminders' schema keeps the next date each debt must be looked at.
    QSqlQuery q(m_db.connection());
    const QByteArray csv("Nombre;Cedula;Celular;Factura;Fecha;Vencimiento;Valor;Abono;Castigada\n"
                         "Ana;123456;3001234567;F-1;01/01/2026;01/02/2026;1000;200;\n"
                         "Ana;123456;3001234567;F-2;01/01/2026;01/02/2026;1000;1000;\n"
                         "Ana;123456;3001234567;F-3;01/01/2026;01/02/2026;1000;;Sí\n");
    const auto table = CsvReader::read(csv);
    PortfolioImport import(m_db, m_clock);
    QVERIFY(
        import.dryRun(table.value(), ColumnMapping::guess(table->header, ImportTarget::Portfolio))
            ->acceptedRows
        == 3);
    QVERIFY(import.run().ok());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT d.reference, (SELECT MIN(w.wake_on) FROM reminder_wakeups w WHERE "
        "w.debt_id = d.id), d.settled FROM debts d ORDER BY d.reference")));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    // The paid one keeps its wake-up, which the scan drops on its day; the written-off one
    // has none.
    QCOMPARE(rows, (QStringList{"F-1 2026-01-01 0", "F-2 2026-01-01 1", "F-3  1"}));
}

QTEST_GUILESS_MAIN(tst_PortfolioImport)
#include "tst_portfolioimport.moc"
