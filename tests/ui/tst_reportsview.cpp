#include "core/reportfixture.h"
#include "reportrenderer.h"
#include "reportsview.h"
#include "reporttablemodel.h"
#include "settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheReportOnScreen();
    void exportsPdfAndCsvWithTheScreenFigures();
    void cancelledExportLeavesNoFile();
    void statementNeedsAClient();
    void refusesABadMinimumBalance();
    void previewShowsEveryPage();
    void tableModelPassesTheTester();
    void screenshot();

private:
    ReportFixture m_fx;
    QTemporaryDir m_out;
};

void TestReportsView::initTestCase()
{
    QVERIFY(m_fx.open());
    QVERIFY(m_fx.generate(4242, 60, 240));
    m_fx.clock().setLocal(QDate(2026, 2, 2), QTime(9, 0));
}

void TestReportsView::showsTheReportOnScreen()
{
    ReportsView view(m_fx.db(), m_fx.clock());
    view.setReportKind(ReportBuilder::Kind::Aging);
    view.setCutDate(QDate(2025, 12, 31));
    QSignalSpy ready(&view, &ReportsView::reportReady);
    view.generate();
    QVERIFY(view.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QVERIFY(!view.isBusy());
    QVERIFY(view.hasDocument());
    QCOMPARE(view.document().title, QStringLiteral("Aging by mora level"));
    auto *tabs = view.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    auto *table = qobject_cast<QTableView *>(tabs->widget(0));
    QVERIFY(table);
    auto *model = qobject_cast<ReportTableModel *>(table->model());
    QVERIFY(model);
    // The last row is the total and shows the same figure the document prints.
    const int last = model->rowCount() - 1;
    QCOMPARE(model->index(last, 0).data(ReportTableModel::RowStyleRole).toInt(),
             int(ReportRow::Style::Total));
    qint64 sum = 0;
    for (int r = 0; r < last; ++r)
        sum += model->index(r, model->columnCount() - 1)
                   .data(ReportTableModel::RawValueRole)
                   .toLongLong();
    QCOMPARE(model->index(last, model->columnCount() - 1)
                 .data(ReportTableModel::RawValueRole)
                 .toLongLong(),
             sum);
    QCOMPARE(model->index(last, model->columnCount() - 1).data().toString(),
             Money::fromMinor(sum).toString());
}

void TestReportsView::screenshot()
{
    const QString dir = qEnvironmentVariable("CARTERA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set CARTERA_SCREENSHOT_DIR to save the section's picture");
    QTranslator spanish;
    QVERIFY(spanish.load(QStringLiteral("cartera_es"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&spanish);
    ReportsView view(m_fx.db(), m_fx.clock());
    view.setReportKind(ReportBuilder::Kind::Aging);
    view.setCutDate(QDate(2025, 12, 31));
    QSignalSpy ready(&view, &ReportsView::reportReady);
    view.generate();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    view.resize(1100, 640);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.grab().save(dir + QStringLiteral("/seccion-reportes.png")));
    QCoreApplication::removeTranslator(&spanish);
}

void TestReportsView::exportsPdfAndCsvWithTheScreenFigures()
{
    ReportsView view(m_fx.db(), m_fx.clock());
    QTemporaryDir settingsDir;
    Settings settings(settingsDir.filePath(QStringLiteral("cartera.ini")));
    QVERIFY(settings.setBusinessName(QStringLiteral("Droguería Central")).ok());
    QVERIFY(settings.setBusinessNit(QStringLiteral("900.123.456-8")).ok());
    view.applySettings(settings);
    view.setReportKind(ReportBuilder::Kind::Portfolio);
    view.setCutDate(QDate(2026, 1, 15));
    view.setPageSize(QPageSize::A4);
    QSignalSpy ready(&view, &ReportsView::reportReady);
    view.generate();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    const ReportTable &table = view.document().tables.first();
    const QVariant total = table.rows.last().cells.last();
    const QString totalText = Money::fromMinor(total.toLongLong()).toString();

    const QString pdf = m_out.filePath(QStringLiteral("cartera.pdf"));
    QSignalSpy done(&view, &ReportsView::exportFinished);
    view.exportPdf(pdf);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Droguería Central")));
    QVERIFY(text.contains(QStringLiteral("NIT 900.123.456-8")));
    QVERIFY(text.contains(QStringLiteral("As of 15/01/2026")));
    QVERIFY(text.contains(totalText));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));

    const QString csv = m_out.filePath(QStringLiteral("cartera.csv"));
    QVERIFY(view.exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(
        QStringLiteral(";%1\r\n").arg(Money::fromMinor(total.toLongLong()).pesos())));
}

