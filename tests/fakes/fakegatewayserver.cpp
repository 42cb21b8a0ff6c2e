#include "fakegatewayserver.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &type, const QString &reason)
{
    return json({{QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                       {QStringLiteral("reason"), reason}}}});
}

} // namespace

FakeGatewayServer::FakeGatewayServer(QObject *parent) : QAbstractHttpServer(parent) {}

bool FakeGatewayServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeGatewayServer::apiUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QUrl FakeGatewayServer::checkoutUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/l/").arg(m_port));
}

const FakeGatewayServer::Link *FakeGatewayServer::link(const QString &id) const
{
    for (const Link &l : m_links) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QString FakeGatewayServer::addTransaction(const QString &linkId, const QString &status,
                                          qint64 amountInCents, const QString &method)
{
    const QString id
        = QStringLiteral("%1-1700000000-%2").arg(1200 + m_nextTransaction).arg(m_nextTransaction);
    ++m_nextTransaction;
    Transaction t;
    t.listedUnder = linkId;
    t.json = QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at"), QStringLiteral("2026-01-15T15:00:00.000Z")},
        {QStringLiteral("amount_in_cents"), double(amountInCents)},
        {QStringLiteral("reference"), QStringLiteral("ref-") + id},
        {QStringLiteral("currency"), QStringLiteral("COP")},
        {QStringLiteral("payment_method_type"), method},
        {QStringLiteral("payment_link_id"), linkId},
        {QStringLiteral("status"), status},
    };
    if (status != QLatin1String("PENDING"))
        t.json.insert(QStringLiteral("finalized_at"), QStringLiteral("2026-01-15T15:01:00.000Z"));
    m_transactions.append(t);
    return id;
}

QString FakeGatewayServer::approve(const QString &linkId, const QString &method)
{
    const Link *l = link(linkId);
    return addTransaction(linkId, QStringLiteral("APPROVED"), l ? l->amountInCents : 0, method);
}

void FakeGatewayServer::setStatus(const QString &transactionId, const QString &status)
{
    for (Transaction &t : m_transactions) {
        if (t.json.value(QLatin1String("id")).toString() == transactionId) {
            t.json.insert(QStringLiteral("status"), status);
            t.json.insert(QStringLiteral("finalized_at"),
                          QStringLiteral("2026-01-15T15:05:00.000Z"));
        }
    }
}

void FakeGatewayServer::duplicate(const QString &transactionId)
{
    for (Transaction &t : m_transactions) {
        if (t.json.value(QLatin1String("id")).toString() == transactionId)
            ++t.copies;
    }
}

QString FakeGatewayServer::addForeign(const QString &listedUnder, const QString &claimedLinkId,
                                      qint64 amountInCents)
{
    const QString id = addTransaction(listedUnder, QStringLiteral("APPROVED"), amountInCents);
    m_transactions.last().json.insert(QStringLiteral("payment_link_id"), claimedLinkId);
    return id;
}

QStringList FakeGatewayServer::problems() const
{
    QStringList list;
    for (const LoggedRequest &r : m_log) {
        if (!r.problem.isEmpty())
            list.append(
                QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(r.method), r.path, r.problem));
    }
    return list;
}

int FakeGatewayServer::requests(const QByteArray &method, const QString &pathStart) const
{
    int n = 0;
    for (const LoggedRequest &r : m_log)
        n += r.method == method && r.path.startsWith(pathStart) ? 1 : 0;
    return n;
}

void FakeGatewayServer::write(QTcpSocket *socket, int status, const QByteArray &body,
                              const QByteArray &type)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    head += "Content-Type: " + type + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
}

void FakeGatewayServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, 404, errorBody(QStringLiteral("NOT_FOUND_ERROR"), QStringLiteral("not found")));
}

