#include "databasecopier.h"

#include "money.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

namespace {

QString quoted(const QSqlDatabase &db, const QString &identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

QString quotedList(const QSqlDatabase &db, const QStringList &identifiers)
{
    QStringList out;
    for (const QString &identifier : identifiers)
        out.append(quoted(db, identifier));
    return out.join(QStringLiteral(", "));
}

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

} // namespace

qint64 DatabaseCopier::Report::sum(const QString &table, const QString &column) const
{
    for (const TableCheck &check : tables) {
        if (check.table != table)
            continue;
        for (const auto &[name, value] : check.sums) {
            if (name == column)
                return value;
        }
    }
    return 0;
}

qint64 DatabaseCopier::Report::rowsIn(const QString &table) const
{
    for (const TableCheck &check : tables) {
        if (check.table == table)
            return check.rows;
    }
    return 0;
}

DatabaseCopier::DatabaseCopier(const Database &source, const Database &target)
    : m_source(source)
    , m_target(target)
{
}

DatabaseCopier::~DatabaseCopier() = default;

Result<QList<DatabaseCopier::Table>> DatabaseCopier::tablesToCopy() const
{
    QSqlDatabase from = m_source.connection();
    QSqlDatabase to = m_target.connection();
    QSqlQuery q(from);
    // Creation order first, so that the order below only moves what must move.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' AND name <> 'cartera_meta' "
                               "ORDER BY rowid")))
        return m_source.failure(q.lastError(), tr("listing the tables to copy"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());

    QList<Table> tables;
    QHash<QString, QSet<QString>> references;
    for (const QString &name : names) {
        Table table;
        table.name = name;
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(from, name))))
            return m_source.failure(q.lastError(), tr("listing the tables to copy"));
        while (q.next())
            table.columns.append(q.value(1).toString());
        table.hasId = table.columns.contains(QStringLiteral("id"));
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(from, name))))
            return m_source.failure(q.lastError(), tr("listing the tables to copy"));
        while (q.next()) {
            if (q.value(2).toString() != name)
                references[name].insert(q.value(2).toString());
        }

        QSqlQuery columns(to);
        columns.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                       "WHERE table_schema = current_schema() AND table_name = ?"));
        columns.addBindValue(name);
        if (!columns.exec())
            return m_target.failure(columns.lastError(), tr("reading the server's tables"));
        QSet<QString> onServer;
        while (columns.next())
            onServer.insert(columns.value(0).toString());
        const QSet<QString> inFile(table.columns.cbegin(), table.columns.cend());
        if (onServer != inFile)
            return Failure{tr("The table %1 is not the same in the file and on the server, although "
                              "both are at database version %2. Nothing was copied. Update both "
                              "to the same Cartera version and try again.")
                               .arg(name)
                               .arg(m_source.schemaVersion()),
                           ErrorCode::Invalid};
        tables.append(table);
    }

    // Referenced tables before the tables that point to them.
    QList<Table> ordered;
    QSet<QString> placed;
    while (!tables.isEmpty()) {
        bool progressed = false;
        for (int i = 0; i < tables.size(); ++i) {
            const QSet<QString> needs = references.value(tables.at(i).name);
            bool ready = true;
            for (const QString &other : needs)
                ready = ready && (placed.contains(other) || !names.contains(other));
            if (ready) {
                placed.insert(tables.at(i).name);
                ordered.append(tables.takeAt(i));
                progressed = true;
                break;
            }
        }
        if (!progressed) // a cycle of references: keep the creation order for the rest
            ordered.append(tables.takeFirst());
    }
    return ordered;
}

Result<void> DatabaseCopier::refuseNonEmptyTarget(const QList<Table> &tables) const
{
    QSqlDatabase to = m_target.connection();
    QSqlQuery q(to);
    QStringList holding;
    for (const Table &table : tables) {
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(quoted(to, table.name))))
            return m_target.failure(q.lastError(), tr("checking that the server's database is empty"));
        if (q.next() && q.value(0).toBool())
            holding.append(table.name);
    }
    if (holding.isEmpty())
        return {};
    return Failure{tr("The PostgreSQL database %1 already holds data (in %2). Cartera copies a "
                      "portfolio only into an empty database, so that nothing there is mixed up "
                      "or overwritten. Create a new database (for example with createdb) and try "
                      "again. Nothing was changed.")
                       .arg(m_target.location(), holding.join(QStringLiteral(", "))),
                   ErrorCode::Conflict};
}

