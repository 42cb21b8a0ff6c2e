#pragma once

#include "client.h"
#include "database.h"
#include "debt.h"
#include "payment.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

class Clock;

// What an import will write, once every row has been checked.
struct ImportPlan
{
    struct NewDebt
    {
        Debt debt;          // debt.clientId is set when the client already exists
        int newClient = -1; // else: index into clients
    };
    struct NewPayment
    {
        Payment payment;     // payment.debtId is set when the debt already exists
        int newDebt = -1;    // else: index into debts
        qint64 clientId = 0; // of an existing debt, for the audit log
    };
    QList<Client> clients;
    QList<NewDebt> debts;
    QList<NewPayment> payments;
    QString source; // the file's name, for the audit log

    int size() const { return int(clients.size() + debts.size() + payments.size()); }
};

// What the database already holds that an import must not duplicate.
struct ImportExisting
{
    QHash<QString, qint64> clientsByDocument; // "CC|1020304050" -> id
    struct DebtInfo
    {
        qint64 id = 0;
        qint64 clientId = 0;
        Money amount;
        Money paid;
    };
    QHash<QString, DebtInfo> debtsByReference;

    static QString documentKey(const IdentityDocument &document);
};

struct ImportCounts
{
    int clients = 0;
    int debts = 0;
    int payments = 0;
};

// Writes an import plan in one transaction: all of it or nothing. Fast enough for 100,000
// rows: prepared statements reused for every row, one audit entry per created record.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)
public:
    // Called every few hundred records; return false to cancel (everything is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    ImportWriter(const Database &db, const Clock &clock);

    Result<ImportExisting> loadExisting() const;
    Result<ImportCounts> write(const ImportPlan &plan, const Progress &progress = {}) const;

private:
    Database m_db;
    const Clock &m_clock;
};
