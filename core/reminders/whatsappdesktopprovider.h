#pragma once

#include "whatsappprovider.h"

#include <QHash>
#include <QUrl>

// "WhatsApp Desktop" mode, for businesses without an API account: each message becomes a
// https://wa.me/<number>?text=... link that the UI opens; the clerk presses send in WhatsApp
// and then confirms here, which records the message as sent (or not).
class WhatsAppDesktopProvider : public WhatsAppProvider
{
    Q_OBJECT
public:
    using WhatsAppProvider::WhatsAppProvider;

    QString name() const override;
    void send(const OutgoingMessage &message) override;

    // The chat link: digits only (no '+'), text percent-encoded as UTF-8.
    static QUrl chatLink(const OutgoingMessage &message);

    // The clerk's answer for a message shown with openRequested().
    void confirm(qint64 outboxId, bool sent);
    QList<qint64> waiting() const { return m_waiting.keys(); }

signals:
    // Open `link` in the browser or WhatsApp Desktop and ask the clerk to confirm.
    void openRequested(qint64 outboxId, const QUrl &link, const QString &text);

private:
    QHash<qint64, OutgoingMessage> m_waiting;
};