Result<qint64> DatabaseCopier::copyTable(const Table &table, qint64 rows, qint64 doneBefore,
                                         qint64 total)
{
    QSqlDatabase from = m_source.connection();
    QSqlDatabase to = m_target.connection();
    const int width = int(table.columns.size());
    // PostgreSQL takes at most 65,535 parameters in one statement.
    const int perStatement = qMax(1, qMin(m_batchSize, 30000 / qMax(1, width)));
    const int idColumn = int(table.columns.indexOf(QStringLiteral("id")));

    const QString placeholders =
        QLatin1Char('(') + QStringList(width, QStringLiteral("?")).join(QStringLiteral(", "))
        + QLatin1Char(')');
    auto insertStatement = [&](int count) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(quoted(to, table.name), quotedList(to, table.columns),
                 QStringList(count, placeholders).join(QStringLiteral(", ")));
    };

    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2")
                       .arg(quotedList(from, table.columns), quoted(from, table.name))))
        return m_source.failure(read.lastError(), tr("reading the table %1").arg(table.name));

    m_inserts.push_back(std::make_unique<QSqlQuery>(to));
    QSqlQuery &full = *m_inserts.back();
    if (!full.prepare(insertStatement(perStatement)))
        return m_target.failure(full.lastError(), tr("copying the table %1").arg(table.name));

    QVariantList pending;
    pending.reserve(perStatement * width);
    qint64 copied = 0;
    auto flush = [&](QSqlQuery &insert) -> Result<void> {
        for (int i = 0; i < pending.size(); ++i)
            insert.bindValue(i, pending.at(i));
        if (!insert.exec()) {
            const QString firstId = idColumn >= 0 ? pending.at(idColumn).toString() : QString();
            const QString lastId = idColumn >= 0
                                       ? pending.at(pending.size() - width + idColumn).toString()
                                       : QString();
            return Failure{(idColumn >= 0
                                ? tr("The server refused a row of the table %1 (ids %2 to %3): %4. "
                                     "Nothing was kept on the server; the file is unchanged.")
                                      .arg(table.name, firstId, lastId, errorText(insert.lastError()))
                                : tr("The server refused a row of the table %1: %2. Nothing was "
                                     "kept on the server; the file is unchanged.")
                                      .arg(table.name, errorText(insert.lastError()))),
                           ErrorCode::Storage};
        }
        pending.clear();
        if (m_progress && !m_progress({table.name, copied, rows, doneBefore + copied, total}))
            return Failure{tr("The copy was stopped before the end. Nothing was kept on the "
                              "server; the file is unchanged."),
                           ErrorCode::Storage};
        return {};
    };

    while (read.next()) {
        for (int c = 0; c < width; ++c)
            pending.append(read.value(c));
        ++copied;
        if (pending.size() == perStatement * width) {
            if (auto flushed = flush(full); !flushed)
                return flushed.failure();
        }
    }
    if (read.lastError().isValid())
        return m_source.failure(read.lastError(), tr("reading the table %1").arg(table.name));
    if (!pending.isEmpty()) {
        m_inserts.push_back(std::make_unique<QSqlQuery>(to));
        QSqlQuery &last = *m_inserts.back();
        if (!last.prepare(insertStatement(int(pending.size() / width))))
            return m_target.failure(last.lastError(), tr("copying the table %1").arg(table.name));
        if (auto flushed = flush(last); !flushed)
            return flushed.failure();
    } else if (copied == 0 && m_progress
               && !m_progress({table.name, 0, 0, doneBefore, total})) {
        return Failure{tr("The copy was stopped before the end. Nothing was kept on the server; "
                          "the file is unchanged."),
                       ErrorCode::Storage};
    }
    return copied;
}

