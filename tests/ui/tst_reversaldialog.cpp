#include "reversaldialog.h"
#include "uitesthelpers.h"

#include <QLabel>
#include <QLineEdit>

class TestReversalDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void reversesWithAReason();
    void refusesWithoutAReason_data();
    void refusesWithoutAReason();
    void refusesAPaymentReversedMeanwhile();
    void refusesAMissingPayment();

private:
    std::unique_ptr<UiTest::Fixture> m_f;
    Debt m_debt;
    qint64 m_payment = 0;
};

void TestReversalDialog::init()
{
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
    const Client ana = m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                                      QStringLiteral("300 111 2233"));
    m_debt = m_f->addDebt(ana.id, QStringLiteral("FE-1"), -10, 250000);
    m_payment = m_f->pay(m_debt.id, 100000, 2).id;
}

void TestReversalDialog::cleanup()
{
    m_f.reset();
}

void TestReversalDialog::reversesWithAReason()
{
    ReversalDialog dialog(m_f->db, m_f->clock);
    QVERIFY(dialog.setPayment(m_payment));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(
        QLatin1String("$100.000")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("cheque devuelto"));
    QTest::keyClick(reason, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Payment p = PaymentRepository(m_f->db, m_f->clock).get(m_payment).value();
    QVERIFY(p.reversed);
    QCOMPARE(p.reversalReason, QStringLiteral("cheque devuelto"));
    QCOMPARE(DebtRepository(m_f->db, m_f->clock).get(m_debt.id).value().balance(),
             Money::fromPesos(250000));
}

void TestReversalDialog::refusesWithoutAReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
}

void TestReversalDialog::refusesWithoutAReason()
{
    QFETCH(QString, reason);
    ReversalDialog dialog(m_f->db, m_f->clock);
    QVERIFY(dialog.setPayment(m_payment));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(edit, reason);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(QLatin1String("Say why the payment is reversed")),
             qPrintable(dialog.message()));
    QCOMPARE(edit->text(), reason);
    QVERIFY(!PaymentRepository(m_f->db, m_f->clock).get(m_payment).value().reversed);
}

void TestReversalDialog::refusesAPaymentReversedMeanwhile()
{
    ReversalDialog dialog(m_f->db, m_f->clock);
    QVERIFY(dialog.setPayment(m_payment));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Another window reverses it first.
    QVERIFY(PaymentRepository(m_f->db, m_f->clock).reverse(m_payment, QStringLiteral("x")).ok());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(edit, QStringLiteral("pago duplicado"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(QLatin1String("already reversed on 20/01/2026")),
             qPrintable(dialog.message()));
    QCOMPARE(edit->text(), QStringLiteral("pago duplicado"));
}

void TestReversalDialog::refusesAMissingPayment()
{
    ReversalDialog dialog(m_f->db, m_f->clock);
    QVERIFY(!dialog.setPayment(m_payment + 100));
}

QTEST_MAIN(TestReversalDialog)
#include "tst_reversaldialog.moc"
