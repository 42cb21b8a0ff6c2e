#include "paymentlink.h"

#include <QStringList>

#include <algorithm>

QString PaymentLink::stateCode(State state)
{
    switch (state) {
    case State::Open:
        return QStringLiteral("open");
    case State::Replaced:
        return QStringLiteral("replaced");
    case State::Paid:
        return QStringLiteral("paid");
    }
    return {};
}

PaymentLink::State PaymentLink::stateFromCode(const QString &code)
{
    if (code == QLatin1String("replaced"))
        return State::Replaced;
    if (code == QLatin1String("paid"))
        return State::Paid;
    return State::Open;
}

QString PaymentLink::debtKey(QList<qint64> debtIds)
{
    std::sort(debtIds.begin(), debtIds.end());
    debtIds.erase(std::unique(debtIds.begin(), debtIds.end()), debtIds.end());
    QStringList parts;
    for (qint64 id : debtIds)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

QList<qint64> LinkPlan::debtIds() const
{
    QList<qint64> ids;
    for (const Share &s : debts)
        ids.append(s.debtId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList LinkPlan::references() const
{
    QStringList refs;
    for (const Share &s : debts)
        refs.append(s.reference);
    return refs;
}
