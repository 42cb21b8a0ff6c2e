#include "paymentspage.h"

#include "clerkactions.h"
#include "paymenttablemodel.h"
#include "searchbox.h"
#include "tablesetup.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

PaymentsPage::PaymentsPage(const Database &db, const Clock &clock, ClerkActions *actions,
                           QWidget *parent)
    : QWidget(parent), m_actions(actions)
{
    m_search = new SearchBox(this);
    m_search->setObjectName(QStringLiteral("paymentSearch"));
    m_search->setPlaceholderText(tr("Search by invoice, payment reference or client (Ctrl+F)"));
    auto *add = new QPushButton(tr("Record &payment"), this);
    add->setToolTip(tr("Record a payment (Ctrl+N or Ctrl+P)"));
    m_reverse = new QPushButton(tr("&Reverse payment"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(m_reverse);

    m_model = new PaymentTableModel(db, clock, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("paymentsView"));
    m_view->setModel(m_model);
    TableSetup::configure(m_view, PaymentTableModel::DateColumn, true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &SearchBox::searchChanged, m_model, &PaymentTableModel::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PaymentsPage::updateButtons);
    connect(add, &QPushButton::clicked, this, [this] { m_actions->recordPayment(); });
    // Enter on a payment offers to reverse it (the dialog asks why; Esc leaves it alone).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(PaymentTableModel::ReversedRole).toBool())
            m_actions->reversePayment(currentPaymentId());
    });
    connect(m_reverse, &QPushButton::clicked, this,
            [this] { m_actions->reversePayment(currentPaymentId()); });
    m_model->reload();
    updateButtons();
}

qint64 PaymentsPage::currentPaymentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(PaymentTableModel::IdRole).toLongLong() : 0;
}

void PaymentsPage::reload()
{
    TableSetup::reloadKeepingPlace(m_view, m_model, PaymentTableModel::IdRole);
}

void PaymentsPage::updateButtons()
{
    const QModelIndex index = m_view->currentIndex();
    m_reverse->setEnabled(index.isValid()
                          && !index.data(PaymentTableModel::ReversedRole).toBool());
}
