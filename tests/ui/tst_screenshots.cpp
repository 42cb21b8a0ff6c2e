// Writes the screenshots of docs/screenshots/ when CARTERA_SCREENSHOT_DIR names a folder;
// skipped otherwise. Run it under a real X server so fonts render as users see them:
//   CARTERA_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb
//     xvfb-run -a -s "-screen 0 1280x800x24" build/tests/tst_screenshots
#include "clientdialog.h"
#include "clientspage.h"
#include "clienttablemodel.h"
#include "clock.h"
#include "database.h"
#include "debtdialog.h"
#include "debtrepository.h"
#include "debtspage.h"
#include "exampledata.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "clientpicker.h"
#include "translations.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void screenshots();

private:
    void save(QWidget *widget, const QString &name);
    QString m_dir;
};

void TestScreenshots::initTestCase()
{
    m_dir = qEnvironmentVariable("CARTERA_SCREENSHOT_DIR");
    if (m_dir.isEmpty())
        QSKIP("Set CARTERA_SCREENSHOT_DIR to write the screenshots.");
    QStandardPaths::setTestModeEnabled(true);
    // A first start: no remembered column widths or section from other tests.
    // Only the window's own keys: other settings may share the file.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Cartera"),
                       QStringLiteral("Cartera"));
    for (const char *group : {"window", "columns", "splitters"})
        settings.remove(QLatin1String(group));
    QDir().mkpath(m_dir);
    // The documentation shows the program as clerks see it: in Spanish, like app/main.cpp
    // installs it before the first window.
    QCOMPARE(Translations::installTranslators(*QCoreApplication::instance(),
                                              Settings::Language::Spanish),
             QStringLiteral("es"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Archivo"));
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    QVERIFY(QTest::qWaitForWindowExposed(widget));
    if (auto *window = qobject_cast<MainWindow *>(widget)) {
        // The status-bar totals arrive from their worker thread.
        QTRY_VERIFY(!window->receivableText().isEmpty()
                    && window->receivableText()
                           != QCoreApplication::translate("MainWindow", "Adding up the portfolio…"));
    }
    QCoreApplication::processEvents();
    const QString path = QDir(m_dir).filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

void TestScreenshots::screenshots()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("cartera.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    FixedClock clock(QDateTime(QDate(2026, 1, 20), QTime(15, 0), Qt::UTC));

    {
        MainWindow window(db.value(), clock);
        window.resize(1280, 780);
        window.show();
        save(&window, QStringLiteral("bienvenida.png"));
    }

    const auto loaded = ExampleData::load(db.value(), clock);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));

    MainWindow window(db.value(), clock);
    window.resize(1280, 780);
    window.show();
    window.setCurrentSection(MainWindow::Section::Clients);
    // A client with debts and payments, to show the detail panel filled.
    ClientsPage *clients = window.clientsPage();
    for (int row = 0; row < clients->model()->rowCount(); ++row) {
        const qint64 id = clients->model()->rowAt(row).id;
        PaymentQuery payments;
        payments.clientId = id;
        if (PaymentRepository(db.value(), clock).count(payments).value() > 0
            && clients->model()->rowAt(row).consent == Consent::State::Granted) {
            clients->view()->setCurrentIndex(clients->model()->index(row, 0));
            break;
        }
    }
    save(&window, QStringLiteral("clientes.png"));
    window.setCurrentSection(MainWindow::Section::Debts);
    window.debtsPage()->stateFilter()->setCurrentIndex(4); // all
    save(&window, QStringLiteral("cartera.png"));
    window.setCurrentSection(MainWindow::Section::Payments);
    save(&window, QStringLiteral("pagos.png"));

    {
        ClientDialog dialog(db.value(), clock, &window);
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Camila Andrea Torres Niño"));
        dialog.findChild<QLineEdit *>(QStringLiteral("documentEdit"))->setText(QStringLiteral("1.032.456.789"));
        dialog.findChild<QLineEdit *>(QStringLiteral("whatsappEdit"))->setText(QStringLiteral("315 482 9921"));
        dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("camila.torres@gmail.com"));
        dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"))->setText(QStringLiteral("Cra. 11 # 82-71, Bogotá"));
        auto *consent = dialog.findChild<QComboBox *>(QStringLiteral("consentCombo"));
        consent->setCurrentIndex(consent->findData(int(Consent::State::Granted)));
        dialog.findChild<QComboBox *>(QStringLiteral("consentSourceCombo"))->setCurrentText(QStringLiteral("formulario firmado"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("consentEvidenceEdit"))->setPlainText(QStringLiteral("Formulario de autorización firmado, carpeta de enero"));
        dialog.show();
        save(&dialog, QStringLiteral("dialogo-cliente.png"));
        dialog.findChild<QLineEdit *>(QStringLiteral("whatsappEdit"))->setText(QStringLiteral("601 345 6789"));
        dialog.accept();
        save(&dialog, QStringLiteral("dialogo-cliente-error.png"));
    }
    {
        DebtDialog dialog(db.value(), clock, &window);
        dialog.setClient(
            ClientRepository(db.value(), clock).get(clients->model()->rowAt(0).id).value());
        dialog.findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(QStringLiteral("FE-20931"));
        dialog.findChild<QLineEdit *>(QStringLiteral("descriptionEdit"))->setText(QStringLiteral("Pedido de temporada"));
        dialog.findChild<QDateEdit *>(QStringLiteral("issueDateEdit"))->setDate(QDate(2025, 11, 2));
        dialog.findChild<QDateEdit *>(QStringLiteral("dueDateEdit"))->setDate(QDate(2025, 12, 2));
        dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->setText(QStringLiteral("1.250.000"));
        dialog.show();
        save(&dialog, QStringLiteral("dialogo-deuda.png"));
    }
    {
        DebtQuery open;
        open.state = DebtQuery::State::Overdue;
        open.asOf = clock.today();
        const auto rows = DebtRepository(db.value(), clock).list(open);
        QVERIFY(rows.ok() && !rows->isEmpty());
        PaymentDialog dialog(db.value(), clock, &window);
        QVERIFY(dialog.setDebt(rows->first().debt.id));
        auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        amount->setText(Money::fromPesos(rows->first().debt.balance().pesos() / 2000 * 1000).toPlainString());
        dialog.findChild<QComboBox *>(QStringLiteral("methodCombo"))->setCurrentIndex(2);
        dialog.findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(QStringLiteral("884213"));
        dialog.show();
        save(&dialog, QStringLiteral("dialogo-pago.png"));
        amount->setText(Money::fromPesos(rows->first().debt.balance().pesos() + 50000).toPlainString());
        save(&dialog, QStringLiteral("dialogo-pago-sobrepago.png"));
    }
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
