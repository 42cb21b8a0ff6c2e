#include "traynotifier.h"

#include "reminderworker.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

TrayNotifier::TrayNotifier(ReminderWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Cartera: payment reminders"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::messagesRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::messagesRequested);
    }
    connect(worker, &ReminderWorker::runFinished, this, &TrayNotifier::onRunFinished);
    connect(worker, &ReminderWorker::sendingPaused, this, [this](const QString &reason) {
        notify(tr("WhatsApp sending paused"),
               tr("The provider refused the account: %1. Check the provider settings.").arg(reason),
               true);
    });
}

void TrayNotifier::onRunFinished()
{
    if (!m_worker)
        return;
    const RunReport &report = m_worker->lastReport();
    if (!report.error.isEmpty()) {
        notify(tr("Reminders could not run"), report.error, true);
        return;
    }
    const DispatchReport &d = report.dispatch;
    if (d.failed > 0 || d.uncertain > 0 || report.recovered > 0) {
        notify(tr("Some reminders need attention"),
               tr("%1 sent, %2 failed, %3 uncertain. Open Mensajes to review them.")
                   .arg(d.sent)
                   .arg(d.failed)
                   .arg(d.uncertain + report.recovered),
               true);
        return;
    }
    if (d.sent > 0)
        notify(tr("Reminders sent"), tr("%n WhatsApp reminder(s) sent.", nullptr, d.sent), false);
}

void TrayNotifier::notify(const QString &title, const QString &message, bool warning)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (m_tray)
        m_tray->showMessage(title, message,
                            warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}
