#pragma once

#include "client.h"
#include "debtrepository.h"
#include "moralevel.h"

#include <QDialog>

class ClientPicker;
class MessageLabel;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Adds or edits a debt (an invoice). Shows the mora level the debt already has when its due
// date is past; saves through the repository and stays open with the data when that fails.
class DebtDialog : public QDialog
{
    Q_OBJECT
public:
    DebtDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    // Starts with this client chosen (from a client's page).
    void setClient(const Client &client);
    // Edits an existing debt instead of adding one.
    void setDebt(const Debt &debt, const Client &client);
    void setMoraLevels(const MoraLevels &levels);
    Debt debt() const { return m_debt; }
    QString message() const;
    QString moraText() const;

    void accept() override;

private:
    Result<Debt> collect(bool focusProblem);
    void updateMora();
    void updateOkHint();
    // Another clerk saved this debt (or recorded a payment on it) meanwhile: shows both
    // versions, does what the clerk chooses, and keeps what was typed unless dropped.
    void resolveConflict(Debt mine);

    Database m_db;
    DebtRepository m_repository;
    const Clock &m_clock;
    MoraLevels m_levels = MoraLevels::defaults();
    Debt m_debt;

    ClientPicker *m_client = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_description = nullptr;
    QDateEdit *m_issueDate = nullptr;
    QDateEdit *m_dueDate = nullptr;
    QLineEdit *m_amount = nullptr;
    QSpinBox *m_installment = nullptr;
    QLabel *m_mora = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};
