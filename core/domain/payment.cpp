#include "payment.h"

Result<void> Payment::validate(Money balance) const
{
    if (debtId <= 0)
        return Failure{tr("Choose the debt this payment is for."), ErrorCode::Invalid};
    if (!date.isValid())
        return Failure{tr("Enter the payment date."), ErrorCode::Invalid};
    if (amount.isNegative())
        return Failure{tr("The amount cannot be negative. To undo a payment, reverse it."),
                       ErrorCode::Invalid};
    if (amount.isZero())
        return Failure{tr("The amount must be greater than zero."), ErrorCode::Invalid};
    if (!balance.isPositive())
        return Failure{tr("This debt is already paid; there is nothing left to pay."),
                       ErrorCode::Conflict};
    if (amount > balance)
        return Failure{tr("The payment of %1 is more than the balance of %2. Enter at most %2.")
                           .arg(amount.toString(), balance.toString()),
                       ErrorCode::Invalid};
    return {};
}

QString Payment::methodCode(Method m)
{
    switch (m) {
    case Method::Cash: return QStringLiteral("efectivo");
    case Method::Transfer: return QStringLiteral("transferencia");
    case Method::Card: return QStringLiteral("tarjeta");
    case Method::PSE: return QStringLiteral("pse");
    case Method::Nequi: return QStringLiteral("nequi");
    case Method::Daviplata: return QStringLiteral("daviplata");
    case Method::Other: return QStringLiteral("otro");
    }
    return {};
}

bool Payment::methodFromCode(const QString &code, Method *method)
{
    for (Method m : allMethods()) {
        if (code.compare(methodCode(m), Qt::CaseInsensitive) == 0) {
            *method = m;
            return true;
        }
    }
    return false;
}

QString Payment::methodName(Method m)
{
    switch (m) {
    case Method::Cash: return tr("Cash");
    case Method::Transfer: return tr("Bank transfer");
    case Method::Card: return tr("Card");
    case Method::PSE: return QStringLiteral("PSE");
    case Method::Nequi: return QStringLiteral("Nequi");
    case Method::Daviplata: return QStringLiteral("Daviplata");
    case Method::Other: return tr("Other");
    }
    return {};
}

QList<Payment::Method> Payment::allMethods()
{
    return {Method::Cash, Method::Transfer, Method::Card, Method::PSE,
            Method::Nequi, Method::Daviplata, Method::Other};
}