Result<void> DatabaseCopier::copyMeta() const
{
    // Settings kept in the database travel too; the server's own version rows stay.
    QSqlQuery read(m_source.connection());
    if (!read.exec(QStringLiteral("SELECT key, value FROM cartera_meta "
                                  "WHERE key NOT IN ('schema_version', 'application')")))
        return m_source.failure(read.lastError(), tr("reading the table %1").arg(QStringLiteral("cartera_meta")));
    QSqlQuery write(m_target.connection());
    write.prepare(QStringLiteral("INSERT INTO cartera_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    while (read.next()) {
        write.bindValue(0, read.value(0));
        write.bindValue(1, read.value(1));
        if (!write.exec())
            return m_target.failure(write.lastError(), tr("copying the table %1").arg(QStringLiteral("cartera_meta")));
    }
    return {};
}

Result<void> DatabaseCopier::moveSequences(const QList<Table> &tables) const
{
    QSqlDatabase to = m_target.connection();
    QSqlQuery q(to);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                               "WHERE table_schema = current_schema() "
                               "AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')")))
        return m_target.failure(q.lastError(), tr("moving the server's id counters"));
    QList<std::pair<QString, QString>> counters;
    while (q.next())
        counters.append({q.value(0).toString(), q.value(1).toString()});

    QSet<QString> copied;
    for (const Table &table : tables)
        copied.insert(table.name);
    for (const auto &[table, column] : counters) {
        if (!copied.contains(table))
            continue;
        // SQLite's AUTOINCREMENT never hands out an id again, even one whose row is gone:
        // the server continues after the highest id ever used, not only the highest left.
        qint64 highest = 0;
        QSqlQuery seq(m_source.connection());
        seq.prepare(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"));
        seq.addBindValue(table);
        if (seq.exec() && seq.next())
            highest = seq.value(0).toLongLong();
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(%1), 0) FROM %2")
                        .arg(quoted(to, column), quoted(to, table)))
            || !q.next())
            return m_target.failure(q.lastError(), tr("moving the server's id counters"));
        highest = qMax(highest, q.value(0).toLongLong());
        q.finish();
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), ?, false)"));
        q.addBindValue(quoted(to, table));
        q.addBindValue(column);
        q.addBindValue(highest + 1);
        if (!q.exec())
            return m_target.failure(q.lastError(), tr("moving the server's id counters"));
    }
    return {};
}

Result<DatabaseCopier::TableCheck> DatabaseCopier::check(const Database &db, const Table &table) const
{
    QSqlDatabase connection = db.connection();
    QStringList moneyColumns;
    for (const QString &column : table.columns) {
        if (column.endsWith(QLatin1String("_minor")))
            moneyColumns.append(column);
    }
    QStringList expressions{QStringLiteral("COUNT(*)")};
    expressions.append(table.hasId ? QStringLiteral("COALESCE(SUM(id), 0)") : QStringLiteral("0"));
    for (const QString &column : moneyColumns)
        expressions.append(QStringLiteral("COALESCE(SUM(%1), 0)").arg(quoted(connection, column)));
    QSqlQuery q(connection);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2")
                    .arg(expressions.join(QStringLiteral(", ")), quoted(connection, table.name)))
        || !q.next())
        return db.failure(q.lastError(), tr("checking the table %1").arg(table.name));
    TableCheck check;
    check.table = table.name;
    check.rows = q.value(0).toLongLong();
    check.idSum = q.value(1).toLongLong();
    for (int i = 0; i < moneyColumns.size(); ++i)
        check.sums.append({moneyColumns.at(i), q.value(2 + i).toLongLong()});
    return check;
}

