#include "debtrepository.h"

#include "changerecorder.h"
#include "clock.h"
#include "remindertracking.h"
#include "sqlvalues.h"
#include "textfold.h"

#include <QSqlQuery>

namespace {

const char *const kColumns =
    "d.id, d.client_id, d.reference, d.description, d.issue_date, d.due_date, d.amount_minor, "
    "d.paid_minor, d.installment, d.written_off, d.created_at, d.updated_at, d.version, c.name";

DebtRow rowFromQuery(const QSqlQuery &q)
{
    DebtRow row;
    Debt &d = row.debt;
    d.id = q.value(0).toLongLong();
    d.clientId = q.value(1).toLongLong();
    d.reference = q.value(2).toString();
    d.description = q.value(3).toString();
    d.issueDate = SqlValues::toDate(q.value(4));
    d.dueDate = SqlValues::toDate(q.value(5));
    d.amount = Money::fromMinor(q.value(6).toLongLong());
    d.paid = Money::fromMinor(q.value(7).toLongLong());
    d.installment = q.value(8).toInt();
    d.writtenOff = q.value(9).toInt() != 0;
    d.createdAt = SqlValues::toTimestamp(q.value(10));
    d.updatedAt = SqlValues::toTimestamp(q.value(11));
    d.version = q.value(12).toInt();
    row.clientName = q.value(13).toString();
    return row;
}

QString whereClause(const DebtQuery &query, QVariantList *binds)
{
    QStringList conditions;
    const QString folded = TextFold::fold(query.search);
    if (!folded.isEmpty()) {
        // Matching clients first (an index-only scan of 100,000 names at most), then their
        // debts by index. Invoice numbers are searched only when the text could be part of one
        // (it has a digit or a separator), since that scan reads every invoice number.
        const QString pattern = QLatin1Char('%') + TextFold::escapeLike(folded) + QLatin1Char('%');
        if (TextFold::couldBeReference(folded)) {
            conditions << QStringLiteral(
                "(d.client_id IN (SELECT id FROM clients WHERE search_text LIKE ? ESCAPE '\\') "
                "OR d.id IN (SELECT id FROM debts WHERE LOWER(reference) LIKE ? ESCAPE '\\'))");
            binds->append(pattern);
            binds->append(pattern);
        } else {
            conditions << QStringLiteral(
                "d.client_id IN (SELECT id FROM clients WHERE search_text LIKE ? ESCAPE '\\')");
            binds->append(pattern);
        }
    }
    if (query.clientId > 0) {
        conditions << QStringLiteral("d.client_id = ?");
        binds->append(query.clientId);
    }
    const QDate asOf = query.asOf.isValid() ? query.asOf : QDate::currentDate();
    switch (query.state) {
    case DebtQuery::State::All:
        break;
    case DebtQuery::State::Open:
        conditions << QStringLiteral("d.settled = 0");
        break;
    case DebtQuery::State::Current:
        conditions << QStringLiteral("d.settled = 0 AND d.due_date >= ?");
        binds->append(SqlValues::date(asOf));
        break;
    case DebtQuery::State::Overdue:
        conditions << QStringLiteral("d.settled = 0 AND d.due_date < ?");
        binds->append(SqlValues::date(asOf));
        break;
    case DebtQuery::State::Settled:
        conditions << QStringLiteral("d.settled = 1");
        break;
    }
    // Days overdue = asOf - due_date, so a band of days is a band of due dates.
    if (query.minDaysOverdue >= 0 || query.maxDaysOverdue >= 0) {
        conditions << QStringLiteral("d.settled = 0");
        if (query.minDaysOverdue >= 0) {
            conditions << QStringLiteral("d.due_date <= ?");
            binds->append(SqlValues::date(asOf.addDays(-query.minDaysOverdue)));
        }
        if (query.maxDaysOverdue >= 0) {
            conditions << QStringLiteral("d.due_date >= ?");
            binds->append(SqlValues::date(asOf.addDays(-query.maxDaysOverdue)));
        }
    }
    if (query.dueFrom.isValid()) {
        conditions << QStringLiteral("d.due_date >= ?");
        binds->append(SqlValues::date(query.dueFrom));
    }
    if (query.dueTo.isValid()) {
        conditions << QStringLiteral("d.due_date <= ?");
        binds->append(SqlValues::date(query.dueTo));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The columns create() and update() both write, in their order in both statements.
void bindEditableFields(QSqlQuery &q, const Debt &debt)
{
    q.addBindValue(debt.clientId);
    q.addBindValue(SqlValues::text(debt.reference));
    q.addBindValue(SqlValues::text(debt.description.trimmed()));
    q.addBindValue(SqlValues::date(debt.issueDate));
    q.addBindValue(SqlValues::date(debt.dueDate));
    q.addBindValue(debt.amount.minor());
    q.addBindValue(debt.installment);
}

} // namespace

DebtRepository::DebtRepository(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<void> DebtRepository::checkReferenceFree(const Debt &debt) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT d.id, c.name FROM debts d JOIN clients c ON c.id = d.client_id "
                             "WHERE d.reference = ? AND d.id <> ?"));
    q.addBindValue(debt.reference.trimmed());
    q.addBindValue(debt.id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("checking the invoice number"));
    if (q.next())
        return Failure{tr("Invoice number %1 is already used by a debt of %2. Each invoice "
                          "number can be used once; check the number.")
                           .arg(debt.reference.trimmed(), q.value(1).toString()),
                       ErrorCode::Duplicate};
    return {};
}

