#include "whatsappdesktopprovider.h"

#include <QUrlQuery>

QString WhatsAppDesktopProvider::name() const
{
    return QStringLiteral("WhatsApp Desktop");
}

QUrl WhatsAppDesktopProvider::chatLink(const OutgoingMessage &message)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("wa.me"));
    url.setPath(QLatin1Char('/') + message.to.digits());
    // Encode every reserved character ourselves: '&', '+', '#', '*' and accents must reach
    // WhatsApp as they are written.
    const QByteArray encoded = QUrl::toPercentEncoding(message.text);
    url.setQuery(QStringLiteral("text=") + QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

void WhatsAppDesktopProvider::send(const OutgoingMessage &message)
{
    m_waiting.insert(message.outboxId, message);
    emit openRequested(message.outboxId, chatLink(message), message.text);
}

void WhatsAppDesktopProvider::confirm(qint64 outboxId, bool sent)
{
    if (!m_waiting.contains(outboxId))
        return;
    m_waiting.remove(outboxId);
    SendResult result;
    if (sent) {
        result.outcome = SendResult::Outcome::Sent;
        result.providerMessageId = QStringLiteral("wa.me");
    } else {
        result.outcome = SendResult::Outcome::Transient;
        result.reason = tr("The clerk did not send it from WhatsApp Desktop.");
    }
    emit finished(outboxId, result);
}
