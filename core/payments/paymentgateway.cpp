#include "paymentgateway.h"

QString GatewayTransaction::statusCode(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("PENDING");
    case Status::Approved:
        return QStringLiteral("APPROVED");
    case Status::Declined:
        return QStringLiteral("DECLINED");
    case Status::Voided:
        return QStringLiteral("VOIDED");
    case Status::Error:
        return QStringLiteral("ERROR");
    }
    return {};
}

bool GatewayTransaction::statusFromCode(const QString &code, Status *status)
{
    for (Status s :
         {Status::Pending, Status::Approved, Status::Declined, Status::Voided, Status::Error}) {
        if (code.compare(statusCode(s), Qt::CaseInsensitive) == 0) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString GatewayTransaction::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return tr("pending");
    case Status::Approved:
        return tr("approved");
    case Status::Declined:
        return tr("declined");
    case Status::Voided:
        return tr("voided");
    case Status::Error:
        return tr("failed");
    }
    return {};
}
