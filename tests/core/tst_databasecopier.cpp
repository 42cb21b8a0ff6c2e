#include "testsupport.h"

#include "clock.h"
#include "databasecopier.h"
#include "paymentrepository.h"
#include "settings.h"
#include "reminderscheduler.h"
#include "syntheticportfolio.h"

#include <QProcess>
#include <QSqlQuery>

using namespace TestSupport;

// cartera --migrate-to: a SQLite portfolio copied into PostgreSQL, checked, or left out whole.
class tst_DatabaseCopier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void copiesEveryTableWithItsIdsAndMoney();
    void refusesTargetThatHoldsData();
    void stoppedCopyLeavesTargetEmpty();
    void refusedRowLeavesTargetEmpty();
    void differenceFoundUndoesTheCopy();
    void commandLine_data();
    void commandLine();
    void programOpensTheDatabaseChosenInSettings();
    void cleanup();

private:
    // A portfolio with clients, debts, payments, reversals, queued reminders, consent events
    // and audit rows, and a deleted client (so the highest id ever used is not in the table).
    Database seededFile(const QString &connection = QStringLiteral("source"));
    Database target(const QString &url, const QString &connection = QStringLiteral("target"));
    static qint64 scalar(const Database &db, const QString &sql);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(15, 0), Qt::UTC)};
    qint64 m_deletedClientId = 0;
};

void tst_DatabaseCopier::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CARTERA_TEST_POSTGRES"))
        QSKIP("CARTERA_TEST_POSTGRES is not set: these tests copy into a PostgreSQL server. Run "
              "them with scripts/test.sh, which starts a throwaway cluster and sets it.");
    QVERIFY(m_dir.isValid());
}

void tst_DatabaseCopier::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

Database tst_DatabaseCopier::seededFile(const QString &connection)
{
    const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".sqlite"));
    Database::Options options;
    options.connectionName = connection;
    auto db = Database::open(path, options);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    SyntheticPortfolio::Options portfolio;
    portfolio.clients = 60;
    portfolio.debtsPerClient = 5;
    portfolio.today = m_clock.today();
    const auto stats = SyntheticPortfolio::generate(db.value(), portfolio);
    if (!stats || stats->reversals == 0)
        qFatal("the synthetic portfolio has no reversals: %s", qPrintable(stats.error()));
    ClientRepository clients(db.value(), m_clock);
    Client kept = makeClient(QStringLiteral("Ana Peña"), QStringLiteral("52000111"));
    kept.consent.state = Consent::State::Granted; // a consent event too
    kept.consent.at = QDateTime(QDate(2026, 1, 2), QTime(14, 30), Qt::UTC);
    kept.consent.source = QStringLiteral("formulario firmado");
    kept.consent.evidence = QStringLiteral("Carpeta 3, folio 12");
    Client removed = makeClient(QStringLiteral("Luis Ruiz"), QStringLiteral("79000222"));
    if (!clients.create(kept) || !clients.create(removed))
        qFatal("cannot add clients");
    m_deletedClientId = removed.id;
    if (!clients.remove(removed.id))
        qFatal("cannot remove a client");
    const auto scan = ReminderScheduler(db.value(), m_clock).scan();
    if (!scan || scan->messagesQueued == 0)
        qFatal("the scan queued nothing");
    return db.value();
}

Database tst_DatabaseCopier::target(const QString &url, const QString &connection)
{
    Database::Options options;
    options.connectionName = connection;
    auto db = Database::open(url, options);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    return db.value();
}

qint64 tst_DatabaseCopier::scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

