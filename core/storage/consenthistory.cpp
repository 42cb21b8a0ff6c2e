#include "consenthistory.h"

#include "auditlog.h"
#include "clock.h"
#include "privacynotices.h"
#include "sqlvalues.h"

#include <QSqlQuery>

ConsentHistory::ConsentHistory(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<qint64> ConsentHistory::append(qint64 clientId, const Consent &consent) const
{
    QString accepted;
    if (consent.state == Consent::State::Granted) {
        const auto notice = PrivacyNotices(m_db, m_clock).current();
        if (!notice)
            return notice.failure();
        accepted = notice.value();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO consent_events (client_id, state, effective_at, channel, "
                             "evidence, accepted_text, recorded_at, recorded_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(clientId);
    q.addBindValue(Consent::stateCode(consent.state));
    q.addBindValue(SqlValues::timestamp(consent.at));
    q.addBindValue(SqlValues::text(consent.source.trimmed()));
    q.addBindValue(SqlValues::text(consent.evidence));
    q.addBindValue(SqlValues::text(accepted));
    q.addBindValue(SqlValues::timestamp(m_clock.now()));
    q.addBindValue(SqlValues::text(AuditLog::currentUser()));
    if (!q.exec() || !q.next())
        return m_db.failure(q.lastError(), tr("recording the consent"));
    return q.value(0).toLongLong();
}

Result<QList<ConsentEvent>> ConsentHistory::list(qint64 clientId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, client_id, state, effective_at, channel, evidence, "
                             "accepted_text, recorded_at, recorded_by FROM consent_events "
                             "WHERE client_id = ? ORDER BY id"));
    q.addBindValue(clientId);
    if (!q.exec())
        return m_db.failure(q.lastError(), tr("reading the consent history"));
    QList<ConsentEvent> events;
    while (q.next()) {
        ConsentEvent e;
        e.id = q.value(0).toLongLong();
        e.clientId = q.value(1).toLongLong();
        e.state = Consent::stateFromCode(q.value(2).toString());
        e.effectiveAt = SqlValues::toTimestamp(q.value(3));
        e.channel = q.value(4).toString();
        e.evidence = q.value(5).toString();
        e.acceptedText = q.value(6).toString();
        e.recordedAt = SqlValues::toTimestamp(q.value(7));
        e.recordedBy = q.value(8).toString();
        events.append(e);
    }
    return events;
}
