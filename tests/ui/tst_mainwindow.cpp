#include "clerkactions.h"
#include "clientdialog.h"
#include "clientpicker.h"
#include "debtdialog.h"
#include "clientdetailpanel.h"
#include "clientspage.h"
#include "clienttablemodel.h"
#include "debtspage.h"
#include "debttablemodel.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "paymentspage.h"
#include "paymenttablemodel.h"
#include "searchbox.h"
#include "uitesthelpers.h"
#include "welcomepanel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTenThousandDebtsWithOnePage();
    void staysResponsiveOnALargePortfolio();
    void welcomesAnEmptyDatabase();
    void loadsExampleDataFromTheWelcomePanel();
    void statusBarShowsTotalsAsOfToday();
    void recordsAPaymentWithCtrlPAndRefreshesTotals();
    void deletingAClientWithDebtsShowsTheRefusal();
    void ctrlFFocusesTheSectionsSearch();
    void clientSearchAnswersEachKeystroke();
    void recordsClientDebtAndPaymentFromTheKeyboard();
    void filtersDebtsByStateAndMoraLevel();
    void pluggedSectionReplacesThePlaceholder();
    void remembersSectionAndColumnWidths();
    void aChangeKeepsTheClerksPlaceInTheList();

private:
    void fillSmallPortfolio();
    std::unique_ptr<UiTest::Fixture> m_f;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    // Each test starts without remembered window state.
    // Only the window's own keys: other settings may share the file.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Cartera"),
                       QStringLiteral("Cartera"));
    for (const char *group : {"window", "columns", "splitters"})
        settings.remove(QLatin1String(group));
    m_f = std::make_unique<UiTest::Fixture>();
    QVERIFY(m_f->open());
}

void TestMainWindow::cleanup()
{
    m_f.reset();
}

void TestMainWindow::fillSmallPortfolio()
{
    const Client ana = m_f->addClient(QStringLiteral("Ana Muñoz"), QStringLiteral("52000001"),
                                      QStringLiteral("300 111 2233"));
    const Client beto = m_f->addClient(QStringLiteral("Beto Díaz"), QStringLiteral("52000002"),
                                       QStringLiteral("301 222 3344"));
    m_f->addDebt(ana.id, QStringLiteral("FE-1"), 10, 100000);
    m_f->addDebt(ana.id, QStringLiteral("FE-2"), -5, 200000);
    const Debt d3 = m_f->addDebt(beto.id, QStringLiteral("FE-3"), -45, 300000);
    m_f->pay(d3.id, 50000, 1);
}

void TestMainWindow::opensOnTenThousandDebtsWithOnePage()
{
    QElapsedTimer timer;
    timer.start();
    {
        // One transaction: ten thousand separate commits would take minutes on a slow disk.
        WriteTransaction tx(m_f->db);
        QVERIFY(tx.started());
        QList<qint64> clients;
        for (int i = 0; i < 1000; ++i)
            clients << m_f->addClient(QStringLiteral("Cliente %1").arg(i),
                                      QString::number(20000000 + i),
                                      QStringLiteral("300 %1").arg(2000000 + i))
                           .id;
        for (int i = 0; i < 10000; ++i)
            m_f->addDebt(clients.at(i % 1000), QStringLiteral("FE-%1").arg(i, 5, 10, QLatin1Char('0')),
                         i % 200 - 120, 10000 + i);
        QVERIFY(tx.commit());
    }
    qInfo("10,000 debts created in %lld ms", timer.elapsed());
    QCOMPARE(DebtRepository(m_f->db, m_f->clock).count(DebtQuery()).value(), 10000);

    timer.restart();
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Debts);
    QCoreApplication::processEvents();
    qInfo("window opened in %lld ms", timer.elapsed());
    QVERIFY(!window.isShowingWelcome());

    DebtTableModel *model = window.debtsPage()->model();
    QCOMPARE(model->rowCount(), DebtTableModel::defaultPageSize);
    QVERIFY(model->canFetchMore(QModelIndex()));
    QCOMPARE(window.clientsPage()->model()->rowCount(), ClientTableModel::defaultPageSize);

    // One keystroke: nothing is queried until the typing pause ends, then one page.
    SearchBox *search = window.debtsPage()->searchBox();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QTest::keyClicks(search, QStringLiteral("1"));
    QVERIFY(search->typingPause()->isActive());
    QCOMPARE(resets.count(), 0);
    QTest::keyClicks(search, QStringLiteral("2"));
    QCOMPARE(resets.count(), 0);
    search->typingPause()->setInterval(0); // let the pause pass without waiting for it
    QTRY_COMPARE(resets.count(), 1);
    QCOMPARE(model->query().search, QStringLiteral("12"));
    QCOMPARE(model->rowCount(), DebtTableModel::defaultPageSize);
    for (int row = 0; row < model->rowCount(); ++row) {
        const DebtRow r = model->rowAt(row);
        QVERIFY2(r.debt.reference.contains(QLatin1String("12"))
                     || r.clientName.contains(QLatin1String("12")),
                 qPrintable(r.debt.reference));
    }
    // Clearing the search shows the first page of all again; scrolling to its end fetches
    // the next page only.
    search->clear();
    search->flush();
    QCOMPARE(model->rowCount(), DebtTableModel::defaultPageSize);
    window.debtsPage()->view()->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * DebtTableModel::defaultPageSize);
}

