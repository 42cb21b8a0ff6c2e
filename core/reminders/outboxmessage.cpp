#include "outboxmessage.h"

OutgoingMessage OutboxMessage::toOutgoing() const
{
    OutgoingMessage m;
    m.outboxId = id;
    m.to = to;
    m.templateName = providerTemplate;
    m.language = language;
    m.parameters = parameters;
    m.text = text;
    return m;
}

QString OutboxMessage::stateCode(State s)
{
    switch (s) {
    case State::Scheduled:
        return QStringLiteral("scheduled");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Delivered:
        return QStringLiteral("delivered");
    case State::Read:
        return QStringLiteral("read");
    case State::Retrying:
        return QStringLiteral("retrying");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QStringLiteral("scheduled");
}

OutboxMessage::State OutboxMessage::stateFromCode(const QString &code)
{
    for (State s : allStates()) {
        if (stateCode(s) == code)
            return s;
    }
    return State::Scheduled;
}

QString OutboxMessage::stateName(State s)
{
    switch (s) {
    case State::Scheduled:
        return tr("Scheduled");
    case State::Sending:
        return tr("Sending");
    case State::Sent:
        return tr("Sent");
    case State::Delivered:
        return tr("Delivered");
    case State::Read:
        return tr("Read");
    case State::Retrying:
        return tr("Retrying");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Uncertain:
        return tr("Uncertain");
    }
    return {};
}

QList<OutboxMessage::State> OutboxMessage::allStates()
{
    return {State::Scheduled, State::Sending, State::Sent,      State::Delivered, State::Read,
            State::Retrying,  State::Failed,  State::Cancelled, State::Uncertain};
}
