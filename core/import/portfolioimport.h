#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "database.h"
#include "importwriter.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Clock;
class QIODevice;

// A value of a row that cannot be imported, and why.
struct ImportProblem
{
    int line = 0;   // line of the file where the row starts
    QString column; // the column's header in the file (or the field's name when unmapped)
    QString value;
    QString reason; // translated, says how to fix it
};

struct ImportReport
{
    int rows = 0; // data rows read (blank lines not counted)
    int acceptedRows = 0;
    int refusedRows = 0;
    int newClients = 0;
    int matchedClients = 0; // rows whose document matched a client in the database or above
    int newDebts = 0;
    int duplicateInvoices = 0; // rows refused because the invoice number was already used
    int payments = 0;
    QList<ImportProblem> problems;
    QString encoding;
    QChar separator;
};

// Brings clients and debts (or payments) in from a CSV file: a dry run checks every row with
// the domain's rules and builds a plan; run() then writes the plan in one transaction.
class PortfolioImport
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioImport)
public:
    PortfolioImport(const Database &db, const Clock &clock);

    Result<ImportReport> dryRun(const CsvTable &table, const ColumnMapping &mapping,
                                const QString &source = QString());
    // Writes what the last dry run accepted. All or nothing; `progress` may cancel.
    Result<ImportCounts> run(const ImportWriter::Progress &progress = {});

    const ImportPlan &plan() const { return m_plan; }
    // The refused rows as they were in the file, with a last column saying what to fix, so
    // the clerk can correct them in Excel and import just those later. Returns the row count.
    Result<int> writeRefusedRows(QIODevice *out) const;
    const ImportReport &report() const { return m_report; }

    // dd/MM/yyyy, d/M/yyyy, d/M/yy, yyyy-MM-dd (and '-' or '.' between day, month and year).
    static QDate parseDate(const QString &text);
    static bool parseYes(const QString &text, bool *ok);

private:
    void checkPortfolioRow(const CsvRecord &record, const ImportExisting &existing);
    void checkPaymentRow(const CsvRecord &record, const ImportExisting &existing);
    QString cell(const CsvRecord &record, ImportField field) const;
    void problem(const CsvRecord &record, ImportField field, const QString &reason);

    Database m_db;
    const Clock &m_clock;
    CsvTable m_table;
    ColumnMapping m_mapping;
    ImportPlan m_plan;
    ImportReport m_report;
    QList<ImportProblem> m_rowProblems;
    bool m_planned = false;

    // Keys accepted so far in this file.
    QHash<QString, int> m_newClientByDocument; // document key -> index in m_plan.clients
    QHash<QString, int> m_debtLineByReference; // invoice -> line of the file
    QHash<QString, int> m_newDebtByReference;  // invoice -> index in m_plan.debts
    QHash<QString, Money> m_plannedPaid;       // invoice -> payments accepted so far
};
