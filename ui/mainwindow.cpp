#include "mainwindow.h"

#include "clerkactions.h"
#include "clienttablemodel.h"
#include "debttablemodel.h"
#include "paymenttablemodel.h"
#include "clientrepository.h"
#include "clientspage.h"
#include "clock.h"
#include "debtrepository.h"
#include "debtspage.h"
#include "paymentspage.h"
#include "searchbox.h"
#include "tablesetup.h"
#include "uisettings.h"
#include "welcomepanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDriver>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <optional>

namespace {

QWidget *placeholder(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("sectionPlaceholder"));
    return label;
}

} // namespace

MainWindow::MainWindow(const Database &db, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_clock(clock)
{
    setWindowTitle(tr("Cartera"));
    m_actions = new ClerkActions(m_db, m_clock, this);

    m_clients = new ClientsPage(m_db, m_clock, m_actions, this);
    m_debts = new DebtsPage(m_db, m_clock, m_actions, this);
    m_payments = new PaymentsPage(m_db, m_clock, m_actions, this);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("sectionList"));
    const QStringList names{tr("Clientes"), tr("Cartera"), tr("Pagos"), tr("Mensajes"),
                            tr("Reportes")};
    const QStringList hints{tr("Clients, their data, consent and balance (Ctrl+1)"),
                            tr("Debts: current and overdue, by mora level (Ctrl+2)"),
                            tr("Payments received (Ctrl+3)"),
                            tr("WhatsApp reminders (Ctrl+4)"), tr("Portfolio reports (Ctrl+5)")};
    for (int i = 0; i < names.size(); ++i) {
        auto *item = new QListWidgetItem(names.at(i), m_nav);
        item->setToolTip(hints.at(i));
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
    }
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    m_nav->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMM")) + 24);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_clients);
    m_pages->addWidget(m_debts);
    m_pages->addWidget(m_payments);
    m_pages->addWidget(placeholder(tr("WhatsApp reminders will appear here."), m_pages));
    m_pages->addWidget(placeholder(tr("Portfolio reports will appear here."), m_pages));

    m_workspace = new QWidget(this);
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->addWidget(m_nav);
    workspaceLayout->addWidget(m_pages, 1);

    m_welcome = new WelcomePanel(this);
    m_root = new QStackedWidget(this);
    m_root->addWidget(m_welcome);
    m_root->addWidget(m_workspace);
    setCentralWidget(m_root);

    m_receivable = new QLabel(this);
    m_receivable->setObjectName(QStringLiteral("receivableLabel"));
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    m_overdueCount = new QLabel(this);
    m_overdueCount->setObjectName(QStringLiteral("overdueCountLabel"));
    for (QLabel *label : {m_receivable, m_overdue, m_overdueCount}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_actions, &ClerkActions::changed, this, &MainWindow::refresh);
    connect(m_actions, &ClerkActions::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_welcome, &WelcomePanel::addClientRequested, m_actions,
            [this] { m_actions->newClient(); });
    connect(m_welcome, &WelcomePanel::loadExampleRequested, this, [this] {
        if (m_actions->loadExampleData())
            setCurrentSection(Section::Debts);
    });
    const auto reportLoadFailure = [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    };
    connect(m_clients->model(), &PagedTableModel::loadFailed, this, reportLoadFailure);
    connect(m_debts->model(), &PagedTableModel::loadFailed, this, reportLoadFailure);
    connect(m_payments->model(), &PagedTableModel::loadFailed, this, reportLoadFailure);

    createMenus();
    m_nav->setCurrentRow(0);
    resize(1200, 760);
    restoreSettings();
    refreshTotals();
    updateWelcome();
    listenForOtherDesktops();
}