void TestReportsView::cancelledExportLeavesNoFile()
{
    ReportsView view(m_fx.db(), m_fx.clock());
    view.setReportKind(ReportBuilder::Kind::Aging);
    view.setCutDate(QDate(2026, 1, 31));
    QSignalSpy ready(&view, &ReportsView::reportReady);
    view.generate();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    const QString pdf = m_out.filePath(QStringLiteral("cancelled.pdf"));
    QSignalSpy done(&view, &ReportsView::exportFinished);
    view.exportPdf(pdf);
    QVERIFY(view.isBusy());
    view.cancelExport();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY(!QFile::exists(pdf));
    QVERIFY(!view.isBusy());
}

void TestReportsView::statementNeedsAClient()
{
    ReportsView view(m_fx.db(), m_fx.clock());
    view.setReportKind(ReportBuilder::Kind::Statement);
    QSignalSpy failed(&view, &ReportsView::reportFailed);
    view.generate();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("client")));

    QSignalSpy ready(&view, &ReportsView::reportReady);
    view.setClientFilter(m_fx.debts.first().clientId, QStringLiteral("cliente"));
    view.setPeriodStart(QDate(2025, 6, 1));
    view.setCutDate(QDate(2026, 1, 31));
    view.generate();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QCOMPARE(view.document().title, QStringLiteral("Client statement"));
}

void TestReportsView::refusesABadMinimumBalance()
{
    ReportsView view(m_fx.db(), m_fx.clock());
    view.show(); // the field is only read while visible
    view.setReportKind(ReportBuilder::Kind::Portfolio);
    QList<QLineEdit *> edits
        = view.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    QLineEdit *minBalance = nullptr;
    for (QLineEdit *e : edits)
        if (e->placeholderText().contains(QStringLiteral("500.000")))
            minBalance = e;
    QVERIFY(minBalance);
    minBalance->setText(QStringLiteral("mucho"));
    QSignalSpy failed(&view, &ReportsView::reportFailed);
    view.generate();
    QCOMPARE(failed.count(), 1);
    QVERIFY(!view.isBusy());
    minBalance->setText(QStringLiteral("1.000.000"));
    QCOMPARE(view.request().filter.minBalance, Money::fromPesos(1000000));
}

void TestReportsView::previewShowsEveryPage()
{
    ReportsView view(m_fx.db(), m_fx.clock());
    view.setReportKind(ReportBuilder::Kind::Portfolio);
    view.setCutDate(QDate(2026, 1, 31));
    QSignalSpy ready(&view, &ReportsView::reportReady);
    view.generate();
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    int pages = -1;
    QString title;
    // The preview dialog is modal: look at it from a timer, then close it.
    QTimer::singleShot(300, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QPrintPreviewDialog *>(w)) {
                title = dialog->windowTitle();
                if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
                    pages = preview->pageCount();
                dialog->reject();
            }
        }
    });
    view.showPreview();
    QVERIFY(title.contains(QStringLiteral("Portfolio")));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const int expected = ReportRenderer::countPages(view.document(), &printer);
    QVERIFY(expected > 1);
    QCOMPARE(pages, expected);
}

void TestReportsView::tableModelPassesTheTester()
{
    ReportTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReportTable table;
    table.columns = {{QStringLiteral("Client"), ReportColumn::Kind::Text},
                     {QStringLiteral("Balance"), ReportColumn::Kind::Money}};
    table.rows = {
        {ReportRow::Style::Detail, {QStringLiteral("Ana"), QVariant::fromValue<qint64>(25000000)}},
        {ReportRow::Style::Total,
         {QStringLiteral("Total"), QVariant::fromValue<qint64>(25000000)}}};
    model.setTable(table);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("$250.000"));
    QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
             int(Qt::AlignRight));
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Balance"));
    model.setTable(ReportTable{});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
