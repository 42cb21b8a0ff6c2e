#pragma once

#include "database.h"
#include "outboxmessage.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <memory>

class QSqlQuery;

class Clock;

struct OutboxQuery
{
    QList<OutboxMessage::State> states; // empty: all
    qint64 clientId = 0;                // 0: all clients
    QString clientSearch;               // part of the client's name, accents and case ignored
    QDate from;                         // send date, inclusive, optional
    QDate to;                           // send date, inclusive, optional
    bool newestFirst = true;
    int offset = 0;
    int limit = 200;
};

// The reminder queue and its history. Every state change is one guarded UPDATE: a message
// moves only from the states its transition allows, so two workers never both act on it.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)
public:
    OutboxRepository(const Database &db, const Clock &clock);

    // Adds a message and its debt steps; runs inside the caller's transaction. Duplicate when
    // the client already has a message that day or a step is already queued.
    Result<qint64> insert(OutboxMessage &message);
    // The same for several messages at once (the daily scan's chunk): for each, in order, an
    // empty text when it was queued, or why it was refused (a duplicate, which leaves nothing
    // behind). On PostgreSQL one statement per table instead of one per row: a chunk costs
    // two round trips to the server, not thousands.
    Result<QStringList> insertAll(QList<OutboxMessage> &messages);

    // Atomically takes up to `limit` messages whose time has come (scheduled past notBefore,
    // retrying past nextAttemptAt) and marks them sending for `worker`.
    Result<QList<OutboxMessage>> claimDue(const QString &worker, int limit);

    Result<void> markSent(qint64 id, const QString &provider, const QString &providerMessageId);
    Result<void> markRetrying(qint64 id, const QDateTime &nextAttempt, const QString &reason,
                              const QString &providerCode);
    Result<void> markFailed(qint64 id, const QString &reason, const QString &providerCode);
    Result<void> markUncertain(qint64 id, const QString &reason);
    // Gives a claimed message back untouched (the provider refused the whole account).
    Result<void> release(qint64 id, const QString &reason);
    // Drops a claimed message that must not go out any more (consent revoked, debts paid).
    Result<void> cancelClaimed(qint64 id, const QString &reason);

    // Clerk actions from the Mensajes view.
    Result<void> cancel(qint64 id, const QString &reason);
    Result<void> retry(qint64 id);
    Result<void> resolveUncertain(qint64 id, bool wasSent);

    // After a restart: messages left in `sending` may or may not have gone out. They become
    // uncertain and are never resent automatically.
    Result<int> recoverInterrupted();
    // Messages that missed their day (the computer was off) are cancelled; their debts are
    // looked at again so that the scan queues only the latest due step, with fresh amounts.
    Result<int> expireStale(const QDate &today);

    Result<OutboxMessage> get(qint64 id) const;
    Result<QList<OutboxMessage>> list(const OutboxQuery &query) const;
    Result<int> count(const OutboxQuery &query) const;
    // Messages that have not gone out yet (scheduled or retrying).
    Result<int> pendingCount() const;

private:
    Result<qint64> insertOne(OutboxMessage &message);
    Result<QStringList> insertBatch(QList<OutboxMessage> &messages);
    Result<void> removeUnsent(qint64 id);
    Result<void> transition(qint64 id, const QString &fromStates, const QString &assignments,
                            const QVariantList &binds, const QString &action);

    Database m_db;
    const Clock &m_clock;
    // Prepared on the first insert and reused (copies of the repository share them).
    std::shared_ptr<QSqlQuery> m_insertMessage;
    std::shared_ptr<QSqlQuery> m_insertItem;
};
