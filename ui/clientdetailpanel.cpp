#include "clientdetailpanel.h"

#include "clock.h"
#include "debttablemodel.h"
#include "paymentlink.h"
#include "paymentlinkissuer.h"
#include "paymenttablemodel.h"
#include "tablesetup.h"

#include <QClipboard>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ClientDetailPanel::ClientDetailPanel(const Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clients(db, clock), m_debts(db, clock), m_clock(clock)
{
    m_empty = new QLabel(tr("Choose a client in the list to see their debts and payments."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_body = new QWidget(this);
    m_name = new QLabel(m_body);
    m_name->setObjectName(QStringLiteral("detailName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(m_body);
    m_details->setObjectName(QStringLiteral("detailData"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance = new QLabel(m_body);
    m_balance->setObjectName(QStringLiteral("detailBalance"));
    QFont balanceFont = m_balance->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.2);
    m_balance->setFont(balanceFont);

    auto *consentBox = new QGroupBox(tr("WhatsApp consent"), m_body);
    m_consent = new QLabel(consentBox);
    m_consent->setObjectName(QStringLiteral("detailConsent"));
    m_consent->setWordWrap(true);
    m_consent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(consentBox))->addWidget(m_consent);

    m_openDebts = new DebtTableModel(db, clock, this);
    m_openDebtsView = new QTableView(m_body);
    m_openDebtsView->setObjectName(QStringLiteral("detailDebtsView"));
    m_openDebtsView->setModel(m_openDebts);
    TableSetup::configure(m_openDebtsView, DebtTableModel::DueDateColumn, false);
    // The mora level says how late each debt is; the days are in Cartera.
    for (int c : {int(DebtTableModel::ClientColumn), int(DebtTableModel::AmountColumn),
                  int(DebtTableModel::PaidColumn), int(DebtTableModel::DaysOverdueColumn)})
        m_openDebtsView->setColumnHidden(c, true);

    m_payments = new PaymentTableModel(db, clock, this);
    m_paymentsView = new QTableView(m_body);
    m_paymentsView->setObjectName(QStringLiteral("detailPaymentsView"));
    m_paymentsView->setModel(m_payments);
    TableSetup::configure(m_paymentsView, PaymentTableModel::DateColumn, true);
    for (int c : {int(PaymentTableModel::ClientColumn), int(PaymentTableModel::ReferenceColumn)})
        m_paymentsView->setColumnHidden(c, true);
    // Small lists: fit the columns to what each client has.
    connect(m_openDebts, &QAbstractItemModel::modelReset, this,
            [this] { TableSetup::fitColumns(m_openDebtsView); });
    connect(m_payments, &QAbstractItemModel::modelReset, this,
            [this] { TableSetup::fitColumns(m_paymentsView); });

    auto *debtsTitle = new QLabel(tr("<b>Open debts</b>"), m_body);
    auto *paymentsTitle = new QLabel(tr("<b>Payment history</b>"), m_body);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_name);
    body->addWidget(m_details);
    m_copyLink = new QPushButton(tr("&Copy payment link"), m_body);
    m_copyLink->setObjectName(QStringLiteral("copyPaymentLink"));
    m_copyLink->setToolTip(tr("Copies a link to pay the whole balance online (PSE, Nequi, "
                              "Daviplata, card), to paste in a chat or an e-mail."));
    m_linkStatus = new QLabel(m_body);
    m_linkStatus->setObjectName(QStringLiteral("paymentLinkStatus"));
    m_linkStatus->setWordWrap(true);
    m_linkStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_copyLink);
    linkRow->addWidget(m_linkStatus, 1);
    connect(m_copyLink, &QPushButton::clicked, this, &ClientDetailPanel::copyPaymentLink);
    body->addWidget(m_balance);
    body->addLayout(linkRow);
    body->addWidget(consentBox);
    body->addWidget(debtsTitle);
    body->addWidget(m_openDebtsView, 3);
    body->addWidget(paymentsTitle);
    body->addWidget(m_paymentsView, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);

    connect(m_openDebtsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit debtActivated(index.data(DebtTableModel::IdRole).toLongLong());
    });
    connect(m_paymentsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit paymentActivated(index.data(PaymentTableModel::IdRole).toLongLong());
    });
    showClient(0);
}

