#include "messagetemplaterepository.h"

#include "clock.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace {

const char *const kColumns = "id, name, mora_level, body, provider_template, language, parameters";

MessageTemplate templateFromQuery(const QSqlQuery &q)
{
    MessageTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.moraLevel = q.value(2).toInt();
    t.body = q.value(3).toString();
    t.providerTemplate = q.value(4).toString();
    t.language = q.value(5).toString();
    t.parameters = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return t;
}

} // namespace

MessageTemplateRepository::MessageTemplateRepository(const Database &db, const Clock &clock)
    : m_db(db), m_clock(clock)
{
}

Result<void> MessageTemplateRepository::ensureDefaults()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM message_templates")) || !q.next())
        return m_db.failure(q.lastError(), tr("reading the message templates"));
    if (q.value(0).toInt() > 0)
        return {};
    q.finish();
    for (MessageTemplate t :
         {MessageTemplate::defaultPreventive(), MessageTemplate::defaultOverdue()}) {
        const auto saved = save(t);
        // Another process may have saved them at the same moment: that is fine.
        if (!saved && saved.code() != ErrorCode::Duplicate)
            return saved.failure();
    }
    return {};
}

Result<QList<MessageTemplate>> MessageTemplateRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM message_templates ORDER BY mora_level")
                    .arg(QLatin1String(kColumns))))
        return m_db.failure(q.lastError(), tr("reading the message templates"));
    QList<MessageTemplate> list;
    while (q.next())
        list.append(templateFromQuery(q));
    return list;
}

Result<MessageTemplate> MessageTemplateRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM message_templates WHERE id = ?")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the message template"));
    if (!q.next())
        return Failure{tr("The message template no longer exists."), ErrorCode::NotFound};
    return templateFromQuery(q);
}

Result<MessageTemplate> MessageTemplateRepository::forMoraLevel(int level) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM message_templates WHERE mora_level <= ? "
                             "ORDER BY mora_level DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(level);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the message template"));
    if (q.next())
        return templateFromQuery(q);
    return level <= 0 ? MessageTemplate::defaultPreventive() : MessageTemplate::defaultOverdue();
}

Result<qint64> MessageTemplateRepository::save(MessageTemplate &t)
{
    t.name = t.name.trimmed();
    t.providerTemplate = t.providerTemplate.trimmed();
    t.language = t.language.trimmed();
    if (auto valid = t.validate(); !valid)
        return valid.failure();
    QSqlQuery q(m_db.connection());
    if (t.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO message_templates (name, mora_level, body, "
                                 "provider_template, language, parameters, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral("UPDATE message_templates SET name = ?, mora_level = ?, body = ?, "
                                 "provider_template = ?, language = ?, parameters = ?, "
                                 "updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(t.name);
    q.addBindValue(t.moraLevel);
    q.addBindValue(t.body);
    // Empty text as '' (a null QString binds as NULL).
    const auto text = [](const QString &v) { return v.isNull() ? QStringLiteral("") : v; };
    q.addBindValue(text(t.providerTemplate));
    q.addBindValue(text(t.language));
    q.addBindValue(text(t.parameters.join(QLatin1Char(','))));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    if (t.id != 0)
        q.addBindValue(t.id);
    if (!q.exec() || (t.id == 0 && !q.next())) {
        if (m_db.dialect().isUniqueViolation(q.lastError()))
            return Failure{tr("Another template already has the name \"%1\" or mora level %2. "
                              "Each level has one template; edit that one instead.")
                               .arg(t.name)
                               .arg(t.moraLevel),
                           ErrorCode::Duplicate};
        return m_db.failure(q.lastError(), tr("saving the message template"));
    }
    if (t.id == 0)
        t.id = q.value(0).toLongLong();
    else if (q.numRowsAffected() != 1)
        return Failure{tr("The message template no longer exists."), ErrorCode::NotFound};
    return t.id;
}

Result<void> MessageTemplateRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM message_templates WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("deleting the message template"));
    return {};
}
