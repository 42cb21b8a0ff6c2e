#include "whatsappdesktopprompt.h"

#include "whatsappdesktopprovider.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

WhatsAppDesktopPrompt::WhatsAppDesktopPrompt(WhatsAppDesktopProvider *provider, QWidget *window)
    : QObject(window)
    , m_provider(provider)
    , m_window(window)
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    connect(provider, &WhatsAppDesktopProvider::openRequested, this,
            &WhatsAppDesktopPrompt::onOpenRequested);
}

void WhatsAppDesktopPrompt::onOpenRequested(qint64 outboxId, const QUrl &link, const QString &text)
{
    const bool opened = m_open(link);
    // Non-modal: the clerk switches to WhatsApp, presses send, and comes back to answer.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Send with WhatsApp Desktop"),
                                opened ? tr("WhatsApp opened with this message. Press send there, "
                                            "then tell Cartera whether it went out.")
                                       : tr("Cartera could not open WhatsApp. Open this link "
                                            "yourself, press send, then answer:\n%1")
                                             .arg(link.toString()),
                                QMessageBox::NoButton, m_window);
    box->setDetailedText(text);
    QPushButton *sent = box->addButton(tr("It was &sent"), QMessageBox::YesRole);
    box->addButton(tr("&Not sent"), QMessageBox::NoRole);
    box->setDefaultButton(sent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, sent, outboxId] {
        if (m_provider)
            m_provider->confirm(outboxId, box->clickedButton() == sent);
    });
    box->open();
}
