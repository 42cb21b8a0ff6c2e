#include "reportqueries.h"

#include "clock.h"
#include "identitydocument.h"
#include "phonenumber.h"
#include "sqlvalues.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace {

// A debt's balance as it stood at the end of a cut date starts from the balance it keeps
// (amount - paid, where paid is the sum of its payments not reversed) and is corrected only for
// what happened after the cut: payments dated later are added back, payments reversed later
// (after the cut date ended) are taken off again. So a report as of today reads the open debts
// and next to nothing else, and one as of a past date reads only the payments since then,
// instead of summing every payment ever made. Debts settled since the cut come back through
// their corrections.
//
// kCorrections is that correction per debt, a WITH clause defining `corr_sum` (debt_id,
// delta): every payment dated after the cut is added back, then every reversed payment that
// was either dated after the cut (it is in neither balance) or reversed after it (it counted
// then) is taken off. Reading the few reversals beats asking of each later payment whether it
// was reversed (at a million debts, 180 days back: 185 -> 120 ms in the sqlite3 shell). The
// unary + keeps SQLite from walking every payment in debt order: the payments after the cut
// come from the paid_on index. The cut date and time are written in as literals: with them
// bound as parameters SQLite evaluated the corrections again and again (3.6 s instead of
// 1.4 s at a million debts). Both are made here from a QDate and a UTC time, never from
// typed text.
const char *const kCorrections
    = "WITH corr AS ("
      "SELECT +p.debt_id AS debt_id, p.amount_minor AS delta FROM payments p "
      "WHERE p.paid_on > '{cut}' "
      "UNION ALL "
      "SELECT p.debt_id, -p.amount_minor FROM payment_reversals r "
      "JOIN payments p ON p.id = r.payment_id "
      "WHERE p.paid_on > '{cut}' OR r.reversed_at >= '{cutoff}'), "
      "corr_sum AS (SELECT debt_id, SUM(delta) AS delta FROM corr GROUP BY debt_id)";

// After kCorrections: each debt's balance as of the cut, `b` (debt_id, client_id, due_date,
// balance). The debts with corrections are read through them, the others straight from the
// open-debts index (a LEFT JOIN would have SQLite scan the corrections per debt).
// Binds, in order: cut date, cut date.
const char *const kBalancesAsOf
    = ", b AS ("
      "SELECT d.id AS debt_id, d.client_id AS client_id, d.due_date AS due_date, "
      "d.amount_minor - d.paid_minor AS balance FROM debts d "
      "WHERE d.settled = 0 AND d.written_off = 0 AND d.issue_date <= ? "
      "AND d.id NOT IN (SELECT debt_id FROM corr_sum) "
      "UNION ALL "
      "SELECT d.id, d.client_id, d.due_date, d.amount_minor - d.paid_minor + cs.delta "
      "FROM corr_sum cs JOIN debts d ON d.id = cs.debt_id "
      "WHERE d.written_off = 0 AND d.issue_date <= ?) ";

// As of today there is usually nothing to correct: only a payment dated after today (a
// post-dated cheque) or a reversal made after the day ends needs it. The balances are then the
// stored ones, `b` is a plain read of the open debts that SQLite folds into the grouping, and
// the debts come from debts_open_balances in client order with no sort (the aging query at a
// million debts: 0.49 s -> 0.36 s in the sqlite3 shell). Whether that holds is asked in the
// same statement, so in the same snapshot as its rows: kCorrectionsPending is its first
// column, and when it is true the report runs again with kBalancesAsOf.
// Binds, in order: cut date.
const char *const kStoredBalances
    = "WITH b AS (SELECT d.id AS debt_id, d.client_id AS client_id, d.due_date AS due_date, "
      "d.amount_minor - d.paid_minor AS balance FROM debts d "
      "WHERE d.settled = 0 AND d.written_off = 0 AND d.issue_date <= ?) ";
const char *const kCorrectionsPending
    = "(EXISTS (SELECT 1 FROM payments WHERE paid_on > '{cut}') OR "
      "EXISTS (SELECT 1 FROM payment_reversals WHERE reversed_at >= '{cutoff}'))";

