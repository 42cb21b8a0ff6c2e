#pragma once

#include "money.h"
#include "phonenumber.h"
#include "whatsappprovider.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

// One debt's step that a reminder covers.
struct OutboxItem
{
    qint64 debtId = 0;
    QDate dueDate;
    int stepDays = 0; // days from the due date: -3, 0, 1, 8 ...
    QString reference;
};

// A reminder in the outbox, from queued to its end, with the exact text it carries.
class OutboxMessage
{
    Q_DECLARE_TR_FUNCTIONS(OutboxMessage)
public:
    enum class State {
        Scheduled, // waiting for its time (not_before) in a legal window
        Sending,   // claimed by a worker, handed to the provider
        Sent,      // accepted by the provider (providerMessageId)
        Delivered,
        Read,
        Retrying,  // a transient failure; tried again at nextAttemptAt
        Failed,    // cannot go out as it is (reason)
        Cancelled, // paid, consent revoked, paused, replaced (reason)
        Uncertain, // the process stopped after handing it over: a clerk decides
    };

    qint64 id = 0;
    qint64 clientId = 0;
    QString clientName;
    QDate sendDate;      // local date it is meant to go out on
    QDateTime notBefore; // UTC, start of its legal window
    State state = State::Scheduled;
    PhoneNumber to;
    qint64 templateId = 0;
    QString providerTemplate;
    QString language;
    QStringList parameters;
    QString text;
    Money total; // balance the message speaks of
    QStringList references;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString claimedBy;
    QString provider;
    QString providerMessageId;
    QString providerCode;
    QString reason;
    QDateTime sentAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<OutboxItem> items;

    OutgoingMessage toOutgoing() const;

    static QString stateCode(State s);
    static State stateFromCode(const QString &code);
    static QString stateName(State s); // translated, for the clerk
    static QList<State> allStates();
    // States in which the message may still go out by itself.
    static bool isPending(State s) { return s == State::Scheduled || s == State::Retrying; }
};