Result<DatabaseCopier::Report> DatabaseCopier::copy()
{
    if (!m_source.dialect().isSQLite() || m_target.dialect().isSQLite())
        return Failure{tr("Cartera copies a SQLite database file to a PostgreSQL server, not the "
                          "other way round."),
                       ErrorCode::Invalid};
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return Failure{tr("The file is at database version %1 and the server at version %2. "
                          "Nothing was copied. Open both with the same Cartera and try again.")
                           .arg(m_source.schemaVersion())
                           .arg(m_target.schemaVersion()),
                       ErrorCode::Invalid};

    const auto tables = tablesToCopy();
    if (!tables)
        return tables.failure();

    // One read transaction on the file: the copy and the check see the same rows even if a
    // clerk keeps working in the file meanwhile.
    QSqlDatabase from = m_source.connection();
    QSqlQuery source(from);
    if (!source.exec(QStringLiteral("BEGIN")))
        return m_source.failure(source.lastError(), tr("reading the file"));
    const auto endRead = qScopeGuard([&] { QSqlQuery(from).exec(QStringLiteral("ROLLBACK")); });
    // Declared before the transaction, so it runs after the transaction's rollback or commit.
    const auto releaseInserts = qScopeGuard([this] { m_inserts.clear(); });

    WriteTransaction transaction(m_target);
    if (!transaction.started())
        return m_target.failure(transaction.error(), tr("starting the copy"));
    QSqlDatabase to = m_target.connection();
    {
        // No other program may write into the tables until the copy is committed.
        QStringList names;
        for (const Table &table : tables.value())
            names.append(quoted(to, table.name));
        QSqlQuery lock(to);
        if (!lock.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(names.join(QStringLiteral(", ")))))
            return m_target.failure(lock.lastError(), tr("starting the copy"));
    }
    if (auto empty = refuseNonEmptyTarget(tables.value()); !empty)
        return empty.failure();

    QList<qint64> counts;
    qint64 total = 0;
    for (const Table &table : tables.value()) {
        if (!source.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(from, table.name)))
            || !source.next())
            return m_source.failure(source.lastError(), tr("reading the table %1").arg(table.name));
        counts.append(source.value(0).toLongLong());
        total += counts.constLast();
    }
    source.finish();

    qint64 done = 0;
    for (int i = 0; i < tables->size(); ++i) {
        const auto copied = copyTable(tables->at(i), counts.at(i), done, total);
        if (!copied)
            return copied.failure();
        done += copied.value();
    }
    if (auto meta = copyMeta(); !meta)
        return meta.failure();
    if (auto moved = moveSequences(tables.value()); !moved)
        return moved.failure();

    Report report;
    QStringList differences;
    for (const Table &table : tables.value()) {
        const auto inFile = check(m_source, table);
        if (!inFile)
            return inFile.failure();
        const auto onServer = check(m_target, table);
        if (!onServer)
            return onServer.failure();
        if (inFile->rows != onServer->rows)
            differences.append(tr("%1: %2 rows in the file, %3 on the server")
                                   .arg(table.name)
                                   .arg(inFile->rows)
                                   .arg(onServer->rows));
        else if (inFile->idSum != onServer->idSum)
            differences.append(tr("%1: the ids differ").arg(table.name));
        for (int c = 0; c < inFile->sums.size(); ++c) {
            if (inFile->sums.at(c).second != onServer->sums.at(c).second)
                differences.append(tr("%1.%2: %3 in the file, %4 on the server")
                                       .arg(table.name, inFile->sums.at(c).first,
                                            Money::fromMinor(inFile->sums.at(c).second).toString(),
                                            Money::fromMinor(onServer->sums.at(c).second).toString()));
        }
        report.tables.append(onServer.value());
        report.rows += onServer->rows;
    }
    if (!differences.isEmpty())
        return Failure{tr("The copy on the server does not match the file (%1), so it was undone: "
                          "nothing was kept on the server and the file is unchanged.")
                           .arg(differences.join(QStringLiteral("; "))),
                       ErrorCode::Storage};

    if (!transaction.commit())
        return m_target.failure(transaction.error(), tr("saving the copy"));
    // Fresh statistics, so that the server plans its first queries for the real table sizes,
    // and every page marked all-visible, so that its index-only scans read no table page (at
    // 1M debts: about 4 s here; until autovacuum came by, the status-bar totals took 190 ms
    // instead of 45 and the aging report 580 ms instead of 360).
    QSqlQuery(to).exec(QStringLiteral("VACUUM (ANALYZE)"));
    return report;
}
