#pragma once

#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

class Clock;
class QIODevice;

// One recorded change: who, when, to what, and the values before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString user;
    QString entity; // "client", "debt", "payment", "consent", "settings", "import", ...
    qint64 entityId = 0;
    qint64 clientId = 0; // the client the change concerns, 0 when none
    QString action;      // "create", "update", "delete", "grant", "revoke", "anonymise", ...
    QJsonObject before;
    QJsonObject after;
};

struct AuditQuery
{
    QString entity;      // empty: all
    qint64 entityId = 0; // 0: all
    qint64 clientId = 0; // 0: all
    QString action;      // empty: all
    QDateTime from;      // inclusive, optional (UTC)
    QDateTime to;        // exclusive, optional (UTC)
    QString search;      // text in the user, entity, action or the before/after values
    bool newestFirst = true;
    int offset = 0;
    int limit = 200;
};

// The append-only audit trail. Entries are written in the caller's transaction, so a change
// and its record are saved together or not at all. There is deliberately no way to change or
// delete an entry.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(const Database &db, const Clock &clock);

    // Records one change. Public so that settings and other areas can log theirs.
    Result<qint64> record(const QString &entity, qint64 entityId, const QString &action,
                          const QJsonObject &before, const QJsonObject &after,
                          qint64 clientId = 0) const;

    Result<QList<AuditEntry>> list(const AuditQuery &query) const;
    Result<int> count(const AuditQuery &query) const;
    // Writes the matching entries (ignoring offset and limit) as a UTF-8 CSV with ';'.
    Result<int> exportCsv(const AuditQuery &query, QIODevice *out) const;

    // The local account running the program (USER or USERNAME).
    static QString currentUser();
    // Only the keys whose values differ, for a compact "what changed" column.
    static QString describeChange(const QJsonObject &before, const QJsonObject &after);

private:
    Database m_db;
    const Clock &m_clock;
};
