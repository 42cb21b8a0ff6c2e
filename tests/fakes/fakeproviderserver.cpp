#include "fakeproviderserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// application/x-www-form-urlencoded, as Twilio decodes it ('+' is a space).
QHash<QString, QString> parseForm(const QByteArray &body, QString *problem)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        if (eq <= 0) {
            *problem = QStringLiteral("form field without '=': ") + QString::fromUtf8(pair);
            continue;
        }
        auto decode = [](QByteArray part) {
            part.replace('+', ' ');
            return QUrl::fromPercentEncoding(part);
        };
        const QString key = decode(pair.left(eq));
        if (fields.contains(key))
            *problem = QStringLiteral("repeated form field ") + key;
        fields.insert(key, decode(pair.mid(eq + 1)));
    }
    return fields;
}

const QRegularExpression &digitsOnlyNumber()
{
    static const QRegularExpression re(QStringLiteral("^[1-9][0-9]{7,14}$"));
    return re;
}

} // namespace

FakeProviderServer::FakeProviderServer(Flavor flavor, QObject *parent)
    : QAbstractHttpServer(parent), m_flavor(flavor)
{
}

FakeProviderServer::~FakeProviderServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_held)) {
        if (socket)
            socket->abort();
    }
}

bool FakeProviderServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

bool FakeProviderServer::startTls(const QByteArray &certificatePem, const QByteArray &privateKeyPem)
{
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    const QSslKey key(privateKeyPem, QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return false;
    sslSetup(certificate, key);
    m_tls = true;
    return start();
}

bool FakeProviderServer::makeTestCertificate(QByteArray *certificatePem, QByteArray *privateKeyPem)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QTemporaryDir dir;
    if (openssl.isEmpty() || !dir.isValid())
        return false;
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return false;
    QFile cert(dir.filePath(QStringLiteral("cert.pem")));
    QFile key(dir.filePath(QStringLiteral("key.pem")));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    *certificatePem = cert.readAll();
    *privateKeyPem = key.readAll();
    return true;
}

QUrl FakeProviderServer::baseUrl() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

void FakeProviderServer::enqueue(const Script &script)
{
    m_script.enqueue(script);
}

void FakeProviderServer::setContentApproval(const QString &contentSid, const QString &status)
{
    m_contentApprovals.insert(contentSid, status);
}

void FakeProviderServer::setStatusSequence(const QStringList &statuses, int errorCode)
{
    m_statusSequence = statuses;
    m_statusErrorCode = errorCode;
}

QList<FakeProviderServer::LoggedRequest> FakeProviderServer::sends() const
{
    QList<LoggedRequest> result;
    for (const LoggedRequest &r : m_log) {
        if (r.isSend)
            result.append(r);
    }
    return result;
}

QStringList FakeProviderServer::problems() const
{
    QStringList result;
    for (const LoggedRequest &r : m_log) {
        if (!r.problem.isEmpty())
            result.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path
                          + QStringLiteral(": ") + r.problem);
    }
    return result;
}

int FakeProviderServer::heldConnections() const
{
    int n = 0;
    for (const QPointer<QTcpSocket> &socket : m_held)
        n += (socket && socket->state() == QAbstractSocket::ConnectedState) ? 1 : 0;
    return n;
}

QString FakeProviderServer::sendPath() const
{
    switch (m_flavor) {
    case Flavor::Dialog360:
        return QStringLiteral("/messages");
    case Flavor::MetaCloud:
        return QLatin1Char('/') + apiVersion + QLatin1Char('/') + phoneNumberId
               + QStringLiteral("/messages");
    case Flavor::Twilio:
        return QStringLiteral("/2010-04-01/Accounts/") + accountSid
               + QStringLiteral("/Messages.json");
    }
    return {};
}

bool FakeProviderServer::authorized(const LoggedRequest &entry) const
{
    const QByteArray auth = entry.headers.value("authorization");
    switch (m_flavor) {
    case Flavor::Dialog360:
        return entry.headers.value("d360-api-key") == apiKey.toUtf8() && auth.isEmpty();
    case Flavor::MetaCloud:
        return auth == "Bearer " + accessToken.toUtf8();
    case Flavor::Twilio:
        return auth == "Basic " + (accountSid + QLatin1Char(':') + authToken).toUtf8().toBase64();
    }
    return false;
}