// Opt-in: CARTERA_LARGE_DB names a database made with cartera-generate (e.g. --debts 1M
// --today 2026-01-20); prints how long opening, searching and paging take.
void TestMainWindow::staysResponsiveOnALargePortfolio()
{
    const QString path = qEnvironmentVariable("CARTERA_LARGE_DB");
    if (path.isEmpty())
        QSKIP("Set CARTERA_LARGE_DB to a generated portfolio to measure it.");
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QElapsedTimer timer;
    timer.start();
    MainWindow window(db.value(), m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Debts);
    QCoreApplication::processEvents();
    qInfo("window open: %lld ms", timer.elapsed());
    DebtTableModel *model = window.debtsPage()->model();
    QCOMPARE(model->rowCount(), DebtTableModel::defaultPageSize);

    const QStringList searches{QStringLiteral("ma"), QStringLiteral("mar"), QStringLiteral("gomez"),
                               QStringLiteral("300"), QStringLiteral("zzzz")};
    for (const QString &text : searches) {
        timer.restart();
        window.debtsPage()->searchBox()->setText(text);
        window.debtsPage()->searchBox()->flush();
        qInfo("debts search \"%s\": %lld ms, %d rows", qPrintable(text), timer.elapsed(),
              model->rowCount());
        QVERIFY(model->rowCount() <= DebtTableModel::defaultPageSize);
        timer.restart();
        window.clientsPage()->searchBox()->setText(text);
        window.clientsPage()->searchBox()->flush();
        qInfo("clients search \"%s\": %lld ms, %d rows", qPrintable(text), timer.elapsed(),
              window.clientsPage()->model()->rowCount());
    }
    window.debtsPage()->searchBox()->clear();
    window.debtsPage()->searchBox()->flush();
    timer.restart();
    model->fetchMore(QModelIndex());
    qInfo("next debts page: %lld ms", timer.elapsed());
    timer.restart();
    window.refresh();
    qInfo("refresh after a change (three lists and totals): %lld ms", timer.elapsed());
    qInfo("%s", qPrintable(window.receivableText()));
    db->close();
}

void TestMainWindow::welcomesAnEmptyDatabase()
{
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isShowingWelcome());
    QVERIFY(window.welcomePanel()->isVisible());
    QTRY_COMPARE(window.receivableText(), QStringLiteral("Total receivable: $0"));
}

void TestMainWindow::loadsExampleDataFromTheWelcomePanel()
{
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(window.welcomePanel()->exampleButton(), Qt::LeftButton);
    QVERIFY(!window.isShowingWelcome());
    QCOMPARE(window.currentSection(), MainWindow::Section::Debts);
    QVERIFY(window.clientsPage()->model()->rowCount() >= 30);
    QVERIFY(window.debtsPage()->model()->rowCount() > 0);
    QVERIFY(window.paymentsPage()->model()->rowCount() > 0);
    QTRY_VERIFY(window.receivableText().startsWith(QStringLiteral("Total receivable: $"))
                && window.receivableText() != QStringLiteral("Total receivable: $0"));
    QTRY_VERIFY(window.overdueCountText().startsWith(QStringLiteral("Overdue debts: "))
                && window.overdueCountText() != QStringLiteral("Overdue debts: 0"));
}

