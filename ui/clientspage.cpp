#include "clientspage.h"

#include "clerkactions.h"
#include "clientdetailpanel.h"
#include "clienttablemodel.h"
#include "paymenttablemodel.h"
#include "searchbox.h"
#include "tablesetup.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ClientsPage::ClientsPage(const Database &db, const Clock &clock, ClerkActions *actions,
                         QWidget *parent)
    : QWidget(parent), m_actions(actions)
{
    // Each keystroke searches: a client search walks the name index for one page (1 ms at
    // 100,000 clients; 20 ms when nothing matches and the whole index is read), so the list
    // answers while the clerk types instead of after a pause (bench/README.md, figure 2).
    m_search = new SearchBox(this, 0);
    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Search by name, document or phone (Ctrl+F)"));

    auto *add = new QPushButton(tr("&New client"), this);
    add->setToolTip(tr("Add a client (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Edit"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the client (Delete in the list); refused while they have debts"));
    m_newDebt = new QPushButton(tr("New &debt"), this);
    m_payment = new QPushButton(tr("Record &payment"), this);
    m_payment->setToolTip(tr("Record a payment from this client (Ctrl+P)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addSpacing(12);
    bar->addWidget(m_newDebt);
    bar->addWidget(m_payment);

    m_model = new ClientTableModel(db, clock, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("clientsView"));
    m_view->setModel(m_model);
    TableSetup::configure(m_view, ClientTableModel::NameColumn, false);

    m_detail = new ClientDetailPanel(db, clock, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 480}); // room for the list's four columns on a laptop screen
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &SearchBox::searchChanged, m_model, &ClientTableModel::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detail->showClient(currentClientId());
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // After a new search, the first match is the one the clerk is looking for.
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        else if (m_model->rowCount() == 0)
            m_detail->showClient(0);
        updateButtons();
    });
    connect(m_view, &QTableView::activated, this,
            [this] { m_actions->editClient(currentClientId()); });
    // Delete in the list asks to delete the chosen client (a confirmation always follows).
    auto *deleteKey = new QAction(tr("Delete client"), m_view);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, [this] {
        if (currentClientId() != 0)
            m_actions->deleteClient(currentClientId());
    });
    connect(add, &QPushButton::clicked, m_actions, [this] { m_actions->newClient(); });
    connect(m_edit, &QPushButton::clicked, this,
            [this] { m_actions->editClient(currentClientId()); });
    connect(m_delete, &QPushButton::clicked, this,
            [this] { m_actions->deleteClient(currentClientId()); });
    connect(m_newDebt, &QPushButton::clicked, this,
            [this] { m_actions->newDebt(currentClientId()); });
    connect(m_payment, &QPushButton::clicked, this,
            [this] { m_actions->recordPayment(0, currentClientId()); });
    connect(m_detail, &ClientDetailPanel::debtActivated, this,
            [this](qint64 debtId) { m_actions->recordPayment(debtId); });
    connect(m_detail, &ClientDetailPanel::paymentActivated, this, [this](qint64 paymentId) {
        const QModelIndex index = m_detail->paymentsView()->currentIndex();
        if (!index.data(PaymentTableModel::ReversedRole).toBool())
            m_actions->reversePayment(paymentId);
    });
    connect(m_actions, &ClerkActions::clientSaved, this, &ClientsPage::selectClient);
    m_model->reload();
    updateButtons();
}

qint64 ClientsPage::currentClientId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(ClientTableModel::IdRole).toLongLong() : 0;
}

void ClientsPage::selectClient(qint64 clientId)
{
    const int row = m_model->rowOf(clientId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->scrollTo(m_model->index(row, 0));
    }
    m_detail->showClient(clientId);
    updateButtons();
}

void ClientsPage::reload()
{
    const qint64 current = currentClientId();
    const qint64 shown = m_detail->clientId();
    TableSetup::reloadKeepingPlace(m_view, m_model, ClientTableModel::IdRole);
    const bool stillListed = current != 0 && currentClientId() == current;
    m_detail->showClient(stillListed ? current : shown);
    updateButtons();
}

void ClientsPage::updateButtons()
{
    const bool chosen = currentClientId() != 0;
    for (QPushButton *b : {m_edit, m_delete, m_newDebt, m_payment})
        b->setEnabled(chosen);
}
