#include "clientpicker.h"
#include "paymentdialog.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>

class TestPaymentDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void defaultsToTodayAndTheWholeBalance();
    void recordsAPartialPaymentTypedWithTheKeyboard();
    void choosesAmongTheClientsOpenDebts();
    void refusesBadInput_data();
    void refusesBadInput();
    void showsTheBalanceAfterAsTyped();

private:
    template<typename T> T *field(QDialog &dialog, const char *name)
    {
        T *w = dialog.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    std::unique_ptr<UiTest::Fixture> m_f;
    Client m_ana;
    Debt m_debt;
    Debt m_second;
};

void TestPaymentDialog::init()
{
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
    m_ana = m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                           QStringLiteral("300 111 2233"));
    m_debt = m_f->addDebt(m_ana.id, QStringLiteral("FE-1"), -10, 250000);
    m_f->pay(m_debt.id, 50000, 2); // owes $200.000
    m_second = m_f->addDebt(m_ana.id, QStringLiteral("FE-2"), 20, 80000);
    const Debt settled = m_f->addDebt(m_ana.id, QStringLiteral("FE-3"), -40, 10000);
    m_f->pay(settled.id, 10000, 30);
}

void TestPaymentDialog::cleanup()
{
    m_f.reset();
}

void TestPaymentDialog::defaultsToTodayAndTheWholeBalance()
{
    PaymentDialog dialog(m_f->db, m_f->clock);
    QVERIFY(dialog.setDebt(m_debt.id));
    QCOMPARE(field<QDateEdit>(dialog, "dateEdit")->date(), m_f->clock.today());
    QCOMPARE(field<QLineEdit>(dialog, "amountEdit")->text(), QStringLiteral("200.000"));
    QCOMPARE(field<QLabel>(dialog, "balanceBeforeLabel")->text(), QStringLiteral("$200.000"));
    QCOMPARE(dialog.balanceAfterText(), QStringLiteral("$0"));
    QCOMPARE(dialog.selectedDebtId(), m_debt.id);
}

void TestPaymentDialog::recordsAPartialPaymentTypedWithTheKeyboard()
{
    PaymentDialog dialog(m_f->db, m_f->clock);
    QVERIFY(dialog.setDebt(m_debt.id));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *amount = field<QLineEdit>(dialog, "amountEdit");
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("75.000"));
    QCOMPARE(dialog.balanceAfterText(), QStringLiteral("$125.000"));
    auto *method = field<QComboBox>(dialog, "methodCombo");
    method->setCurrentIndex(method->findData(int(Payment::Method::Nequi)));
    QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("M123456"));
    QTest::keyClick(field<QLineEdit>(dialog, "referenceEdit"), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Debt after = DebtRepository(m_f->db, m_f->clock).get(m_debt.id).value();
    QCOMPARE(after.balance(), Money::fromPesos(125000));
    const Payment saved = PaymentRepository(m_f->db, m_f->clock).get(dialog.payment().id).value();
    QCOMPARE(saved.amount, Money::fromPesos(75000));
    QCOMPARE(saved.method, Payment::Method::Nequi);
    QCOMPARE(saved.reference, QStringLiteral("M123456"));
    QCOMPARE(saved.date, m_f->clock.today());
}

void TestPaymentDialog::choosesAmongTheClientsOpenDebts()
{
    PaymentDialog dialog(m_f->db, m_f->clock);
    auto *client = field<ClientPicker>(dialog, "clientEdit");
    QTest::keyClicks(client, QStringLiteral("ana"));
    client->refreshSuggestions();
    QVERIFY(client->chooseSuggestion(0));
    auto *debts = field<QComboBox>(dialog, "debtCombo");
    QCOMPARE(debts->count(), 2); // FE-3 is paid
    QVERIFY(debts->itemText(0).startsWith(QLatin1String("FE-1")));
    debts->setCurrentIndex(1);
    QCOMPARE(dialog.selectedDebtId(), m_second.id);
    QCOMPARE(field<QLineEdit>(dialog, "amountEdit")->text(), QStringLiteral("80.000"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!DebtRepository(m_f->db, m_f->clock).get(m_second.id).value().isOpen());
}

void TestPaymentDialog::refusesBadInput_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("message");
    QTest::newRow("overpayment") << "250.000"
                                 << "The payment of $250.000 is more than the balance of $200.000";
    QTest::newRow("negative") << "-20.000" << "The amount cannot be negative";
    QTest::newRow("zero") << "0" << "The amount must be greater than zero.";
    QTest::newRow("letters") << "doscientos" << "is not a valid amount";
    QTest::newRow("empty") << "" << "Enter an amount";
}

void TestPaymentDialog::refusesBadInput()
{
    QFETCH(QString, amount);
    QFETCH(QString, message);
    PaymentDialog dialog(m_f->db, m_f->clock);
    QVERIFY(dialog.setDebt(m_debt.id));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = field<QLineEdit>(dialog, "amountEdit");
    edit->clear();
    QTest::keyClicks(edit, amount);
    QTest::keyClicks(field<QLineEdit>(dialog, "noteEdit"), QStringLiteral("abono"));
    QTest::keyClick(edit, Qt::Key_Return);

    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
    QCOMPARE(edit->text(), amount);
    QCOMPARE(field<QLineEdit>(dialog, "noteEdit")->text(), QStringLiteral("abono"));
    QCOMPARE(DebtRepository(m_f->db, m_f->clock).get(m_debt.id).value().balance(),
             Money::fromPesos(200000));
}

void TestPaymentDialog::showsTheBalanceAfterAsTyped()
{
    PaymentDialog dialog(m_f->db, m_f->clock);
    QVERIFY(dialog.setDebt(m_debt.id));
    auto *edit = field<QLineEdit>(dialog, "amountEdit");
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("300000"));
    // Refused before Save is pressed, with the most the clerk may enter.
    QVERIFY2(dialog.balanceAfterText().contains(QLatin1String("Enter at most $200.000")),
             qPrintable(dialog.balanceAfterText()));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("150000"));
    QCOMPARE(dialog.balanceAfterText(), QStringLiteral("$50.000"));
}

QTEST_MAIN(TestPaymentDialog)
#include "tst_paymentdialog.moc"
