// The desktop with Wompi configured in the settings: the client view offers "Copiar enlace de
// pago", the overdue template offers the link, and "Buscar pagos en línea" records the
// payment made through it and tells the clerk, once.
#include "clientdetailpanel.h"
#include "clientspage.h"
#include "credentialstore.h"
#include "desktop.h"
#include "fakegatewayserver.h"
#include "gatewayconfig.h"
#include "mainwindow.h"
#include "messagetemplaterepository.h"
#include "paymentlinkpoller.h"
#include "settings.h"
#include "testsupport.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

class TestDesktopPayments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QAction *findAction(QMenuBar *bar, const QString &text)
    {
        for (QAction *menu : bar->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == text)
                    return action;
            }
        }
        return nullptr;
    }

    // Reads and closes the message box the desktop shows when it comes.
    void answerTheBox(QString *shown)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *shown = box->text();
            box->accept();
            timer->deleteLater();
        });
        timer->start(20);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The private key goes to the credential store's private file (no keychain here).
        TestSupport::usePrivateHome(m_home);
        FakeGatewayServer keyHolder;
        CredentialStore store;
        QVERIFY(store
                    .writeBlocking(GatewayConfig::privateKeyAccount(GatewayConfig::Kind::Wompi),
                                   keyHolder.privateKey)
                    .ok());
    }

    void linkCopiedPaidAndFound()
    {
        UiTest::Fixture f;
        QVERIFY(f.open());
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        Settings settings(m_home.filePath(QStringLiteral("cartera.ini")));
        settings.setPaymentGateway(Settings::Gateway::Wompi);
        QVERIFY(settings.setPaymentGatewayBaseUrl(fake.apiUrl().toString()).ok());

        Client juan = f.addClient(QStringLiteral("Juan Pérez"), QStringLiteral("1020304050"),
                                  QStringLiteral("300 123 4567"));
        const Debt debt = f.addDebt(juan.id, QStringLiteral("F-1001"), -10, 250000);

        Desktop desktop(f.db, f.clock, settings);
        QVERIFY(desktop.paymentPoller());
        desktop.show(false);
        QVERIFY(QTest::qWaitForWindowExposed(desktop.window()));
        // The overdue template offers the link once the file has passed its integrity check.
        QTRY_VERIFY_WITH_TIMEOUT(desktop.databaseVerified(), 15000);
        QVERIFY(MessageTemplateRepository(f.db, f.clock)
                    .forMoraLevel(1)
                    ->body.endsWith(QStringLiteral("{link_pago}")));

        // The clerk copies Juan's link and sends it by chat.
        desktop.window()->setCurrentSection(MainWindow::Section::Clients);
        desktop.window()->clientsPage()->selectClient(juan.id);
        ClientDetailPanel *panel = desktop.window()->clientsPage()->detail();
        QVERIFY(panel->copyPaymentLinkButton()->isVisible());
        QSignalSpy copied(panel, &ClientDetailPanel::paymentLinkCopied);
        QTest::mouseClick(panel->copyPaymentLinkButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 10000);
        QCOMPARE(fake.links().size(), 1);
        QCOMPARE(fake.links().first().amountInCents, qint64(25000000));

        // Juan pays with PSE; the clerk asks Cartera to look.
        fake.approve(fake.links().first().id, QStringLiteral("PSE"));
        QAction *check
            = findAction(desktop.window()->menuBar(), QStringLiteral("Check &online payments"));
        QVERIFY(check);
        QVERIFY(check->isEnabled());
        QString shown;
        answerTheBox(&shown);
        check->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
        QVERIFY2(shown.contains(QStringLiteral("Juan Pérez paid $250.000 online (F-1001)")),
                 qPrintable(shown));

        PaymentQuery query;
        query.debtId = debt.id;
        QCOMPARE(PaymentRepository(f.db, f.clock).count(query).value(), 1);
        QVERIFY(DebtRepository(f.db, f.clock).get(debt.id)->balance().isZero());

        // Asking again finds nothing new.
        shown.clear();
        answerTheBox(&shown);
        check->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 15000);
        QVERIFY2(shown.contains(QStringLiteral("No new online payments")), qPrintable(shown));
        QCOMPARE(PaymentRepository(f.db, f.clock).count(query).value(), 1);
    }
};

QTEST_MAIN(TestDesktopPayments)
#include "tst_desktoppayments.moc"