void tst_DatabaseCopier::copiesEveryTableWithItsIdsAndMoney()
{
    const Database file = seededFile();
    const Database server = target(freshPostgresDatabase());

    DatabaseCopier copier(file, server);
    copier.setBatchSize(40); // several batches per table
    QStringList tablesDone;
    qint64 lastDone = -1;
    copier.setProgress([&](const DatabaseCopier::Progress &p) {
        if (p.tableDone == p.tableRows)
            tablesDone.append(p.table);
        lastDone = p.done;
        return true;
    });
    const auto report = copier.copy();
    QVERIFY2(report.ok(), qPrintable(report.error()));

    for (const QString &table :
         {QStringLiteral("clients"), QStringLiteral("debts"), QStringLiteral("payments"),
          QStringLiteral("payment_reversals"), QStringLiteral("outbox_messages"),
          QStringLiteral("outbox_items"), QStringLiteral("consent_events"),
          QStringLiteral("audit_log")}) {
        const qint64 inFile = scalar(file, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        QVERIFY2(inFile > 0, qPrintable(table));
        QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM ") + table), inFile);
        QCOMPARE(report->rowsIn(table), inFile);
        QVERIFY2(tablesDone.contains(table), qPrintable(table));
    }
    QCOMPARE(lastDone, report->rows);
    for (const auto &[table, column] :
         {std::pair{QStringLiteral("debts"), QStringLiteral("amount_minor")},
          std::pair{QStringLiteral("debts"), QStringLiteral("paid_minor")},
          std::pair{QStringLiteral("payments"), QStringLiteral("amount_minor")},
          std::pair{QStringLiteral("outbox_messages"), QStringLiteral("total_minor")}}) {
        const QString sum = QStringLiteral("SELECT SUM(%1) FROM %2").arg(column, table);
        QCOMPARE(scalar(server, sum), scalar(file, sum));
        QCOMPARE(report->sum(table, column), scalar(file, sum));
    }

    // The copy is vacuumed: its pages are marked all-visible, so the totals' index-only scan
    // reads no table page, and the planner has the real sizes.
    QVERIFY(scalar(server, QStringLiteral("SELECT relallvisible FROM pg_class WHERE relname = "
                                          "'debts'"))
            > 0);
    QVERIFY(scalar(server, QStringLiteral("SELECT COUNT(*) FROM pg_stat_user_tables WHERE "
                                          "relname = 'debts' AND last_vacuum IS NOT NULL AND "
                                          "last_analyze IS NOT NULL"))
            == 1);

    // The server's repositories read the same portfolio.
    const auto fileTotals = DebtRepository(file, m_clock).totals(m_clock.today());
    const auto serverTotals = DebtRepository(server, m_clock).totals(m_clock.today());
    QVERIFY(fileTotals.ok() && serverTotals.ok());
    QCOMPARE(serverTotals->receivable, fileTotals->receivable);
    QCOMPARE(serverTotals->overdue, fileTotals->overdue);
    QCOMPARE(serverTotals->openDebts, fileTotals->openDebts);
    const qint64 reversedId = scalar(file, QStringLiteral("SELECT MIN(payment_id) FROM payment_reversals"));
    const auto reversed = PaymentRepository(server, m_clock).get(reversedId);
    QVERIFY2(reversed.ok(), qPrintable(reversed.error()));
    QCOMPARE(reversed->amount.minor(),
             scalar(file, QStringLiteral("SELECT amount_minor FROM payments WHERE id = %1").arg(reversedId)));
    QVERIFY(reversed->reversed);
    const auto ana = ClientRepository(server, m_clock)
                         .findByDocument(IdentityDocument::parse(IdentityDocument::Type::CC,
                                                                 QStringLiteral("52000111")).value());
    QVERIFY(ana.ok() && ana->has_value());
    QCOMPARE(ana->value().name, QStringLiteral("Ana Peña"));

    // New rows on the server continue after the highest id the file ever handed out.
    Client next = makeClient(QStringLiteral("Marta Gil"), QStringLiteral("43000333"));
    QVERIFY(ClientRepository(server, m_clock).create(next).ok());
    QCOMPARE(next.id, m_deletedClientId + 1);
}

void tst_DatabaseCopier::refusesTargetThatHoldsData()
{
    const Database file = seededFile();
    const Database server = target(freshPostgresDatabase());
    Client existing = makeClient(QStringLiteral("Cliente Previo"), QStringLiteral("1010101010"));
    QVERIFY(ClientRepository(server, m_clock).create(existing).ok());

    const auto report = DatabaseCopier(file, server).copy();
    QVERIFY(!report.ok());
    QCOMPARE(report.code(), ErrorCode::Conflict);
    QVERIFY2(report.error().contains(QStringLiteral("already holds data")), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QStringLiteral("clients")), qPrintable(report.error()));
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM clients")), 1);
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM debts")), 0);
}

