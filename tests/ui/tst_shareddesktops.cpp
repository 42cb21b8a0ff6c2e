// Two desktops on one PostgreSQL database: what one clerk saves appears on the other's
// screen by itself (LISTEN/NOTIFY), lists and status-bar totals alike. Runs on the test
// cluster; without one (CARTERA_TEST_POSTGRES unset) there is nothing to share and it skips.
#include "clienttablemodel.h"
#include "clientspage.h"
#include "debtrepository.h"
#include "debtspage.h"
#include "debttablemodel.h"
#include "mainwindow.h"
#include "paymentrepository.h"
#include "testsupport.h"
#include "uitesthelpers.h"

#include <optional>

#include <QSqlQuery>

class TestSharedDesktops : public QObject
{
    Q_OBJECT

    static bool listsClient(MainWindow &window, const QString &name)
    {
        ClientTableModel *model = window.clientsPage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->rowAt(row).name == name)
                return true;
        }
        return false;
    }

    // Two desktops' connections to one fresh server database, with a first client (Ana
    // Gómez) so that a window opens on its lists, not on the welcome panel.
    struct TwoDesktops
    {
        Database a;
        Database b;
    };
    static std::optional<TwoDesktops> openTwoDesktops(const QString &nameA, const QString &nameB)
    {
        const QString location = TestSupport::freshPostgresDatabase();
        Database::Options a;
        a.connectionName = nameA;
        auto desktopA = Database::open(location, a);
        Database::Options b;
        b.connectionName = nameB;
        auto desktopB = Database::open(location, b);
        if (!desktopA || !desktopB) {
            qWarning("%s", qPrintable(desktopA ? desktopB.error() : desktopA.error()));
            return std::nullopt;
        }
        FixedClock clock(UiTest::fixedNow());
        Client first = TestSupport::makeClient(QStringLiteral("Ana Gómez"),
                                               QStringLiteral("10203040"));
        if (const auto created = ClientRepository(desktopB.value(), clock).create(first);
            !created) {
            qWarning("%s", qPrintable(created.error()));
            return std::nullopt;
        }
        return TwoDesktops{desktopA.value(), desktopB.value()};
    }

private slots:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("CARTERA_TEST_POSTGRES"))
            QSKIP("Needs the PostgreSQL test cluster (CARTERA_TEST_POSTGRES); scripts/test.sh "
                  "starts one.");
    }

    void anotherClerksSavesAppearByThemselves()
    {
        auto desktops = openTwoDesktops(QStringLiteral("desktopA"), QStringLiteral("desktopB"));
        QVERIFY(desktops);
        Database *desktopA = &desktops->a;
        Database *desktopB = &desktops->b;
        FixedClock clock(UiTest::fixedNow());


        MainWindow window(*desktopA, clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listsClient(window, QStringLiteral("Ana Gómez")));
        QTRY_COMPARE(window.receivableText(), QStringLiteral("Total receivable: $0"));

        // The other clerk adds a client and a debt, then records a payment.
        Client juan = TestSupport::makeClient(QStringLiteral("Juan Pérez"),
                                              QStringLiteral("1020304050"),
                                              QStringLiteral("300 765 4321"));
        QVERIFY(ClientRepository(*desktopB, clock).create(juan).ok());
        QTRY_VERIFY_WITH_TIMEOUT(listsClient(window, QStringLiteral("Juan Pérez")), 10000);

        Debt debt = TestSupport::makeDebt(juan.id, QStringLiteral("F-77"), clock.today(), 300000);
        QVERIFY(DebtRepository(*desktopB, clock).create(debt).ok());
        QTRY_COMPARE_WITH_TIMEOUT(window.receivableText(),
                                  QStringLiteral("Total receivable: $300.000"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.debtsPage()->model()->rowCount(), 1, 10000);

        Payment payment;
        payment.debtId = debt.id;
        payment.amount = Money::fromPesos(100000);
        payment.date = clock.today();
        QVERIFY(PaymentRepository(*desktopB, clock).record(payment).ok());
        QTRY_COMPARE_WITH_TIMEOUT(window.receivableText(),
                                  QStringLiteral("Total receivable: $200.000"), 10000);

        desktopB->close();
        desktopA->close();
    }

    void savesStillAppearAfterTheServerDroppedTheSession()
    {
        auto desktops = openTwoDesktops(QStringLiteral("listenerA"), QStringLiteral("writerB"));
        QVERIFY(desktops);
        Database *desktopA = &desktops->a;
        Database *desktopB = &desktops->b;
        FixedClock clock(UiTest::fixedNow());

        MainWindow window(*desktopA, clock);
        window.setLiveCheckInterval(std::chrono::milliseconds(100));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(listsClient(window, QStringLiteral("Ana Gómez")));

        // The server ends desktop A's session (as a restart or a network cut would) while
        // its clerk is only looking; meanwhile the other clerk saves a client.
        QSqlQuery pid(desktopA->connection());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const int session = pid.value(0).toInt();
        pid.finish();
        QSqlQuery end(desktopB->connection());
        QVERIFY(end.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(session)));
        end.finish();
        Client juan = TestSupport::makeClient(QStringLiteral("Juan Pérez"),
                                              QStringLiteral("1020304050"),
                                              QStringLiteral("300 765 4321"));
        QVERIFY(ClientRepository(*desktopB, clock).create(juan).ok());

        // Desktop A finds a new session, reads again what it missed, and listens again.
        QTRY_VERIFY_WITH_TIMEOUT(listsClient(window, QStringLiteral("Juan Pérez")), 10000);
        QVERIFY(desktopA->reopenCount() >= 1);
        Client luz = TestSupport::makeClient(QStringLiteral("Luz Díaz"),
                                             QStringLiteral("1020304051"),
                                             QStringLiteral("300 765 4322"));
        QVERIFY(ClientRepository(*desktopB, clock).create(luz).ok());
        QTRY_VERIFY_WITH_TIMEOUT(listsClient(window, QStringLiteral("Luz Díaz")), 10000);

        desktopB->close();
        desktopA->close();
    }
};

QTEST_MAIN(TestSharedDesktops)
#include "tst_shareddesktops.moc"