Result<qint64> DebtRepository::create(Debt &debt)
{
    debt.reference = debt.reference.trimmed();
    debt.paid = Money();
    if (auto valid = debt.validate(); !valid)
        return valid.failure();
    if (auto free = checkReferenceFree(debt); !free)
        return free.failure();

    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("saving the debt"));
    const QDateTime now = m_clock.now();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO debts (client_id, reference, description, issue_date, due_date, "
        "amount_minor, paid_minor, installment, written_off, settled, created_at, updated_at, "
        "version) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, 0, ?, ?, 1) RETURNING id"));
    bindEditableFields(q, debt);
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(SqlValues::timestamp(now));
    if (!q.exec() || !q.next()) {
        if (m_db.dialect().isUniqueViolation(q.lastError()))
            return Failure{tr("Invoice number %1 is already used.").arg(debt.reference),
                           ErrorCode::Duplicate};
        if (m_db.dialect().isForeignKeyViolation(q.lastError()))
            return Failure{tr("The client of this debt no longer exists."), ErrorCode::NotFound};
        return m_db.failure(q.lastError(), tr("saving the debt"));
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // an unfinished INSERT ... RETURNING would block the COMMIT
    debt.writtenOff = false;
    if (auto recorded = ChangeRecorder::debtCreated(m_db, m_clock, id, debt); !recorded)
        return recorded.failure();
    if (auto planned = ReminderTracking::scheduleDebt(m_db, id, m_clock.today()); !planned)
        return planned.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("saving the debt"));
    debt.id = id;
    debt.createdAt = now;
    debt.updatedAt = now;
    debt.version = 1;
    debt.writtenOff = false;
    return debt.id;
}