void TestMainWindow::statusBarShowsTotalsAsOfToday()
{
    fillSmallPortfolio();
    MainWindow window(m_f->db, m_f->clock);
    QTRY_COMPARE(window.receivableText(), QStringLiteral("Total receivable: $550.000"));
    QTRY_COMPARE(window.overdueText(), QStringLiteral("Overdue: $450.000"));
    QTRY_COMPARE(window.overdueCountText(), QStringLiteral("Overdue debts: 2"));
    // Tomorrow... ten days later FE-1 is overdue too.
    m_f->clock.advanceDays(11);
    window.refresh();
    QTRY_COMPARE(window.overdueText(), QStringLiteral("Overdue: $550.000"));
    QTRY_COMPARE(window.overdueCountText(), QStringLiteral("Overdue debts: 3"));
}

void TestMainWindow::recordsAPaymentWithCtrlPAndRefreshesTotals()
{
    fillSmallPortfolio();
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.setCurrentSection(MainWindow::Section::Debts);
    DebtsPage *debts = window.debtsPage();
    debts->searchBox()->setText(QStringLiteral("FE-2"));
    debts->searchBox()->flush();
    QCOMPARE(debts->model()->rowCount(), 1);
    debts->view()->setCurrentIndex(debts->model()->index(0, 0));
    debts->view()->setFocus();

    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawDialog = true;
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        QCOMPARE(amount->text(), QStringLiteral("200.000"));
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("80000"));
        QTest::keyClick(amount, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
    QVERIFY(sawDialog);
    QTRY_COMPARE(window.receivableText(), QStringLiteral("Total receivable: $470.000"));
    QTRY_COMPARE(window.overdueText(), QStringLiteral("Overdue: $370.000"));
    QCOMPARE(debts->model()->data(debts->model()->index(0, DebtTableModel::BalanceColumn)).toString(),
             QStringLiteral("$120.000"));
    QCOMPARE(window.paymentsPage()->model()->rowCount(), 2);
}

void TestMainWindow::deletingAClientWithDebtsShowsTheRefusal()
{
    fillSmallPortfolio();
    const Client carla = m_f->addClient(QStringLiteral("Carla Ruiz"), QStringLiteral("52000003"),
                                        QStringLiteral("302 333 4455"));
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ClientsPage *clients = window.clientsPage();
    clients->selectClient(clients->model()->rowAt(0).id); // Ana, who owes
    QCOMPARE(clients->detail()->balanceText(), QStringLiteral("Balance owed: $300.000"));

    QString refusal;
    QTimer::singleShot(0, this, [&] {
        auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(QStringLiteral("Ana Muñoz")));
        QTimer::singleShot(0, this, [&] {
            auto *warning = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(warning);
            refusal = warning->text();
            warning->accept();
        });
        confirm->button(QMessageBox::Yes)->click();
    });
    QVERIFY(!window.actions()->deleteClient(clients->currentClientId()));
    QVERIFY2(refusal.contains(QLatin1String("cannot be deleted")), qPrintable(refusal));
    QCOMPARE(ClientRepository(m_f->db, m_f->clock).count(ClientQuery()).value(), 3);

    // A client without debts goes, after the confirmation.
    QTimer::singleShot(0, this, [&] {
        auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(confirm);
        confirm->button(QMessageBox::Yes)->click();
    });
    QVERIFY(window.actions()->deleteClient(carla.id));
    QCOMPARE(ClientRepository(m_f->db, m_f->clock).count(ClientQuery()).value(), 2);
    QCOMPARE(clients->model()->rowOf(carla.id), -1);
}

void TestMainWindow::ctrlFFocusesTheSectionsSearch()
{
    fillSmallPortfolio();
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const std::pair<MainWindow::Section, SearchBox *> sections[] = {
        {MainWindow::Section::Clients, window.clientsPage()->searchBox()},
        {MainWindow::Section::Debts, window.debtsPage()->searchBox()},
        {MainWindow::Section::Payments, window.paymentsPage()->searchBox()}};
    for (const auto &[section, box] : sections) {
        window.setCurrentSection(section);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(box));
    }
    // Ctrl+2 goes to Cartera.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), MainWindow::Section::Debts);
}

