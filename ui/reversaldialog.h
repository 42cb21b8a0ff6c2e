#pragma once

#include "paymentrepository.h"

#include <QDialog>

class MessageLabel;
class QLabel;
class QLineEdit;

// Reverses a payment with a reason ("cheque devuelto"); the payment stays on record, marked.
class ReversalDialog : public QDialog
{
    Q_OBJECT
public:
    ReversalDialog(const Database &db, const Clock &clock, QWidget *parent = nullptr);

    bool setPayment(qint64 paymentId);
    QString message() const;
    void accept() override;

private:
    PaymentRepository m_repository;
    qint64 m_paymentId = 0;
    QLabel *m_summary = nullptr;
    QLineEdit *m_reason = nullptr;
    MessageLabel *m_message = nullptr;
};
