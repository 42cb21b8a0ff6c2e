#include "paymentlinkrepository.h"

#include "auditlog.h"
#include "clock.h"
#include "paymentrepository.h"
#include "remindertracking.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const char *const kLinkColumns = "l.id, l.gateway, l.gateway_link_id, l.url, l.client_id, "
                                 "l.debt_key, l.amount_minor, l.expires_at, l.state, "
                                 "l.created_at, l.replaced_at";

PaymentLink linkFromQuery(const QSqlQuery &q)
{
    PaymentLink l;
    l.id = q.value(0).toLongLong();
    l.gateway = q.value(1).toString();
    l.gatewayLinkId = q.value(2).toString();
    l.url = QUrl(q.value(3).toString());
    l.clientId = q.value(4).toLongLong();
    for (const QString &part : q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        l.debtIds.append(part.toLongLong());
    l.amount = Money::fromMinor(q.value(6).toLongLong());
    l.expiresAt = SqlValues::toTimestamp(q.value(7));
    l.state = PaymentLink::stateFromCode(q.value(8).toString());
    l.createdAt = SqlValues::toTimestamp(q.value(9));
    l.replacedAt = SqlValues::toTimestamp(q.value(10));
    return l;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QJsonObject linkJson(const PaymentLink &link)
{
    return {{QStringLiteral("payment_link"), link.url.toString()},
            {QStringLiteral("amount"), link.amount.toString()},
            {QStringLiteral("expires_at"), link.expiresAt.toString(Qt::ISODate)}};
}

} // namespace

PaymentLinkRepository::PaymentLinkRepository(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

Result<LinkPlan> PaymentLinkRepository::plan(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT d.id, d.reference, d.due_date, d.amount_minor - d.paid_minor, "
                       "d.client_id, c.name FROM debts d JOIN clients c ON c.id = d.client_id "
                       "WHERE d.settled = 0 AND d.amount_minor > d.paid_minor AND %1 "
                       "ORDER BY d.due_date, d.id")
            .arg(where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the balance for the payment link"));
    LinkPlan plan;
    while (q.next()) {
        const qint64 client = q.value(4).toLongLong();
        if (plan.clientId != 0 && plan.clientId != client)
            return Failure{tr("A payment link can only cover debts of one client."),
                           ErrorCode::Invalid};
        plan.clientId = client;
        plan.clientName = q.value(5).toString();
        LinkPlan::Share share;
        share.debtId = q.value(0).toLongLong();
        share.reference = q.value(1).toString();
        share.dueDate = SqlValues::toDate(q.value(2));
        share.balance = Money::fromMinor(q.value(3).toLongLong());
        plan.total += share.balance;
        plan.debts.append(share);
    }
    if (plan.debts.isEmpty())
        return Failure{tr("Nothing is owed on these debts, so there is no payment link to offer."),
                       ErrorCode::NotFound};
    return plan;
}

Result<LinkPlan> PaymentLinkRepository::planForDebts(const QList<qint64> &debtIds) const
{
    if (debtIds.isEmpty())
        return Failure{tr("Choose the debts the payment link is for."), ErrorCode::Invalid};
    QVariantList binds;
    for (qint64 id : debtIds)
        binds.append(id);
    return plan(QStringLiteral("d.id IN (%1)").arg(placeholders(debtIds.size())), binds);
}

Result<LinkPlan> PaymentLinkRepository::planForClient(qint64 clientId) const
{
    return plan(QStringLiteral("d.client_id = ?"), {clientId});
}

Result<QList<PaymentLink>> PaymentLinkRepository::links(const QString &where,
                                                        const QVariantList &binds) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM payment_links l WHERE %2 ORDER BY l.id")
                  .arg(QLatin1String(kLinkColumns), where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the payment links"));
    QList<PaymentLink> list;
    while (q.next())
        list.append(linkFromQuery(q));
    return list;
}

Result<std::optional<PaymentLink>> PaymentLinkRepository::reusable(const QString &gateway,
                                                                   const LinkPlan &plan,
                                                                   qint64 minValidSecs) const
{
    const auto found
        = links(QStringLiteral("l.gateway = ? AND l.debt_key = ? AND l.state = 'open'"),
                {gateway, PaymentLink::debtKey(plan.debtIds())});
    if (!found)
        return found.failure();
    const QDateTime until = m_clock.now().addSecs(minValidSecs);
    for (const PaymentLink &link : found.value()) {
        if (link.amount == plan.total && link.expiresAt > until)
            return std::optional<PaymentLink>(link);
    }
    return std::optional<PaymentLink>();
}

Result<PaymentLink> PaymentLinkRepository::get(qint64 id) const
{
    const auto found = links(QStringLiteral("l.id = ?"), {id});
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return Failure{tr("The payment link no longer exists."), ErrorCode::NotFound};
    return found->first();
}

Result<std::optional<PaymentLink>>
PaymentLinkRepository::findByGatewayId(const QString &gateway, const QString &gatewayLinkId) const
{
    const auto found = links(QStringLiteral("l.gateway = ? AND l.gateway_link_id = ?"),
                             {gateway, gatewayLinkId});
    if (!found)
        return found.failure();
    if (found->isEmpty())
        return std::optional<PaymentLink>();
    return std::optional<PaymentLink>(found->first());
}

Result<QList<PaymentLink>> PaymentLinkRepository::linksToPoll(const QString &gateway,
                                                              int graceDays) const
{
    return links(QStringLiteral("l.gateway = ? AND l.state IN ('open', 'replaced') AND "
                                "l.expires_at > ?"),
                 {gateway, SqlValues::timestamp(m_clock.now().addDays(-qMax(0, graceDays)))});
}

Result<QList<PaymentLink>> PaymentLinkRepository::linksOfClient(qint64 clientId) const
{
    return links(QStringLiteral("l.client_id = ?"), {clientId});
}

Result<PaymentLink> PaymentLinkRepository::saveNew(const QString &gateway, const LinkPlan &plan,
                                                   const GatewayLink &gatewayLink,
                                                   const QDateTime &expiresAt)
{
    const QString action = tr("saving the payment link");
    const QString key = PaymentLink::debtKey(plan.debtIds());
    const QDateTime now = m_clock.now();
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), action);

    // Another program may have saved a current link for the same debts meanwhile: use it.
    const auto current = reusable(gateway, plan, 0);
    if (!current)
        return current.failure();
    if (current->has_value())
        return current->value();

    PaymentLink link;
    link.gateway = gateway;
    link.gatewayLinkId = gatewayLink.id;
    link.url = gatewayLink.url;
    link.clientId = plan.clientId;
    link.debtIds = plan.debtIds();
    link.amount = plan.total;
    link.expiresAt = expiresAt.toUTC();
    link.createdAt = now;

    // Open links sharing a debt no longer match its balance: they are replaced by this one.
    QVariantList debtBinds;
    for (qint64 id : link.debtIds)
        debtBinds.append(id);
    const auto overlapping = links(
        QStringLiteral("l.gateway = ? AND l.state = 'open' AND l.id IN (SELECT link_id FROM "
                       "payment_link_debts WHERE debt_id IN (%1))")
            .arg(placeholders(debtBinds.size())),
        QVariantList{gateway} + debtBinds);
    if (!overlapping)
        return overlapping.failure();
    QSqlQuery q(m_db.connection());
    for (const PaymentLink &old : overlapping.value()) {
        q.prepare(QStringLiteral("UPDATE payment_links SET state = 'replaced', replaced_at = ? "
                                 "WHERE id = ? AND state = 'open'"));
        q.addBindValue(SqlValues::timestamp(now));
        q.addBindValue(old.id);
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
    }

    q.prepare(QStringLiteral("INSERT INTO payment_links (gateway, gateway_link_id, url, client_id, "
                             "debt_key, amount_minor, expires_at, state, created_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, ?, 'open', ?) RETURNING id"));
    q.addBindValue(gateway);
    q.addBindValue(link.gatewayLinkId);
    q.addBindValue(link.url.toString());
    q.addBindValue(link.clientId);
    q.addBindValue(key);
    q.addBindValue(link.amount.minor());
    q.addBindValue(SqlValues::timestamp(link.expiresAt));
    q.addBindValue(SqlValues::timestamp(now));
    if (!q.exec() || !q.next()) {
        // Another program saved a link for the same debts between our check and this insert
        // (PostgreSQL): theirs stands; asking again returns it.
        if (m_db.dialect().isUniqueViolation(q.lastError()))
            return Failure{tr("Another Cartera made a payment link for these debts at the same "
                              "moment; try again."),
                           ErrorCode::Busy};
        return m_db.failure(q.lastError(), action);
    }
    link.id = q.value(0).toLongLong();
    q.finish();
    for (const PaymentLink &old : overlapping.value()) {
        q.prepare(QStringLiteral("UPDATE payment_links SET replaced_by = ? WHERE id = ?"));
        q.addBindValue(link.id);
        q.addBindValue(old.id);
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
    }

    AuditLog audit(m_db, m_clock);
    for (const LinkPlan::Share &share : plan.debts) {
        q.prepare(QStringLiteral("INSERT INTO payment_link_debts (link_id, debt_id, balance_minor) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(link.id);
        q.addBindValue(share.debtId);
        q.addBindValue(share.balance.minor());
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
        // The debt's history says which link it was offered, and which one that replaced.
        QJsonObject before;
        for (const PaymentLink &old : overlapping.value()) {
            if (old.debtIds.contains(share.debtId))
                before = linkJson(old);
        }
        const QString what = before.isEmpty() ? QStringLiteral("payment_link")
                                              : QStringLiteral("payment_link_replaced");
        if (auto logged = audit.record(QStringLiteral("debt"), share.debtId, what, before,
                                       linkJson(link), plan.clientId);
            !logged)
            return logged.failure();
    }
    if (!tx.commit())
        return m_db.failure(tx.error(), action);
    return link;
}

Result<bool> PaymentLinkRepository::isRecorded(const QString &gateway,
                                               const QString &transactionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM gateway_transactions WHERE gateway = ? AND "
                             "transaction_id = ?"));
    q.addBindValue(gateway);
    q.addBindValue(transactionId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the online payments"));
    return q.next();
}

Result<TransactionOutcome> PaymentLinkRepository::recordTransaction(const QString &gateway,
                                                                    const GatewayTransaction &t)
{
    TransactionOutcome outcome;
    outcome.transactionId = t.id;
    outcome.status = GatewayTransaction::statusCode(t.status);
    if (!t.isFinal())
        return outcome; // Pending: asked again on the next poll

    const QString action = tr("recording online payment %1").arg(t.id);
    const QDateTime now = m_clock.now();
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), action);
    // Inside the write transaction: a second program waits here, then finds the row.
    const auto recorded = isRecorded(gateway, t.id);
    if (!recorded)
        return recorded.failure();
    if (recorded.value()) {
        outcome.kind = TransactionOutcome::Kind::AlreadyRecorded;
        return outcome;
    }

    const auto link = findByGatewayId(gateway, t.linkId);
    if (!link)
        return link.failure();
    if (link->has_value())
        outcome.clientId = link->value().clientId;

    // Claim the id first: if another program inserted it meanwhile, this fails and nothing
    // else is written.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO gateway_transactions (gateway, transaction_id, link_id, "
                             "gateway_link_id, client_id, status, method_type, currency, "
                             "amount_minor, finished_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?) RETURNING id"));
    q.addBindValue(gateway);
    q.addBindValue(t.id);
    q.addBindValue(link->has_value() ? QVariant(link->value().id)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(SqlValues::text(t.linkId));
    q.addBindValue(outcome.clientId);
    q.addBindValue(outcome.status);
    q.addBindValue(SqlValues::text(t.methodType));
    q.addBindValue(SqlValues::text(t.currency));
    q.addBindValue(t.amount.minor());
    q.addBindValue(SqlValues::timestamp(t.finishedAt));
    q.addBindValue(SqlValues::timestamp(now));
    if (!q.exec() || !q.next()) {
        if (m_db.dialect().isUniqueViolation(q.lastError())) {
            outcome.kind = TransactionOutcome::Kind::AlreadyRecorded;
            return outcome;
        }
        return m_db.failure(q.lastError(), action);
    }
    const qint64 rowId = q.value(0).toLongLong();
    q.finish();
    outcome.kind = TransactionOutcome::Kind::Recorded;

    QList<LinkPlan::Share> debts; // the link's debts, oldest due first, with today's balance
    if (link->has_value()) {
        QVariantList binds;
        for (qint64 id : link->value().debtIds)
            binds.append(id);
        q.prepare(
            QStringLiteral("SELECT d.id, d.reference, d.due_date, d.amount_minor - "
                           "d.paid_minor, d.written_off, c.name FROM debts d JOIN clients c "
                           "ON c.id = d.client_id WHERE d.id IN (%1) ORDER BY d.due_date, d.id")
                .arg(placeholders(binds.size())));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
        while (q.next()) {
            outcome.clientName = q.value(5).toString();
            LinkPlan::Share share;
            share.debtId = q.value(0).toLongLong();
            share.reference = q.value(1).toString();
            share.dueDate = SqlValues::toDate(q.value(2));
            share.balance = Money::fromMinor(q.value(4).toInt() != 0 ? 0 : q.value(3).toLongLong());
            debts.append(share);
        }
        q.finish();
    }

    AuditLog audit(m_db, m_clock);
    QJsonObject attempt{{QStringLiteral("transaction"), t.id},
                        {QStringLiteral("gateway"), gateway},
                        {QStringLiteral("status"), outcome.status},
                        {QStringLiteral("method"), t.methodType},
                        {QStringLiteral("amount"), t.amount.toString()}};

    if (t.status != GatewayTransaction::Status::Approved) {
        // Declined, voided and failed attempts are history, never payments.
        const QString what = QStringLiteral("online_payment_") + outcome.status.toLower();
        for (const LinkPlan::Share &share : std::as_const(debts)) {
            if (auto logged = audit.record(QStringLiteral("debt"), share.debtId, what, {}, attempt,
                                           outcome.clientId);
                !logged)
                return logged.failure();
        }
        if (debts.isEmpty()) {
            if (auto logged = audit.record(QStringLiteral("online_payment"), rowId, what, {},
                                           attempt, outcome.clientId);
                !logged)
                return logged.failure();
        }
    } else if (!link->has_value()) {
        outcome.flagged = t.amount;
        outcome.flagReason = tr("The payment came through a link Cartera did not make (%1): "
                                "record it by hand if it is for a debt.")
                                 .arg(t.linkId.isEmpty() ? tr("no link") : t.linkId);
    } else if (t.currency.compare(QLatin1String("COP"), Qt::CaseInsensitive) != 0) {
        outcome.flagged = t.amount;
        outcome.flagReason
            = tr("The payment is in %1, not in pesos: record it by hand.").arg(t.currency);
    } else {
        // Oldest due first, each up to its balance today; whatever is left is the clerk's.
        Money remaining = t.amount;
        QDate paidOn = m_clock.today();
        if (t.finishedAt.isValid()) {
            const QDate finished = t.finishedAt.toTimeZone(m_clock.timeZone()).date();
            if (finished.isValid() && finished <= paidOn)
                paidOn = finished;
        }
        PaymentRepository payments(m_db, m_clock);
        for (const LinkPlan::Share &share : std::as_const(debts)) {
            if (!remaining.isPositive())
                break;
            const Money apply = qMin(remaining, share.balance);
            if (!apply.isPositive())
                continue;
            Payment p;
            p.debtId = share.debtId;
            p.date = paidOn;
            p.amount = apply;
            p.method = t.method;
            p.reference = t.id;
            p.note = tr("Paid online through %1 (%2), link %3")
                         .arg(gateway == QLatin1String("wompi") ? QStringLiteral("Wompi") : gateway,
                              t.methodType, t.linkId);
            const auto paid = payments.record(p);
            if (!paid)
                return paid.failure();
            outcome.paymentIds.append(paid.value());
            outcome.references.append(share.reference);
            outcome.applied += apply;
            remaining -= apply;
            if (apply < share.balance) {
                // Paid in part: the queued reminder names the old balance. Cancel it and let
                // the next scan write one with the new balance.
                const auto cancelled = ReminderTracking::cancelForDebt(
                    m_db, share.debtId,
                    tr("Paid online in part on %1")
                        .arg(paidOn.toString(QStringLiteral("dd/MM/yyyy"))),
                    now, m_clock.today());
                if (!cancelled)
                    return cancelled.failure();
                if (auto planned
                    = ReminderTracking::scheduleDebt(m_db, share.debtId, m_clock.today());
                    !planned)
                    return planned.failure();
            }
        }
        if (remaining.isPositive()) {
            outcome.flagged = remaining;
            outcome.flagReason = tr("%1 more than the debts owed was paid online (transaction "
                                    "%2): give it back or apply it by hand.")
                                     .arg(remaining.toString(), t.id);
        }
    }

    if (link->has_value() && t.status == GatewayTransaction::Status::Approved) {
        // Single-use: once paid, the link is done.
        q.prepare(QStringLiteral("UPDATE payment_links SET state = 'paid' WHERE id = ?"));
        q.addBindValue(link->value().id);
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
    }
    q.prepare(
        QStringLiteral("UPDATE gateway_transactions SET applied_minor = ?, flagged_minor = ?, "
                       "flag_reason = ? WHERE id = ?"));
    q.addBindValue(outcome.applied.minor());
    q.addBindValue(outcome.flagged.minor());
    q.addBindValue(SqlValues::text(outcome.flagReason));
    q.addBindValue(rowId);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);
    if (outcome.flagged.isPositive()) {
        attempt.insert(QStringLiteral("flagged"), outcome.flagged.toString());
        attempt.insert(QStringLiteral("reason"), outcome.flagReason);
        if (auto logged = audit.record(QStringLiteral("online_payment"), rowId,
                                       QStringLiteral("flag"), {}, attempt, outcome.clientId);
            !logged)
            return logged.failure();
    }
    if (!tx.commit())
        return m_db.failure(tx.error(), action);
    return outcome;
}