// The clients list answers the keystroke itself, not a pause in typing: keys typed together
// make one search at the next pass of the event loop, and the first match is shown.
void TestMainWindow::clientSearchAnswersEachKeystroke()
{
    fillSmallPortfolio();
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Clients);
    ClientsPage *page = window.clientsPage();
    QCOMPARE(page->model()->rowCount(), 2);
    QSignalSpy resets(page->model(), &QAbstractItemModel::modelReset);

    QTest::keyClicks(page->searchBox(), QStringLiteral("be"));
    QCOMPARE(resets.count(), 0); // the keys already waiting are taken together
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, ClientTableModel::NameColumn).data().toString(),
             QStringLiteral("Beto Díaz"));
    QCOMPARE(page->detail()->clientId(), page->currentClientId());
    QVERIFY(page->currentClientId() != 0);

    QTest::keyClick(page->searchBox(), Qt::Key_X);
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 2);
    QCOMPARE(page->model()->rowCount(), 0);
    QCOMPARE(page->detail()->clientId(), qint64(0));
}

// The "done when": a new client, a debt and a partial payment, all from the
// keyboard, found again after the program restarts.
void TestMainWindow::recordsClientDebtAndPaymentFromTheKeyboard()
{
    qint64 clientId = 0;
    {
        MainWindow window(m_f->db, m_f->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.isShowingWelcome());

        bool typed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ClientDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                             QStringLiteral("Camila Torres"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("documentEdit")),
                             QStringLiteral("1032456789"));
            auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("whatsappEdit"));
            QTest::keyClicks(phone, QStringLiteral("315 482 9921"));
            QTest::keyClick(phone, Qt::Key_Return);
            typed = true;
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier); // Ctrl+N on the welcome panel
        QVERIFY(typed);
        QVERIFY(!window.isShowingWelcome());
        clientId = window.clientsPage()->currentClientId();
        QVERIFY(clientId > 0);
        QCOMPARE(window.clientsPage()->detail()->clientId(), clientId);

        window.activateWindow(); // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), MainWindow::Section::Debts);
        QCOMPARE(QApplication::focusWidget(), window.debtsPage()->searchBox());
        typed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<DebtDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *client = dialog->findChild<ClientPicker *>(QStringLiteral("clientEdit"));
            QTest::keyClicks(client, QStringLiteral("camila"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("referenceEdit")),
                             QStringLiteral("FE-77"));
            auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
            QTest::keyClicks(amount, QStringLiteral("300.000"));
            QTest::keyClick(amount, Qt::Key_Return);
            typed = true;
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(typed);
        QCOMPARE(window.debtsPage()->model()->rowCount(), 1);
        QTRY_COMPARE(window.receivableText(), QStringLiteral("Total receivable: $300.000"));

        window.debtsPage()->view()->setCurrentIndex(window.debtsPage()->model()->index(0, 0));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        typed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
            amount->selectAll();
            QTest::keyClicks(amount, QStringLiteral("100.000"));
            QTest::keyClick(amount, Qt::Key_Return);
            typed = true;
        });
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(typed);
        QTRY_COMPARE(window.receivableText(), QStringLiteral("Total receivable: $200.000"));
        window.close();
    }
    // Restart: the same database, a new window.
    m_f->db.close();
    QVERIFY(m_f->open());
    MainWindow again(m_f->db, m_f->clock);
    QVERIFY(!again.isShowingWelcome());
    QCOMPARE(again.currentSection(), MainWindow::Section::Debts);
    again.clientsPage()->searchBox()->setText(QStringLiteral("torres"));
    again.clientsPage()->searchBox()->flush();
    QCOMPARE(again.clientsPage()->model()->rowCount(), 1);
    QCOMPARE(again.clientsPage()->detail()->balanceText(), QStringLiteral("Balance owed: $200.000"));
    QCOMPARE(again.clientsPage()->detail()->paymentsModel()->rowCount(), 1);
    QCOMPARE(again.debtsPage()->model()->rowAt(0).debt.paid, Money::fromPesos(100000));
}

