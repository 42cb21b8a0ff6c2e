#pragma once

#include "connectionreport.h"
#include "result.h"
#include "whatsappprovider.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>

class Clock;
class QNetworkAccessManager;

// What the HTTP WhatsApp providers share: one QNetworkAccessManager per provider object
// (so per thread), transfer timeouts, TLS that is never relaxed, and the rule that decides
// whether a failed request may have reached the provider (uncertain, never resent) or surely
// did not (transient, safe to retry).
class HttpProvider : public WhatsAppProvider
{
    Q_OBJECT
public:
    static constexpr int DefaultTransferTimeoutMs = 30000;

    explicit HttpProvider(QObject *parent = nullptr);
    ~HttpProvider() override;

    void setTransferTimeout(int milliseconds);
    int transferTimeout() const { return m_transferTimeoutMs; }
    // Used only to read Retry-After dates; defaults to the system clock.
    void setClock(const Clock *clock);

    // HTTPS, or plain HTTP only to this computer (127.0.0.1, ::1, localhost) for test servers.
    static Result<QUrl> checkBaseUrl(const QUrl &url);
    // Seconds to wait from a Retry-After value (delta-seconds or an HTTP date), -1 if none.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

    void send(const OutgoingMessage &message) final;
    // "Probar conexión": checks the credentials and the configured templates; answers with
    // connectionTested().
    virtual void testConnection(const QList<TemplateRef> &templates) = 0;

    int requestsInFlight() const { return m_inFlight; }

signals:
    void connectionTested(const ConnectionReport &report);

protected:
    struct HttpAnswer
    {
        int status = 0; // 0 when no HTTP answer arrived
        QByteArray body;
        int retryAfterSecs = -1;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool requestSent = false; // the request was fully written to the server
        bool tlsFailure = false;
    };
    struct PreparedRequest
    {
        QNetworkRequest request;
        QByteArray body;
    };

    // Whether the configured address and credentials can be used at all.
    virtual Result<void> checkConfiguration() const = 0;
    virtual Result<PreparedRequest> buildSend(const OutgoingMessage &message) const = 0;
    // Classifies an answer that carries an HTTP status.
    virtual SendResult classifyAnswer(const HttpAnswer &answer) const = 0;
    // Values that must never appear in reasons or logs (keys, tokens).
    virtual QStringList secrets() const = 0;

    // A request to <base><path> with the timeout set, redirects refused and HTTP/1.1.
    QNetworkRequest makeRequest(const QUrl &base, const QString &path) const;
    // POST bodies are read once so that the network layer cannot resend them on its own.
    void post(const QNetworkRequest &request, const QByteArray &body,
              std::function<void(const HttpAnswer &)> done);
    void get(const QNetworkRequest &request, std::function<void(const HttpAnswer &)> done);

    // For answers without an HTTP status: refused before sending is transient, silence after
    // sending is uncertain, a TLS failure is fatal.
    SendResult networkFailure(const HttpAnswer &answer) const;
    // When the provider's body says nothing the table knows: decide on the HTTP status.
    SendResult fallbackByStatus(const HttpAnswer &answer, const QString &code,
                                const QString &providerMessage) const;
    static QString networkErrorText(const HttpAnswer &answer, int timeoutMs);
    // For checks that send nothing ("Probar conexión", status polls): why no answer came.
    QString unreachableText(const HttpAnswer &answer) const;
    QString scrub(QString text) const;
    // The provider's own message, shortened and with secrets removed, for unknown codes.
    QString providerText(const QString &message) const;

private:
    void track(QNetworkReply *reply, std::function<void(const HttpAnswer &)> done);

    QNetworkAccessManager *m_network = nullptr;
    const Clock *m_clock = nullptr;
    int m_transferTimeoutMs = DefaultTransferTimeoutMs;
    int m_inFlight = 0;
};

Q_DECLARE_METATYPE(ConnectionReport)
