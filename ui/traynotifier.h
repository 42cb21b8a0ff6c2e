#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class ReminderWorker;

// Tells the clerk from the system tray what the reminder worker sent or could not send,
// once per run rather than once per message.
class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(ReminderWorker *worker, QObject *parent = nullptr);

    // The last notice, also when no tray is available (tests, some desktops).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

signals:
    // The clerk clicked the notice: show the Mensajes view.
    void messagesRequested();

private:
    void onRunFinished();
    void notify(const QString &title, const QString &message, bool warning);

    QPointer<ReminderWorker> m_worker;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
};