bool FakeProviderServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    LoggedRequest entry;
    entry.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                  int(request.method())))
                       .toUpper();
    entry.path = request.url().path();
    entry.query = request.url().query();
    for (const auto &header : request.headers())
        entry.headers.insert(header.first.toLower(), header.second);
    entry.body = request.body();
    entry.isSend = entry.method == "POST" && entry.path == sendPath();

    if (entry.isSend) {
        answerSend(entry, socket);
    } else if (entry.method == "GET") {
        write(socket, answerGet(entry));
    } else {
        entry.problem = QStringLiteral("unknown endpoint");
        write(socket,
              Answer{404, json({{QStringLiteral("error"), QStringLiteral("not found")}}), {}});
    }
    m_log.append(entry);
    emit requestLogged(int(m_log.size()) - 1);
    return true;
}

void FakeProviderServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, Answer{404, QByteArrayLiteral("{}"), {}});
}

void FakeProviderServer::validateGraphBody(LoggedRequest &entry) const
{
    if (!entry.headers.value("content-type").startsWith("application/json")) {
        entry.problem = QStringLiteral("Content-Type is not application/json");
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        entry.problem = QStringLiteral("body is not a JSON object");
        return;
    }
    const QJsonObject root = doc.object();
    const QJsonObject templ = root.value(QLatin1String("template")).toObject();
    entry.recipient = root.value(QLatin1String("to")).toString();
    entry.templateName = templ.value(QLatin1String("name")).toString();
    entry.language
        = templ.value(QLatin1String("language")).toObject().value(QLatin1String("code")).toString();
    const QJsonArray components = templ.value(QLatin1String("components")).toArray();
    for (const QJsonValue &c : components) {
        const QJsonObject component = c.toObject();
        if (component.value(QLatin1String("type")).toString() != QLatin1String("body")) {
            entry.problem = QStringLiteral("component type is not body");
            return;
        }
        for (const QJsonValue &p : component.value(QLatin1String("parameters")).toArray()) {
            const QJsonObject parameter = p.toObject();
            if (parameter.value(QLatin1String("type")).toString() != QLatin1String("text")
                || parameter.value(QLatin1String("text")).toString().isEmpty()) {
                entry.problem = QStringLiteral("parameter is not a non-empty text");
                return;
            }
            entry.parameters.append(parameter.value(QLatin1String("text")).toString());
        }
    }
    if (root.value(QLatin1String("messaging_product")).toString() != QLatin1String("whatsapp"))
        entry.problem = QStringLiteral("messaging_product is not whatsapp");
    else if (root.value(QLatin1String("recipient_type")).toString() != QLatin1String("individual"))
        entry.problem = QStringLiteral("recipient_type is not individual");
    else if (root.value(QLatin1String("type")).toString() != QLatin1String("template"))
        entry.problem = QStringLiteral("type is not template");
    else if (!digitsOnlyNumber().match(entry.recipient).hasMatch())
        entry.problem = QStringLiteral("to is not digits only: ") + entry.recipient;
    else if (entry.templateName.isEmpty())
        entry.problem = QStringLiteral("template name missing");
    else if (entry.language.isEmpty())
        entry.problem = QStringLiteral("template language code missing");
}

