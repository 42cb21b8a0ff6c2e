#include "testsupport.h"

#include "auditlog.h"
#include "auditlogmodel.h"
#include "auditlogview.h"
#include "clientdataexport.h"
#include "clientprivacy.h"
#include "clientprivacydialog.h"
#include "clock.h"
#include "importwizard.h"
#include "privacynoticedialog.h"
#include "privacynotices.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QPdfWriter>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>

using namespace TestSupport;

// The Habeas Data and import screens, driven as a clerk would.
class tst_ImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsMessyFileAndListsRefusedRows();
    void remembersCorrectedMapping();
    void refusesUnreadableFile();
    void auditLogModelPagesAndFilters();
    void privacyNoticeSavesAndPrints();
    void clientDataExportsToJsonAndPdf();
    void privacyDialogExportsAndAnonymises();

private:
    QTemporaryDir *m_dir = nullptr;
    Database m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 1, 15), QTime(15, 0), Qt::UTC)};
};

void tst_ImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CarteraTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
}

void tst_ImportWizard::init()
{
    QSettings(QSettings::UserScope, QStringLiteral("Cartera"), QStringLiteral("Cartera")).clear();
    m_dir = new QTemporaryDir;
    m_db = openDatabase(m_dir->filePath(QStringLiteral("w.sqlite")));
}

void tst_ImportWizard::cleanup()
{
    m_db.close();
    delete m_dir;
}

void tst_ImportWizard::importsMessyFileAndListsRefusedRows()
{
    ImportWizard wizard(m_db, m_clock);
    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.show();
    wizard.setFilePath(
        QStringLiteral(CARTERA_SOURCE_DIR "/tests/data/import/excel_utf8_bom_semicolon.csv"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(wizard.mapping().column(ImportField::Document), 1);
    QCOMPARE(wizard.mapping().column(ImportField::Paid), 8);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
    QCOMPARE(wizard.report().refusedRows, 5);
    QTableWidget *problems = wizard.problemsTable();
    QCOMPARE(problems->rowCount(), 5);
    QCOMPARE(problems->item(0, 0)->data(Qt::DisplayRole).toInt(), 6);
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("Celular"));
    QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("604 444 5555"));
    QVERIFY(!problems->item(0, 3)->text().isEmpty());
    const QString refused = m_dir->filePath(QStringLiteral("rechazadas.csv"));
    QCOMPARE(wizard.saveRefusedRows(refused), QString());
    QCOMPARE(CsvReader::readFile(refused)->records.size(), 5);
    // Nothing saved until Import is pressed.
    QCOMPARE(ClientRepository(m_db, m_clock).count({}).value(), 0);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.at(0).at(0).toInt(), 2);
    QCOMPARE(imported.at(0).at(1).toInt(), 4);
    QCOMPARE(ClientRepository(m_db, m_clock).count({}).value(), 2);
    QVERIFY(!wizard.isVisible());
}

void tst_ImportWizard::remembersCorrectedMapping()
{
    const QString path = m_dir->filePath(QStringLiteral("odd.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Nom;Doc;Cel;Fact;Vence;Total\r\nAna Ruiz;123456;3001234567;X-1;15/02/2026;1000\r\n");
    f.close();
    {
        ImportWizard wizard(m_db, m_clock);
        wizard.show();
        wizard.setFilePath(path);
        wizard.next();
        QCOMPARE(wizard.mapping().column(ImportField::Name), -1); // "Nom" is not guessed
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(wizard.errorText().contains(QLatin1String("Name")));
        wizard.setColumn(ImportField::Name, 0);
        wizard.setColumn(ImportField::Document, 1);
        wizard.setColumn(ImportField::WhatsApp, 2);
        wizard.setColumn(ImportField::Reference, 3);
        wizard.setColumn(ImportField::DueDate, 4);
        wizard.setColumn(ImportField::Amount, 1); // the same column twice
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(wizard.errorText().contains(QLatin1String("Doc")));
        wizard.setColumn(ImportField::Amount, 5);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
        QCOMPARE(wizard.report().acceptedRows, 1);
    }
    ImportWizard again(m_db, m_clock);
    again.show();
    again.setFilePath(path);
    again.next();
    QCOMPARE(again.mapping().column(ImportField::Name), 0);
    QCOMPARE(again.mapping().column(ImportField::Amount), 5);
}

void tst_ImportWizard::refusesUnreadableFile()
{
    ImportWizard wizard(m_db, m_clock);
    wizard.show();
    wizard.setFilePath(m_dir->filePath(QStringLiteral("missing.csv")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    QVERIFY(wizard.errorText().contains(QLatin1String("missing.csv")));
}

void tst_ImportWizard::auditLogModelPagesAndFilters()
{
    ClientRepository clients(m_db, m_clock);
    for (int i = 0; i < 450; ++i) {
        Client c = makeClient(QStringLiteral("Cliente %1").arg(i), QString::number(100000 + i));
        QVERIFY(clients.create(c).ok());
    }
    {
        // Opening the log reads one page, not the whole table.
        AuditLogModel paged(m_db, m_clock);
        QCOMPARE(paged.totalCount(), 450);
        QCOMPARE(paged.rowCount(), AuditLogModel::pageSize);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        paged.fetchMore({});
        QCOMPARE(paged.rowCount(), 450);
        QVERIFY(!paged.canFetchMore({}));
    }
    AuditLogView view(m_db, m_clock);
    AuditLogModel *model = view.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->data(model->index(0, AuditLogModel::Action)).toString(),
             QStringLiteral("Created"));
    QVERIFY(model->data(model->index(0, AuditLogModel::Changes))
                .toString()
                .contains(QLatin1String("Cliente 449")));
    // The view offers no way to edit.
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsEditable));

    AuditQuery q;
    q.search = QStringLiteral("Cliente 44");
    model->setQuery(q);
    QCOMPARE(model->totalCount(), 11); // 44 and 440-449
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    QCOMPARE(view.exportTo(csv), QString());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll().count('\n'), 12);
}