void MainWindow::listenForOtherDesktops()
{
    // Several clerks on one PostgreSQL database: every committed change notifies the others
    // (WriteTransaction), and their lists and totals follow within a second. A burst of saves
    // refreshes once; this desktop's own saves refresh where they are made.
    if (m_db.dialect().isSQLite())
        return;
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->subscribeToNotification(QLatin1String(Database::changesChannel())))
        return;
    m_othersChanged = new QTimer(this);
    m_othersChanged->setSingleShot(true);
    m_othersChanged->setInterval(std::chrono::seconds(1));
    connect(m_othersChanged, &QTimer::timeout, this, &MainWindow::refresh);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                if (source == QSqlDriver::OtherSource && !m_othersChanged->isActive())
                    m_othersChanged->start();
            });
    // LISTEN lasts as long as the server's session. When the server ends it (a restart, an
    // administrator), the next use of the connection opens a new one that listens again;
    // this check does it when the clerk is only looking. It sends nothing to the server: a
    // silent network cut must not freeze a window nobody is using. What the others saved in
    // between was never notified: a new session means reading everything again.
    m_reopenCount = m_db.reopenCount();
    m_liveCheck = new QTimer(this);
    m_liveCheck->setInterval(std::chrono::seconds(15));
    connect(m_liveCheck, &QTimer::timeout, this, [this] {
        if (m_db.connectionLost())
            m_db.reopen();
        if (m_db.reopenCount() != m_reopenCount) {
            m_reopenCount = m_db.reopenCount();
            refresh();
        }
    });
    m_liveCheck->start();
}

