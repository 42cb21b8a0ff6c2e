#include "sqldialect.h"

QString SqlDialect::translateMigration(const QString &sql) const
{
    QString out = sql;
    if (m_kind == Kind::SQLite) {
        out.replace(QStringLiteral("{{ID}}"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
        out.replace(QStringLiteral("{{BIGINT}}"), QStringLiteral("INTEGER"));
        out.replace(QStringLiteral("{{WITHOUT_ROWID}}"), QStringLiteral(" WITHOUT ROWID"));
    } else {
        out.replace(QStringLiteral("{{ID}}"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
        out.replace(QStringLiteral("{{BIGINT}}"), QStringLiteral("BIGINT"));
        out.replace(QStringLiteral("{{WITHOUT_ROWID}}"), QString());
    }
    return out;
}

QString SqlDialect::idTable() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("json_each(?)")
                                  : QStringLiteral("unnest(CAST(? AS BIGINT[])) AS ids(value)");
}

QVariant SqlDialect::idTableValue(const QList<qint64> &ids) const
{
    // A JSON array for SQLite's json_each, an array literal for PostgreSQL.
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += m_kind == Kind::SQLite ? QLatin1Char('[') : QLatin1Char('{');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += QString::number(ids.at(i));
    }
    text += m_kind == Kind::SQLite ? QLatin1Char(']') : QLatin1Char('}');
    return text;
}

QString SqlDialect::beginWriteStatement() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::beginReadStatement() const
{
    // SQLite: a deferred transaction takes its snapshot at its first read and keeps it (WAL).
    return m_kind == Kind::SQLite
               ? QStringLiteral("BEGIN DEFERRED")
               : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

QString SqlDialect::lockRowsSuffix() const
{
    return m_kind == Kind::SQLite ? QString() : QStringLiteral(" FOR UPDATE");
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    if (m_kind == Kind::SQLite)
        return error.nativeErrorCode() == QLatin1String("2067")  // SQLITE_CONSTRAINT_UNIQUE
               || error.nativeErrorCode() == QLatin1String("1555") // SQLITE_CONSTRAINT_PRIMARYKEY
               || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
    return error.nativeErrorCode() == QLatin1String("23505");
}

bool SqlDialect::isBusy(const QSqlError &error) const
{
    if (m_kind == Kind::SQLite) {
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("5") || code == QLatin1String("6")
               || code.endsWith(QLatin1String("517")) // SQLITE_BUSY_SNAPSHOT
               || error.databaseText().contains(QLatin1String("database is locked"));
    }
    return error.nativeErrorCode() == QLatin1String("40001")
           || error.nativeErrorCode() == QLatin1String("40P01")
           || error.nativeErrorCode() == QLatin1String("55P03");
}

bool SqlDialect::isCheckViolation(const QSqlError &error) const
{
    if (m_kind == Kind::SQLite)
        return error.nativeErrorCode() == QLatin1String("275")
               || error.databaseText().contains(QLatin1String("CHECK constraint failed"));
    return error.nativeErrorCode() == QLatin1String("23514");
}

bool SqlDialect::isForeignKeyViolation(const QSqlError &error) const
{
    if (m_kind == Kind::SQLite)
        return error.nativeErrorCode() == QLatin1String("787")
               || error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"));
    return error.nativeErrorCode() == QLatin1String("23503");
}

bool SqlDialect::isConnectionLost(const QSqlError &error) const
{
    if (m_kind == Kind::SQLite)
        return false;
    const QString code = error.nativeErrorCode();
    // Class 08: connection exception; 57P01-57P03: the server is shutting down or
    // terminated this session.
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    // libpq reports a dropped socket without a SQLSTATE.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char *symptom : {"server closed the connection", "no connection to the server",
                                "terminating connection", "could not send data to server",
                                "could not receive data from server", "connection to server",
                                "SSL connection has been closed"}) {
        if (text.contains(QLatin1String(symptom), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