QString withCut(const char *sql, const QDate &asOf, const QString &cutOff)
{
    static const QRegularExpression timestamp(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$"));
    Q_ASSERT(asOf.isValid() && timestamp.match(cutOff).hasMatch());
    return QString::fromLatin1(sql)
        .replace(QLatin1String("{cutoff}"),
                 timestamp.match(cutOff).hasMatch() ? cutOff : QStringLiteral("9999"))
        .replace(QLatin1String("{cut}"),
                 asOf.isValid() ? asOf.toString(Qt::ISODate) : QStringLiteral("0000"));
}

// kBalancesAsOf for one cut, with its two binds appended to `binds`.
QString balancesAsOf(const QDate &asOf, const QString &cutOff, QVariantList *binds)
{
    binds->append(SqlValues::date(asOf));
    binds->append(SqlValues::date(asOf));
    return withCut(kCorrections, asOf, cutOff) + QLatin1String(kBalancesAsOf);
}

// Days overdue = cut date - due date, so a mora level is a band of due dates.
QString levelCondition(const MoraLevel &level, int index, const QDate &asOf, QVariantList *binds)
{
    if (index == 0) {
        binds->append(SqlValues::date(asOf));
        return QStringLiteral("b.due_date >= ?");
    }
    QString condition = QStringLiteral("b.due_date <= ?");
    binds->append(SqlValues::date(asOf.addDays(-level.minDays)));
    if (level.maxDays >= 0) {
        condition += QStringLiteral(" AND b.due_date >= ?");
        binds->append(SqlValues::date(asOf.addDays(-level.maxDays)));
    }
    return condition;
}

QString documentText(const QString &type, const QString &number)
{
    IdentityDocument::Type t;
    if (!IdentityDocument::typeFromCode(type, &t))
        return type + QLatin1Char(' ') + number;
    return IdentityDocument::fromStored(t, number).display();
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

// Where each client's figures are, by client id. The ids come from a sequence, so they are
// small and dense: a flat table indexed by id, read without hashing; a hash only for ids
// beyond what that table may take (a hash of 100,000 clients was 8 % of the report's profile).
class ClientSlots
{
public:
    explicit ClientSlots(qint64 maxId)
        : m_dense(size_t(std::clamp<qint64>(maxId + 1, 0, kMaxDense)), -1)
    {
    }
    // -1 when the client has none.
    int find(qint64 id) const
    {
        if (id >= 0 && id < qint64(m_dense.size()))
            return m_dense[size_t(id)];
        return m_sparse.value(id, -1);
    }
    void insert(qint64 id, int slot)
    {
        if (id >= 0 && id < qint64(m_dense.size()))
            m_dense[size_t(id)] = slot;
        else
            m_sparse.insert(id, slot);
    }

private:
    static constexpr qint64 kMaxDense = qint64(1) << 24; // 64 MiB of slots at most
    std::vector<int> m_dense;
    QHash<qint64, int> m_sparse;
};

void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &v : binds)
        q.addBindValue(v);
}

// Runs `sql`, whose WHERE clause on the debts `d` it ends or `tail` follows, with `binds`,
// narrowed to one client's debts when the report is for one.
bool execForClient(QSqlQuery &q, QString sql, QVariantList binds, qint64 clientId,
                   const QString &tail = QString())
{
    if (clientId > 0) {
        sql += QStringLiteral(" AND d.client_id = ?");
        binds.append(clientId);
    }
    q.prepare(sql + tail);
    bindAll(q, binds);
    return q.exec();
}

} // namespace