Result<void> DebtRepository::update(Debt &debt)
{
    debt.reference = debt.reference.trimmed();
    if (auto valid = debt.validate(); !valid)
        return valid.failure();
    if (auto free = checkReferenceFree(debt); !free)
        return free.failure();

    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("saving the debt"));
    if (!m_db.dialect().lockRowsSuffix().isEmpty()) {
        QSqlQuery lock(m_db.connection());
        lock.prepare(QStringLiteral("SELECT id FROM debts WHERE id = ?") + m_db.dialect().lockRowsSuffix());
        lock.addBindValue(debt.id);
        if (!lock.exec())
            return m_db.failure(lock.lastError(), tr("saving the debt"));
    }
    const auto current = get(debt.id);
    if (!current)
        return current.failure();
    if (current->version != debt.version)
        return Failure{tr("Someone else changed debt %1 while you were editing it. Nothing was "
                          "saved; reopen it to see the changes.")
                           .arg(current->reference),
                       ErrorCode::Conflict};
    if (debt.amount < current->paid)
        return Failure{tr("The amount cannot be less than what was already paid (%1).")
                           .arg(current->paid.toString()),
                       ErrorCode::Invalid};

    const QDateTime now = m_clock.now();
    const bool settled = current->writtenOff || debt.amount == current->paid;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE debts SET client_id = ?, reference = ?, description = ?, issue_date = ?, "
        "due_date = ?, amount_minor = ?, installment = ?, settled = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ? AND version = ?"));
    bindEditableFields(q, debt);
    q.addBindValue(settled ? 1 : 0);
    q.addBindValue(SqlValues::timestamp(now));
    q.addBindValue(debt.id);
    q.addBindValue(debt.version);
    if (!q.exec()) {
        if (m_db.dialect().isUniqueViolation(q.lastError()))
            return Failure{tr("Invoice number %1 is already used.").arg(debt.reference),
                           ErrorCode::Duplicate};
        return m_db.failure(q.lastError(), tr("saving the debt"));
    }
    if (q.numRowsAffected() != 1)
        return Failure{tr("Someone else changed debt %1 while you were editing it. Nothing was "
                          "saved; reopen it to see the changes.")
                           .arg(current->reference),
                       ErrorCode::Conflict};
    if (auto recorded = ChangeRecorder::debtUpdated(m_db, m_clock, current.value(), debt); !recorded)
        return recorded.failure();
    // Messages already queued speak of the old date or amount: cancel them and plan again.
    if (current->dueDate != debt.dueDate || current->amount != debt.amount || settled) {
        const auto cancelled = ReminderTracking::cancelForDebt(
            m_db, debt.id, tr("Debt %1 was changed").arg(debt.reference), now, m_clock.today());
        if (!cancelled)
            return cancelled.failure();
    }
    if (auto planned = ReminderTracking::scheduleDebt(m_db, debt.id, m_clock.today()); !planned)
        return planned.failure();
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("saving the debt"));
    debt.paid = current->paid;
    debt.writtenOff = current->writtenOff;
    debt.updatedAt = now;
    debt.version += 1;
    return {};
}

Result<Debt> DebtRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM debts d JOIN clients c ON c.id = d.client_id "
                             "WHERE d.id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the debt"));
    if (!q.next())
        return Failure{tr("The debt no longer exists."), ErrorCode::NotFound};
    return rowFromQuery(q).debt;
}

Result<QList<DebtRow>> DebtRepository::list(const DebtQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    const bool ascending = query.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order;
    switch (query.sort) {
    case DebtQuery::Sort::DueDate: order = QStringLiteral("d.due_date"); break;
    case DebtQuery::Sort::Client: order = QStringLiteral("c.name_key"); break;
    case DebtQuery::Sort::Reference: order = QStringLiteral("d.reference"); break;
    case DebtQuery::Sort::Amount: order = QStringLiteral("d.amount_minor"); break;
    case DebtQuery::Sort::Paid: order = QStringLiteral("d.paid_minor"); break;
    case DebtQuery::Sort::Balance: order = QStringLiteral("(d.amount_minor - d.paid_minor)"); break;
    case DebtQuery::Sort::IssueDate: order = QStringLiteral("d.issue_date"); break;
    case DebtQuery::Sort::DaysOverdue: break;
    }
    if (query.sort == DebtQuery::Sort::DaysOverdue) {
        // Settled debts owe no days; among open ones, an earlier due date is more days overdue.
        order = ascending ? QStringLiteral("d.settled DESC, d.due_date DESC")
                          : QStringLiteral("d.settled ASC, d.due_date ASC");
    } else {
        order += direction;
    }

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM debts d JOIN clients c ON c.id = d.client_id%2 "
                             "ORDER BY %3, d.id%4 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), where, order, direction));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("listing debts"));
    QList<DebtRow> rows;
    while (q.next())
        rows.append(rowFromQuery(q));
    return rows;
}

Result<int> DebtRepository::count(const DebtQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM debts d") + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("counting debts"));
    return q.value(0).toInt();
}

