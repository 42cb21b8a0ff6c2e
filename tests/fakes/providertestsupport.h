#pragma once

#include "whatsappprovider.h"

#include <QList>
#include <QString>
#include <QStringList>

// Shared by the provider tests: a reminder to send, a blocking wait for its result, and a
// capture of everything the program logs (to prove secrets never appear there).
namespace ProviderTestSupport {

OutgoingMessage reminder(qint64 outboxId, const QString &e164 = QStringLiteral("+573001234567"),
                         const QString &templateName = QStringLiteral("recordatorio_pago"));

// Sends and waits for finished(); QTest fails the test when no answer comes in time.
// Sets *ok to false on timeout.
SendResult sendAndWait(WhatsAppProvider &provider, const OutgoingMessage &message, bool *ok,
                       int timeoutMs = 10000);

// Installs a message handler that records every qDebug/qWarning/... line until destroyed.
class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    QStringList lines() const;
    bool contains(const QString &text) const;
};

QString describe(SendResult::Outcome outcome);

} // namespace ProviderTestSupport
