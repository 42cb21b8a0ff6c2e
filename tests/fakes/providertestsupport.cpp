#include "providertestsupport.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

namespace ProviderTestSupport {

namespace {
QMutex logMutex;
QStringList captured;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        captured.append(message);
    }
    if (previous)
        previous(type, context, message);
}
} // namespace

OutgoingMessage reminder(qint64 outboxId, const QString &e164, const QString &templateName)
{
    OutgoingMessage m;
    m.outboxId = outboxId;
    m.to = PhoneNumber::fromE164(e164);
    m.templateName = templateName;
    m.language = QStringLiteral("es");
    m.parameters
        = {QStringLiteral("Juan"), QStringLiteral("$250.000 COP"), QStringLiteral("10/01/2026")};
    m.text = QStringLiteral("Hola *Juan*, te recordamos que tienes un pago pendiente por "
                            "*$250.000 COP* con vencimiento el *10/01/2026*.");
    return m;
}

SendResult sendAndWait(WhatsAppProvider &provider, const OutgoingMessage &message, bool *ok,
                       int timeoutMs)
{
    QSignalSpy spy(&provider, &WhatsAppProvider::finished);
    provider.send(message);
    *ok = spy.wait(timeoutMs) || spy.count() > 0;
    if (!*ok || spy.count() != 1) {
        *ok = false;
        return {};
    }
    // Exactly once: nothing else arrives for this send.
    QTest::qWait(0);
    if (spy.count() != 1 || spy.at(0).at(0).toLongLong() != message.outboxId) {
        *ok = false;
        return {};
    }
    return spy.at(0).at(1).value<SendResult>();
}

LogCapture::LogCapture()
{
    QMutexLocker lock(&logMutex);
    captured.clear();
    previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(previous);
}

QStringList LogCapture::lines() const
{
    QMutexLocker lock(&logMutex);
    return captured;
}

bool LogCapture::contains(const QString &text) const
{
    const QStringList all = lines();
    for (const QString &line : all) {
        if (line.contains(text))
            return true;
    }
    return false;
}

QString describe(SendResult::Outcome outcome)
{
    switch (outcome) {
    case SendResult::Outcome::Sent:
        return QStringLiteral("Sent");
    case SendResult::Outcome::Transient:
        return QStringLiteral("Transient");
    case SendResult::Outcome::Permanent:
        return QStringLiteral("Permanent");
    case SendResult::Outcome::Fatal:
        return QStringLiteral("Fatal");
    case SendResult::Outcome::Uncertain:
        return QStringLiteral("Uncertain");
    }
    return {};
}

} // namespace ProviderTestSupport
