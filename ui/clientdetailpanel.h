#pragma once

#include "clientrepository.h"
#include "debtrepository.h"

#include <QPointer>
#include <QWidget>

class DebtTableModel;
class PaymentLinkIssuer;
class PaymentTableModel;
class QLabel;
class QPushButton;
class QTableView;

// Everything about one client on one page: their data, WhatsApp consent with its evidence,
// balance, open debts and payment history.
class ClientDetailPanel : public QWidget
{
    Q_OBJECT
public:
    ClientDetailPanel(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    void showClient(qint64 clientId); // 0 clears the panel
    qint64 clientId() const { return m_clientId; }
    void refresh() { showClient(m_clientId); }

    DebtTableModel *openDebtsModel() const { return m_openDebts; }
    PaymentTableModel *paymentsModel() const { return m_payments; }
    QTableView *openDebtsView() const { return m_openDebtsView; }
    QTableView *paymentsView() const { return m_paymentsView; }
    QString balanceText() const;
    QString consentText() const;

    // Shows "Copiar enlace de pago", which copies the link for the client's whole balance;
    // nullptr (no payment gateway) hides it. Not owned.
    void setPaymentLinks(PaymentLinkIssuer *issuer);
    QPushButton *copyPaymentLinkButton() const { return m_copyLink; }
    QString paymentLinkStatus() const;
    void copyPaymentLink();

signals:
    void debtActivated(qint64 debtId);
    void paymentActivated(qint64 paymentId);
    void paymentLinkCopied(const QString &url);

private:
    ClientRepository m_clients;
    DebtRepository m_debts;
    const Clock &m_clock;
    qint64 m_clientId = 0;

    QLabel *m_name = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_consent = nullptr;
    QLabel *m_balance = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
    DebtTableModel *m_openDebts = nullptr;
    PaymentTableModel *m_payments = nullptr;
    QTableView *m_openDebtsView = nullptr;
    QTableView *m_paymentsView = nullptr;
    QPushButton *m_copyLink = nullptr;
    QLabel *m_linkStatus = nullptr;
    QPointer<PaymentLinkIssuer> m_paymentLinks;
    bool m_hasBalance = false;
};
