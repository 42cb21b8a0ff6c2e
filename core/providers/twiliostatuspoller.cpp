#include "twiliostatuspoller.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

TwilioStatusPoller::TwilioStatusPoller(const TwilioSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &TwilioStatusPoller::pollAll);
}

void TwilioStatusPoller::setInterval(int milliseconds)
{
    m_timer.setInterval(qMax(1, milliseconds));
}

bool TwilioStatusPoller::isFinal(const QString &status)
{
    static const QStringList finals{QStringLiteral("delivered"), QStringLiteral("read"),
                                    QStringLiteral("failed"), QStringLiteral("undelivered"),
                                    QStringLiteral("canceled")};
    return finals.contains(status.toLower());
}

void TwilioStatusPoller::watch(qint64 outboxId, const QString &messageSid)
{
    if (messageSid.isEmpty() || !TwilioProvider::checkSettings(m_settings))
        return;
    Watched &w = m_watched[messageSid];
    w.outboxId = outboxId;
    if (!m_timer.isActive())
        m_timer.start();
}

void TwilioStatusPoller::pollAll()
{
    const QStringList sids = m_watched.keys();
    for (const QString &sid : sids)
        poll(sid);
    if (m_watched.isEmpty())
        m_timer.stop();
}

void TwilioStatusPoller::poll(const QString &sid)
{
    Watched &w = m_watched[sid];
    if (w.inFlight)
        return;
    w.inFlight = true;
    ++w.polls;

    QUrl url = m_settings.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/2010-04-01/Accounts/") + m_settings.accountSid
                + QStringLiteral("/Messages/") + sid + QStringLiteral(".json"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Authorization", TwilioProvider::basicAuthorization(m_settings));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, sid] {
        reply->deleteLater();
        auto it = m_watched.find(sid);
        if (it == m_watched.end())
            return;
        it->inFlight = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        const QString messageStatus = root.value(QLatin1String("status")).toString();
        if (status == 200 && !messageStatus.isEmpty() && messageStatus != it->status) {
            it->status = messageStatus;
            const QJsonValue codeValue = root.value(QLatin1String("error_code"));
            QString code;
            QString reason;
            if (!codeValue.isNull() && !codeValue.isUndefined()) {
                code = QString::number(codeValue.toVariant().toInt());
                const auto entry = TwilioProvider::errorTable().find(code);
                reason = entry ? ProviderErrorTable::translate(entry->reason)
                               : tr("Twilio could not deliver the message (error %1).").arg(code);
            }
            emit statusChanged(it->outboxId, sid, messageStatus, code, reason);
        }
        // A network failure or an error answer is simply polled again next time.
        if (isFinal(it->status) || it->polls >= m_maxPolls) {
            const Watched done = *it;
            m_watched.erase(it);
            emit finalStatus(done.outboxId, sid, done.status);
        }
        if (m_watched.isEmpty())
            m_timer.stop();
    });
}
