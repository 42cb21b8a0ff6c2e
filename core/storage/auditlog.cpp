#include "auditlog.h"

#include "clock.h"
#include "sqlvalues.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace {

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString whereClause(const AuditQuery &query, QVariantList *binds)
{
    QStringList conditions;
    if (!query.entity.isEmpty()) {
        conditions << QStringLiteral("entity = ?");
        binds->append(query.entity);
    }
    if (query.entityId > 0) {
        conditions << QStringLiteral("entity_id = ?");
        binds->append(query.entityId);
    }
    if (query.clientId > 0) {
        conditions << QStringLiteral("client_id = ?");
        binds->append(query.clientId);
    }
    if (!query.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        binds->append(query.action);
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds->append(SqlValues::timestamp(query.from));
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        binds->append(SqlValues::timestamp(query.to));
    }
    const QString search = query.search.trimmed().toLower();
    if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        conditions << QStringLiteral(
            "(LOWER(user_name) LIKE ? ESCAPE '\\' OR LOWER(entity) LIKE ? ESCAPE '\\' OR "
            "LOWER(action) LIKE ? ESCAPE '\\' OR LOWER(before_json) LIKE ? ESCAPE '\\' OR "
            "LOWER(after_json) LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 5; ++i)
            binds->append(pattern);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString csvField(const QString &value)
{
    if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

} // namespace

AuditLog::AuditLog(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString AuditLog::currentUser()
{
    QString user = QString::fromLocal8Bit(qgetenv("USER"));
    if (user.isEmpty())
        user = QString::fromLocal8Bit(qgetenv("USERNAME"));
    return user;
}

QString AuditLog::describeChange(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList parts;
    for (const QString &key : keys) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        auto show = [](const QJsonValue &v) {
            if (v.isUndefined() || v.isNull())
                return QString();
            if (v.isString())
                return v.toString();
            if (v.isBool())
                return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            if (v.isDouble())
                return QString::number(v.toInteger());
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        };
        if (before.isEmpty()) {
            if (!show(b).isEmpty())
                parts << QStringLiteral("%1: %2").arg(key, show(b));
        } else if (after.isEmpty()) {
            if (!show(a).isEmpty())
                parts << QStringLiteral("%1: %2").arg(key, show(a));
        } else {
            parts << QStringLiteral("%1: %2 → %3")
                         .arg(key, show(a).isEmpty() ? QStringLiteral("—") : show(a),
                              show(b).isEmpty() ? QStringLiteral("—") : show(b));
        }
    }
    return parts.join(QStringLiteral("; "));
}

Result<qint64> AuditLog::record(const QString &entity, qint64 entityId, const QString &action,
                                const QJsonObject &before, const QJsonObject &after,
                                qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_name, entity, entity_id, client_id, "
                             "action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(SqlValues::text(currentUser()));
    q.addBindValue(SqlValues::text(entity));
    q.addBindValue(entityId);
    q.addBindValue(clientId);
    q.addBindValue(SqlValues::text(action));
    q.addBindValue(SqlValues::text(compactJson(before)));
    q.addBindValue(SqlValues::text(compactJson(after)));
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("writing the audit log"));
    return q.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditLog::list(const AuditQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    const QString direction = query.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, user_name, entity, entity_id, client_id, action, "
                             "before_json, after_json FROM audit_log%1 ORDER BY id %2 "
                             "LIMIT ? OFFSET ?")
                  .arg(where, direction));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the audit log"));
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlValues::toTimestamp(q.value(1));
        e.user = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.clientId = q.value(5).toLongLong();
        e.action = q.value(6).toString();
        e.before = parseJson(q.value(7).toString());
        e.after = parseJson(q.value(8).toString());
        entries.append(e);
    }
    return entries;
}

Result<int> AuditLog::count(const AuditQuery &query) const
{
    QVariantList binds;
    const QString where = whereClause(query, &binds);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + where);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("counting the audit log"));
    return q.value(0).toInt();
}

Result<int> AuditLog::exportCsv(const AuditQuery &query, QIODevice *out) const
{
    const QString header
        = QStringList{tr("When (UTC)"), tr("User"),    tr("Entity"), tr("Id"),   tr("Client"),
                      tr("Action"),     tr("Changes"), tr("Before"), tr("After")}
              .join(QLatin1Char(';'));
    out->write("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the BOM
    out->write((header + QStringLiteral("\r\n")).toUtf8());
    AuditQuery page = query;
    page.offset = 0;
    page.limit = 1000;
    int written = 0;
    for (;;) {
        const auto entries = list(page);
        if (!entries)
            return entries.failure();
        for (const AuditEntry &e : entries.value()) {
            const QStringList fields{
                e.at.toString(Qt::ISODate),
                e.user,
                e.entity,
                QString::number(e.entityId),
                e.clientId ? QString::number(e.clientId) : QString(),
                e.action,
                describeChange(e.before, e.after),
                e.before.isEmpty()
                    ? QString()
                    : QString::fromUtf8(QJsonDocument(e.before).toJson(QJsonDocument::Compact)),
                e.after.isEmpty()
                    ? QString()
                    : QString::fromUtf8(QJsonDocument(e.after).toJson(QJsonDocument::Compact))};
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f);
            if (out->write((quoted.join(QLatin1Char(';')) + QStringLiteral("\r\n")).toUtf8()) < 0)
                return Failure{tr("The audit log could not be written: %1").arg(out->errorString()),
                               ErrorCode::Storage};
            ++written;
        }
        if (entries->size() < page.limit)
            break;
        page.offset += page.limit;
    }
    return written;
}