void FakeProviderServer::validateTwilioForm(LoggedRequest &entry) const
{
    if (entry.headers.value("content-type") != "application/x-www-form-urlencoded") {
        entry.problem = QStringLiteral("Content-Type is not application/x-www-form-urlencoded");
        return;
    }
    QString problem;
    const QHash<QString, QString> form = parseForm(entry.body, &problem);
    entry.recipient = form.value(QStringLiteral("To"));
    entry.templateName = form.value(QStringLiteral("ContentSid"));
    static const QRegularExpression to(QStringLiteral("^whatsapp:\\+[1-9][0-9]{7,14}$"));
    static const QRegularExpression contentSid(QStringLiteral("^HX[0-9a-f]{32}$"));
    if (!problem.isEmpty()) {
        entry.problem = problem;
        return;
    }
    for (auto it = form.constBegin(); it != form.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("From"), QStringLiteral("To"),
                                       QStringLiteral("ContentSid"),
                                       QStringLiteral("ContentVariables")};
        if (!known.contains(it.key())) {
            entry.problem = QStringLiteral("unexpected form field ") + it.key();
            return;
        }
    }
    if (form.value(QStringLiteral("From")) != QStringLiteral("whatsapp:") + fromNumber) {
        entry.problem = QStringLiteral("From is not whatsapp:") + fromNumber;
        return;
    }
    if (!to.match(entry.recipient).hasMatch()) {
        entry.problem = QStringLiteral("To is not whatsapp:+E.164");
        return;
    }
    if (!contentSid.match(entry.templateName).hasMatch()) {
        entry.problem = QStringLiteral("ContentSid is not HX + 32 hex digits");
        return;
    }
    if (form.contains(QStringLiteral("ContentVariables"))) {
        const QJsonDocument doc
            = QJsonDocument::fromJson(form.value(QStringLiteral("ContentVariables")).toUtf8());
        const QJsonObject variables = doc.object();
        if (!doc.isObject()) {
            entry.problem = QStringLiteral("ContentVariables is not a JSON object");
            return;
        }
        for (int i = 1; i <= variables.size(); ++i) {
            const QJsonValue v = variables.value(QString::number(i));
            if (!v.isString()) {
                entry.problem = QStringLiteral("ContentVariables lacks string key \"%1\"").arg(i);
                return;
            }
            entry.parameters.append(v.toString());
        }
    }
}

FakeProviderServer::Answer FakeProviderServer::errorAnswer(int status, int code,
                                                           const QString &message) const
{
    if (m_flavor == Flavor::Twilio) {
        return Answer{status,
                      json({{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("more_info"),
                             QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code)},
                            {QStringLiteral("status"), status}}),
                      {}};
    }
    return Answer{
        status,
        json({{QStringLiteral("error"),
               QJsonObject{
                   {QStringLiteral("message"), message},
                   {QStringLiteral("type"), QStringLiteral("OAuthException")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("error_data"),
                    QJsonObject{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("details"), message}}},
                   {QStringLiteral("fbtrace_id"), QStringLiteral("AbCdEf123")}}}}),
        {}};
}

FakeProviderServer::Answer FakeProviderServer::unauthorizedAnswer() const
{
    switch (m_flavor) {
    case Flavor::Dialog360:
        return Answer{
            401,
            json({{QStringLiteral("meta"), QJsonObject{{QStringLiteral("success"), false},
                                                       {QStringLiteral("http_code"), 401},
                                                       {QStringLiteral("developer_message"),
                                                        QStringLiteral("Invalid api key")}}}}),
            {}};
    case Flavor::MetaCloud:
        return errorAnswer(401, 190, QStringLiteral("Invalid OAuth access token."));
    case Flavor::Twilio:
        return errorAnswer(401, 20003, QStringLiteral("Authenticate"));
    }
    return {};
}

FakeProviderServer::Answer FakeProviderServer::successAnswer(LoggedRequest &entry)
{
    if (m_flavor == Flavor::Twilio) {
        entry.messageId = QStringLiteral("SM%1").arg(m_nextId++, 32, 16, QLatin1Char('0'));
        return Answer{201,
                      json({{QStringLiteral("sid"), entry.messageId},
                            {QStringLiteral("account_sid"), accountSid},
                            {QStringLiteral("from"), QStringLiteral("whatsapp:") + fromNumber},
                            {QStringLiteral("to"), entry.recipient},
                            {QStringLiteral("status"), QStringLiteral("queued")},
                            {QStringLiteral("error_code"), QJsonValue::Null}}),
                      {}};
    }
    entry.messageId = QStringLiteral("wamid.HBgM%1").arg(m_nextId++, 12, 10, QLatin1Char('0'));
    return Answer{200,
                  json({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                        {QStringLiteral("contacts"),
                         QJsonArray{QJsonObject{{QStringLiteral("input"), entry.recipient},
                                                {QStringLiteral("wa_id"), entry.recipient}}}},
                        {QStringLiteral("messages"),
                         QJsonArray{QJsonObject{{QStringLiteral("id"), entry.messageId}}}}}),
                  {}};
}