ReportQueries::ReportQueries(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QDate ReportQueries::effectiveAsOf(const QDate &asOf) const
{
    return asOf.isValid() ? asOf : m_clock.today();
}

QString ReportQueries::cutOffTimestamp(const QDate &asOf) const
{
    const QDateTime end(asOf.addDays(1), QTime(0, 0), m_clock.timeZone());
    return SqlValues::timestamp(end.toUTC()).toString();
}

QDate ReportQueries::localDate(const QString &utcTimestamp) const
{
    return SqlValues::toTimestamp(utcTimestamp).toTimeZone(m_clock.timeZone()).date();
}

Result<bool> ReportQueries::execOnBalances(QSqlQuery &q, const QDate &asOf,
                                           const BalancesStatement &build,
                                           const QString &action) const
{
    const QString cutOff = cutOffTimestamp(asOf);
    // As of a past date there is nearly always something to correct: the general form at once.
    for (const bool stored : {true, false}) {
        if (stored && asOf < m_clock.today())
            continue;
        QVariantList binds;
        QString balances;
        if (stored) {
            binds.append(SqlValues::date(asOf));
            balances = QString::fromLatin1(kStoredBalances);
        } else {
            balances = balancesAsOf(asOf, cutOff, &binds);
        }
        const QString pending = stored ? withCut(kCorrectionsPending, asOf, cutOff)
                                       : QStringLiteral("0");
        q.setForwardOnly(true);
        q.prepare(build(balances, pending, &binds));
        bindAll(q, binds);
        if (!q.exec())
            return m_db.failure(q.lastError(), action);
        const bool row = q.next();
        if (q.lastError().isValid())
            return m_db.failure(q.lastError(), action);
        if (row && q.value(0).toBool())
            continue; // something to correct: the general form
        return row;
    }
    Q_UNREACHABLE();
    return false;
}

Result<PortfolioReportData> ReportQueries::portfolio(const ReportFilter &filter,
                                                     const MoraLevels &levels) const
{
    const QDate asOf = effectiveAsOf(filter.asOf);
    // Each client's figures first, then their names: the join and the sort see one row per
    // client instead of one per debt.
    QSqlQuery q(m_db.connection());
    const auto rows = execOnBalances(
        q, asOf,
        [&](const QString &balances, const QString &pending, QVariantList *binds) {
            // Five column binds come next in the statement text.
            for (int i = 0; i < 5; ++i)
                binds->append(SqlValues::date(asOf));
            QStringList where{QStringLiteral("b.balance > 0")};
            if (filter.clientId > 0) {
                where << QStringLiteral("b.client_id = ?");
                binds->append(filter.clientId);
            }
            if (filter.moraLevel >= 0 && filter.moraLevel < levels.count()) {
                // Only the debts in that level count, so the totals are that level's.
                where << levelCondition(levels.levels().at(filter.moraLevel), filter.moraLevel,
                                        asOf, binds);
            }
            QString having;
            if (filter.minBalance.isPositive()) {
                having = QStringLiteral(" HAVING SUM(b.balance) >= ?");
                binds->append(filter.minBalance.minor());
            }
            return QStringLiteral(
                       "%1, per AS (SELECT b.client_id AS client_id, "
                       "SUM(CASE WHEN b.due_date >= ? THEN 1 ELSE 0 END) AS current_debts, "
                       "SUM(CASE WHEN b.due_date >= ? THEN b.balance ELSE 0 END) "
                       "AS current_balance, "
                       "SUM(CASE WHEN b.due_date < ? THEN 1 ELSE 0 END) AS overdue_debts, "
                       "SUM(CASE WHEN b.due_date < ? THEN b.balance ELSE 0 END) "
                       "AS overdue_balance, "
                       "MIN(CASE WHEN b.due_date < ? THEN b.due_date END) AS oldest_due "
                       "FROM b WHERE %2 GROUP BY b.client_id%3) "
                       "SELECT %4, per.client_id, c.name, c.document_type, c.document_number, "
                       "per.current_debts, per.current_balance, per.overdue_debts, "
                       "per.overdue_balance, per.oldest_due FROM per JOIN clients c ON "
                       "c.id = per.client_id ORDER BY c.name_key, per.client_id")
                .arg(balances, where.join(QStringLiteral(" AND ")), having, pending);
        },
        tr("preparing the portfolio report"));
    if (!rows)
        return rows.failure();

    PortfolioReportData data;
    data.asOf = asOf;
    for (bool more = rows.value(); more; more = q.next()) {
        PortfolioClientRow row;
        row.clientId = q.value(1).toLongLong();
        row.clientName = q.value(2).toString();
        row.document = documentText(q.value(3).toString(), q.value(4).toString());
        row.currentDebts = q.value(5).toInt();
        row.currentBalance = Money::fromMinor(q.value(6).toLongLong());
        row.overdueDebts = q.value(7).toInt();
        row.overdueBalance = Money::fromMinor(q.value(8).toLongLong());
        const QDate oldestDue = SqlValues::toDate(q.value(9));
        row.maxDaysOverdue = oldestDue.isValid() ? int(oldestDue.daysTo(asOf)) : 0;
        data.currentBalance += row.currentBalance;
        data.overdueBalance += row.overdueBalance;
        data.currentDebts += row.currentDebts;
        data.overdueDebts += row.overdueDebts;
        if (row.currentDebts > 0)
            ++data.currentClients;
        if (row.overdueDebts > 0)
            ++data.overdueClients;
        data.rows.append(row);
    }
    return data;
}

Result<AgingReportData> ReportQueries::aging(const ReportFilter &filter,
                                             const MoraLevels &levels) const
{
    const QDate asOf = effectiveAsOf(filter.asOf);
    const QString action = tr("preparing the aging report");
    const int levelCount = levels.count();
    // Level k < last holds the debts due on or after since[k] (and before since[k - 1]); the
    // last level holds the rest. One comparison per level and debt, where a band takes two,
    // and a FILTER rather than a CASE, so a debt outside it is not even added (the grouping
    // at a million debts: 210 -> 182 ms in the sqlite3 shell).
    QVariantList since;
    for (int k = 0; k + 1 < levelCount; ++k)
        since.append(SqlValues::date(asOf.addDays(-std::max(0, levels.levels().at(k).maxDays))));

    // In one snapshot: each client's open balances as stored, the corrections back to the cut
    // date, then the clients in name order. The grouping reads the open-debts
    // index in client order and the names come from their own index in name order, so neither
    // the debts nor the clients are sorted (a join sorted by name took a third of the report).
    ReadSnapshot snapshot(m_db);
    if (!snapshot.ok())
        return m_db.failure(snapshot.error(), action);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM clients")))
        return m_db.failure(q.lastError(), action);
    ClientSlots slotOf(q.next() ? q.value(0).toLongLong() : 0);
    // Per client, in `figures` from its slot on: open debts, then each level's balance.
    const int width = 1 + levelCount;
    QList<qint64> figures;
    int clients = 0;
    const auto figuresOf = [&](qint64 clientId) {
        int slot = slotOf.find(clientId);
        if (slot < 0) {
            slot = int(figures.size());
            slotOf.insert(clientId, slot);
            figures.resize(figures.size() + width, 0);
            ++clients;
        }
        return figures.data() + slot;
    };

    QString sql
        = QStringLiteral("SELECT d.client_id, COUNT(*), SUM(d.amount_minor - d.paid_minor)");
    for (int k = 0; k < since.size(); ++k)
        sql += QStringLiteral(
            ", SUM(d.amount_minor - d.paid_minor) FILTER (WHERE d.due_date >= ?)");
    sql += QStringLiteral(" FROM debts d WHERE d.settled = 0 AND d.written_off = 0 "
                          "AND d.issue_date <= ? AND d.amount_minor > d.paid_minor");
    QVariantList binds = since;
    binds.append(SqlValues::date(asOf));
    if (!execForClient(q, sql, binds, filter.clientId, QStringLiteral(" GROUP BY d.client_id")))
        return m_db.failure(q.lastError(), action);
    while (q.next()) {
        qint64 *f = figuresOf(q.value(0).toLongLong());
        f[0] = q.value(1).toLongLong();
        // Balances due on or after each level's first date, so each level is a difference.
        qint64 newer = 0;
        for (int k = 0; k < levelCount; ++k) {
            const qint64 upTo = q.value(k + 1 < levelCount ? 3 + k : 2).toLongLong();
            f[1 + k] = upTo - newer;
            newer = upTo;
        }
    }
    if (q.lastError().isValid())
        return m_db.failure(q.lastError(), action);

    // As of a past date, or as of today with a post-dated payment or a reversal still to
    // come: each corrected debt leaves its level with its stored balance and comes back with
    // its balance as of the cut.
    const QString cutOff = cutOffTimestamp(asOf);
    bool correct = asOf < m_clock.today();
    if (!correct) {
        if (!q.exec(QStringLiteral("SELECT ") + withCut(kCorrectionsPending, asOf, cutOff)))
            return m_db.failure(q.lastError(), action);
        correct = q.next() && q.value(0).toBool();
    }
    if (correct) {
        QString level = QStringLiteral("0");
        binds.clear();
        if (!since.isEmpty()) {
            level = QStringLiteral("CASE");
            for (int k = 0; k < since.size(); ++k)
                level += QStringLiteral(" WHEN d.due_date >= ? THEN %1").arg(k);
            level += QStringLiteral(" ELSE %1 END").arg(since.size());
            binds = since;
        }
        sql = withCut(kCorrections, asOf, cutOff)
              + QStringLiteral(" SELECT d.client_id, %1, CASE WHEN d.settled = 0 AND "
                               "d.amount_minor > d.paid_minor THEN d.amount_minor - d.paid_minor "
                               "ELSE 0 END, d.amount_minor - d.paid_minor + cs.delta FROM corr_sum "
                               "cs JOIN debts d ON d.id = cs.debt_id WHERE d.written_off = 0 AND "
                               "d.issue_date <= ?")
                    .arg(level);
        binds.append(SqlValues::date(asOf));
        if (!execForClient(q, sql, binds, filter.clientId))
            return m_db.failure(q.lastError(), action);
        while (q.next()) {
            qint64 *f = figuresOf(q.value(0).toLongLong());
            const int k = q.value(1).toInt();
            const qint64 stored = q.value(2).toLongLong();
            const qint64 asOfCut = q.value(3).toLongLong();
            if (stored > 0) {
                --f[0];
                if (k < levelCount)
                    f[1 + k] -= stored;
            }
            if (asOfCut > 0) {
                ++f[0];
                if (k < levelCount)
                    f[1 + k] += asOfCut;
            }
        }
        if (q.lastError().isValid())
            return m_db.failure(q.lastError(), action);
    }

    AgingReportData data;
    data.asOf = asOf;
    for (const MoraLevel &level : levels.levels())
        data.levelNames << level.name;
    for (int i = 0; i < levelCount; ++i)
        data.bucketTotals.append(Money());
    if (clients == 0)
        return data;
    data.rows.reserve(clients);

    // The document as documentText() writes it: the stored type is always its code.
    sql = QStringLiteral("SELECT id, name, document_type || ' ' || document_number FROM clients");
    if (filter.clientId > 0)
        sql += QStringLiteral(" WHERE id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY name_key, id"));
    if (filter.clientId > 0)
        q.addBindValue(filter.clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), action);
    const bool oneLevel = filter.moraLevel >= 0 && filter.moraLevel < levelCount;
    while (q.next()) {
        const qint64 clientId = q.value(0).toLongLong();
        const int slot = slotOf.find(clientId);
        if (slot < 0)
            continue;
        const qint64 *f = figures.constData() + slot;
        if (f[0] <= 0)
            continue; // every debt it owed then was paid by the cut date
        qint64 total = 0;
        for (int k = 0; k < levelCount; ++k)
            total += f[1 + k];
        if (filter.minBalance.isPositive() && total < filter.minBalance.minor())
            continue;
        // Clients who owe something in that level; their other levels still show.
        if (oneLevel && f[1 + filter.moraLevel] <= 0)
            continue;
        AgingClientRow row;
        row.clientId = clientId;
        row.clientName = q.value(1).toString();
        row.document = q.value(2).toString();
        row.total = Money::fromMinor(total);
        row.buckets.reserve(levelCount);
        data.openDebts += int(f[0]);
        for (int k = 0; k < levelCount; ++k) {
            const Money amount = Money::fromMinor(f[1 + k]);
            row.buckets.append(amount);
            data.bucketTotals[k] += amount;
        }
        data.total += row.total;
        data.rows.append(row);
    }
    if (q.lastError().isValid())
        return m_db.failure(q.lastError(), action);
    return data;
}