void ClientDetailPanel::setPaymentLinks(PaymentLinkIssuer *issuer)
{
    m_paymentLinks = issuer;
    refresh();
}

QString ClientDetailPanel::paymentLinkStatus() const
{
    return m_linkStatus->text();
}

void ClientDetailPanel::copyPaymentLink()
{
    if (!m_paymentLinks || m_clientId == 0)
        return;
    const qint64 clientId = m_clientId;
    m_copyLink->setEnabled(false);
    m_linkStatus->setText(tr("Getting the payment link…"));
    QPointer<ClientDetailPanel> self(this);
    m_paymentLinks->linkForClient(clientId, [self, clientId](const Result<PaymentLink> &link) {
        if (!self)
            return;
        self->m_copyLink->setEnabled(self->m_hasBalance);
        if (self->m_clientId != clientId)
            return; // the clerk moved on to another client
        if (!link) {
            self->m_linkStatus->setText(link.error());
            return;
        }
        const QString url = link->url.toString();
        QGuiApplication::clipboard()->setText(url);
        self->m_linkStatus->setText(
            tr("Copied: link to pay %1, valid until %2.")
                .arg(link->amount.toString(),
                     link->expiresAt.toTimeZone(self->m_clock.timeZone())
                         .toString(QStringLiteral("dd/MM/yyyy"))));
        emit self->paymentLinkCopied(url);
    });
}

QString ClientDetailPanel::balanceText() const
{
    return m_balance->text();
}

QString ClientDetailPanel::consentText() const
{
    return m_consent->text();
}

void ClientDetailPanel::showClient(qint64 clientId)
{
    const auto client = clientId > 0 ? m_clients.get(clientId) : Result<Client>(Failure{});
    m_clientId = client ? clientId : 0;
    m_empty->setVisible(m_clientId == 0);
    m_body->setVisible(m_clientId != 0);
    if (m_clientId == 0)
        return;

    const Client &c = client.value();
    m_name->setText(c.active ? c.name : tr("%1 (inactive)").arg(c.name));
    QStringList lines;
    lines << tr("%1 · WhatsApp %2").arg(c.document.display(), c.whatsapp.display());
    if (!c.email.isEmpty())
        lines << c.email;
    if (!c.address.isEmpty())
        lines << c.address;
    if (!c.notes.trimmed().isEmpty())
        lines << tr("Notes: %1").arg(c.notes.trimmed());
    m_details->setText(lines.join(QLatin1Char('\n')));

    const QString date = c.consent.at.isValid()
                             ? c.consent.at.toTimeZone(m_clock.timeZone()).toString(QStringLiteral("dd/MM/yyyy"))
                             : QString();
    switch (c.consent.state) {
    case Consent::State::Granted:
        m_consent->setText(tr("Granted on %1 by %2.\nEvidence: %3")
                               .arg(date, c.consent.source,
                                    c.consent.evidence.isEmpty() ? tr("none recorded")
                                                                 : c.consent.evidence));
        m_consent->setStyleSheet(QString());
        break;
    case Consent::State::Revoked:
        m_consent->setText(tr("Revoked on %1 (%2). No WhatsApp reminders are sent.\nEvidence: %3")
                               .arg(date, c.consent.source,
                                    c.consent.evidence.isEmpty() ? tr("none recorded")
                                                                 : c.consent.evidence));
        m_consent->setStyleSheet(QStringLiteral("color: #7a1212;"));
        break;
    case Consent::State::NeverAsked:
        m_consent->setText(tr("Not asked yet. No WhatsApp reminders are sent until the client "
                              "gives consent; record it with Edit client."));
        m_consent->setStyleSheet(QStringLiteral("color: #7a4a00;"));
        break;
    }

    const auto balance = m_debts.clientBalance(clientId);
    m_balance->setText(balance ? tr("Balance owed: %1").arg(balance->toString()) : balance.error());
    m_hasBalance = balance && balance->isPositive();
    m_copyLink->setVisible(m_paymentLinks != nullptr);
    m_copyLink->setEnabled(m_hasBalance);
    m_linkStatus->clear();

    DebtQuery debts;
    debts.clientId = clientId;
    debts.state = DebtQuery::State::Open;
    m_openDebts->setFilter(debts);
    PaymentQuery payments;
    payments.clientId = clientId;
    m_payments->setFilter(payments);
}
