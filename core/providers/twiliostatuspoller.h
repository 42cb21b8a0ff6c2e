#pragma once

#include "twilioprovider.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

// Follows Twilio messages after they were accepted, because a desktop program has no public
// webhook: GET .../Messages/<sid>.json every interval until the status is final (delivered,
// read, failed, undelivered, canceled) or the message has been polled maxPolls times.
class TwilioStatusPoller : public QObject
{
    Q_OBJECT
public:
    explicit TwilioStatusPoller(const TwilioSettings &settings, QObject *parent = nullptr);

    void setInterval(int milliseconds);
    void setMaxPolls(int polls) { m_maxPolls = qMax(1, polls); }
    void setTransferTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void watch(qint64 outboxId, const QString &messageSid);
    int watching() const { return int(m_watched.size()); }

    static bool isFinal(const QString &status);

signals:
    // Emitted when a message's status changes; reason is translated for failed/undelivered.
    void statusChanged(qint64 outboxId, const QString &messageSid, const QString &status,
                       const QString &errorCode, const QString &reason);
    // Emitted once per message when its status is final or polling gave up.
    void finalStatus(qint64 outboxId, const QString &messageSid, const QString &status);

private:
    struct Watched
    {
        qint64 outboxId = 0;
        QString status;
        int polls = 0;
        bool inFlight = false;
    };
    void pollAll();
    void poll(const QString &sid);

    TwilioSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timer;
    QHash<QString, Watched> m_watched;
    int m_maxPolls = 120;
    int m_timeoutMs = 30000;
};
