#include "clientdialog.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

class TestClientDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savesAClientTypedWithTheKeyboard();
    void refusesBadInput_data();
    void refusesBadInput();
    void checksThePhoneAsItIsTyped();
    void saveButtonSaysWhatIsMissing();
    void escapeCancelsWithoutSaving();
    void editsAnExistingClient();

private:
    template<typename T> T *field(QDialog &dialog, const char *name)
    {
        T *w = dialog.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    std::unique_ptr<UiTest::Fixture> m_f;
};

void TestClientDialog::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
    m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                   QStringLiteral("300 111 2233"));
}

void TestClientDialog::cleanup()
{
    m_f.reset();
}

void TestClientDialog::savesAClientTypedWithTheKeyboard()
{
    ClientDialog dialog(m_f->db, m_f->clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Camila Torres Nino"));
    QTest::keyClicks(field<QLineEdit>(dialog, "documentEdit"), QStringLiteral("1.032.456.789"));
    QTest::keyClicks(field<QLineEdit>(dialog, "whatsappEdit"), QStringLiteral("(+57) 315-482-9921"));
    auto *consent = field<QComboBox>(dialog, "consentCombo");
    consent->setCurrentIndex(consent->findData(int(Consent::State::Granted)));
    QTest::keyClicks(field<QComboBox>(dialog, "consentSourceCombo")->lineEdit(),
                     QStringLiteral("formulario firmado"));
    QTest::keyClicks(field<QPlainTextEdit>(dialog, "consentEvidenceEdit"),
                     QStringLiteral("Carpeta de enero"));
    QTest::keyClick(field<QLineEdit>(dialog, "whatsappEdit"), Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    const auto saved = ClientRepository(m_f->db, m_f->clock)
                           .findByDocument(IdentityDocument::parse(IdentityDocument::Type::CC,
                                                                   QStringLiteral("1032456789"))
                                               .value());
    QVERIFY(saved.ok() && saved.value().has_value());
    const Client &c = *saved.value();
    QCOMPARE(c.name, QStringLiteral("Camila Torres Nino"));
    QCOMPARE(c.whatsapp.e164(), QStringLiteral("+573154829921"));
    QCOMPARE(c.consent.state, Consent::State::Granted);
    QCOMPARE(c.consent.source, QStringLiteral("formulario firmado"));
    QCOMPARE(c.consent.evidence, QStringLiteral("Carpeta de enero"));
    QCOMPARE(c.consent.at, m_f->clock.now());
    QCOMPARE(dialog.client().id, c.id);
}

void TestClientDialog::refusesBadInput_data()
{
    QTest::addColumn<int>("documentType");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("grantWithoutSource");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("focused");
    const int cc = int(IdentityDocument::Type::CC);
    const int nit = int(IdentityDocument::Type::NIT);
    QTest::newRow("landline") << cc << "1032456789" << "601 345 6789" << "" << false
                              << "is a landline" << "whatsappEdit";
    QTest::newRow("too short phone") << cc << "1032456789" << "300 123" << "" << false
                                     << "a Colombian mobile number has 10 digits"
                                     << "whatsappEdit";
    QTest::newRow("duplicate document") << cc << "52.000.001" << "310 555 1234" << "" << false
                                        << "There is already a client with CC 52000001: Ana Muñoz"
                                        << "documentEdit";
    QTest::newRow("wrong NIT check digit") << nit << "900.123.456-1" << "310 555 1234" << ""
                                           << false << "should be 8, not 1" << "documentEdit";
    QTest::newRow("bad email") << cc << "1032456789" << "310 555 1234" << "camila@" << false
                               << "is not an email address" << "emailEdit";
    QTest::newRow("consent without how") << cc << "1032456789" << "310 555 1234" << "" << true
                                         << "Say how the client gave consent"
                                         << "consentSourceCombo";
}

void TestClientDialog::refusesBadInput()
{
    QFETCH(int, documentType);
    QFETCH(QString, document);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(bool, grantWithoutSource);
    QFETCH(QString, message);
    QFETCH(QString, focused);

    ClientDialog dialog(m_f->db, m_f->clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    auto *type = field<QComboBox>(dialog, "documentTypeCombo");
    type->setCurrentIndex(type->findData(documentType));
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Camila Torres"));
    QTest::keyClicks(field<QLineEdit>(dialog, "documentEdit"), document);
    QTest::keyClicks(field<QLineEdit>(dialog, "whatsappEdit"), phone);
    QTest::keyClicks(field<QLineEdit>(dialog, "emailEdit"), email);
    if (grantWithoutSource) {
        auto *consent = field<QComboBox>(dialog, "consentCombo");
        consent->setCurrentIndex(consent->findData(int(Consent::State::Granted)));
    }
    QTest::keyClick(field<QLineEdit>(dialog, "nameEdit"), Qt::Key_Return);

    // The dialog stays open, says what is wrong, and keeps every character typed.
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(message), qPrintable(dialog.message()));
    QCOMPARE(field<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Camila Torres"));
    QCOMPARE(field<QLineEdit>(dialog, "documentEdit")->text(), document);
    QCOMPARE(field<QLineEdit>(dialog, "whatsappEdit")->text(), phone);
    QCOMPARE(field<QLineEdit>(dialog, "emailEdit")->text(), email);
    QVERIFY(QApplication::focusWidget());
    QWidget *focus = QApplication::focusWidget();
    while (focus && focus->objectName().isEmpty())
        focus = focus->parentWidget();
    QCOMPARE(focus ? focus->objectName() : QString(), focused);
    QCOMPARE(ClientRepository(m_f->db, m_f->clock).count(ClientQuery()).value(), 1);
}

void TestClientDialog::checksThePhoneAsItIsTyped()
{
    ClientDialog dialog(m_f->db, m_f->clock);
    auto *hint = field<QLabel>(dialog, "whatsappHint");
    QTest::keyClicks(field<QLineEdit>(dialog, "whatsappEdit"), QStringLiteral("601 345 6789"));
    QVERIFY2(hint->text().contains(QLatin1String("landline")), qPrintable(hint->text()));
    field<QLineEdit>(dialog, "whatsappEdit")->clear();
    QTest::keyClicks(field<QLineEdit>(dialog, "whatsappEdit"), QStringLiteral("3154829921"));
    QVERIFY2(hint->text().contains(QLatin1String("+57 315 4829921"))
                 || hint->text().contains(QLatin1String("+57 315 482 9921")),
             qPrintable(hint->text()));
}

void TestClientDialog::saveButtonSaysWhatIsMissing()
{
    ClientDialog dialog(m_f->db, m_f->clock);
    QPushButton *save = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->isDefault())
            save = b;
    }
    QVERIFY(save);
    QCOMPARE(save->toolTip(), QStringLiteral("Enter the client's name."));
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Camila"));
    QCOMPARE(save->toolTip(), QStringLiteral("Enter the document number."));
    QTest::keyClicks(field<QLineEdit>(dialog, "documentEdit"), QStringLiteral("1032456789"));
    QVERIFY(save->toolTip().startsWith(QLatin1String("Enter the WhatsApp number")));
    QTest::keyClicks(field<QLineEdit>(dialog, "whatsappEdit"), QStringLiteral("3154829921"));
    QCOMPARE(save->toolTip(), QStringLiteral("Save the client (Enter)"));
}

void TestClientDialog::escapeCancelsWithoutSaving()
{
    ClientDialog dialog(m_f->db, m_f->clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(field<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Camila"));
    QTest::keyClick(field<QLineEdit>(dialog, "nameEdit"), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(ClientRepository(m_f->db, m_f->clock).count(ClientQuery()).value(), 1);
}

void TestClientDialog::editsAnExistingClient()
{
    ClientRepository clients(m_f->db, m_f->clock);
    ClientQuery all;
    Client ana = clients.list(all).value().first();
    ClientDialog dialog(m_f->db, m_f->clock);
    dialog.setClient(ana);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(field<QLineEdit>(dialog, "documentEdit")->text(), QStringLiteral("52000001"));
    auto *address = field<QLineEdit>(dialog, "addressEdit");
    QTest::keyClicks(address, QStringLiteral("Calle 10 # 43-12, Medellin"));
    QTest::keyClick(address, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Client saved = clients.get(ana.id).value();
    QCOMPARE(saved.address, QStringLiteral("Calle 10 # 43-12, Medellin"));
    QCOMPARE(saved.version, ana.version + 1);
    QCOMPARE(clients.count(all).value(), 1);
}

QTEST_MAIN(TestClientDialog)
#include "tst_clientdialog.moc"
