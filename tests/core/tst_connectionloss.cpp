// PostgreSQL server drops the connection (a restart, an administrator ending the session):
// the next operation opens a new one; a save that had not begun goes through, one caught
// half-way fails with a clear message and leaves nothing half-written.
#include "testsupport.h"

#include "clock.h"
#include "outboxrepository.h"
#include "paymentrepository.h"

#include <QSqlQuery>

using namespace TestSupport;

class tst_ConnectionLoss : public QObject
{
    Q_OBJECT

    QString m_url;
    Database m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 2, 10), QTime(15, 0), Qt::UTC)};

    // Ends every Cartera session on the test database from another connection, as a server
    // restart would, and waits until they are gone.
    int dropCarteraSessions()
    {
        int ended = 0;
        const bool ok = administer([&](QSqlQuery &q, const QString &database) {
            if (!q.exec(QStringLiteral("SELECT pg_terminate_backend(pid, 10000) FROM "
                                       "pg_stat_activity WHERE datname = '%1' AND "
                                       "application_name = 'cartera'")
                            .arg(database)))
                return false;
            while (q.next())
                ended += q.value(0).toBool() ? 1 : 0;
            return true;
        });
        return ok ? ended : -1;
    }

    bool setConnectionsAllowed(bool allowed)
    {
        return administer([&](QSqlQuery &q, const QString &database) {
            return q.exec(
                QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                    .arg(database, allowed ? QStringLiteral("true") : QStringLiteral("false")));
        });
    }

    // Runs `work` on a connection to the server's maintenance database, as its administrator.
    template<typename Work> bool administer(Work work)
    {
        const QUrl url(m_url);
        bool ok = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                           QStringLiteral("administrator"));
            admin.setHostName(url.host());
            admin.setPort(url.port(5432));
            admin.setUserName(url.userName());
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (admin.open()) {
                QSqlQuery q(admin);
                ok = work(q, url.path().mid(1));
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("administrator"));
        return ok;
    }

    int clientCount()
    {
        const auto n = ClientRepository(m_db, m_clock).count(ClientQuery());
        return n ? n.value() : -1;
    }

    static bool saysConnectionLost(const QString &error)
    {
        return error.contains(QStringLiteral("connection to the database server was lost"))
               && error.contains(QStringLiteral("nothing was saved"));
    }

