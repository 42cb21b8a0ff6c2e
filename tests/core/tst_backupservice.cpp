#include "backupservice.h"
#include "clock.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace TestSupport;

namespace {

qint64 countClients(const QString &path)
{
    const QString name = QStringLiteral("count-%1").arg(QRandomGenerator::global()->generate());
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM clients")) && q.next())
                count = q.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

bool execOn(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("edit-%1").arg(QRandomGenerator::global()->generate());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("cartera.sqlite")); }
    QString folder() const { return m_dir->filePath(QStringLiteral("backups")); }
    void addClients(const Database &db, int from, int count)
    {
        ClientRepository clients(db, *m_clock);
        for (int i = from; i < from + count; ++i) {
            Client c
                = makeClient(QStringLiteral("Cliente %1").arg(i), QString::number(10000000 + i));
            QVERIFY(clients.create(c).ok());
        }
    }

private slots:
    void init();
    void backupDuringWrites();
    void dailyOnceADay();
    void rotationOverSixtyDays();
    void manualBackupsSurviveRotation();
    void unwritableFolderIsReported();
    void restoreReplacesAndKeepsCurrentAside();
    void refusesDamagedBackup_data();
    void refusesDamagedBackup();
    void refusesWhileDatabaseInUse();
    void serverDatabaseIsBackedUpOnTheServer();
};

void TestBackupService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 1, 1), QTime(14, 0), Qt::UTC));
}

void TestBackupService::backupDuringWrites()
{
    Database db = openDatabase(dbPath());
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::atomic<int> failures{0};
    std::unique_ptr<QThread> writer(QThread::create([&] {
        {
            ClientRepository clients(db, *m_clock);
            for (int i = 0; !stop.load(); ++i) {
                Client c = makeClient(QStringLiteral("Escritor %1").arg(i),
                                      QString::number(20000000 + i));
                if (clients.create(c).ok())
                    ++written;
                else
                    ++failures;
            }
        }
        db.close();
    }));
    writer->start();
    QTRY_VERIFY_WITH_TIMEOUT(written.load() > 20, 20000);

    BackupService service(db, *m_clock, {folder(), 7, 4});
    int previous = 0;
    for (int round = 0; round < 5; ++round) {
        const int before = written.load();
        auto copy = service.backupNow();
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        const int after = written.load();
        auto verified = BackupService::verify(copy.value());
        QVERIFY2(verified.ok(), qPrintable(verified.error()));
        // A consistent snapshot: every client written before the copy started, none that
        // was written after it ended.
        QVERIFY(verified->clients >= before);
        QVERIFY(verified->clients <= after + 1);
        QVERIFY(verified->clients >= previous);
        previous = int(verified->clients);
        QTRY_VERIFY_WITH_TIMEOUT(written.load() > after + 5, 20000);
    }
    stop = true;
    writer->wait();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(service.backups().size(), 5);
    // The writes kept going while copies were made.
    QVERIFY(written.load() > previous);
}

void TestBackupService::dailyOnceADay()
{
    Database db = openDatabase(dbPath());
    BackupService service(db, *m_clock, {folder(), 7, 4});
    m_clock->setLocal(QDate(2026, 1, 5), QTime(9, 0));
    auto first = service.runDailyIfDue();
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QVERIFY(first->endsWith(QStringLiteral("cartera-auto-2026-01-05-090000.sqlite")));
    m_clock->setLocal(QDate(2026, 1, 5), QTime(17, 0));
    auto second = service.runDailyIfDue();
    QVERIFY(second.ok());
    QCOMPARE(second.value(), QString());
    m_clock->setLocal(QDate(2026, 1, 6), QTime(0, 5));
    auto next = service.runDailyIfDue();
    QVERIFY(next.ok());
    QVERIFY(!next->isEmpty());
    QCOMPARE(service.backups().size(), 2);
    QVERIFY(QDir(folder()).entryList({QStringLiteral("*.partial")}, QDir::Files).isEmpty());
}

