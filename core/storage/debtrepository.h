#pragma once

#include "database.h"
#include "debt.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Clock;

// A debt as the lists show it: with its client's name.
struct DebtRow
{
    Debt debt;
    QString clientName;
};

struct DebtQuery
{
    enum class State { All, Open, Current, Overdue, Settled };
    enum class Sort { DueDate, Client, Reference, Amount, Paid, Balance, DaysOverdue, IssueDate };
    QString search;        // invoice number, or the client's name, document or phone
    qint64 clientId = 0;   // 0: all clients
    State state = State::All;
    QDate asOf;            // "today" for current/overdue; required for those filters
    // Overdue between these many days (inclusive) as of asOf; -1 means no bound.
    int minDaysOverdue = -1;
    int maxDaysOverdue = -1;
    QDate dueFrom;         // inclusive, optional
    QDate dueTo;           // inclusive, optional
    Sort sort = Sort::DueDate;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;
};

// Totals the status bar and reports start from, as of a date.
struct PortfolioTotals
{
    Money receivable;  // balance of all open debts
    Money overdue;     // balance of open debts past their due date
    int openDebts = 0;
    int overdueDebts = 0;
};

class DebtRepository
{
    Q_DECLARE_TR_FUNCTIONS(DebtRepository)
public:
    DebtRepository(const Database &db, const Clock &clock);

    Result<qint64> create(Debt &debt);
    // Saves the editable fields (reference, description, dates, amount, installment); the
    // amount may not drop below what was already paid. Conflict when changed meanwhile.
    Result<void> update(Debt &debt);
    Result<Debt> get(qint64 id) const;
    Result<QList<DebtRow>> list(const DebtQuery &query) const;
    Result<int> count(const DebtQuery &query) const;
    // Refused while the debt has payments.
    Result<void> remove(qint64 id);
    Result<void> writeOff(qint64 id, bool writtenOff);
    Result<PortfolioTotals> totals(const QDate &asOf) const;
    Result<Money> clientBalance(qint64 clientId) const;

private:
    Result<void> checkReferenceFree(const Debt &debt) const;

    Database m_db;
    const Clock &m_clock;
};
