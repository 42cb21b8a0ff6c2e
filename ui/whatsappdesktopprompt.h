#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QWidget;
class WhatsAppDesktopProvider;

// WhatsApp Desktop mode in the window: opens each reminder's wa.me link (WhatsApp Desktop or
// the browser), then asks the clerk whether it was sent, and gives the answer to the provider.
class WhatsAppDesktopPrompt : public QObject
{
    Q_OBJECT
public:
    WhatsAppDesktopPrompt(WhatsAppDesktopProvider *provider, QWidget *window);

    // Tests replace the browser.
    void setOpenUrl(std::function<bool(const QUrl &)> open) { m_open = std::move(open); }

private:
    void onOpenRequested(qint64 outboxId, const QUrl &link, const QString &text);

    QPointer<WhatsAppDesktopProvider> m_provider;
    QPointer<QWidget> m_window;
    std::function<bool(const QUrl &)> m_open;
};