void MainWindow::setLiveCheckInterval(std::chrono::milliseconds interval)
{
    if (m_liveCheck)
        m_liveCheck->setInterval(interval);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newItem = file->addAction(tr("&New"), this, &MainWindow::newInCurrentSection);
    newItem->setShortcut(QKeySequence::New);
    newItem->setToolTip(tr("New client, debt or payment, depending on the section"));
    QAction *payment = file->addAction(tr("Record &payment"), this, &MainWindow::recordPayment);
    // Ctrl+P records a payment (the clerk's most frequent action), not Print.
    payment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addSeparator();
    file->addAction(tr("Load &example data"), m_actions, [this] {
        if (m_actions->loadExampleData())
            setCurrentSection(Section::Debts);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *reload = edit->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *view = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < sectionCount; ++i) {
        QAction *go = view->addAction(m_nav->item(i)->text(), this, [this, i] {
            setCurrentSection(Section(i));
            // From the keyboard, land where the clerk types next: the section's search.
            focusSearch();
        });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
}

void MainWindow::setSectionWidget(Section section, QWidget *widget)
{
    const int index = int(section);
    QWidget *old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, widget);
    if (old) {
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

QWidget *MainWindow::sectionWidget(Section section) const
{
    return m_pages->widget(int(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(qMax(0, m_pages->currentIndex()));
}

void MainWindow::setCurrentSection(Section section)
{
    if (m_root->currentWidget() != m_workspace)
        m_root->setCurrentWidget(m_workspace);
    m_nav->setCurrentRow(int(section));
}

void MainWindow::setMoraLevels(const MoraLevels &levels)
{
    m_actions->setMoraLevels(levels);
    m_debts->setMoraLevels(levels);
}

bool MainWindow::isShowingWelcome() const
{
    return m_root->currentWidget() == m_welcome;
}

QString MainWindow::receivableText() const
{
    return m_receivable->text();
}

QString MainWindow::overdueText() const
{
    return m_overdue->text();
}

QString MainWindow::overdueCountText() const
{
    return m_overdueCount->text();
}

void MainWindow::refresh()
{
    m_clients->reload();
    m_debts->reload();
    m_payments->reload();
    refreshTotals();
    updateWelcome();
}

void MainWindow::refreshTotals()
{
    const int request = ++m_totalsRequest;
    if (m_receivable->text().isEmpty())
        m_receivable->setText(tr("Adding up the portfolio…"));
    const Database db = m_db;
    const Clock &clock = m_clock;
    const QDate today = m_clock.today();
    auto totals = std::make_shared<std::optional<Result<PortfolioTotals>>>();
    QThread *thread = QThread::create([db, &clock, today, totals] {
        totals->emplace(DebtRepository(db, clock).totals(today));
        db.close();
    });
    m_totalsThreads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, request, totals] {
        m_totalsThreads.removeOne(thread);
        thread->deleteLater();
        if (request != m_totalsRequest || !totals->has_value())
            return; // a newer request is on its way
        const Result<PortfolioTotals> &result = totals->value();
        if (!result) {
            m_receivable->setText(result.error());
            m_overdue->clear();
            m_overdueCount->clear();
        } else {
            m_receivable->setText(
                tr("Total receivable: %1").arg(result->receivable.toString()));
            m_overdue->setText(tr("Overdue: %1").arg(result->overdue.toString()));
            m_overdueCount->setText(tr("Overdue debts: %1").arg(result->overdueDebts));
        }
        emit totalsShown();
    });
    thread->start();
}

MainWindow::~MainWindow()
{
    for (QThread *thread : std::as_const(m_totalsThreads)) {
        thread->wait();
        delete thread;
    }
}

void MainWindow::updateWelcome()
{
    ClientQuery query;
    query.limit = 1;
    const auto any = ClientRepository(m_db, m_clock).listRows(query);
    const bool empty = any && any->isEmpty();
    if (empty) {
        m_root->setCurrentWidget(m_welcome);
        m_welcome->addClientButton()->setFocus();
    } else if (m_root->currentWidget() == m_welcome) {
        m_root->setCurrentWidget(m_workspace);
    }
}

void MainWindow::newInCurrentSection()
{
    if (isShowingWelcome()) {
        m_actions->newClient();
        return;
    }
    switch (currentSection()) {
    case Section::Clients: m_actions->newClient(); break;
    case Section::Debts: m_actions->newDebt(); break;
    case Section::Payments: m_actions->recordPayment(); break;
    case Section::Messages:
    case Section::Reports: break;
    }
}

void MainWindow::recordPayment()
{
    if (isShowingWelcome())
        return;
    switch (currentSection()) {
    case Section::Clients: m_actions->recordPayment(0, m_clients->currentClientId()); break;
    case Section::Debts: m_actions->recordPayment(m_debts->currentDebtId()); break;
    default: m_actions->recordPayment(); break;
    }
}

void MainWindow::focusSearch()
{
    if (isShowingWelcome())
        return;
    SearchBox *box = nullptr;
    switch (currentSection()) {
    case Section::Clients: box = m_clients->searchBox(); break;
    case Section::Debts: box = m_debts->searchBox(); break;
    case Section::Payments: box = m_payments->searchBox(); break;
    default: box = sectionWidget(currentSection())->findChild<SearchBox *>(); break;
    }
    if (box) {
        box->setFocus(Qt::ShortcutFocusReason);
        box->selectAll();
    }
}

void MainWindow::restoreSettings()
{
    UiSettings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const int section = settings.lastSection();
    if (section >= 0 && section < sectionCount)
        m_nav->setCurrentRow(section);
    const std::pair<QString, QTableView *> lists[] = {
        {QStringLiteral("clients"), m_clients->view()},
        {QStringLiteral("debts"), m_debts->view()},
        {QStringLiteral("payments"), m_payments->view()}};
    for (const auto &[name, view] : lists) {
        if (!TableSetup::restoreColumnWidths(view, settings.columnWidths(name))) {
            // First start: fit the columns to their titles and first rows.
            TableSetup::fitColumns(view);
        }
    }
    const QByteArray split = settings.splitterState(QStringLiteral("clients"));
    if (!split.isEmpty())
        m_clients->splitter()->restoreState(split);
}

void MainWindow::saveSettings() const
{
    UiSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setLastSection(int(currentSection()));
    settings.setColumnWidths(QStringLiteral("clients"), TableSetup::columnWidths(m_clients->view()));
    settings.setColumnWidths(QStringLiteral("debts"), TableSetup::columnWidths(m_debts->view()));
    settings.setColumnWidths(QStringLiteral("payments"),
                             TableSetup::columnWidths(m_payments->view()));
    settings.setSplitterState(QStringLiteral("clients"), m_clients->splitter()->saveState());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
