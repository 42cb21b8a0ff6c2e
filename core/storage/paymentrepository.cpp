#include "paymentrepository.h"

#include "changerecorder.h"
#include "clock.h"
#include "remindertracking.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QSqlQuery>

namespace {

const char *const kColumns =
    "p.id, p.debt_id, p.paid_on, p.amount_minor, p.method, p.reference, p.note, p.created_at, "
    "r.reason, r.reversed_at, d.reference, d.client_id, c.name";
const char *const kFrom =
    " FROM payments p JOIN debts d ON d.id = p.debt_id JOIN clients c ON c.id = d.client_id "
    "LEFT JOIN payment_reversals r ON r.payment_id = p.id";

PaymentRow rowFromQuery(const QSqlQuery &q)
{
    PaymentRow row;
    Payment &p = row.payment;
    p.id = q.value(0).toLongLong();
    p.debtId = q.value(1).toLongLong();
    p.date = SqlValues::toDate(q.value(2));
    p.amount = Money::fromMinor(q.value(3).toLongLong());
    Payment::methodFromCode(q.value(4).toString(), &p.method);
    p.reference = q.value(5).toString();
    p.note = q.value(6).toString();
    p.createdAt = SqlValues::toTimestamp(q.value(7));
    p.reversed = !q.value(9).isNull();
    p.reversalReason = q.value(8).toString();
    p.reversedAt = SqlValues::toTimestamp(q.value(9));
    row.debtReference = q.value(10).toString();
    row.clientId = q.value(11).toLongLong();
    row.clientName = q.value(12).toString();
    return row;
}

QString whereClause(const PaymentQuery &query, QVariantList *binds)
{
    QStringList conditions;
    const QString folded = TextFold::fold(query.search);
    if (!folded.isEmpty()) {
        // As for debts: clients through their index; invoice and payment references only when
        // the text could be one.
        const QString pattern = QLatin1Char('%') + TextFold::escapeLike(folded) + QLatin1Char('%');
        QString condition = QStringLiteral(
            "d.client_id IN (SELECT id FROM clients WHERE search_text LIKE ? ESCAPE '\\')");
        binds->append(pattern);
        if (TextFold::couldBeReference(folded)) {
            condition = QStringLiteral("(%1 OR p.debt_id IN (SELECT id FROM debts WHERE "
                                       "LOWER(reference) LIKE ? ESCAPE '\\') OR p.id IN (SELECT id "
                                       "FROM payments WHERE LOWER(reference) LIKE ? ESCAPE '\\'))")
                            .arg(condition);
            binds->append(pattern);
            binds->append(pattern);
        }
        conditions << condition;
    }
    if (query.debtId > 0) {
        conditions << QStringLiteral("p.debt_id = ?");
        binds->append(query.debtId);
    }
    if (query.clientId > 0) {
        conditions << QStringLiteral("d.client_id = ?");
        binds->append(query.clientId);
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("p.paid_on >= ?");
        binds->append(SqlValues::date(query.from));
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("p.paid_on <= ?");
        binds->append(SqlValues::date(query.to));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

PaymentRepository::PaymentRepository(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

Result<qint64> PaymentRepository::record(Payment &payment)
{
    payment.reference = payment.reference.trimmed();
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("recording the payment"));

    // Read the balance inside the write transaction: no one can change it before we commit.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT amount_minor, paid_minor, written_off, reference FROM debts "
                             "WHERE id = ?")
              + m_db.dialect().lockRowsSuffix());
    q.addBindValue(payment.debtId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("recording the payment"));
    if (!q.next())
        return Failure{tr("The debt of this payment no longer exists."), ErrorCode::NotFound};
    const Money amount = Money::fromMinor(q.value(0).toLongLong());
    const Money paid = Money::fromMinor(q.value(1).toLongLong());
    if (q.value(2).toInt() != 0)
        return Failure{tr("Debt %1 was written off; reactivate it before recording payments.")
                           .arg(q.value(3).toString()),
                       ErrorCode::Conflict};
    if (auto valid = payment.validate(amount - paid); !valid)
        return valid.failure();

    const QDateTime now = m_clock.now();
    q.prepare(QStringLiteral("INSERT INTO payments (debt_id, paid_on, amount_minor, method, "
                             "reference, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(payment.debtId);
    q.addBindValue(SqlValues::date(payment.date));
    q.addBindValue(payment.amount.minor());
    q.addBindValue(Payment::methodCode(payment.method));
    q.addBindValue(SqlValues::text(payment.reference));
    q.addBindValue(SqlValues::text(payment.note));
    q.addBindValue(SqlValues::timestamp(now));
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("recording the payment"));
    const qint64 id = q.value(0).toLongLong();

    const Money newPaid = paid + payment.amount;
    q.prepare(QStringLiteral("UPDATE debts SET paid_minor = ?, settled = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ?"));
    q.addBindValue(newPaid.minor());
    q.addBindValue(newPaid == amount ? 1 : 0);
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(payment.debtId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("recording the payment"));
    if (auto recorded = ChangeRecorder::paymentRecorded(m_db, m_clock, id, payment); !recorded)
        return recorded.failure();

    if (newPaid == amount) {
        // Paid in full: its reminders not yet sent are cancelled with the payment, never after.
        const auto cancelled = ReminderTracking::cancelForDebt(
            m_db, payment.debtId,
            tr("Paid in full on %1").arg(payment.date.toString(QStringLiteral("dd/MM/yyyy"))), now,
            m_clock.today());
        if (!cancelled)
            return cancelled.failure();
        // Its wake-ups stay: the scan drops them on their day, finding the debt settled.
    }

    if (!tx.commit())
        return m_db.failure(tx.error(), tr("recording the payment"));
    payment.id = id;
    payment.createdAt = now;
    payment.reversed = false;
    return id;
}

Result<void> PaymentRepository::reverse(qint64 paymentId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Failure{tr("Say why the payment is reversed, for example \"cheque devuelto\"."),
                       ErrorCode::Invalid};
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("reversing the payment"));
    const auto payment = get(paymentId);
    if (!payment)
        return payment.failure();
    if (payment->reversed)
        return Failure{tr("This payment was already reversed on %1.")
                           .arg(payment->reversedAt.toTimeZone(m_clock.timeZone())
                                    .toString(QStringLiteral("dd/MM/yyyy"))),
                       ErrorCode::Conflict};

    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO payment_reversals (payment_id, reason, reversed_at) "
                             "VALUES (?, ?, ?)"));
    q.addBindValue(paymentId);
    q.addBindValue(SqlValues::text(reason.trimmed()));
    q.addBindValue(SqlValues::timestamp(now));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reversing the payment"));
    q.prepare(QStringLiteral("UPDATE debts SET paid_minor = paid_minor - ?, "
                             "settled = written_off, updated_at = ?, version = version + 1 "
                             "WHERE id = ?"));
    q.addBindValue(payment->amount.minor());
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(payment->debtId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reversing the payment"));
    if (auto recorded = ChangeRecorder::paymentReversed(m_db, m_clock, payment.value(), reason); !recorded)
        return recorded.failure();
    // The debt owes again: its reminders resume from today.
    if (auto planned = ReminderTracking::scheduleDebt(m_db, payment->debtId, m_clock.today());
        !planned)
        return planned.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("reversing the payment"));
    return {};
}

Result<Payment> PaymentRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1%2 WHERE p.id = ?").arg(QLatin1String(kColumns),
                                                             QLatin1String(kFrom)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the payment"));
    if (!q.next())
        return Failure{tr("The payment no longer exists."), ErrorCode::NotFound};
    return rowFromQuery(q).payment;
}

Result<QList<PaymentRow>> PaymentRepository::list(const PaymentQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    const QString direction = query.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1%2%3 ORDER BY p.paid_on %4, p.id %4 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), QLatin1String(kFrom), where, direction));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("listing payments"));
    QList<PaymentRow> rows;
    while (q.next())
        rows.append(rowFromQuery(q));
    return rows;
}

Result<int> PaymentRepository::count(const PaymentQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*)%1%2").arg(QLatin1String(kFrom), where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("counting payments"));
    return q.value(0).toInt();
}