Result<StatementData> ReportQueries::statement(qint64 clientId, const QDate &fromDate,
                                               const QDate &toDate) const
{
    const QDate to = effectiveAsOf(toDate);
    const QDate from = fromDate.isValid() ? fromDate : to.addMonths(-1).addDays(1);
    if (from > to)
        return Failure{tr("The statement period starts on %1, after it ends on %2: swap the "
                          "dates.")
                           .arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                                to.toString(QStringLiteral("dd/MM/yyyy"))),
                       ErrorCode::Invalid};
    StatementData data;
    data.clientId = clientId;
    data.from = from;
    data.to = to;

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT name, document_type, document_number, whatsapp, address "
                             "FROM clients WHERE id = ?"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("preparing the client statement"));
    if (!q.next())
        return Failure{tr("Choose a client for the statement."), ErrorCode::NotFound};
    data.clientName = q.value(0).toString();
    data.document = documentText(q.value(1).toString(), q.value(2).toString());
    data.phone = PhoneNumber::fromE164(q.value(3).toString()).display();
    data.address = q.value(4).toString();

    struct DebtInfo
    {
        QDate issue;
        QDate due;
        Money amount;
        Money paidAsOfClose;
    };
    QHash<qint64, DebtInfo> debts;
    struct Dated
    {
        StatementEntry entry;
        int order = 0; // debts before payments before reversals on the same day
        qint64 id = 0;
    };
    QList<Dated> all;

    q.prepare(QStringLiteral("SELECT id, reference, description, issue_date, due_date, "
                             "amount_minor FROM debts WHERE client_id = ? AND written_off = 0"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("preparing the client statement"));
    while (q.next()) {
        DebtInfo info{SqlValues::toDate(q.value(3)), SqlValues::toDate(q.value(4)),
                      Money::fromMinor(q.value(5).toLongLong()), Money()};
        debts.insert(q.value(0).toLongLong(), info);
        Dated d;
        d.entry.kind = StatementEntry::Kind::Debt;
        d.entry.date = info.issue;
        d.entry.reference = q.value(1).toString();
        d.entry.description = q.value(2).toString();
        d.entry.dueDate = info.due;
        d.entry.charge = info.amount;
        d.order = 0;
        d.id = q.value(0).toLongLong();
        all.append(d);
    }

    q.prepare(QStringLiteral(
        "SELECT p.id, p.debt_id, p.paid_on, p.amount_minor, p.method, p.reference, "
        "r.reversed_at, r.reason, d.reference FROM payments p JOIN debts d ON d.id = p.debt_id "
        "LEFT JOIN payment_reversals r ON r.payment_id = p.id "
        "WHERE d.client_id = ? AND d.written_off = 0"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("preparing the client statement"));
    while (q.next()) {
        const qint64 debtId = q.value(1).toLongLong();
        const DebtInfo &debt = debts[debtId];
        // A payment or reversal never counts before its debt exists, nor a reversal before
        // its payment: the same rule the as-of reports apply.
        const QDate paidOn = std::max(SqlValues::toDate(q.value(2)), debt.issue);
        const Money amount = Money::fromMinor(q.value(3).toLongLong());
        Payment::Method method = Payment::Method::Other;
        Payment::methodFromCode(q.value(4).toString(), &method);
        const QString invoice = q.value(8).toString();
        const QString paymentRef = q.value(5).toString();

        Dated p;
        p.entry.kind = StatementEntry::Kind::Payment;
        p.entry.date = paidOn;
        p.entry.reference = invoice;
        p.entry.description
            = paymentRef.isEmpty()
                  ? tr("Payment, %1").arg(Payment::methodName(method))
                  : tr("Payment, %1 %2").arg(Payment::methodName(method), paymentRef);
        p.entry.credit = amount;
        p.order = 1;
        p.id = q.value(0).toLongLong();
        all.append(p);
        bool reversedByClose = false;
        if (!q.value(6).isNull()) {
            Dated r;
            r.entry.kind = StatementEntry::Kind::Reversal;
            r.entry.date = std::max(localDate(q.value(6).toString()), paidOn);
            r.entry.reference = invoice;
            r.entry.description = tr("Payment reversed: %1").arg(q.value(7).toString());
            r.entry.charge = amount;
            r.order = 2;
            r.id = p.id;
            reversedByClose = r.entry.date <= to;
            all.append(r);
        }
        if (paidOn <= to && !reversedByClose)
            debts[debtId].paidAsOfClose += amount;
    }

    std::sort(all.begin(), all.end(), [](const Dated &a, const Dated &b) {
        if (a.entry.date != b.entry.date)
            return a.entry.date < b.entry.date;
        if (a.order != b.order)
            return a.order < b.order;
        return a.id < b.id;
    });
    Money running;
    for (Dated &d : all) {
        if (d.entry.date > to)
            break;
        running += d.entry.charge - d.entry.credit;
        if (d.entry.date < from) {
            data.openingBalance = running;
            continue;
        }
        d.entry.balance = running;
        data.charges += d.entry.charge;
        data.credits += d.entry.credit;
        data.entries.append(d.entry);
    }
    data.closingBalance = running;
    for (const DebtInfo &debt : std::as_const(debts)) {
        const Money balance = debt.amount - debt.paidAsOfClose;
        if (debt.issue <= to && debt.due < to && balance.isPositive())
            data.overdueAtClose += balance;
    }
    return data;
}

Result<CollectionsData> ReportQueries::collections(const ReportFilter &filter,
                                                   int recoveryDays) const
{
    CollectionsData data;
    data.to = effectiveAsOf(filter.to);
    data.from = filter.from.isValid() ? filter.from : QDate(data.to.year(), data.to.month(), 1);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT p.paid_on, p.method, p.amount_minor, d.client_id, "
        "CASE WHEN r.id IS NULL THEN 0 ELSE 1 END FROM payments p "
        "JOIN debts d ON d.id = p.debt_id LEFT JOIN payment_reversals r ON r.payment_id = p.id "
        "WHERE p.paid_on >= ? AND p.paid_on <= ?");
    if (filter.clientId > 0)
        sql += QStringLiteral(" AND d.client_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY p.paid_on, p.id"));
    q.addBindValue(SqlValues::date(data.from));
    q.addBindValue(SqlValues::date(data.to));
    if (filter.clientId > 0)
        q.addBindValue(filter.clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("preparing the collections report"));

    struct Received
    {
        QDate date;
        qint64 clientId;
        Money amount;
    };
    QList<Received> received;
    QMap<int, CollectionsByMethod> methods;
    QMap<QDate, CollectionsByDay> days;
    while (q.next()) {
        const QDate date = SqlValues::toDate(q.value(0));
        const Money amount = Money::fromMinor(q.value(2).toLongLong());
        if (q.value(4).toInt() != 0) {
            ++data.reversedPayments;
            data.reversedAmount += amount;
            continue;
        }
        Payment::Method method = Payment::Method::Other;
        Payment::methodFromCode(q.value(1).toString(), &method);
        CollectionsByMethod &m = methods[int(method)];
        m.method = method;
        ++m.payments;
        m.amount += amount;
        CollectionsByDay &d = days[date];
        d.date = date;
        ++d.payments;
        d.amount += amount;
        ++data.payments;
        data.total += amount;
        received.append({date, q.value(3).toLongLong(), amount});
    }
    data.byMethod = methods.values();
    std::stable_sort(data.byMethod.begin(), data.byMethod.end(),
                     [](const CollectionsByMethod &a, const CollectionsByMethod &b) {
                         return a.amount > b.amount;
                     });
    data.byDay = days.values();

    if (m_messageLog.isConfigured() && recoveryDays >= 0) {
        const MessageLogSchema &s = m_messageLog;
        if (!isIdentifier(s.table) || !isIdentifier(s.clientColumn) || !isIdentifier(s.statusColumn)
            || !isIdentifier(s.timestampColumn))
            return Failure{tr("The message log is misconfigured: table and column names may "
                              "only hold letters, digits and '_'."),
                           ErrorCode::Invalid};
        QStringList marks;
        for (int i = 0; i < s.sentStatuses.size(); ++i)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 IN (%5) AND %2 >= ? AND %2 < ?")
                      .arg(s.clientColumn, s.timestampColumn, s.table, s.statusColumn,
                           marks.join(QStringLiteral(", "))));
        for (const QString &status : s.sentStatuses)
            q.addBindValue(status);
        q.addBindValue(cutOffTimestamp(data.from.addDays(-recoveryDays - 1)));
        q.addBindValue(cutOffTimestamp(data.to));
        if (!q.exec())
            return m_db.failure(q.lastError(), tr("reading the reminders sent"));
        QHash<qint64, QList<QDate>> reminded;
        while (q.next())
            reminded[q.value(0).toLongLong()].append(localDate(q.value(1).toString()));
        data.hasRecovery = true;
        data.recoveryDays = recoveryDays;
        for (const Received &r : std::as_const(received)) {
            const auto it = reminded.constFind(r.clientId);
            if (it == reminded.constEnd())
                continue;
            const bool after = std::any_of(it->begin(), it->end(), [&](const QDate &sent) {
                return sent <= r.date && sent.daysTo(r.date) <= recoveryDays;
            });
            if (after) {
                ++data.recoveredPayments;
                data.recovered += r.amount;
            }
        }
    }
    return data;
}

