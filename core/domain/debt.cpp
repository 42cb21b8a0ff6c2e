#include "debt.h"

int Debt::daysOverdue(const QDate &asOf) const
{
    if (!isOpen() || !dueDate.isValid() || !asOf.isValid())
        return 0;
    const qint64 days = dueDate.daysTo(asOf);
    return days > 0 ? int(days) : 0;
}

Debt::Status Debt::status(const QDate &asOf) const
{
    if (writtenOff)
        return Status::WrittenOff;
    if (!balance().isPositive())
        return Status::Paid;
    if (daysOverdue(asOf) > 0)
        return Status::Overdue;
    if (paid.isPositive())
        return Status::PartiallyPaid;
    return Status::Pending;
}

Result<void> Debt::validate() const
{
    if (clientId <= 0)
        return Failure{tr("Choose the client who owes this debt."), ErrorCode::Invalid};
    if (reference.trimmed().isEmpty())
        return Failure{tr("Enter the invoice number."), ErrorCode::Invalid};
    if (reference.size() > 60)
        return Failure{tr("The invoice number is too long: use at most 60 characters."),
                       ErrorCode::Invalid};
    if (!issueDate.isValid())
        return Failure{tr("Enter the issue date."), ErrorCode::Invalid};
    if (!dueDate.isValid())
        return Failure{tr("Enter the due date."), ErrorCode::Invalid};
    if (dueDate < issueDate)
        return Failure{tr("The due date %1 is before the issue date %2.")
                           .arg(dueDate.toString(QStringLiteral("dd/MM/yyyy")),
                                issueDate.toString(QStringLiteral("dd/MM/yyyy"))),
                       ErrorCode::Invalid};
    if (!amount.isPositive())
        return Failure{tr("The amount must be greater than zero."), ErrorCode::Invalid};
    if (amount.minor() > Money::maxMinor)
        return Failure{tr("The amount is too large."), ErrorCode::Invalid};
    if (installment < 0)
        return Failure{tr("The installment number cannot be negative."), ErrorCode::Invalid};
    return {};
}

QString Debt::statusCode(Status s)
{
    switch (s) {
    case Status::Pending: return QStringLiteral("pending");
    case Status::PartiallyPaid: return QStringLiteral("partially_paid");
    case Status::Paid: return QStringLiteral("paid");
    case Status::Overdue: return QStringLiteral("overdue");
    case Status::WrittenOff: return QStringLiteral("written_off");
    }
    return {};
}

QString Debt::statusName(Status s)
{
    switch (s) {
    case Status::Pending: return tr("Pending");
    case Status::PartiallyPaid: return tr("Partially paid");
    case Status::Paid: return tr("Paid");
    case Status::Overdue: return tr("Overdue");
    case Status::WrittenOff: return tr("Written off");
    }
    return {};
}
