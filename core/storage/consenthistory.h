#pragma once

#include "client.h"
#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

class Clock;

// One grant or revocation of a client's consent, as it was recorded.
struct ConsentEvent
{
    qint64 id = 0;
    qint64 clientId = 0;
    Consent::State state = Consent::State::NeverAsked;
    QDateTime effectiveAt; // UTC: when the client gave or withdrew it
    QString channel;       // how: "formulario firmado", "mensaje de WhatsApp", ...
    QString evidence;
    QString acceptedText; // the privacy notice / authorisation text in force when granted
    QDateTime recordedAt; // UTC: when the clerk recorded it
    QString recordedBy;
};

// The consent history of each client (Ley 1581: consent must be provable). Events are only
// added, never changed; the client row holds the current state.
class ConsentHistory
{
    Q_DECLARE_TR_FUNCTIONS(ConsentHistory)
public:
    ConsentHistory(const Database &db, const Clock &clock);

    // Appends an event for the client's current consent; a grant stores the text in force.
    Result<qint64> append(qint64 clientId, const Consent &consent) const;
    Result<QList<ConsentEvent>> list(qint64 clientId) const;

private:
    Database m_db;
    const Clock &m_clock;
};
