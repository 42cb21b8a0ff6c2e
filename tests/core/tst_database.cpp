#include "testsupport.h"

#include "clock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>

#include <unistd.h>

using namespace TestSupport;

class tst_Database : public QObject
{
    Q_OBJECT
private slots:
    void createsAndMigratesFresh();
    void reopenKeepsData();
    void refusesNonDatabaseFile();
    void refusesOtherProgramsDatabase();
    void refusesNewerSchema();
    void refusesCorruptFile();
    void refusesFolder();
    void reportsLockedDatabase();
    void refusesReadOnlyFile();
    void copiesOlderDatabaseBeforeMigrating();
    void wakeUpListTakesOverNextReminderDates();
    void connectionPerThread();

private:
    QString makePopulatedDatabase(const QString &path, int clients);
};

QString tst_Database::makePopulatedDatabase(const QString &path, int clients)
{
    {
        Database db = openDatabase(path, QStringLiteral("populate"));
        FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
        ClientRepository repo(db, clock);
        WriteTransaction tx(db);
        for (int i = 0; i < clients; ++i) {
            Client c = makeClient(QStringLiteral("Cliente número %1 con un nombre largo").arg(i),
                                  QString::number(10000000 + i));
            if (auto created = repo.create(c); !created)
                qFatal("populate failed: %s", qPrintable(created.error()));
        }
        tx.commit();
        db.close();
    }
    return path;
}

namespace {

// Builds an older database as an older Cartera did: runs the given embedded migrations by
// hand. Returns what failed, or nothing.
QString runMigrations(QSqlDatabase &raw, const QStringList &names)
{
    QSqlQuery q(raw);
    for (const QString &name : names) {
        QFile migration(QStringLiteral(":/migrations/%1.sql").arg(name));
        if (!migration.open(QIODevice::ReadOnly))
            return QStringLiteral("no migration %1").arg(name);
        const QString sql = SqlDialect().translateMigration(QString::fromUtf8(migration.readAll()));
        QStringList lines;
        for (const QString &line : sql.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QStringLiteral("--")))
                lines << line;
        for (const QString &statement :
             lines.join(QLatin1Char('\n')).split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            const QString s = statement.trimmed();
            if (!s.isEmpty() && !q.exec(s))
                return q.lastError().text() + QLatin1Char(' ') + s;
        }
    }
    return {};
}

} // namespace

void tst_Database::createsAndMigratesFresh()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/cartera.sqlite"));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->backupBeforeMigration().isEmpty());

    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM cartera_meta WHERE key = 'application'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("cartera"));
    q.finish();
    db->close();
}

void tst_Database::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = makePopulatedDatabase(dir.filePath(QStringLiteral("c.sqlite")), 3);
    Database db = openDatabase(path);
    FixedClock clock(QDateTime::currentDateTimeUtc());
    ClientRepository repo(db, clock);
    QCOMPARE(repo.count({}).value(), 3);
    QVERIFY(db.backupBeforeMigration().isEmpty());
    db.close();
}

void tst_Database::refusesNonDatabaseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clientes.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Nombre;Cedula\nJuan;123\n");
    f.close();
    const QByteArray before = fileHash(path);

    const auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("is not a Cartera database")), qPrintable(db.error()));
    QVERIFY(db.error().contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void tst_Database::refusesOtherProgramsDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('ajiaco')")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);

    const auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("another program")), qPrintable(db.error()));
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = makePopulatedDatabase(dir.filePath(QStringLiteral("c.sqlite")), 2);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("UPDATE cartera_meta SET value = '%1' WHERE key = 'schema_version'")
                           .arg(Database::latestSchemaVersion() + 1)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QByteArray before = fileHash(path);

    const auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("newer version of Cartera")), qPrintable(db.error()));
    QVERIFY(db.error().contains(QString::number(Database::latestSchemaVersion() + 1)));
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = makePopulatedDatabase(dir.filePath(QStringLiteral("c.sqlite")), 400);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
            || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    {
        // Scribble over the middle of the file, as a failing disk or a half-copied file would.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        f.seek(size / 2 - 2048);
        f.write(QByteArray(4096, '\xA5'));
        f.close();
    }
    const QByteArray before = fileHash(path);

    const auto db = Database::open(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("damaged")), qPrintable(db.error()));
    QVERIFY(db.error().contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(fileHash(path), before);
}

void tst_Database::refusesFolder()
{
    QTemporaryDir dir;
    const auto db = Database::open(dir.path());
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("is a folder")), qPrintable(db.error()));
}

