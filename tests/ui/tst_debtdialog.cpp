#include "clientpicker.h"
#include "debtdialog.h"
#include "uitesthelpers.h"

#include <QDateEdit>
#include <QLineEdit>

class TestDebtDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savesADebtTypedWithTheKeyboard();
    void findsTheClientIgnoringAccents();
    void refusesBadInput_data();
    void refusesBadInput();
    void showsTheMoraLevelOfAPastDueDate();

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
};

void TestDebtDialog::init()
{
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
    m_ana = m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                           QStringLiteral("300 111 2233"));
    m_f->addClient(QStringLiteral("Beto Díaz"), QStringLiteral("52000002"),
                   QStringLiteral("301 222 3344"));
    m_f->addDebt(m_ana.id, QStringLiteral("FE-1"), 10, 100000);
}

void TestDebtDialog::cleanup()
{
    m_f.reset();
}

void TestDebtDialog::savesADebtTypedWithTheKeyboard()
{
    DebtDialog dialog(m_f->db, m_f->clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *client = field<ClientPicker>(dialog, "clientEdit");
    QTest::keyClicks(client, QStringLiteral("munoz"));
    client->refreshSuggestions(); // what the typing pause would do
    QCOMPARE(client->suggestionCount(), 1);
    QVERIFY(client->chooseSuggestion(0));
    QCOMPARE(client->clientId(), m_ana.id);
    QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("FE-1024"));
    QTest::keyClicks(field<QLineEdit>(dialog, "descriptionEdit"), QStringLiteral("Pedido"));
    auto *amount = field<QLineEdit>(dialog, "amountEdit");
    QTest::keyClicks(amount, QStringLiteral("$1.250.000"));
    QTest::keyClick(amount, Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Debt saved = DebtRepository(m_f->db, m_f->clock).get(dialog.debt().id).value();
    QCOMPARE(saved.clientId, m_ana.id);
    QCOMPARE(saved.reference, QStringLiteral("FE-1024"));
    QCOMPARE(saved.amount, Money::fromPesos(1250000));
    QCOMPARE(saved.issueDate, m_f->clock.today());
    QCOMPARE(saved.dueDate, m_f->clock.today().addDays(30));
}

void TestDebtDialog::findsTheClientIgnoringAccents()
{
    DebtDialog dialog(m_f->db, m_f->clock);
    auto *client = field<ClientPicker>(dialog, "clientEdit");
    QTest::keyClicks(client, QStringLiteral("DIAZ"));
    client->refreshSuggestions();
    QCOMPARE(client->suggestionCount(), 1);
    // Typed but not picked: Save resolves the single match.
    QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), QStringLiteral("FE-2"));
    QTest::keyClicks(field<QLineEdit>(dialog, "amountEdit"), QStringLiteral("50000"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(DebtRepository(m_f->db, m_f->clock).get(dialog.debt().id).value().clientId,
             client->clientId());
    QVERIFY(client->text().startsWith(QStringLiteral("Beto Díaz")));
}

void TestDebtDialog::refusesBadInput_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("issueOffset");
    QTest::addColumn<int>("dueOffset");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate invoice")
        << "munoz" << "FE-1" << 0 << 30 << "100.000"
        << "Invoice number FE-1 is already used by a debt of Ana Muñoz";
    QTest::newRow("due before issue") << "munoz" << "FE-9" << 0 << -3 << "100.000"
                                      << "is before the issue date";
    QTest::newRow("negative amount") << "munoz" << "FE-9" << 0 << 30 << "-5.000"
                                     << "The amount must be greater than zero.";
    QTest::newRow("zero amount") << "munoz" << "FE-9" << 0 << 30 << "0"
                                 << "The amount must be greater than zero.";
    QTest::newRow("not an amount") << "munoz" << "FE-9" << 0 << 30 << "250,000"
                                   << "write thousands with a dot";
    QTest::newRow("unknown client") << "zapata" << "FE-9" << 0 << 30 << "100.000"
                                    << "No client matches \"zapata\"";
    QTest::newRow("no invoice number") << "munoz" << "" << 0 << 30 << "100.000"
                                       << "Enter the invoice number.";
}

void TestDebtDialog::refusesBadInput()
{
    QFETCH(QString, client);
    QFETCH(QString, reference);
    QFETCH(int, issueOffset);
    QFETCH(int, dueOffset);
    QFETCH(QString, amount);
    QFETCH(QString, message);

    DebtDialog dialog(m_f->db, m_f->clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(field<ClientPicker>(dialog, "clientEdit"), client);
    QTest::keyClicks(field<QLineEdit>(dialog, "referenceEdit"), reference);
    field<QDateEdit>(dialog, "issueDateEdit")->setDate(m_f->clock.today().addDays(issueOffset));
    field<QDateEdit>(dialog, "dueDateEdit")->setDate(m_f->clock.today().addDays(dueOffset));
    auto *amountEdit = field<QLineEdit>(dialog, "amountEdit");
    QTest::keyClicks(amountEdit, amount);
    QTest::keyClick(amountEdit, Qt::Key_Return);

    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
    QCOMPARE(field<QLineEdit>(dialog, "referenceEdit")->text(), reference);
    QCOMPARE(amountEdit->text(), amount);
    QCOMPARE(field<QDateEdit>(dialog, "dueDateEdit")->date(),
             m_f->clock.today().addDays(dueOffset));
    DebtQuery all;
    QCOMPARE(DebtRepository(m_f->db, m_f->clock).count(all).value(), 1);
}

void TestDebtDialog::showsTheMoraLevelOfAPastDueDate()
{
    DebtDialog dialog(m_f->db, m_f->clock);
    dialog.setClient(m_ana);
    auto *due = field<QDateEdit>(dialog, "dueDateEdit");
    due->setDate(m_f->clock.today().addDays(-45));
    QCOMPARE(dialog.moraText(), QStringLiteral("Already overdue: 45 days late, mora level 31–60 days."));
    due->setDate(m_f->clock.today().addDays(-100));
    QVERIFY(dialog.moraText().contains(QStringLiteral("More than 90 days")));
    due->setDate(m_f->clock.today());
    QCOMPARE(dialog.moraText(), QStringLiteral("Due today."));
    due->setDate(m_f->clock.today().addDays(30));
    QCOMPARE(dialog.moraText(), QStringLiteral("Due in 30 days."));
}

QTEST_MAIN(TestDebtDialog)
#include "tst_debtdialog.moc"