void tst_DatabaseCopier::stoppedCopyLeavesTargetEmpty()
{
    const Database file = seededFile();
    const QString url = freshPostgresDatabase();
    const Database server = target(url);
    DatabaseCopier copier(file, server);
    copier.setBatchSize(25);
    // Stops after some debts are in: clients are fully written by then.
    copier.setProgress([](const DatabaseCopier::Progress &p) {
        return !(p.table == QLatin1String("debts") && p.tableDone >= 50);
    });
    const auto report = copier.copy();
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("Nothing was kept")), qPrintable(report.error()));
    for (const QString &table : {QStringLiteral("clients"), QStringLiteral("debts"),
                                 QStringLiteral("audit_log")})
        QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM ") + table), 0);

    // Empty indeed: a second copy into the same database goes through.
    const auto again = DatabaseCopier(file, server).copy();
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again->rowsIn(QStringLiteral("debts")), scalar(file, QStringLiteral("SELECT COUNT(*) FROM debts")));
}

void tst_DatabaseCopier::refusedRowLeavesTargetEmpty()
{
    const Database file = seededFile();
    // An old file written with foreign keys off: a payment pointing to no debt.
    {
        QSqlQuery q(file.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO payments (debt_id, paid_on, amount_minor, method, created_at) "
                                      "VALUES (987654, '2026-11-01', 500000, 'cash', '2026-11-01T10:00:00Z')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }
    const Database server = target(freshPostgresDatabase());
    const auto report = DatabaseCopier(file, server).copy();
    QVERIFY(!report.ok());
    QCOMPARE(report.code(), ErrorCode::Storage);
    QVERIFY2(report.error().contains(QStringLiteral("payments")), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QStringLiteral("Nothing was kept")), qPrintable(report.error()));
    for (const QString &table : {QStringLiteral("clients"), QStringLiteral("debts"),
                                 QStringLiteral("payments")})
        QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM ") + table), 0);
}

void tst_DatabaseCopier::differenceFoundUndoesTheCopy()
{
    const Database file = seededFile();
    const Database server = target(freshPostgresDatabase());
    const qint64 paymentId = scalar(file, QStringLiteral("SELECT MAX(id) FROM payments"));
    // Something on the server silently changes one payment on its way in.
    {
        QSqlQuery q(server.connection());
        QVERIFY(q.exec(QStringLiteral(
            "CREATE FUNCTION add_a_peso() RETURNS trigger AS $$ BEGIN "
            "IF NEW.id = %1 THEN NEW.amount_minor := NEW.amount_minor + 100; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql").arg(paymentId)));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER add_a_peso BEFORE INSERT ON payments "
                                      "FOR EACH ROW EXECUTE FUNCTION add_a_peso()")));
    }
    const auto report = DatabaseCopier(file, server).copy();
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("payments.amount_minor")), qPrintable(report.error()));
    QVERIFY2(report.error().contains(QStringLiteral("undone")), qPrintable(report.error()));
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM clients")), 0);
}

void tst_DatabaseCopier::commandLine_data()
{
    QTest::addColumn<QString>("target");  // "fresh", "used", or an address
    QTest::addColumn<int>("exitCode");
    // Words the message has in English and in Spanish (the program may speak either):
    // "%address" stands for the target's address.
    QTest::addColumn<QString>("says");

    QTest::newRow("copies") << "fresh" << 0 << "%address";
    QTest::newRow("target holds data") << "used" << 3 << "%address";
    QTest::newRow("not postgresql") << "/tmp/other.sqlite" << 1 << "postgresql://";
    QTest::newRow("password in address") << "postgresql://cartera:secreto@127.0.0.1:1/x" << 2
                                          << "PGPASSFILE";
}