bool FakeGatewayServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    LoggedRequest entry;
    entry.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                  int(request.method())))
                       .toUpper();
    entry.path = request.url().path();
    entry.query = request.url().query(QUrl::FullyDecoded);
    for (const auto &header : request.headers())
        entry.headers.insert(header.first.toLower(), header.second);
    entry.body = request.body();

    auto finish = [&](int status, const QByteArray &body, const QByteArray &type) {
        entry.status = status;
        write(socket, status, body, type);
        m_log.append(entry);
        emit requestLogged(int(m_log.size()) - 1);
        return true;
    };
    const QByteArray jsonType = QByteArrayLiteral("application/json");

    // The checkout page the client opens: public, no key.
    if (entry.method == "GET" && entry.path.startsWith(QLatin1String("/l/"))) {
        const Link *l = link(entry.path.mid(3));
        if (!l)
            return finish(404, QByteArrayLiteral("<html>Link not found</html>"), "text/html");
        return finish(200,
                      QStringLiteral("<html><h1>%1</h1><p>amount_in_cents=%2</p></html>")
                          .arg(l->body.value(QLatin1String("name")).toString())
                          .arg(l->amountInCents)
                          .toUtf8(),
                      "text/html; charset=utf-8");
    }

    const Fault fault = m_faults.isEmpty() ? m_defaultFault : m_faults.dequeue();
    if (fault == Fault::ServerError)
        return finish(502, QByteArrayLiteral("<html>Bad gateway</html>"), "text/html");
    if (fault == Fault::Unauthorized
        || entry.headers.value("authorization") != "Bearer " + privateKey.toUtf8()) {
        if (fault != Fault::Unauthorized)
            entry.problem = QStringLiteral("wrong or missing private key");
        return finish(401,
                      errorBody(QStringLiteral("AUTHENTICATION_UNAUTHORIZED"),
                                QStringLiteral("Se esperaba una llave privada válida")),
                      jsonType);
    }

    if (entry.method == "POST" && entry.path == QLatin1String("/v1/payment_links")) {
        createLink(entry, socket);
        m_log.append(entry);
        emit requestLogged(int(m_log.size()) - 1);
        return true;
    }
    if (entry.method == "GET" && entry.path == QLatin1String("/v1/transactions")) {
        const QString linkId
            = QUrlQuery(request.url())
                  .queryItemValue(QStringLiteral("payment_link_id"), QUrl::FullyDecoded);
        if (linkId.isEmpty()) {
            entry.problem = QStringLiteral("listing without payment_link_id");
            return finish(422,
                          errorBody(QStringLiteral("INPUT_VALIDATION_ERROR"),
                                    QStringLiteral("payment_link_id")),
                          jsonType);
        }
        QJsonArray data;
        for (const Transaction &t : std::as_const(m_transactions)) {
            if (t.listedUnder != linkId)
                continue;
            for (int i = 0; i < t.copies; ++i)
                data.append(t.json);
        }
        return finish(200, json({{QStringLiteral("data"), data}}), jsonType);
    }
    if (entry.method == "GET" && entry.path.startsWith(QLatin1String("/v1/transactions/"))) {
        const QString id = entry.path.mid(int(qstrlen("/v1/transactions/")));
        for (const Transaction &t : std::as_const(m_transactions)) {
            if (t.json.value(QLatin1String("id")).toString() == id)
                return finish(200, json({{QStringLiteral("data"), t.json}}), jsonType);
        }
        return finish(404,
                      errorBody(QStringLiteral("NOT_FOUND_ERROR"),
                                QStringLiteral("La entidad solicitada no existe")),
                      jsonType);
    }
    entry.problem = QStringLiteral("unknown endpoint");
    return finish(404, errorBody(QStringLiteral("NOT_FOUND_ERROR"), QStringLiteral("not found")),
                  jsonType);
}

void FakeGatewayServer::createLink(LoggedRequest &entry, QTcpSocket *socket)
{
    auto refuse = [&](const QString &field, const QString &why) {
        entry.problem = field + QStringLiteral(": ") + why;
        entry.status = 422;
        write(socket, 422,
              json({{QStringLiteral("error"),
                     QJsonObject{
                         {QStringLiteral("type"), QStringLiteral("INPUT_VALIDATION_ERROR")},
                         {QStringLiteral("messages"), QJsonObject{{field, QJsonArray{why}}}}}}}));
    };
    if (!entry.headers.value("content-type").startsWith("application/json"))
        return refuse(QStringLiteral("content-type"), QStringLiteral("not application/json"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(QStringLiteral("body"), QStringLiteral("not a JSON object"));
    const QJsonObject body = doc.object();
    if (body.value(QLatin1String("name")).toString().trimmed().isEmpty())
        return refuse(QStringLiteral("name"), QStringLiteral("required"));
    if (!body.value(QLatin1String("description")).isString())
        return refuse(QStringLiteral("description"), QStringLiteral("required"));
    if (!body.value(QLatin1String("single_use")).isBool())
        return refuse(QStringLiteral("single_use"), QStringLiteral("must be a boolean"));
    if (!body.value(QLatin1String("collect_shipping")).isBool())
        return refuse(QStringLiteral("collect_shipping"), QStringLiteral("must be a boolean"));
    if (body.value(QLatin1String("currency")).toString() != QLatin1String("COP"))
        return refuse(QStringLiteral("currency"), QStringLiteral("must be COP"));
    const QJsonValue cents = body.value(QLatin1String("amount_in_cents"));
    if (!cents.isDouble() || cents.toDouble() != double(qint64(cents.toDouble()))
        || cents.toDouble() <= 0)
        return refuse(QStringLiteral("amount_in_cents"),
                      QStringLiteral("must be a positive integer"));
    const QString expires = body.value(QLatin1String("expires_at")).toString();
    if (!expires.isEmpty()) {
        const QDateTime at = QDateTime::fromString(expires, Qt::ISODate);
        if (!at.isValid() || !expires.endsWith(QLatin1Char('Z')))
            return refuse(QStringLiteral("expires_at"), QStringLiteral("must be ISO 8601 UTC"));
    }
    Link link;
    link.id = QStringLiteral("test_%1lnk%2").arg(m_port).arg(m_nextLink++);
    link.body = body;
    link.amountInCents = qint64(cents.toDouble());
    m_links.append(link);
    QJsonObject data = body;
    data.insert(QStringLiteral("id"), link.id);
    data.insert(QStringLiteral("active"), true);
    entry.status = 201;
    write(socket, 201, json({{QStringLiteral("data"), data}}));
}
