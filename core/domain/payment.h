#pragma once

#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

// Money received against one debt. Payments are never deleted: a mistake is undone by a
// reversal, which keeps both records.
class Payment
{
    Q_DECLARE_TR_FUNCTIONS(Payment)
public:
    enum class Method { Cash, Transfer, Card, PSE, Nequi, Daviplata, Other };

    qint64 id = 0;
    qint64 debtId = 0;
    QDate date;
    Money amount;
    Method method = Method::Cash;
    QString reference;
    QString note;
    QDateTime createdAt; // UTC

    // Set when the payment was reversed.
    bool reversed = false;
    QString reversalReason;
    QDateTime reversedAt; // UTC

    // Checks the amount against the debt's current balance: > 0 and not more than it owes.
    Result<void> validate(Money balance) const;

    static QString methodCode(Method m);  // "efectivo", "transferencia", "tarjeta", "pse", ...
    static bool methodFromCode(const QString &code, Method *method);
    static QString methodName(Method m);  // translated, for the clerk
    static QList<Method> allMethods();
};