void tst_DatabaseCopier::commandLine()
{
    QFETCH(QString, target);
    QFETCH(int, exitCode);
    QFETCH(QString, says);

    QString path;
    {
        const Database file = seededFile();
        path = file.location();
        file.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("source"));
    QString address = target;
    if (target == QLatin1String("fresh") || target == QLatin1String("used"))
        address = freshPostgresDatabase();
    if (target == QLatin1String("used")) {
        const Database server = this->target(address);
        Client existing = makeClient(QStringLiteral("Cliente Previo"), QStringLiteral("1010101010"));
        QVERIFY(ClientRepository(server, m_clock).create(existing).ok());
        server.close();
    }

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: PGPASSFILE or nothing
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    QProcess cartera;
    cartera.setProcessEnvironment(env);
    cartera.start(QStringLiteral(CARTERA_EXECUTABLE),
                  {QStringLiteral("--database"), path, QStringLiteral("--migrate-to"), address});
    QVERIFY(cartera.waitForFinished(120000));
    const QString out = QString::fromLocal8Bit(cartera.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(cartera.readAllStandardError());
    QCOMPARE(cartera.exitStatus(), QProcess::NormalExit);
    QVERIFY2(cartera.exitCode() == exitCode, qPrintable(out + err));
    if (says == QLatin1String("%address"))
        says = address;
    QVERIFY2((out + err).contains(says), qPrintable(out + err));
    QVERIFY2(!(out + err).contains(QStringLiteral("secreto")), qPrintable(out + err));
    if (exitCode == 0) {
        // Progress went to stderr, table by table; the file was left as it was.
        QVERIFY2(err.contains(QStringLiteral("  debts: ")), qPrintable(err));
        QVERIFY2(out.contains(address), qPrintable(out));
        const Database server = this->target(address);
        Database::Options options;
        options.connectionName = QStringLiteral("reopened");
        auto file = Database::open(path, options);
        QVERIFY(file.ok());
        QCOMPARE(scalar(server, QStringLiteral("SELECT SUM(amount_minor) FROM payments")),
                 scalar(file.value(), QStringLiteral("SELECT SUM(amount_minor) FROM payments")));
        QVERIFY(out.contains(Money::fromMinor(scalar(file.value(), QStringLiteral("SELECT SUM(amount_minor) FROM debts"))).toString()));
    }
}

// Without --database the program opens what Settings > Database chose (here, the server
// the portfolio was copied to), and never creates the default file meanwhile.
void tst_DatabaseCopier::programOpensTheDatabaseChosenInSettings()
{
    const QString address = freshPostgresDatabase();
    {
        const Database file = seededFile();
        const Database server = target(address);
        QVERIFY(DatabaseCopier(file, server).copy().ok());
        server.close();
        file.close();
    }
    QTemporaryDir home;
    {
        Settings settings(home.filePath(QStringLiteral("config/Cartera/Cartera.conf")));
        QVERIFY(settings.setDatabaseLocation(address).ok());
        QVERIFY(settings.sync().ok());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    QProcess cartera;
    cartera.setProcessEnvironment(env);
    cartera.start(QStringLiteral(CARTERA_EXECUTABLE), {QStringLiteral("--check-database")});
    QVERIFY(cartera.waitForFinished(60000));
    const QString out = QString::fromLocal8Bit(cartera.readAllStandardOutput() + cartera.readAllStandardError());
    QVERIFY2(cartera.exitCode() == 0, qPrintable(out));
    QVERIFY2(out.contains(address), qPrintable(out));
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("data/Cartera/Cartera/cartera.sqlite"))));
}

QTEST_GUILESS_MAIN(tst_DatabaseCopier)
#include "tst_databasecopier.moc"