private slots:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("CARTERA_TEST_POSTGRES"))
            QSKIP("CARTERA_TEST_POSTGRES is not set: scripts/test.sh starts the cluster");
        m_url = freshPostgresDatabase();
        Database::Options options;
        options.connectionName = QStringLiteral("clerk");
        auto db = Database::open(m_url, options);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = db.value();
    }

    void cleanup()
    {
        if (m_db.isValid())
            m_db.close();
        m_db = Database();
    }

    void paymentAfterTheServerDroppedTheConnection()
    {
        ClientRepository clients(m_db, m_clock);
        Client ana = makeClient(QStringLiteral("Ana Gómez"), QStringLiteral("1020304050"));
        QVERIFY(clients.create(ana).ok());
        Debt debt = makeDebt(ana.id, QStringLiteral("FV-1"), QDate(2026, 2, 1), 250000);
        QVERIFY(DebtRepository(m_db, m_clock).create(debt).ok());
        QCOMPARE(dropCarteraSessions(), 1);

        // A payment's first statement begins its transaction: nothing had been written on
        // the dropped session, so it reconnects and goes through at once.
        Payment p;
        p.debtId = debt.id;
        p.date = m_clock.today();
        p.amount = Money::fromPesos(100000);
        const auto paid = PaymentRepository(m_db, m_clock).record(p);
        QVERIFY2(paid.ok(), qPrintable(paid.error()));
        QCOMPARE(DebtRepository(m_db, m_clock).get(debt.id)->paid, Money::fromPesos(100000));
    }

    void providerAnswerRecordedAfterTheServerDroppedTheConnection()
    {
        // A reminder is claimed, then the server drops the session while the provider is
        // still answering: the answer is recorded on a new connection, so the message ends
        // sent instead of "uncertain".
        Client ana = makeClient(QStringLiteral("Ana Gómez"), QStringLiteral("1020304050"));
        QVERIFY(ClientRepository(m_db, m_clock).create(ana).ok());
        Debt debt = makeDebt(ana.id, QStringLiteral("FV-1"), m_clock.today(), 250000);
        QVERIFY(DebtRepository(m_db, m_clock).create(debt).ok());
        OutboxRepository outbox(m_db, m_clock);
        OutboxMessage m;
        m.clientId = ana.id;
        m.clientName = ana.name;
        m.sendDate = m_clock.today();
        m.notBefore = m_clock.now();
        m.to = ana.whatsapp;
        m.text = QStringLiteral("Hola Ana");
        m.total = debt.amount;
        m.references = {debt.reference};
        m.items = {{debt.id, debt.dueDate, 0, debt.reference}};
        {
            WriteTransaction tx(m_db);
            QVERIFY(tx.started());
            const auto id = outbox.insert(m);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            QVERIFY(tx.commit());
        }
        const auto claimed = outbox.claimDue(QStringLiteral("desk-1"), 1);
        QVERIFY2(claimed.ok(), qPrintable(claimed.error()));
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(dropCarteraSessions(), 1);

        const auto sent
            = outbox.markSent(m.id, QStringLiteral("360dialog"), QStringLiteral("wamid.1"));
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        QCOMPARE(outbox.get(m.id)->state, OutboxMessage::State::Sent);
    }

    void saveAfterTheServerDroppedTheConnection()
    {
        ClientRepository clients(m_db, m_clock);
        Client ana = makeClient(QStringLiteral("Ana Gómez"), QStringLiteral("1020304050"),
                                QStringLiteral("300 111 2233"));
        QVERIFY(clients.create(ana).ok());
        QCOMPARE(dropCarteraSessions(), 1);

        // Creating a client reads first (is the document free?): that read may meet the
        // dropped session and fail cleanly; trying again goes through.
        Client beto = makeClient(QStringLiteral("Beto Ruiz"), QStringLiteral("1020304051"),
                                 QStringLiteral("300 111 2234"));
        auto saved = clients.create(beto);
        if (!saved) {
            QVERIFY2(saysConnectionLost(saved.error()), qPrintable(saved.error()));
            QCOMPARE(clientCount(), 1);
            saved = clients.create(beto);
        }
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(clientCount(), 2);
        QCOMPARE(clients.get(ana.id)->name, QStringLiteral("Ana Gómez"));
        QCOMPARE(clients.get(beto.id)->name, QStringLiteral("Beto Ruiz"));
    }

    void readAfterTheServerDroppedTheConnection()
    {
        ClientRepository clients(m_db, m_clock);
        Client ana = makeClient(QStringLiteral("Ana Gómez"), QStringLiteral("1020304050"));
        QVERIFY(clients.create(ana).ok());
        QCOMPARE(dropCarteraSessions(), 1);

        // A read on the dead session fails with the clear message at most once; the next
        // operation is on a new connection.
        const auto first = clients.get(ana.id);
        if (!first)
            QVERIFY2(saysConnectionLost(first.error()), qPrintable(first.error()));
        const auto second = clients.get(ana.id);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(second->name, QStringLiteral("Ana Gómez"));
    }

    void anIdleConnectionIsCheckedBeforeUse()
    {
        // The clerk comes back after the server restarted: the idle connection is checked
        // first, so neither a read nor a save meets the dropped session.
        Database::Options options;
        options.connectionName = QStringLiteral("idle");
        options.checkAfterIdleMs = 0; // every use counts as "after a pause"
        auto idle = Database::open(m_url, options);
        QVERIFY2(idle.ok(), qPrintable(idle.error()));
        ClientRepository clients(idle.value(), m_clock);
        Client ana = makeClient(QStringLiteral("Ana Gómez"), QStringLiteral("1020304050"));
        QVERIFY(clients.create(ana).ok());
        m_db.close(); // only the idle clerk's session is left
        QCOMPARE(dropCarteraSessions(), 1);

        const auto read = clients.get(ana.id);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->name, QStringLiteral("Ana Gómez"));
        QCOMPARE(dropCarteraSessions(), 1);
        Client beto = makeClient(QStringLiteral("Beto Ruiz"), QStringLiteral("1020304051"));
        const auto saved = clients.create(beto);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(ClientRepository(idle.value(), m_clock).count(ClientQuery()).value(), 2);
        idle->close();
    }

    void droppedInTheMiddleOfATransactionWritesNothing()
    {
        ClientRepository clients(m_db, m_clock);
        DebtRepository debts(m_db, m_clock);
        Client ana = makeClient(QStringLiteral("Ana Gómez"), QStringLiteral("1020304050"));
        QVERIFY(clients.create(ana).ok());
        {
            // An import-like batch: one client and its debt written, then the server drops us.
            WriteTransaction tx(m_db);
            QVERIFY(tx.started());
            Client beto = makeClient(QStringLiteral("Beto Ruiz"), QStringLiteral("1020304051"));
            QVERIFY(clients.create(beto).ok());
            Debt d = makeDebt(beto.id, QStringLiteral("FV-9"), QDate(2026, 2, 1), 90000);
            QVERIFY(debts.create(d).ok());
            QCOMPARE(dropCarteraSessions(), 1);

            Client carla = makeClient(QStringLiteral("Carla Díaz"), QStringLiteral("1020304052"));
            const auto next = clients.create(carla);
            QVERIFY(!next.ok());
            QVERIFY2(saysConnectionLost(next.error()), qPrintable(next.error()));
            QVERIFY(!tx.commit());
        }
        // Nothing of the batch is there, the earlier client is, and saving works again.
        QCOMPARE(clientCount(), 1);
        QCOMPARE(clients.get(ana.id)->name, QStringLiteral("Ana Gómez"));
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM debts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        Client dora = makeClient(QStringLiteral("Dora Prada"), QStringLiteral("1020304053"));
        const auto saved = clients.create(dora);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(clientCount(), 2);
    }

    void serverUnreachableFailsClearly()
    {
        ClientRepository clients(m_db, m_clock);
        // With the session dropped and the server refusing new sessions for this database,
        // a save fails with the clear message and writes nothing.
        Client ana = makeClient(QStringLiteral("Ana Gómez"), QStringLiteral("1020304050"));
        QVERIFY(clients.create(ana).ok());
        QVERIFY(setConnectionsAllowed(false));
        QCOMPARE(dropCarteraSessions(), 1);
        Client beto = makeClient(QStringLiteral("Beto Ruiz"), QStringLiteral("1020304051"));
        const auto refused = clients.create(beto);
        QVERIFY(setConnectionsAllowed(true));
        QVERIFY(!refused.ok());
        QVERIFY2(saysConnectionLost(refused.error()), qPrintable(refused.error()));
        QCOMPARE(clientCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionLoss)
#include "tst_connectionloss.moc"
