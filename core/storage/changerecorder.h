#pragma once

#include "client.h"
#include "database.h"
#include "debt.h"
#include "payment.h"
#include "result.h"

#include <QJsonObject>

class Clock;

// What the repositories call, inside their own transaction, when clients, debts and payments
// change: an audit log entry for every change and, when a client's consent changes, a consent
// history event. Each repository calls one function per change, so the hooks stay one line.
namespace ChangeRecorder {

QJsonObject toJson(const Client &client);
QJsonObject toJson(const Debt &debt);
QJsonObject toJson(const Payment &payment);

Result<void> clientCreated(const Database &db, const Clock &clock, qint64 id, const Client &client);
// Called before the UPDATE with the values about to be written; reads the current row itself.
Result<void> clientUpdating(const Database &db, const Clock &clock, const Client &client);
Result<void> clientRemoving(const Database &db, const Clock &clock, const Client &client);

Result<void> debtCreated(const Database &db, const Clock &clock, qint64 id, const Debt &debt);
Result<void> debtUpdated(const Database &db, const Clock &clock, const Debt &before,
                         const Debt &after);
Result<void> debtRemoving(const Database &db, const Clock &clock, const Debt &debt);
// Called before the UPDATE; reads the current row itself.
Result<void> debtWritingOff(const Database &db, const Clock &clock, qint64 debtId, bool writtenOff);

Result<void> paymentRecorded(const Database &db, const Clock &clock, qint64 paymentId,
                             const Payment &payment);
Result<void> paymentReversed(const Database &db, const Clock &clock, const Payment &payment,
                             const QString &reason);

} // namespace ChangeRecorder
