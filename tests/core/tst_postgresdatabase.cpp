#include "testsupport.h"

#include "clock.h"

#include <QSqlQuery>
#include <QThread>

using namespace TestSupport;

// Database::open on PostgreSQL: the same schema, the same refusals, one migration at a time.
class tst_PostgresDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsAndMigrates();
    void refusesOtherProgramsDatabase();
    void refusesNewerSchema();
    void refusesPasswordInAddress();
    void explainsUnreachableServer();
    void concurrentStartsMigrateOnce();
};

void tst_PostgresDatabase::createsAndMigrates()
{
    const QString url = freshPostgresDatabase();
    {
        auto db = Database::open(url);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db->dialect().kind(), SqlDialect::Kind::PostgreSQL);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        FixedClock clock(QDateTime::currentDateTimeUtc());
        ClientRepository repo(db.value(), clock);
        Client c = makeClient(QStringLiteral("José Muñoz"), QStringLiteral("1020304050"));
        QVERIFY(repo.create(c).ok());
        db->close();
    }
    auto again = Database::open(url);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    FixedClock clock(QDateTime::currentDateTimeUtc());
    ClientQuery q;
    q.search = QStringLiteral("munoz");
    QCOMPARE(ClientRepository(again.value(), clock).count(q).value(), 1);
    again->close();
}

void tst_PostgresDatabase::refusesOtherProgramsDatabase()
{
    const QString url = freshPostgresDatabase();
    {
        Database::Options o;
        o.connectionName = QStringLiteral("raw");
        QUrl u(url);
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
        raw.setHostName(u.host());
        raw.setPort(u.port());
        raw.setUserName(u.userName());
        raw.setDatabaseName(u.path().mid(1));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE inventory (id SERIAL PRIMARY KEY, item TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto db = Database::open(url);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("another program")), qPrintable(db.error()));
}

void tst_PostgresDatabase::refusesNewerSchema()
{
    const QString url = freshPostgresDatabase();
    {
        auto db = Database::open(url);
        QVERIFY(db.ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE cartera_meta SET value = '999' WHERE key = 'schema_version'")));
        db->close();
    }
    const auto db = Database::open(url);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("newer version of Cartera")), qPrintable(db.error()));
}

void tst_PostgresDatabase::refusesPasswordInAddress()
{
    const auto db = Database::open(QStringLiteral("postgresql://clerk:s3cret@127.0.0.1:5432/cartera"));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("Do not write the password")), qPrintable(db.error()));
    QVERIFY(!db.error().contains(QStringLiteral("s3cret")));
}

void tst_PostgresDatabase::explainsUnreachableServer()
{
    // Port 1 on loopback: nothing listens there.
    const auto db = Database::open(QStringLiteral("postgresql://cartera@127.0.0.1:1/cartera"));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("cannot connect to the PostgreSQL server")),
             qPrintable(db.error()));
}

void tst_PostgresDatabase::concurrentStartsMigrateOnce()
{
    const QString url = freshPostgresDatabase();
    QList<QString> errors(3);
    QList<QThread *> threads;
    for (int i = 0; i < 3; ++i) {
        threads << QThread::create([&, i] {
            Database::Options o;
            o.connectionName = QStringLiteral("start%1").arg(i);
            auto db = Database::open(url, o);
            errors[i] = db.ok() ? QString() : db.error();
            if (db)
                db->close();
        });
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    for (const QString &e : errors)
        QVERIFY2(e.isEmpty(), qPrintable(e));
    auto db = Database::open(url);
    QVERIFY(db.ok());
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    db->close();
}

QTEST_GUILESS_MAIN(tst_PostgresDatabase)
#include "tst_postgresdatabase.moc"
