#pragma once

#include "database.h"
#include "paymentgateway.h"
#include "paymentlink.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Clock;

// Payment links per debt (or per client's grouped balance) and the gateway transactions made
// through them. A link is reused while its balance and expiry hold and replaced, with a note in
// the debts' history, when the balance changed. An approved transaction becomes payments on
// its debts through PaymentRepository, in one transaction with its record and the cancelling
// of the debts' pending reminders; its UNIQUE id makes it count once however often, and by
// however many programs, it is read.
class PaymentLinkRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentLinkRepository)
public:
    PaymentLinkRepository(const Database &db, const Clock &clock);

    // The open debts among debtIds (all of one client) with their balances now. NotFound when
    // none of them owes anything.
    Result<LinkPlan> planForDebts(const QList<qint64> &debtIds) const;
    // Every open debt of the client: its grouped balance.
    Result<LinkPlan> planForClient(qint64 clientId) const;

    // The open link for exactly these debts and this total that stays payable at least
    // minValidSecs more; none when a new one is needed.
    Result<std::optional<PaymentLink>> reusable(const QString &gateway, const LinkPlan &plan,
                                                qint64 minValidSecs) const;
    // Saves a link the gateway just made. Open links that cover any of the same debts are
    // marked replaced, and the debts' history says so. When another program saved a link for
    // the same debts meanwhile, that one is returned and this one is dropped.
    Result<PaymentLink> saveNew(const QString &gateway, const LinkPlan &plan,
                                const GatewayLink &link, const QDateTime &expiresAt);
    Result<PaymentLink> get(qint64 id) const;
    Result<std::optional<PaymentLink>> findByGatewayId(const QString &gateway,
                                                       const QString &gatewayLinkId) const;
    // Open and replaced links not expired more than graceDays ago: a client may still pay a
    // replaced link, and a bank transfer may finish after the expiry.
    Result<QList<PaymentLink>> linksToPoll(const QString &gateway, int graceDays) const;
    Result<QList<PaymentLink>> linksOfClient(qint64 clientId) const;

    // Records one transaction exactly once (see the class comment). Pending ones record
    // nothing. An approved amount above what the link's debts still owe is recorded up to the
    // balance and the rest flagged for the clerk; declined, voided and failed attempts go to
    // the debts' history only.
    Result<TransactionOutcome> recordTransaction(const QString &gateway,
                                                 const GatewayTransaction &transaction);
    Result<bool> isRecorded(const QString &gateway, const QString &transactionId) const;

    // Amounts the clerk still has to look at, oldest first.
    Result<QList<FlaggedTransaction>> flagged() const;
    Result<void> resolveFlag(qint64 id);

    // The debts a queued reminder speaks of.
    Result<QList<qint64>> debtsOfMessage(qint64 outboxId) const;
    // Saves the reminder text and parameters as they go out, with the link filled in.
    Result<void> saveRenderedMessage(qint64 outboxId, const QString &text,
                                     const QStringList &parameters);

private:
    Result<LinkPlan> plan(const QString &where, const QVariantList &binds) const;
    Result<QList<PaymentLink>> links(const QString &where, const QVariantList &binds) const;

    Database m_db;
    const Clock &m_clock;
};