Result<void> DebtRepository::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("deleting the debt"));
    const auto debt = get(id);
    if (!debt)
        return debt.failure();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM payments WHERE debt_id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("deleting the debt"));
    const int payments = q.value(0).toInt();
    if (payments > 0)
        return Failure{tr("Debt %1 cannot be deleted: it has %n payment(s) on record. Write it "
                          "off instead.",
                          nullptr, payments)
                           .arg(debt->reference),
                       ErrorCode::Conflict};
    if (auto recorded = ChangeRecorder::debtRemoving(m_db, m_clock, debt.value()); !recorded)
        return recorded.failure();
    // A queued reminder must not speak of a debt that no longer exists.
    const auto cancelled = ReminderTracking::cancelForDebt(
        m_db, id, tr("Debt %1 was deleted").arg(debt->reference), m_clock.now(), m_clock.today());
    if (!cancelled)
        return cancelled.failure();
    q.prepare(QStringLiteral("DELETE FROM debts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("deleting the debt"));
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("deleting the debt"));
    return {};
}

Result<void> DebtRepository::writeOff(qint64 id, bool writtenOff)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return m_db.failure(tx.error(), tr("writing off the debt"));
    if (auto recorded = ChangeRecorder::debtWritingOff(m_db, m_clock, id, writtenOff); !recorded)
        return recorded.failure();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE debts SET written_off = ?, "
        "settled = CASE WHEN ? = 1 OR paid_minor = amount_minor THEN 1 ELSE 0 END, "
        "updated_at = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(writtenOff ? 1 : 0);
    q.addBindValue(writtenOff ? 1 : 0);
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("writing off the debt"));
    if (q.numRowsAffected() != 1)
        return Failure{tr("The debt no longer exists."), ErrorCode::NotFound};
    if (writtenOff) {
        // The dispatcher also checks each message's debts just before sending, so a message
        // is never sent for a written-off debt even if this step failed.
        const auto cancelled = ReminderTracking::cancelForDebt(m_db, id, tr("Written off"),
                                                               m_clock.now(), m_clock.today());
        if (!cancelled)
            return cancelled.failure();
    } else if (auto planned = ReminderTracking::scheduleDebt(m_db, id, m_clock.today());
               !planned) {
        // Reactivated: the scan looks at it again from today.
        return planned.failure();
    }
    if (!tx.commit())
        return m_db.failure(tx.error(), tr("writing off the debt"));
    return {};
}

Result<PortfolioTotals> DebtRepository::totals(const QDate &asOf) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Two ranges of the (settled, due_date, amount, paid) index, overdue and current, each a
    // plain sum: half the time of one pass that asks of every debt whether it is overdue
    // (a million debts: 74 -> 38 ms in the sqlite3 shell). The status bar waits for it.
    q.prepare(QStringLiteral(
        "SELECT 1, COALESCE(SUM(amount_minor - paid_minor), 0), COUNT(*) FROM debts "
        "WHERE settled = 0 AND due_date < ? "
        "UNION ALL "
        "SELECT 0, COALESCE(SUM(amount_minor - paid_minor), 0), COUNT(*) FROM debts "
        "WHERE settled = 0 AND due_date >= ?"));
    q.addBindValue(SqlValues::date(asOf));
    q.addBindValue(SqlValues::date(asOf));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("adding up the portfolio"));
    PortfolioTotals totals;
    while (q.next()) {
        const Money balance = Money::fromMinor(q.value(1).toLongLong());
        const int count = q.value(2).toInt();
        totals.receivable += balance;
        totals.openDebts += count;
        if (q.value(0).toInt() == 1) {
            totals.overdue = balance;
            totals.overdueDebts = count;
        }
    }
    if (q.lastError().isValid())
        return m_db.failure(q.lastError(), tr("adding up the portfolio"));
    return totals;
}

Result<Money> DebtRepository::clientBalance(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    // Only client_id in the WHERE: with "settled = 0" there too, SQLite picks the portfolio-wide
    // (settled, ...) index and scans every open debt of every client.
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN settled = 0 THEN amount_minor - "
                             "paid_minor ELSE 0 END), 0) FROM debts WHERE client_id = ?"));
    q.addBindValue(clientId);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("adding up the client's balance"));
    return Money::fromMinor(q.value(0).toLongLong());
}