Result<MessagesData> ReportQueries::messages(const ReportFilter &filter,
                                             Money pricePerMessage) const
{
    const MessageLogSchema &s = m_messageLog;
    if (!s.isConfigured())
        return Failure{tr("No message log is available yet: reminders must be set up before "
                          "the messages report can be shown."),
                       ErrorCode::NotFound};
    if (!isIdentifier(s.table) || !isIdentifier(s.clientColumn) || !isIdentifier(s.statusColumn)
        || !isIdentifier(s.timestampColumn))
        return Failure{tr("The message log is misconfigured: table and column names may only "
                          "hold letters, digits and '_'."),
                       ErrorCode::Invalid};
    MessagesData data;
    data.to = effectiveAsOf(filter.to);
    data.from = filter.from.isValid() ? filter.from : QDate(data.to.year(), data.to.month(), 1);
    data.pricePerMessage = pricePerMessage;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 >= ? AND %2 < ?")
                      .arg(s.statusColumn, s.timestampColumn, s.table);
    if (filter.clientId > 0)
        sql += QStringLiteral(" AND %1 = ?").arg(s.clientColumn);
    q.prepare(sql);
    q.addBindValue(cutOffTimestamp(data.from.addDays(-1)));
    q.addBindValue(cutOffTimestamp(data.to));
    if (filter.clientId > 0)
        q.addBindValue(filter.clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("preparing the messages report"));
    QMap<QDate, MessagesByDay> days;
    while (q.next()) {
        const QString status = q.value(0).toString();
        const QDate date = localDate(q.value(1).toString());
        MessagesByDay &d = days[date];
        d.date = date;
        if (s.sentStatuses.contains(status, Qt::CaseInsensitive)) {
            ++d.sent;
            ++data.sent;
        } else if (s.failedStatuses.contains(status, Qt::CaseInsensitive)) {
            ++d.failed;
            ++data.failed;
        } else if (s.cancelledStatuses.contains(status, Qt::CaseInsensitive)) {
            ++d.cancelled;
            ++data.cancelled;
        }
    }
    for (const MessagesByDay &d : std::as_const(days)) {
        if (d.sent + d.failed + d.cancelled > 0)
            data.byDay.append(d);
    }
    const auto cost = pricePerMessage.checkedMul(data.sent);
    if (!cost)
        return cost.failure();
    data.estimatedCost = cost.value();
    return data;
}

