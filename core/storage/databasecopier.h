#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSqlQuery;

// Moves a portfolio from a SQLite file to an empty PostgreSQL database (cartera --migrate-to):
// every table in one transaction on the server, ids kept and the server's id sequences moved
// past them; then row counts, ids and money totals are compared on both sides, and anything
// that differs rolls the whole copy back.
class DatabaseCopier
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopier)
public:
    // What one table holds on both sides once checked.
    struct TableCheck
    {
        QString table;
        qint64 rows = 0;
        qint64 idSum = 0;                       // 0 for a table without an id column
        QList<std::pair<QString, qint64>> sums; // column -> SUM, every *_minor (money) column
    };
    struct Report
    {
        QList<TableCheck> tables;
        qint64 rows = 0;
        // The sum of one money column of one table, 0 when there is no such column.
        qint64 sum(const QString &table, const QString &column) const;
        qint64 rowsIn(const QString &table) const;
    };
    struct Progress
    {
        QString table;
        qint64 tableDone = 0;
        qint64 tableRows = 0;
        qint64 done = 0;
        qint64 total = 0;
    };
    // Called after every batch of rows; returning false stops the copy and rolls it back.
    using ProgressFunction = std::function<bool(const Progress &)>;

    // source must be a SQLite database and target a PostgreSQL one, both opened with
    // Database::open (so both are at the latest schema version).
    DatabaseCopier(const Database &source, const Database &target);
    ~DatabaseCopier();

    void setProgress(ProgressFunction progress) { m_progress = std::move(progress); }
    // Rows per INSERT statement (fewer round trips to the server); default 500.
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }

    // Copies and checks. Failures: Invalid (wrong kinds of database, different schemas),
    // Conflict (the target already holds data; nothing was changed), Storage (the copy or the
    // check failed, or it was stopped; the target was left as empty as it was).
    Result<Report> copy();

private:
    struct Table
    {
        QString name;
        QStringList columns;
        bool hasId = false;
    };
    Result<QList<Table>> tablesToCopy() const;
    Result<void> refuseNonEmptyTarget(const QList<Table> &tables) const;
    Result<qint64> copyTable(const Table &table, qint64 rows, qint64 doneBefore, qint64 total);
    Result<void> copyMeta() const;
    Result<void> moveSequences(const QList<Table> &tables) const;
    Result<TableCheck> check(const Database &db, const Table &table) const;

    const Database &m_source;
    const Database &m_target;
    ProgressFunction m_progress;
    int m_batchSize = 500;
    // The prepared INSERTs of one copy, released only after its transaction ended (the server
    // refuses to free a statement inside a failed transaction).
    std::vector<std::unique_ptr<QSqlQuery>> m_inserts;
};
