#pragma once

#include "result.h"

#include <QSqlError>
#include <QList>
#include <QString>
#include <QVariant>

// Every difference between SQLite and PostgreSQL that Cartera's SQL meets lives here.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind = Kind::SQLite) : m_kind(kind) {}
    Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == Kind::SQLite; }

    // Replaces the tokens that migrations use for dialect-specific types:
    // {{ID}} an auto-increment primary key, {{BIGINT}} a 64-bit integer, {{WITHOUT_ROWID}}
    // a table stored in its primary key's order (SQLite; nothing on PostgreSQL).
    QString translateMigration(const QString &sql) const;

    // The statement that starts a write transaction and takes the write lock at once, so that
    // a read-then-write transaction cannot fail half-way on a lock upgrade.
    QString beginWriteStatement() const;
    // Begins a read-only transaction whose statements all see one snapshot of the data.
    QString beginReadStatement() const;

    // Appended to a SELECT that reads a row the transaction will then change, so that a
    // concurrent writer waits (PostgreSQL). SQLite's write transaction already excludes others.
    QString lockRowsSuffix() const;

    // A table of ids, one per row in the column `value`, for "x IN (SELECT value FROM …)"
    // and "INSERT … SELECT … FROM …". The ids go in as one bound value (idTableValue): one
    // statement to parse and one value to bind, however many ids there are.
    QString idTable() const;
    QVariant idTableValue(const QList<qint64> &ids) const;

    // Maps a driver error to something a clerk can act on.
    bool isUniqueViolation(const QSqlError &error) const;
    bool isBusy(const QSqlError &error) const;
    bool isCheckViolation(const QSqlError &error) const;
    bool isForeignKeyViolation(const QSqlError &error) const;
    // The server went away (restart, terminated session, network): the session and any open
    // transaction in it are gone. Never true for SQLite.
    bool isConnectionLost(const QSqlError &error) const;

private:
    Kind m_kind;
};
