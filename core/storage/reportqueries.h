#pragma once

#include "database.h"
#include "money.h"
#include "moralevel.h"
#include "payment.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

class QSqlQuery;


class Clock;

// What the clerk narrows a report down to. Unset members do not filter.
struct ReportFilter
{
    QDate asOf;          // cut date for portfolio and aging; "today" when invalid
    QDate from;          // period start (statement, collections, messages), inclusive
    QDate to;            // period end, inclusive
    qint64 clientId = 0; // 0: all clients
    int moraLevel = -1;  // index into MoraLevels; -1: all levels
    Money minBalance;    // clients whose balance (as of the cut) is at least this
};

// One client's line in the "cartera al día / vencida" report.
struct PortfolioClientRow
{
    qint64 clientId = 0;
    QString clientName;
    QString document; // "CC 1020304050"
    int currentDebts = 0;
    Money currentBalance;
    int overdueDebts = 0;
    Money overdueBalance;
    int maxDaysOverdue = 0;
    Money total() const { return currentBalance + overdueBalance; }
};

struct PortfolioReportData
{
    QDate asOf;
    QList<PortfolioClientRow> rows; // ordered by client name
    Money currentBalance;
    Money overdueBalance;
    int currentDebts = 0;
    int overdueDebts = 0;
    int currentClients = 0; // clients with at least one current debt
    int overdueClients = 0; // clients with at least one overdue debt
    Money total() const { return currentBalance + overdueBalance; }
};

// One client's balance spread over the mora levels.
struct AgingClientRow
{
    qint64 clientId = 0;
    QString clientName;
    QString document;
    QList<Money> buckets; // one per mora level, level 0 = al día
    Money total;
};

struct AgingReportData
{
    QDate asOf;
    QStringList levelNames;
    QList<AgingClientRow> rows; // ordered by client name
    QList<Money> bucketTotals;
    Money total;
    int openDebts = 0;
};

// A line of a client statement: a debt issued, a payment, or a payment reversal.
struct StatementEntry
{
    enum class Kind { Debt, Payment, Reversal };
    Kind kind = Kind::Debt;
    QDate date;
    QString reference; // invoice number (and payment reference)
    QString description;
    QDate dueDate; // debts only
    Money charge;  // increases what the client owes
    Money credit;  // decreases it
    Money balance; // running balance after this line
};

struct StatementData
{
    qint64 clientId = 0;
    QString clientName;
    QString document;
    QString phone;
    QString address;
    QDate from;
    QDate to;
    Money openingBalance; // as of the day before `from`
    QList<StatementEntry> entries;
    Money charges;
    Money credits;
    Money closingBalance; // as of `to`
    Money overdueAtClose; // part of the closing balance past its due date on `to`
};

struct CollectionsByMethod
{
    Payment::Method method = Payment::Method::Cash;
    int payments = 0;
    Money amount;
};

struct CollectionsByDay
{
    QDate date;
    int payments = 0;
    Money amount;
};

struct CollectionsData
{
    QDate from;
    QDate to;
    QList<CollectionsByMethod> byMethod; // methods with payments, largest first
    QList<CollectionsByDay> byDay;       // days with payments, in date order
    int payments = 0;
    Money total;
    int reversedPayments = 0; // payments in the period reversed later, not counted above
    Money reversedAmount;
    // Payments made within `recoveryDays` after a reminder was sent to the client; only
    // filled when a message log is configured.
    bool hasRecovery = false;
    int recoveryDays = 0;
    int recoveredPayments = 0;
    Money recovered;
};

// Where the reminder outbox keeps its messages. The outbox belongs to the reminders module,
// so the report reads it through this description rather than assuming its schema.
struct MessageLogSchema
{
    QString table; // empty: no message log configured
    QString clientColumn = QStringLiteral("client_id");
    QString statusColumn = QStringLiteral("status");
    // When the message was sent (or failed / was cancelled): an ISO UTC timestamp.
    QString timestampColumn = QStringLiteral("updated_at");
    QStringList sentStatuses
        = {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")};
    QStringList failedStatuses = {QStringLiteral("failed")};
    QStringList cancelledStatuses = {QStringLiteral("cancelled")};
    bool isConfigured() const { return !table.isEmpty(); }
};

struct MessagesByDay
{
    QDate date;
    int sent = 0;
    int failed = 0;
    int cancelled = 0;
};

struct MessagesData
{
    QDate from;
    QDate to;
    QList<MessagesByDay> byDay;
    int sent = 0;
    int failed = 0;
    int cancelled = 0;
    Money pricePerMessage;
    Money estimatedCost; // sent × price: failed and cancelled messages are not billed
};

// A month's figure for the dashboard.
struct MonthlyAmount
{
    QDate month; // first day of the month
    Money amount;
};

// Reminders sent in a month and the money paid within the recovery window after them.
struct MonthlyReminders
{
    QDate month; // first day of the month
    int sent = 0;
    int recoveredPayments = 0;
    Money recovered;
};

// All report SQL: every figure is computed from debts, payments and reversals as they stood
// at the end of the cut date in the business's time zone, so any past date can be reported.
// A debt counts from its issue date; a payment from its payment date; a reversal from the
// local day it was made. Written-off debts are left out (they are no longer receivable).
class ReportQueries
{
    Q_DECLARE_TR_FUNCTIONS(ReportQueries)
public:
    ReportQueries(const Database &db, const Clock &clock);

    void setMessageLog(const MessageLogSchema &schema) { m_messageLog = schema; }

    // With a mora level in the filter, only the debts in that level count.
    Result<PortfolioReportData> portfolio(const ReportFilter &filter,
                                          const MoraLevels &levels = MoraLevels::defaults()) const;
    Result<AgingReportData> aging(const ReportFilter &filter, const MoraLevels &levels) const;
    Result<StatementData> statement(qint64 clientId, const QDate &from, const QDate &to) const;
    Result<CollectionsData> collections(const ReportFilter &filter, int recoveryDays = 7) const;
    Result<MessagesData> messages(const ReportFilter &filter, Money pricePerMessage) const;

    // Dashboard series: overdue balance at the end of each of the `months` months ending with
    // the one holding `asOf` (the last one as of `asOf` itself), and payments per month.
    Result<QList<MonthlyAmount>> overdueByMonth(const QDate &asOf, int months) const;
    Result<QList<MonthlyAmount>> collectionsByMonth(const QDate &asOf, int months) const;
    // Needs a message log; NotFound without one.
    Result<QList<MonthlyReminders>> remindersByMonth(const QDate &asOf, int months,
                                                     int recoveryDays) const;

    // The first instant (UTC, as stored) after the cut date ends in the business's zone.
    QString cutOffTimestamp(const QDate &asOf) const;

private:
    // Executes the statement `build` writes after the WITH clause that defines `b`, each
    // debt's balance as of `asOf` (build appends its own binds after the clause's). The
    // statement's first column must be the `pending` text build is given. Leaves `q` on the
    // first row; the result says whether there is one.
    using BalancesStatement
        = std::function<QString(const QString &balances, const QString &pending,
                                QVariantList *binds)>;
    Result<bool> execOnBalances(QSqlQuery &q, const QDate &asOf, const BalancesStatement &build,
                                const QString &action) const;
    QDate effectiveAsOf(const QDate &asOf) const;
    QDate localDate(const QString &utcTimestamp) const;

    Database m_db;
    const Clock &m_clock;
    MessageLogSchema m_messageLog;
};
