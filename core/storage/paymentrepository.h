#pragma once

#include "database.h"
#include "payment.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Clock;

// A payment as the lists show it: with its debt's invoice number and client.
struct PaymentRow
{
    Payment payment;
    QString debtReference;
    qint64 clientId = 0;
    QString clientName;
};

struct PaymentQuery
{
    QString search;       // invoice number, payment reference, or the client
    qint64 debtId = 0;    // 0: all
    qint64 clientId = 0;  // 0: all
    QDate from;           // inclusive, optional
    QDate to;             // inclusive, optional
    bool newestFirst = true;
    int offset = 0;
    int limit = 200;
};

// Records and reverses payments. Each is one transaction with the debt's new balance and
// state, so a payment is never saved without its effect nor the other way round.
class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
public:
    PaymentRepository(const Database &db, const Clock &clock);

    // Refuses zero, negative and over-paying amounts (the message gives the balance); on any
    // refusal nothing is written.
    Result<qint64> record(Payment &payment);
    // Undoes a payment: the debt owes that amount again. The payment stays, marked reversed.
    Result<void> reverse(qint64 paymentId, const QString &reason);
    Result<Payment> get(qint64 id) const;
    Result<QList<PaymentRow>> list(const PaymentQuery &query) const;
    Result<int> count(const PaymentQuery &query) const;

private:
    Database m_db;
    const Clock &m_clock;
};