Result<QList<MonthlyAmount>> ReportQueries::overdueByMonth(const QDate &asOfDate, int months) const
{
    const QDate asOf = effectiveAsOf(asOfDate);
    QList<MonthlyAmount> series;
    const QDate lastMonth(asOf.year(), asOf.month(), 1);
    for (int i = months - 1; i >= 0; --i) {
        const QDate month = lastMonth.addMonths(-i);
        const QDate cut = i == 0 ? asOf : month.addMonths(1).addDays(-1);
        QVariantList binds;
        const QString balances = balancesAsOf(cut, cutOffTimestamp(cut), &binds);
        binds.append(SqlValues::date(cut));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("%1 SELECT COALESCE(SUM(CASE WHEN b.due_date < ? THEN b.balance "
                                 "ELSE 0 END), 0) FROM b WHERE b.balance > 0")
                      .arg(balances));
        bindAll(q, binds);
        if (!q.exec() || !q.next())
            return m_db.failure(q.lastError(), tr("adding up the overdue balance by month"));
        series.append({month, Money::fromMinor(q.value(0).toLongLong())});
    }
    return series;
}

Result<QList<MonthlyAmount>> ReportQueries::collectionsByMonth(const QDate &asOfDate,
                                                               int months) const
{
    const QDate asOf = effectiveAsOf(asOfDate);
    const QDate lastMonth(asOf.year(), asOf.month(), 1);
    const QDate first = lastMonth.addMonths(-(months - 1));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.paid_on, SUM(p.amount_minor) FROM payments p WHERE p.paid_on >= ? AND "
        "p.paid_on <= ? AND NOT EXISTS (SELECT 1 FROM payment_reversals r WHERE r.payment_id = "
        "p.id) GROUP BY p.paid_on"));
    q.addBindValue(SqlValues::date(first));
    q.addBindValue(SqlValues::date(asOf));
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("adding up the collections by month"));
    QList<MonthlyAmount> series;
    for (int i = 0; i < months; ++i)
        series.append({first.addMonths(i), Money()});
    while (q.next()) {
        const QDate date = SqlValues::toDate(q.value(0));
        const int index = (date.year() - first.year()) * 12 + date.month() - first.month();
        if (index >= 0 && index < months)
            series[index].amount += Money::fromMinor(q.value(1).toLongLong());
    }
    return series;
}

Result<QList<MonthlyReminders>> ReportQueries::remindersByMonth(const QDate &asOfDate, int months,
                                                                int recoveryDays) const
{
    const QDate asOf = effectiveAsOf(asOfDate);
    const QDate lastMonth(asOf.year(), asOf.month(), 1);
    QList<MonthlyReminders> series;
    for (int i = months - 1; i >= 0; --i) {
        ReportFilter filter;
        filter.from = lastMonth.addMonths(-i);
        filter.to = i == 0 ? asOf : filter.from.addMonths(1).addDays(-1);
        const auto sent = messages(filter, Money());
        if (!sent)
            return sent.failure();
        const auto paid = collections(filter, recoveryDays);
        if (!paid)
            return paid.failure();
        series.append({filter.from, sent->sent, paid->recoveredPayments, paid->recovered});
    }
    return series;
}