Result<QList<FlaggedTransaction>> PaymentLinkRepository::flagged() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT t.id, t.gateway, t.transaction_id, t.client_id, COALESCE(c.name, ''), "
            "t.method_type, t.amount_minor, t.applied_minor, t.flagged_minor, t.flag_reason, "
            "t.recorded_at FROM gateway_transactions t LEFT JOIN clients c ON c.id = t.client_id "
            "WHERE t.flagged_minor > 0 AND t.flag_resolved_at IS NULL ORDER BY t.id")))
        return m_db.failure(q.lastError(), tr("reading the online payments to check"));
    QList<FlaggedTransaction> list;
    while (q.next()) {
        FlaggedTransaction f;
        f.id = q.value(0).toLongLong();
        f.gateway = q.value(1).toString();
        f.transactionId = q.value(2).toString();
        f.clientId = q.value(3).toLongLong();
        f.clientName = q.value(4).toString();
        f.methodType = q.value(5).toString();
        f.amount = Money::fromMinor(q.value(6).toLongLong());
        f.applied = Money::fromMinor(q.value(7).toLongLong());
        f.flagged = Money::fromMinor(q.value(8).toLongLong());
        f.reason = q.value(9).toString();
        f.recordedAt = SqlValues::toTimestamp(q.value(10));
        list.append(f);
    }
    return list;
}

Result<void> PaymentLinkRepository::resolveFlag(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("marking the online payment as checked"));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE gateway_transactions SET flag_resolved_at = ? WHERE id = ? "
                             "AND flag_resolved_at IS NULL"));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("marking the online payment as checked"));
    AuditLog audit(m_db, m_clock);
    if (auto logged
        = audit.record(QStringLiteral("online_payment"), id, QStringLiteral("resolve"), {}, {});
        !logged)
        return logged.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("marking the online payment as checked"));
    return {};
}

Result<void> PaymentLinkRepository::saveRenderedMessage(qint64 outboxId, const QString &text,
                                                        const QStringList &parameters)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox_messages SET body = ?, parameters = ?, updated_at = ? "
                             "WHERE id = ?"));
    q.addBindValue(text);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(parameters)).toJson(QJsonDocument::Compact)));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(outboxId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("saving the reminder with its payment link"));
    return {};
}

Result<QList<qint64>> PaymentLinkRepository::debtsOfMessage(qint64 outboxId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT debt_id FROM outbox_items WHERE message_id = ? ORDER BY debt_id"));
    q.addBindValue(outboxId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the debts of the reminder"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}
