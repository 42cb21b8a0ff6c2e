#pragma once

#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// An invoice (or one installment of it) that a client owes.
class Debt
{
    Q_DECLARE_TR_FUNCTIONS(Debt)
public:
    enum class Status { Pending, PartiallyPaid, Paid, Overdue, WrittenOff };

    qint64 id = 0;
    qint64 clientId = 0;
    QString reference;   // invoice number, unique per business
    QString description;
    QDate issueDate;
    QDate dueDate;
    Money amount;        // original amount, > 0
    Money paid;          // sum of payments not reversed; kept by the payment repository
    int installment = 0; // 0 when the debt is not an installment
    bool writtenOff = false;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    int version = 0;

    Money balance() const { return amount - paid; }
    bool isOpen() const { return !writtenOff && balance().isPositive(); }
    // Days past the due date as of a date; 0 when not yet due or settled.
    int daysOverdue(const QDate &asOf) const;
    Status status(const QDate &asOf) const;

    Result<void> validate() const;

    static QString statusCode(Status s); // "pending", "partially_paid", ...
    static QString statusName(Status s); // translated, for the clerk
};