void tst_ImportWizard::privacyNoticeSavesAndPrints()
{
    PrivacyNoticeDialog dialog(m_db, m_clock);
    QVERIFY(dialog.text().contains(QLatin1String("Ley 1581")));
    dialog.setText(QStringLiteral("   "));
    QVERIFY(!dialog.save().isEmpty());
    dialog.setText(QStringLiteral("Aviso de privacidad de Ferretería Ñandú.\nAutorizo..."));
    QCOMPARE(dialog.save(), QString());
    QCOMPARE(PrivacyNotices(m_db, m_clock).current().value(),
             QStringLiteral("Aviso de privacidad de Ferretería Ñandú.\nAutorizo..."));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir->filePath(QStringLiteral("aviso.pdf"));
    printer.setOutputFileName(pdf);
    dialog.print(&printer);
    QVERIFY(QFileInfo(pdf).size() > 500);
}

void tst_ImportWizard::clientDataExportsToJsonAndPdf()
{
    Client c = makeClient(QStringLiteral("Juana Pérez"), QStringLiteral("1020304050"));
    QVERIFY(ClientRepository(m_db, m_clock).create(c).ok());
    const auto data = ClientPrivacy(m_db, m_clock).exportData(c.id);
    QVERIFY(data.ok());
    const QString json = m_dir->filePath(QStringLiteral("juana.json"));
    const QString pdf = m_dir->filePath(QStringLiteral("juana.pdf"));
    QCOMPARE(ClientDataExport::writeJson(data.value(), json), QString());
    QCOMPARE(ClientDataExport::writePdf(data.value(), pdf), QString());
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Juana P"));
    QVERIFY(QFileInfo(pdf).size() > 500);
    QVERIFY(ClientDataExport::toHtml(data.value()).contains(QStringLiteral("Juana Pérez")));
}

void tst_ImportWizard::privacyDialogExportsAndAnonymises()
{
    Client c = makeClient(QStringLiteral("Juana Pérez"), QStringLiteral("1020304050"));
    c.consent.state = Consent::State::Granted;
    c.consent.at = QDateTime(QDate(2026, 1, 2), QTime(14, 0), Qt::UTC);
    c.consent.source = QStringLiteral("formulario firmado");
    QVERIFY(ClientRepository(m_db, m_clock).create(c).ok());
    Debt d = makeDebt(c.id, QStringLiteral("F-9"), QDate(2026, 2, 1), 50000);
    QVERIFY(DebtRepository(m_db, m_clock).create(d).ok());

    ClientPrivacyDialog dialog(m_db, m_clock, c.id);
    QSignalSpy changed(&dialog, &ClientPrivacyDialog::clientChanged);
    QCOMPARE(dialog.consentTable()->rowCount(), 1);
    QCOMPARE(dialog.consentTable()->item(0, 2)->text(), QStringLiteral("formulario firmado"));
    QCOMPARE(dialog.exportJson(m_dir->filePath(QStringLiteral("c.json"))), QString());
    QCOMPARE(dialog.exportPdf(m_dir->filePath(QStringLiteral("c.pdf"))), QString());
    // Refused while the debt is open, with the reason.
    QVERIFY(
        dialog.anonymise(QStringLiteral("solicitud escrita")).contains(QLatin1String("$50.000")));
    QCOMPARE(changed.size(), 0);
    QVERIFY(DebtRepository(m_db, m_clock).writeOff(d.id, true).ok());
    QCOMPARE(dialog.anonymise(QStringLiteral("solicitud escrita")), QString());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dialog.consentTable()->rowCount(), 2); // the revocation
    // The record of changes shows each step: created, consent, debt, write-off, anonymised.
    AuditLogModel *log = dialog.auditView()->model();
    QStringList actions;
    for (int row = 0; row < log->rowCount(); ++row)
        actions << log->entry(row).action;
    QCOMPARE(actions, (QStringList{"anonymise", "write_off", "create", "grant", "create"}));
}

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