void tst_Database::reportsLockedDatabase()
{
    QTemporaryDir dir;
    const QString path = makePopulatedDatabase(dir.filePath(QStringLiteral("c.sqlite")), 1);
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(path);
    QVERIFY(holder.open());
    {
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    }

    Database::Options options;
    options.busyTimeoutMs = 100;
    const auto db = Database::open(path, options);
    QVERIFY(!db.ok());
    QCOMPARE(db.code(), ErrorCode::Busy);
    QVERIFY2(db.error().contains(QStringLiteral("locked by another program")), qPrintable(db.error()));

    {
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    // Once the other program lets go, the same file opens.
    auto reopened = Database::open(path, options);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    reopened->close();
}

void tst_Database::refusesReadOnlyFile()
{
    // Root writes through any permission bits, so the check runs the real program as an
    // unprivileged user when the suite runs as root (as CI does).
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                  | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::ExeOther));
    const QString path = makePopulatedDatabase(dir.filePath(QStringLiteral("c.sqlite")), 2);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    const QByteArray before = fileHash(path);

    // A copy of the program beside the file, so that the unprivileged user can run it
    // wherever the build folder is.
    const QString cartera = dir.filePath(QStringLiteral("cartera"));
    QVERIFY(QFile::copy(QStringLiteral(CARTERA_EXECUTABLE), cartera));
    QVERIFY(QFile::setPermissions(cartera, QFileDevice::ReadOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadOther | QFileDevice::ExeOther));
    QProcess process;
    if (::geteuid() == 0) {
        process.start(QStringLiteral("setpriv"),
                      {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), cartera, QStringLiteral("--check-database"),
                       QStringLiteral("--database"), path});
    } else {
        process.start(cartera, {QStringLiteral("--check-database"), QStringLiteral("--database"), path});
    }
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    // The program speaks Spanish by default; the message says the file cannot be written.
    QVERIFY2(err.contains(QStringLiteral("no puede escribir en"))
                 || err.contains(QStringLiteral("cannot write to")),
             qPrintable(err));
    QCOMPARE(fileHash(path), before);
}

void tst_Database::copiesOlderDatabaseBeforeMigrating()
{
    if (Database::latestSchemaVersion() < 2)
        QSKIP("There is only one schema version: nothing to migrate from yet.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        // A version-1 database, as the first release wrote it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        const QString failed = runMigrations(raw, {QStringLiteral("0001_initial")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cartera_meta VALUES ('application', 'cartera'), "
                                      "('schema_version', '1')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO clients (name, name_key, search_text, document_type, document_number, "
            "whatsapp, created_at, updated_at) VALUES ('Juan', 'juan', 'juan', 'CC', '123', "
            "'+573001234567', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    const QString backup = db->backupBeforeMigration();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::exists(backup));
    {
        // The copy is the old database as it was: version 1, with its client.
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
        copy.setDatabaseName(backup);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(copy.open());
        QSqlQuery q(copy);
        QVERIFY(q.exec(QStringLiteral("PRAGMA quick_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM cartera_meta WHERE key = 'schema_version'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM clients")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Juan"));
        q.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("copy"));
    FixedClock clock(QDateTime::currentDateTimeUtc());
    QCOMPARE(ClientRepository(db.value(), clock).count({}).value(), 1);
    db->close();
}

void tst_Database::wakeUpListTakesOverNextReminderDates()
{
    // A version-5 database, as the previous release wrote it: each open debt's next
    // reminder date inside the debts table.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        const QString failed = runMigrations(
            raw, {QStringLiteral("0001_initial"), QStringLiteral("0002_reminders"),
                  QStringLiteral("0004_habeas_data"), QStringLiteral("0005_payment_links")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cartera_meta VALUES ('application', 'cartera'), "
                                      "('schema_version', '5')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO clients (id, name, name_key, search_text, document_type, "
            "document_number, whatsapp, created_at, updated_at) VALUES (1, 'Juan', 'juan', "
            "'juan', 'CC', '123', '+573001234567', '2025-01-01T00:00:00.000Z', "
            "'2025-01-01T00:00:00.000Z')")));
        // Open with a date, settled without one, open without one (reminders were off).
        for (const QString &values :
             {QStringLiteral("1, 'F-1', 0, 0, '2026-02-07'"),
              QStringLiteral("2, 'F-2', 1, 100000, NULL"), QStringLiteral("3, 'F-3', 0, 0, NULL")})
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO debts (id, reference, settled, paid_minor, next_reminder_on, "
                         "client_id, issue_date, due_date, amount_minor, created_at, updated_at) "
                         "VALUES (%1, 1, '2026-01-01', '2026-02-10', 100000, "
                         "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")
                         .arg(values)),
                     qPrintable(q.lastError().text()));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT wake_on, debt_id FROM reminder_wakeups")));
    QStringList wakeUps;
    while (q.next())
        wakeUps << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    QCOMPARE(wakeUps, QStringList{QStringLiteral("2026-02-07 1")});
    // The old column is gone, so that nothing can read a date that is no longer kept.
    QVERIFY(!db->connection().record(QStringLiteral("debts")).contains(
        QStringLiteral("next_reminder_on")));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM debts")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    q.finish();
    db->close();
}

void tst_Database::connectionPerThread()
{
    QTemporaryDir dir;
    Database db = openDatabase(dir.filePath(QStringLiteral("c.sqlite")));
    QString otherName;
    int otherCount = -1;
    QThread *thread = QThread::create([&] {
        otherName = db.connectionName();
        FixedClock clock(QDateTime::currentDateTimeUtc());
        ClientRepository repo(db, clock);
        Client c = makeClient(QStringLiteral("Desde otro hilo"), QStringLiteral("5555555"));
        if (repo.create(c))
            otherCount = repo.count({}).value();
        db.close();
    });
    thread->start();
    QVERIFY(thread->wait(30000));
    delete thread;
    QVERIFY(otherName != db.connectionName());
    QCOMPARE(otherCount, 1);
    FixedClock clock(QDateTime::currentDateTimeUtc());
    QCOMPARE(ClientRepository(db, clock).count({}).value(), 1);
    db.close();
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
