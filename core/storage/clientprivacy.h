#pragma once

#include "client.h"
#include "database.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Clock;

// A data subject's rights under Ley 1581 de 2012 for one client: know everything held about
// them (consulta), correct it (rectificación) and be deleted (supresión) by anonymisation that
// keeps the accounting figures.
class ClientPrivacy
{
    Q_DECLARE_TR_FUNCTIONS(ClientPrivacy)
public:
    ClientPrivacy(const Database &db, const Clock &clock);

    // Everything held about the client: the client row, consent history, debts, payments,
    // messages (when the outbox exists) and the audit entries that concern them.
    Result<QJsonObject> exportData(qint64 clientId) const;

    // Saves corrected data asked for by the client; the audit log keeps before, after and why.
    Result<void> correct(Client &client, const QString &request) const;

    // Removes name, document, phone, email, address, notes and message texts (the client
    // becomes "Titular anonimizado #<id>"), keeping debts and payments. Refused while the
    // client owes anything that was not written off.
    Result<void> anonymise(qint64 clientId, const QString &request) const;

    static QString anonymisedName(qint64 clientId);
    static QString anonymisedDocument(qint64 clientId);
    static bool isAnonymised(const Client &client);

private:
    Database m_db;
    const Clock &m_clock;
};
