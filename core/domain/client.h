#pragma once

#include "identitydocument.h"
#include "phonenumber.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The client's WhatsApp consent (Habeas Data): without a granted one, nothing is sent.
struct Consent
{
    enum class State { NeverAsked, Granted, Revoked };
    State state = State::NeverAsked;
    QDateTime at;      // UTC, when it was granted or revoked
    QString source;    // how: "formulario firmado", "mensaje de WhatsApp", ...
    QString evidence;  // free text: where the signed form is, the message text, ...

    bool isGranted() const { return state == State::Granted; }
    static QString stateCode(State s);            // "never_asked", "granted", "revoked"
    static State stateFromCode(const QString &code);
};

// A line of the clients list: what the list shows of a client, and its id to open it by.
// Not a Client: nothing can save it back over the columns it leaves out.
struct ClientListRow
{
    qint64 id = 0;
    QString name;
    IdentityDocument document;
    PhoneNumber whatsapp;
    Consent::State consent = Consent::State::NeverAsked;
    bool active = true;
};

class Client
{
    Q_DECLARE_TR_FUNCTIONS(Client)
public:
    qint64 id = 0;
    QString name;
    IdentityDocument document;
    PhoneNumber whatsapp;
    QString email;
    QString address;
    QString notes;
    Consent consent;
    bool active = true;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    int version = 0;     // row version, bumped on every save

    // Rules a client must meet before it is saved.
    Result<void> validate() const;
};
