#pragma once

#include "phonenumber.h"

#include <QObject>
#include <QString>
#include <QStringList>

// One reminder ready to go out: an approved template with its ordered body parameters.
struct OutgoingMessage
{
    qint64 outboxId = 0;     // the outbox row this send is for
    PhoneNumber to;
    QString templateName;    // provider template name, e.g. "recordatorio_pago" (Twilio: ContentSid)
    QString language;        // e.g. "es"
    QStringList parameters;  // ordered body parameters {{1}}, {{2}}, ...
    QString text;            // the rendered text, as the client reads it (history, wa.me links)
};

// How a provider answered, classified the same way for every provider.
struct SendResult
{
    enum class Outcome {
        Sent,      // accepted; providerMessageId is set
        Transient, // not accepted, safe to retry later (rate limit, 5xx, connection refused)
        Permanent, // this message can never go out as it is (not on WhatsApp, bad template)
        Fatal,     // the account cannot send at all (bad key/token): pause the whole queue
        Uncertain, // the request may have reached the provider but no answer came back:
                   // never retried automatically; a clerk decides
    };
    Outcome outcome = Outcome::Transient;
    QString providerMessageId;
    QString reason;          // translated, for the clerk ("el número no tiene WhatsApp")
    QString providerCode;    // the provider's own error code, e.g. "131026"
    int httpStatus = 0;
    int retryAfterSecs = -1; // from Retry-After, when the provider sent one
};

// A WhatsApp sending service (360dialog, Meta Cloud API, Twilio, or WhatsApp Desktop mode).
// send() is asynchronous; finished() is emitted exactly once per send().
class WhatsAppProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~WhatsAppProvider() override = default;

    virtual QString name() const = 0;
    virtual void send(const OutgoingMessage &message) = 0;

signals:
    void finished(qint64 outboxId, const SendResult &result);
};

Q_DECLARE_METATYPE(SendResult)
