#include "httpprovider.h"

#include "clock.h"
#include "oneshotuploaddevice.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QPointer>

namespace {

const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    const QHostAddress address(bare);
    return !address.isNull() && address.isLoopback();
}

} // namespace

HttpProvider::HttpProvider(QObject *parent)
    : WhatsAppProvider(parent), m_network(new QNetworkAccessManager(this)), m_clock(&systemClock())
{
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<ConnectionReport>();
    // A redirect would either drop the body or resend it; neither is acceptable for a
    // paid message, and a provider address that redirects is a configuration error.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpProvider::~HttpProvider() = default;

void HttpProvider::setTransferTimeout(int milliseconds)
{
    m_transferTimeoutMs = milliseconds > 0 ? milliseconds : DefaultTransferTimeoutMs;
}

void HttpProvider::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &systemClock();
}

Result<QUrl> HttpProvider::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return Failure{tr("The provider address \"%1\" is not a valid web address. Write it "
                          "like https://waba-v2.360dialog.io.")
                           .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                       ErrorCode::Invalid};
    }
    if (!url.userInfo().isEmpty()) {
        return Failure{tr("The provider address must not contain a user name or password; "
                          "enter the credentials in their own fields."),
                       ErrorCode::Invalid};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return url;
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return url;
    return Failure{tr("The provider address \"%1\" must start with https:// so that the key "
                      "and the clients' data travel encrypted.")
                       .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                   ErrorCode::Invalid};
}

int HttpProvider::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600));
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take; it means +0000.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), nowUtc.secsTo(when), qint64(24 * 3600)));
}

void HttpProvider::send(const OutgoingMessage &message)
{
    const qint64 outboxId = message.outboxId;
    auto emitLater = [this, outboxId](SendResult result) {
        // finished() is always asynchronous, as for a real request.
        QMetaObject::invokeMethod(
            this, [this, outboxId, result] { emit finished(outboxId, result); },
            Qt::QueuedConnection);
    };

    const Result<void> configured = checkConfiguration();
    if (!configured) {
        SendResult result;
        result.outcome = SendResult::Outcome::Fatal;
        result.reason = scrub(configured.error());
        emitLater(result);
        return;
    }
    Result<PreparedRequest> prepared = buildSend(message);
    if (!prepared) {
        SendResult result;
        result.outcome = SendResult::Outcome::Permanent;
        result.reason = scrub(prepared.error());
        emitLater(result);
        return;
    }
    post(prepared->request, prepared->body, [this, outboxId](const HttpAnswer &answer) {
        SendResult result = answer.status != 0 ? classifyAnswer(answer) : networkFailure(answer);
        result.httpStatus = answer.status;
        if (result.retryAfterSecs < 0)
            result.retryAfterSecs = answer.retryAfterSecs;
        result.reason = scrub(result.reason);
        emit finished(outboxId, result);
    });
}

QNetworkRequest HttpProvider::makeRequest(const QUrl &base, const QString &path) const
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // The no-resend guarantee (OneShotUploadDevice) is verified against HTTP/1.1.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Cartera/%1").arg(QStringLiteral(CARTERA_VERSION)));
    return request;
}

void HttpProvider::post(const QNetworkRequest &request, const QByteArray &body,
                        std::function<void(const HttpAnswer &)> done)
{
    QNetworkRequest r = request;
    r.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotUploadDevice(body);
    QNetworkReply *reply = m_network->post(r, device);
    device->setParent(reply);
    track(reply, std::move(done));
}

void HttpProvider::get(const QNetworkRequest &request, std::function<void(const HttpAnswer &)> done)
{
    track(m_network->get(request), std::move(done));
}

void HttpProvider::track(QNetworkReply *reply, std::function<void(const HttpAnswer &)> done)
{
    ++m_inFlight;
    auto sent = std::make_shared<bool>(false);
    auto tls = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::requestSent, reply, [sent] { *sent = true; });
    // TLS errors are recorded and never ignored: the request fails.
    connect(reply, &QNetworkReply::sslErrors, reply,
            [tls](const QList<QSslError> &) { *tls = true; });
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent, tls, done] {
        --m_inFlight;
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.error = reply->error();
        // Bytes that reached the server count as sent even if requestSent() came late.
        answer.requestSent
            = *sent || answer.status != 0 || answer.error == QNetworkReply::ContentReSendError;
        answer.tlsFailure = *tls || answer.error == QNetworkReply::SslHandshakeFailedError;
        if (reply->hasRawHeader("Retry-After"))
            answer.retryAfterSecs
                = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->now());
        reply->deleteLater();
        done(answer);
    });
}