void FakeProviderServer::answerSend(LoggedRequest &entry, QTcpSocket *socket)
{
    if (!authorized(entry)) {
        entry.problem = QStringLiteral("credentials rejected");
        entry.answeredWith = Fault::Unauthorized;
        write(socket, unauthorizedAnswer());
        return;
    }
    if (m_flavor == Flavor::Twilio)
        validateTwilioForm(entry);
    else
        validateGraphBody(entry);
    if (!entry.problem.isEmpty()) {
        entry.answeredWith = Fault::Error;
        write(socket,
              m_flavor == Flavor::Twilio
                  ? errorAnswer(400, 21211, entry.problem)
                  : errorAnswer(400, 100, QStringLiteral("Invalid parameter: ") + entry.problem));
        return;
    }

    const Script script = m_script.isEmpty() ? m_default : m_script.dequeue();
    entry.answeredWith = script.fault;
    switch (script.fault) {
    case Fault::Success:
        write(socket, successAnswer(entry));
        return;
    case Fault::Error:
        write(socket, errorAnswer(script.status, script.code,
                                  script.message.isEmpty()
                                      ? QStringLiteral("Scripted error %1").arg(script.code)
                                      : script.message));
        return;
    case Fault::Dialog360Meta: {
        const QString httpCode
            = script.alternateCase ? QStringLiteral("HttpCode") : QStringLiteral("http_code");
        const QString message = script.alternateCase ? QStringLiteral("DeveloperMessage")
                                                     : QStringLiteral("developer_message");
        write(socket,
              Answer{script.code,
                     json({{QStringLiteral("meta"),
                            QJsonObject{{QStringLiteral("success"), false},
                                        {httpCode, script.code},
                                        {message, script.message.isEmpty()
                                                      ? QStringLiteral("Scripted 360dialog error")
                                                      : script.message}}}}),
                     {}});
        return;
    }
    case Fault::Unauthorized:
        write(socket, unauthorizedAnswer());
        return;
    case Fault::RateLimited: {
        Answer answer;
        if (m_flavor == Flavor::Dialog360)
            answer = Answer{429,
                            json({{QStringLiteral("meta"),
                                   QJsonObject{{QStringLiteral("success"), false},
                                               {QStringLiteral("http_code"), 429},
                                               {QStringLiteral("developer_message"),
                                                QStringLiteral("Too many requests")}}}}),
                            {}};
        else if (m_flavor == Flavor::MetaCloud)
            answer = errorAnswer(429, 130429, QStringLiteral("Rate limit hit"));
        else
            answer = errorAnswer(429, 20429, QStringLiteral("Too Many Requests"));
        answer.headers.append({"Retry-After", QByteArray::number(script.retryAfterSecs)});
        write(socket, answer);
        return;
    }
    case Fault::ServerError:
        write(socket, Answer{500,
                             QByteArrayLiteral("<html><body>Internal Server Error</body></html>"),
                             {{"Content-Type", "text/html"}}});
        return;
    case Fault::Stall:
        m_held.append(socket);
        return;
    case Fault::Drop:
        // After handleRequest returns, so that the server's own bookkeeping for this request
        // finishes first.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    case Fault::MalformedJson:
        write(socket, Answer{200,
                             QByteArrayLiteral(
                                 "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":"),
                             {}});
        return;
    case Fault::Slow: {
        Answer answer = successAnswer(entry);
        QPointer<QTcpSocket> target(socket);
        m_held.append(target);
        QTimer::singleShot(script.delayMs, this, [target, answer] {
            if (target && target->state() == QAbstractSocket::ConnectedState)
                write(target, answer);
        });
        return;
    }
    }
}

FakeProviderServer::Answer FakeProviderServer::answerGet(LoggedRequest &entry)
{
    if (!authorized(entry)) {
        entry.problem = QStringLiteral("credentials rejected");
        return unauthorizedAnswer();
    }
    const QString path = entry.path;
    if (m_flavor == Flavor::Dialog360 && path == QLatin1String("/v1/configs/templates")) {
        return Answer{200,
                      json({{QStringLiteral("count"), m_templates.size()},
                            {QStringLiteral("total"), m_templates.size()},
                            {QStringLiteral("offset"), 0},
                            {QStringLiteral("limit"), 1000},
                            {QStringLiteral("waba_templates"), m_templates}}),
                      {}};
    }
    if (m_flavor == Flavor::MetaCloud) {
        const QString prefix = QLatin1Char('/') + apiVersion + QLatin1Char('/');
        if (path == prefix + businessAccountId + QStringLiteral("/message_templates")) {
            if (m_pageSize <= 0)
                return Answer{200, json({{QStringLiteral("data"), m_templates}}), {}};
            const QUrlQuery query(entry.query);
            const int after = query.queryItemValue(QStringLiteral("after")).toInt();
            QJsonArray page;
            for (int i = after; i < m_templates.size() && i < after + m_pageSize; ++i)
                page.append(m_templates.at(i));
            QJsonObject paging{
                {QStringLiteral("cursors"),
                 QJsonObject{{QStringLiteral("after"), QString::number(after + m_pageSize)}}}};
            if (after + m_pageSize < m_templates.size()) {
                QUrl next = baseUrl();
                next.setPath(path);
                QUrlQuery nextQuery(entry.query);
                nextQuery.removeAllQueryItems(QStringLiteral("after"));
                nextQuery.addQueryItem(QStringLiteral("after"),
                                       QString::number(after + m_pageSize));
                next.setQuery(nextQuery);
                paging.insert(QStringLiteral("next"), next.toString());
            }
            return Answer{
                200,
                json({{QStringLiteral("data"), page}, {QStringLiteral("paging"), paging}}),
                {}};
        }
        if (path == prefix + phoneNumberId)
            return Answer{
                200,
                json({{QStringLiteral("display_phone_number"), QStringLiteral("+57 300 987 6543")},
                      {QStringLiteral("verified_name"), QStringLiteral("Distribuidora Prueba")},
                      {QStringLiteral("id"), phoneNumberId}}),
                {}};
    }
    if (m_flavor == Flavor::Twilio) {
        const QString account = QStringLiteral("/2010-04-01/Accounts/") + accountSid;
        if (path == account + QStringLiteral(".json"))
            return Answer{200,
                          json({{QStringLiteral("sid"), accountSid},
                                {QStringLiteral("friendly_name"), QStringLiteral("Cartera test")},
                                {QStringLiteral("status"), QStringLiteral("active")}}),
                          {}};
        static const QRegularExpression message(
            QStringLiteral("^/2010-04-01/Accounts/[^/]+/Messages/(SM[0-9a-f]{32})\\.json$"));
        const auto m = message.match(path);
        if (m.hasMatch() && path.startsWith(account)) {
            const QString sid = m.captured(1);
            const int n = m_polls.value(sid);
            m_polls.insert(sid, n + 1);
            const QString status
                = m_statusSequence.value(qMin(n, int(m_statusSequence.size()) - 1));
            const bool failed
                = status == QLatin1String("failed") || status == QLatin1String("undelivered");
            return Answer{200,
                          json({{QStringLiteral("sid"), sid},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("error_code"),
                                 failed && m_statusErrorCode ? QJsonValue(m_statusErrorCode)
                                                             : QJsonValue(QJsonValue::Null)}}),
                          {}};
        }
        static const QRegularExpression approval(
            QStringLiteral("^/v1/Content/(HX[0-9a-f]{32})/ApprovalRequests$"));
        const auto a = approval.match(path);
        if (a.hasMatch()) {
            const QString sid = a.captured(1);
            if (!m_contentApprovals.contains(sid))
                return errorAnswer(404, 20404,
                                   QStringLiteral("The requested resource was not found"));
            return Answer{
                200,
                json({{QStringLiteral("sid"), sid},
                      {QStringLiteral("whatsapp"),
                       QJsonObject{{QStringLiteral("status"), m_contentApprovals.value(sid)},
                                   {QStringLiteral("category"), QStringLiteral("UTILITY")}}}}),
                {}};
        }
    }
    entry.problem = QStringLiteral("unknown endpoint");
    return Answer{404, json({{QStringLiteral("error"), QStringLiteral("not found")}}), {}};
}

void FakeProviderServer::write(QTcpSocket *socket, const Answer &answer)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
                      + reasonPhrase(answer.status) + "\r\n";
    bool hasType = false;
    for (const auto &h : answer.headers) {
        head += h.first + ": " + h.second + "\r\n";
        hasType = hasType || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n";
    socket->write(head + answer.body);
}
