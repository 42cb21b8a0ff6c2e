#pragma once

#include "clientrepository.h"
#include "debtrepository.h"
#include "paymentrepository.h"

#include <QDialog>

class ClientPicker;
class MessageLabel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// Records a payment against one of a client's open debts. Shows the balance before and after,
// refuses an overpayment as it is typed, and defaults to today and the whole balance.
class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Starts on this client, choosing among their open debts.
    void setClient(const Client &client);
    // Starts on this debt (and its client).
    bool setDebt(qint64 debtId);
    Payment payment() const { return m_payment; }
    qint64 selectedDebtId() const;
    QString message() const;
    QString balanceAfterText() const;

    void accept() override;

private:
    void loadOpenDebts(qint64 clientId, qint64 selectDebtId);
    void debtChosen();
    void updateBalanceAfter();
    Result<Payment> collect(bool focusProblem);
    Money selectedBalance() const;

    DebtRepository m_debts;
    PaymentRepository m_payments;
    ClientRepository m_clients;
    const Clock &m_clock;
    Payment m_payment;
    QList<Debt> m_openDebts;

    ClientPicker *m_client = nullptr;
    QComboBox *m_debt = nullptr;
    QLabel *m_balanceBefore = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_balanceAfter = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_note = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};
