// "Copiar enlace de pago" in the client view: the clerk clicks it and the clipboard holds a
// working link for the client's whole balance; clicked again it is the same link, until the
// balance changes. Without a gateway the button is not there.
#include "clientdetailpanel.h"
#include "fakegatewayserver.h"
#include "paymentlinkissuer.h"
#include "uitesthelpers.h"
#include "wompigateway.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QtTest>

class TestClientDetailPanel : public QObject
{
    Q_OBJECT

private slots:
    void copyPaymentLink()
    {
        UiTest::Fixture f;
        QVERIFY(f.open());
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        WompiSettings s;
        s.baseUrl = fake.apiUrl();
        s.checkoutBaseUrl = fake.checkoutUrl();
        s.privateKey = fake.privateKey;
        WompiGateway gateway(s);
        PaymentLinkIssuer issuer(f.db, f.clock, &gateway);

        const Client juan = f.addClient(QStringLiteral("Juan Pérez"), QStringLiteral("1020304050"),
                                        QStringLiteral("300 123 4567"));
        const Debt first = f.addDebt(juan.id, QStringLiteral("F-1"), -10, 250000);
        f.addDebt(juan.id, QStringLiteral("F-2"), 5, 100000);
        f.pay(first.id, 50000);

        ClientDetailPanel panel(f.db, f.clock);
        panel.resize(700, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showClient(juan.id);
        QPushButton *copy = panel.copyPaymentLinkButton();
        QVERIFY(!copy->isVisible()); // no gateway configured

        panel.setPaymentLinks(&issuer);
        QVERIFY(copy->isVisible());
        QVERIFY(copy->isEnabled());
        QApplication::clipboard()->clear();
        QSignalSpy copied(&panel, &ClientDetailPanel::paymentLinkCopied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 1, 10000);

        // The clipboard holds the checkout address of a link for the whole balance.
        QCOMPARE(fake.links().size(), 1);
        QCOMPARE(fake.links().first().amountInCents, qint64(30000000));
        const QString url = fake.checkoutUrl().toString() + fake.links().first().id;
        QCOMPARE(QApplication::clipboard()->text(), url);
        QVERIFY2(panel.paymentLinkStatus().contains(QStringLiteral("$300.000")),
                 qPrintable(panel.paymentLinkStatus()));

        // Again: the same link, no new one at the gateway.
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 2, 10000);
        QCOMPARE(QApplication::clipboard()->text(), url);
        QCOMPARE(fake.links().size(), 1);

        // After a payment the balance changed: a new link for the new balance.
        f.pay(first.id, 200000);
        panel.refresh();
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(copied.size(), 3, 10000);
        QCOMPARE(fake.links().size(), 2);
        QCOMPARE(fake.links().last().amountInCents, qint64(10000000));
        QVERIFY(QApplication::clipboard()->text().endsWith(fake.links().last().id));

        // Nothing owed: nothing to copy.
        const Client ana = f.addClient(QStringLiteral("Ana Gómez"), QStringLiteral("52123456"),
                                       QStringLiteral("300 765 4321"));
        panel.showClient(ana.id);
        QVERIFY(!copy->isEnabled());
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join('\n')));
    }

    void gatewayRefusalIsShown()
    {
        UiTest::Fixture f;
        QVERIFY(f.open());
        FakeGatewayServer fake;
        QVERIFY(fake.start());
        fake.enqueueFault(FakeGatewayServer::Fault::Unauthorized);
        WompiSettings s;
        s.baseUrl = fake.apiUrl();
        s.privateKey = fake.privateKey;
        WompiGateway gateway(s);
        PaymentLinkIssuer issuer(f.db, f.clock, &gateway);
        const Client juan = f.addClient(QStringLiteral("Juan Pérez"), QStringLiteral("1020304050"),
                                        QStringLiteral("300 123 4567"));
        f.addDebt(juan.id, QStringLiteral("F-1"), -10, 250000);
        ClientDetailPanel panel(f.db, f.clock);
        panel.setPaymentLinks(&issuer);
        panel.showClient(juan.id);
        QApplication::clipboard()->setText(QStringLiteral("before"));
        panel.copyPaymentLink();
        QTRY_VERIFY_WITH_TIMEOUT(panel.paymentLinkStatus().contains(QStringLiteral("private key")),
                                 10000);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QVERIFY(panel.copyPaymentLinkButton()->isEnabled());
    }
};

QTEST_MAIN(TestClientDetailPanel)
#include "tst_clientdetailpanel.moc"