void TestMainWindow::filtersDebtsByStateAndMoraLevel()
{
    fillSmallPortfolio();
    MainWindow window(m_f->db, m_f->clock);
    DebtsPage *page = window.debtsPage();
    QCOMPARE(page->model()->rowCount(), 3); // open ones by default
    QComboBox *state = page->stateFilter();
    state->setCurrentIndex(state->findData(int(DebtQuery::State::Current)));
    QCOMPARE(page->model()->rowCount(), 1);
    state->setCurrentIndex(state->findData(int(DebtQuery::State::Overdue)));
    QCOMPARE(page->model()->rowCount(), 2);
    page->moraFilter()->setCurrentIndex(page->moraFilter()->findData(2)); // 31–60
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->rowAt(0).debt.reference, QStringLiteral("FE-3"));
}

void TestMainWindow::pluggedSectionReplacesThePlaceholder()
{
    fillSmallPortfolio();
    MainWindow window(m_f->db, m_f->clock);
    QVERIFY(window.sectionWidget(MainWindow::Section::Messages)->objectName()
            == QStringLiteral("sectionPlaceholder"));
    auto *messages = new QLabel(QStringLiteral("reminders"));
    window.setSectionWidget(MainWindow::Section::Messages, messages);
    QCOMPARE(window.sectionWidget(MainWindow::Section::Messages), static_cast<QWidget *>(messages));
    QCOMPARE(window.sectionWidget(MainWindow::Section::Reports)->objectName(),
             QStringLiteral("sectionPlaceholder"));
    window.setCurrentSection(MainWindow::Section::Messages);
    QCOMPARE(window.currentSection(), MainWindow::Section::Messages);
    QCOMPARE(messages->parentWidget() != nullptr, true);
}

void TestMainWindow::remembersSectionAndColumnWidths()
{
    fillSmallPortfolio();
    {
        MainWindow window(m_f->db, m_f->clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setCurrentSection(MainWindow::Section::Payments);
        window.debtsPage()->view()->horizontalHeader()->resizeSection(DebtTableModel::ClientColumn, 333);
        window.close();
    }
    MainWindow again(m_f->db, m_f->clock);
    QCOMPARE(again.currentSection(), MainWindow::Section::Payments);
    QCOMPARE(again.debtsPage()->view()->horizontalHeader()->sectionSize(DebtTableModel::ClientColumn),
             333);
}

void TestMainWindow::aChangeKeepsTheClerksPlaceInTheList()
{
    {
        WriteTransaction tx(m_f->db);
        QVERIFY(tx.started());
        for (int i = 0; i < 500; ++i)
            m_f->addClient(QStringLiteral("Cliente %1").arg(i, 3, 10, QLatin1Char('0')),
                           QString::number(30000000 + i), QStringLiteral("300 %1").arg(3000000 + i));
        QVERIFY(tx.commit());
    }
    MainWindow window(m_f->db, m_f->clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentSection(MainWindow::Section::Clients);
    ClientTableModel *model = window.clientsPage()->model();
    QTableView *view = window.clientsPage()->view();
    // The clerk scrolls down two pages and picks client 350.
    view->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * ClientTableModel::defaultPageSize);
    view->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 500);
    view->setCurrentIndex(model->index(350, 0));
    const qint64 chosen = model->rowAt(350).id;
    QCOMPARE(model->rowAt(350).name, QStringLiteral("Cliente 350"));
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Someone saves a client (this clerk in a dialog, or another desktop): the list is read
    // again, and the clerk is where they were.
    m_f->addClient(QStringLiteral("Zoila Vargas"), QStringLiteral("39000001"),
                   QStringLiteral("310 000 0001"));
    window.refresh();
    QCOMPARE(model->rowCount(), 501);
    QCOMPARE(window.clientsPage()->currentClientId(), chosen);
    QCOMPARE(view->verticalScrollBar()->value(), scroll);
    QCOMPARE(window.clientsPage()->detail()->clientId(), chosen);

    // A new search still starts from its first page.
    window.clientsPage()->searchBox()->setText(QStringLiteral("Cliente"));
    window.clientsPage()->searchBox()->flush();
    QCOMPARE(model->rowCount(), ClientTableModel::defaultPageSize);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