void TestBackupService::rotationOverSixtyDays()
{
    Database db = openDatabase(dbPath());
    BackupService service(db, *m_clock, {folder(), 7, 4});
    const QDate start(2026, 1, 1); // a Thursday; day 59 is Sunday 2026-03-01
    for (int day = 0; day < 60; ++day) {
        m_clock->setLocal(start.addDays(day), QTime(10, 0));
        auto copy = service.runDailyIfDue();
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QVERIFY(!copy->isEmpty());
        QVERIFY(service.backups().size() <= 11);
    }
    // The last 7 days, then the newest copy of each of the 4 weeks (Monday to Sunday) before.
    QStringList expected;
    for (const char *date :
         {"2026-03-01", "2026-02-28", "2026-02-27", "2026-02-26", "2026-02-25", "2026-02-24",
          "2026-02-23", "2026-02-22", "2026-02-15", "2026-02-08", "2026-02-01"})
        expected.append(QStringLiteral("cartera-auto-%1-100000.sqlite").arg(QLatin1String(date)));
    QStringList actual;
    for (const auto &backup : service.backups())
        actual.append(QFileInfo(backup.path).fileName());
    QCOMPARE(actual, expected);
}

void TestBackupService::manualBackupsSurviveRotation()
{
    Database db = openDatabase(dbPath());
    BackupService service(db, *m_clock, {folder(), 2, 0});
    m_clock->setLocal(QDate(2026, 1, 1), QTime(9, 0));
    auto manual = service.backupNow();
    QVERIFY(manual.ok());
    auto twice = service.backupNow(); // same second: a distinct name, nothing overwritten
    QVERIFY(twice.ok());
    QVERIFY(manual.value() != twice.value());
    for (int day = 0; day < 5; ++day) {
        m_clock->setLocal(QDate(2026, 1, 1).addDays(day), QTime(10, 0));
        QVERIFY(service.runDailyIfDue().ok());
    }
    QVERIFY(QFileInfo::exists(manual.value()));
    QVERIFY(QFileInfo::exists(twice.value()));
    int automatic = 0;
    for (const auto &backup : service.backups())
        automatic += backup.automatic ? 1 : 0;
    QCOMPARE(automatic, 2);
}

void TestBackupService::unwritableFolderIsReported()
{
    Database db = openDatabase(dbPath());
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    BackupService service(db, *m_clock, {blocker.fileName() + QStringLiteral("/backups"), 7, 4});
    auto copy = service.backupNow();
    QVERIFY(!copy.ok());
    QVERIFY2(copy.error().contains(QStringLiteral("backup folder")), qPrintable(copy.error()));
}

void TestBackupService::restoreReplacesAndKeepsCurrentAside()
{
    QString backupPath;
    {
        Database db = openDatabase(dbPath());
        addClients(db, 0, 3);
        BackupService service(db, *m_clock, {folder(), 7, 4});
        auto copy = service.backupNow();
        QVERIFY(copy.ok());
        backupPath = copy.value();
        addClients(db, 3, 2);
        db.close(); // the application closes its connections before restoring
    }
    QCOMPARE(countClients(dbPath()), 5);
    const QByteArray backupHash = fileHash(backupPath);

    m_clock->setLocal(QDate(2026, 2, 3), QTime(11, 22, 33));
    auto aside = BackupService::restore(dbPath(), backupPath, *m_clock);
    QVERIFY2(aside.ok(), qPrintable(aside.error()));
    QCOMPARE(aside.value(), dbPath() + QStringLiteral(".before-restore-20260203-112233"));
    QCOMPARE(fileHash(backupPath), backupHash);
    QCOMPARE(fileHash(dbPath()), backupHash);
    QCOMPARE(countClients(aside.value()), 5);

    // The restored file opens as a Cartera database with the backup's clients.
    Database reopened = openDatabase(dbPath(), QStringLiteral("reopened"));
    ClientRepository clients(reopened, *m_clock);
    auto count = clients.count(ClientQuery());
    QVERIFY(count.ok());
    QCOMPARE(count.value(), 3);
    reopened.close();
}

void TestBackupService::refusesDamagedBackup_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("garbage pages") << "garbage"
                                   << "damaged";
    QTest::newRow("not sqlite") << "text"
                                << "not a SQLite file";
    QTest::newRow("truncated") << "truncate"
                               << "";
    QTest::newRow("another program") << "foreign"
                                     << "not a Cartera backup";
    QTest::newRow("newer schema") << "newer"
                                  << "newer version";
    QTest::newRow("missing file") << "missing"
                                  << "cannot be read";
}

