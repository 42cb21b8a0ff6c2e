#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTcpSocket;

// A loopback server that speaks one WhatsApp provider's wire format (360dialog, Meta's Cloud
// API or Twilio), checks every request the way the provider would (method, path, headers,
// credentials, JSON or form body, template parameters), answers with scripted faults and logs
// every request. Built on QAbstractHttpServer so that it can also hold a request without
// answering (stall) or close the connection after reading it (drop), which QHttpServer's
// route handlers cannot do in Qt 6.4.
class FakeProviderServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Flavor { Dialog360, MetaCloud, Twilio };
    enum class Fault {
        Success,
        Error,         // HTTP `status` (400) with provider error `code` in the provider's shape
        Dialog360Meta, // 360dialog's own {"meta":{...}} shape with http_code `code`
        Unauthorized,  // 401 as the provider sends it for a bad key or token
        RateLimited,   // 429 with Retry-After: `retryAfterSecs`
        ServerError,   // 500
        Stall,         // never answers: the client's timeout fires
        Drop,          // reads the request, then closes the connection without answering
        MalformedJson, // 200 with a truncated JSON body
        Slow,          // answers success after `delayMs`
    };
    struct Script
    {
        Fault fault = Fault::Success;
        int code = 0;
        int status = 400;
        int retryAfterSecs = 0;
        int delayMs = 0;
        bool alternateCase = false; // Dialog360Meta: "HttpCode"/"DeveloperMessage" keys
        QString message;            // provider's error text, when not the default
    };
    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        QString query;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        bool isSend = false;  // a message POST
        QString problem;      // why the provider would reject the request; empty when valid
        QString recipient;    // "to" (digits) or To (whatsapp:+57...)
        QString templateName; // template name or ContentSid
        QString language;
        QStringList parameters;
        Fault answeredWith = Fault::Success;
        QString messageId; // the id returned on success
    };

    explicit FakeProviderServer(Flavor flavor, QObject *parent = nullptr);
    ~FakeProviderServer() override;

    bool start(); // 127.0.0.1, ephemeral port
    // The same over TLS with the given PEM certificate and key (see makeTestCertificate()).
    bool startTls(const QByteArray &certificatePem, const QByteArray &privateKeyPem);
    // Makes a throw-away self-signed certificate for 127.0.0.1 with the openssl tool, so that
    // no private key lives in the repository. False when openssl is not installed.
    static bool makeTestCertificate(QByteArray *certificatePem, QByteArray *privateKeyPem);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    // Credentials and identifiers the fake accepts.
    QString apiKey = QStringLiteral("d360-test-key-7Qx9LmP2");
    QString accessToken = QStringLiteral("EAAGtestTOKENz81kLq0");
    QString apiVersion = QStringLiteral("v21.0");
    QString phoneNumberId = QStringLiteral("106540352242922");
    QString businessAccountId = QStringLiteral("102290129340398");
    QString accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
    QString authToken = QStringLiteral("twilio-auth-5ecret-44");
    QString fromNumber = QStringLiteral("+573009876543");

    void enqueue(const Script &script); // for the next message POSTs, in order
    void enqueue(Fault fault)
    {
        Script script;
        script.fault = fault;
        enqueue(script);
    }
    void setDefault(const Script &script) { m_default = script; }

    // Templates for the connection test: {name, language, status}. Twilio: ContentSid -> status.
    void setTemplates(const QJsonArray &templates) { m_templates = templates; }
    // Meta: answer message_templates in pages of this size, with paging.next links.
    void setTemplatePageSize(int size) { m_pageSize = size; }
    void setContentApproval(const QString &contentSid, const QString &status);
    // Twilio message statuses returned by successive polls of one message.
    void setStatusSequence(const QStringList &statuses, int errorCode = 0);

    const QList<LoggedRequest> &log() const { return m_log; }
    QList<LoggedRequest> sends() const;
    QStringList problems() const;
    void clearLog() { m_log.clear(); }
    int heldConnections() const;

signals:
    void requestLogged(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    void answerSend(LoggedRequest &entry, QTcpSocket *socket);
    Answer successAnswer(LoggedRequest &entry);
    Answer errorAnswer(int status, int code, const QString &message) const;
    Answer unauthorizedAnswer() const;
    Answer answerGet(LoggedRequest &entry);
    bool authorized(const LoggedRequest &entry) const;
    QString sendPath() const;
    void validateGraphBody(LoggedRequest &entry) const;
    void validateTwilioForm(LoggedRequest &entry) const;
    static void write(QTcpSocket *socket, const Answer &answer);

    Flavor m_flavor;
    quint16 m_port = 0;
    bool m_tls = false;
    QQueue<Script> m_script;
    Script m_default;
    QList<LoggedRequest> m_log;
    QJsonArray m_templates;
    QHash<QString, QString> m_contentApprovals;
    QStringList m_statusSequence{QStringLiteral("queued"), QStringLiteral("sent"),
                                 QStringLiteral("delivered")};
    int m_statusErrorCode = 0;
    QHash<QString, int> m_polls;
    QList<QPointer<QTcpSocket>> m_held;
    int m_nextId = 1;
    int m_pageSize = 0;
};