QString HttpProvider::networkErrorText(const HttpAnswer &answer, int timeoutMs)
{
    switch (answer.error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the provider refused the connection");
    case QNetworkReply::HostNotFoundError:
        return tr("the provider's address was not found; check the Internet connection");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("no answer within %n second(s)", nullptr, qMax(1, timeoutMs / 1000));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError:
        return tr("the provider closed the connection");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("the Internet connection was lost");
    default:
        return tr("network error %1").arg(int(answer.error));
    }
}

SendResult HttpProvider::networkFailure(const HttpAnswer &answer) const
{
    SendResult result;
    if (answer.tlsFailure) {
        result.outcome = SendResult::Outcome::Fatal;
        result.reason = tr("The provider's secure connection could not be verified. Check the "
                           "computer's date and time and the provider address; sending is "
                           "paused and the messages stay queued.");
        return result;
    }
    const QString what = networkErrorText(answer, m_transferTimeoutMs);
    if (!answer.requestSent) {
        result.outcome = SendResult::Outcome::Transient;
        result.reason = tr("Could not reach the provider (%1). The message was not sent and "
                           "will be tried again.")
                            .arg(what);
        return result;
    }
    result.outcome = SendResult::Outcome::Uncertain;
    result.reason = tr("The message was handed to the provider but no answer came back (%1). "
                       "It may have been delivered: check the provider's console before "
                       "sending it again.")
                        .arg(what);
    return result;
}

QString HttpProvider::unreachableText(const HttpAnswer &answer) const
{
    if (answer.tlsFailure)
        return tr("The provider's secure connection could not be verified. Check the "
                  "computer's date and time and the provider address.");
    return tr("Could not reach the provider (%1).")
        .arg(networkErrorText(answer, m_transferTimeoutMs));
}

SendResult HttpProvider::fallbackByStatus(const HttpAnswer &answer, const QString &code,
                                          const QString &providerMessage) const
{
    SendResult result;
    result.providerCode = code;
    const int status = answer.status;
    const QString detail = providerText(providerMessage);
    if (status >= 200 && status < 300) {
        // Accepted, but without an id we cannot prove it: never send it again blindly.
        result.outcome = SendResult::Outcome::Uncertain;
        result.reason = tr("The provider accepted the message but its answer could not be read. "
                           "It was probably delivered: check the provider's console before "
                           "sending it again.");
    } else if (status == 401 || status == 403) {
        result.outcome = SendResult::Outcome::Fatal;
        result.reason = tr("The provider rejected the credentials (HTTP %1). Check the API key "
                           "or token in the settings; sending is paused.")
                            .arg(status);
    } else if (status == 429) {
        result.outcome = SendResult::Outcome::Transient;
        result.reason = tr("The provider asked to slow down; the message will be tried again.");
    } else if (status >= 500) {
        result.outcome = SendResult::Outcome::Transient;
        result.reason = tr("The provider had an internal problem (HTTP %1); the message will be "
                           "tried again.")
                            .arg(status);
    } else if (status >= 300 && status < 400) {
        result.outcome = SendResult::Outcome::Fatal;
        result.reason = tr("The provider address redirects elsewhere (HTTP %1). Check the "
                           "provider address in the settings; sending is paused.")
                            .arg(status);
    } else {
        result.outcome = SendResult::Outcome::Permanent;
        result.reason
            = detail.isEmpty()
                  ? tr("The provider rejected the message (HTTP %1).").arg(status)
                  : tr("The provider rejected the message (HTTP %1): %2").arg(status).arg(detail);
    }
    return result;
}

QString HttpProvider::scrub(QString text) const
{
    for (const QString &secret : secrets()) {
        if (secret.size() >= 4)
            text.replace(secret, QStringLiteral("[secret]"));
    }
    return text;
}

QString HttpProvider::providerText(const QString &message) const
{
    QString text = scrub(message.simplified());
    if (text.size() > 200)
        text = text.left(199) + QChar(0x2026);
    return text;
}