void TestBackupService::refusesDamagedBackup()
{
    QFETCH(QString, damage);
    QFETCH(QString, mentions);

    QString backupPath;
    {
        Database db = openDatabase(dbPath());
        addClients(db, 0, 300);
        BackupService service(db, *m_clock, {folder(), 7, 4});
        auto copy = service.backupNow();
        QVERIFY(copy.ok());
        backupPath = copy.value();
        db.close();
    }
    if (damage == QLatin1String("garbage")) {
        QFile f(backupPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4096 * 4);
        f.seek(4096 * 2);
        f.write(QByteArray(4096 * 2, '\xAB'));
    } else if (damage == QLatin1String("text")) {
        QFile f(backupPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("nombre;cedula\nJuan;123\n");
    } else if (damage == QLatin1String("truncate")) {
        QFile f(backupPath);
        QVERIFY(f.resize(4096 + 100));
    } else if (damage == QLatin1String("foreign")) {
        QFile::remove(backupPath);
        QVERIFY(execOn(backupPath, {QStringLiteral("CREATE TABLE inventory (id INTEGER)")}));
    } else if (damage == QLatin1String("newer")) {
        QVERIFY(execOn(backupPath, {QStringLiteral("UPDATE cartera_meta SET value = '999' "
                                                   "WHERE key = 'schema_version'")}));
    } else if (damage == QLatin1String("missing")) {
        QFile::remove(backupPath);
    }

    const QByteArray backupHash = fileHash(backupPath);
    const QByteArray dbHash = fileHash(dbPath());
    QVERIFY(!dbHash.isEmpty());

    auto verified = BackupService::verify(backupPath);
    QVERIFY(!verified.ok());
    auto restored = BackupService::restore(dbPath(), backupPath, *m_clock);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(mentions), qPrintable(restored.error()));
    if (damage != QLatin1String("missing"))
        QVERIFY2(restored.error().contains(QStringLiteral("Nothing was changed")),
                 qPrintable(restored.error()));
    QCOMPARE(fileHash(backupPath), backupHash);
    QCOMPARE(fileHash(dbPath()), dbHash);
    QCOMPARE(countClients(dbPath()), 300);
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("*before-restore*")});
    QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' '))));
}

void TestBackupService::refusesWhileDatabaseInUse()
{
    Database db = openDatabase(dbPath());
    addClients(db, 0, 2);
    BackupService service(db, *m_clock, {folder(), 7, 4});
    auto copy = service.backupNow();
    QVERIFY(copy.ok());
    addClients(db, 2, 1);
    {
        // Another window in the middle of a write.
        WriteTransaction transaction(db);
        QVERIFY(transaction.started());
        auto restored = BackupService::restore(dbPath(), copy.value(), *m_clock);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.code(), ErrorCode::Busy);
        QVERIFY(restored.error().contains(QStringLiteral("still in use")));
    }
    // Still the same file (the log may have been folded into it), nothing put aside.
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
    ClientRepository clients(db, *m_clock);
    QCOMPARE(clients.count(ClientQuery()).value(), 3);
    db.close();
}

void TestBackupService::serverDatabaseIsBackedUpOnTheServer()
{
    if (qEnvironmentVariableIsEmpty("CARTERA_TEST_POSTGRES"))
        QSKIP("Needs the PostgreSQL test cluster (CARTERA_TEST_POSTGRES); scripts/test.sh "
              "starts one.");
    const QString location = freshPostgresDatabase();
    Database::Options options;
    options.connectionName = QStringLiteral("server-backup");
    auto db = Database::open(location, options);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    BackupService service(db.value(), *m_clock, {folder(), 7, 4});
    QVERIFY(!service.canCopy());

    // "Back up now" says where the backup belongs; the hourly check does nothing and says
    // nothing, so the clerk is not told of a failure every hour.
    const auto copy = service.backupNow();
    QVERIFY(!copy.ok());
    QVERIFY2(copy.error().contains(QStringLiteral("PostgreSQL server"))
                 && copy.error().contains(QStringLiteral("pg_dump")),
             qPrintable(copy.error()));
    const auto daily = service.runDailyIfDue();
    QVERIFY2(daily.ok(), qPrintable(daily.error()));
    QVERIFY(daily->isEmpty());
    QVERIFY(!QDir(folder()).exists() || QDir(folder()).isEmpty());

    // A file copy cannot replace a server's database.
    Database file = openDatabase(dbPath());
    addClients(file, 0, 1);
    BackupService fileService(file, *m_clock, {folder(), 7, 4});
    const auto fileCopy = fileService.backupNow();
    QVERIFY2(fileCopy.ok(), qPrintable(fileCopy.error()));
    file.close();
    const auto restore = BackupService::requestRestore(location, fileCopy.value());
    QVERIFY(!restore.ok());
    QVERIFY2(restore.error().contains(QStringLiteral("pg_restore")), qPrintable(restore.error()));
    const auto pending = BackupService::applyPendingRestore(location, *m_clock);
    QVERIFY(pending.ok() && pending->isEmpty());
    db->close();
}

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
