#include "wompigateway.h"

#include "httpprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>

namespace {

// Wompi's paths below the API address (…/v1). Where the live API differs, correct it here.
const char *const kLinksPath = "/payment_links";
const char *const kTransactionsPath = "/transactions";
const char *const kLinkFilter = "payment_link_id";

template<typename T, typename Done>
void answerLater(QObject *context, Done done, const Result<T> &result)
{
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
}

} // namespace

WompiGateway::WompiGateway(const WompiSettings &settings, QObject *parent)
    : PaymentGateway(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{
    // A redirect would resend the key elsewhere: a configuration error, never followed.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QUrl WompiGateway::apiUrl() const
{
    if (!m_settings.baseUrl.isEmpty())
        return m_settings.baseUrl;
    return m_settings.sandbox ? WompiSettings::sandboxUrl() : WompiSettings::productionUrl();
}

QUrl WompiGateway::checkoutUrl(const QString &linkId) const
{
    QUrl base = m_settings.checkoutBaseUrl.isEmpty() ? WompiSettings::defaultCheckoutUrl()
                                                     : m_settings.checkoutBaseUrl;
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path + linkId);
    return base;
}

Result<void> WompiGateway::checkConfiguration() const
{
    if (const auto url = HttpProvider::checkBaseUrl(apiUrl()); !url)
        return url.failure();
    const QString key = m_settings.privateKey.trimmed();
    if (key.isEmpty())
        return Failure{tr("Enter the Wompi private key (it starts with prv_) in Settings > "
                          "Online payments."),
                       ErrorCode::Invalid};
    const bool testKey = key.startsWith(QLatin1String("prv_test_"));
    const bool prodKey = key.startsWith(QLatin1String("prv_prod_"));
    if (!testKey && !prodKey)
        return Failure{tr("The Wompi private key must start with prv_test_ (sandbox) or "
                          "prv_prod_ (production). Copy it again from Wompi's dashboard."),
                       ErrorCode::Invalid};
    // Only against Wompi's own addresses: a test server accepts any key it was given.
    if (m_settings.baseUrl.isEmpty() && testKey != m_settings.sandbox)
        return Failure{m_settings.sandbox
                           ? tr("The sandbox needs a test key (prv_test_...); the key entered "
                                "is a production key.")
                           : tr("Production needs a production key (prv_prod_...); the key "
                                "entered is a sandbox key."),
                       ErrorCode::Invalid};
    return {};
}

QByteArray WompiGateway::linkBody(const PaymentLinkRequest &request)
{
    QJsonObject body{
        {QStringLiteral("name"), request.name},
        {QStringLiteral("description"), request.description},
        {QStringLiteral("single_use"), true},
        {QStringLiteral("collect_shipping"), false},
        {QStringLiteral("currency"), QStringLiteral("COP")},
        // Money is already in centavos, which is what Wompi calls cents: $250.000 → 25000000.
        {QStringLiteral("amount_in_cents"), double(request.amount.minor())},
        {QStringLiteral("expires_at"), request.expiresAt.toUTC().toString(Qt::ISODate)},
    };
    if (!request.sku.isEmpty())
        body.insert(QStringLiteral("sku"), request.sku);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Payment::Method WompiGateway::methodFor(const QString &type)
{
    static const QHash<QString, Payment::Method> table{
        {QStringLiteral("PSE"), Payment::Method::PSE},
        {QStringLiteral("NEQUI"), Payment::Method::Nequi},
        {QStringLiteral("DAVIPLATA"), Payment::Method::Daviplata},
        {QStringLiteral("CARD"), Payment::Method::Card},
        {QStringLiteral("BANCOLOMBIA_TRANSFER"), Payment::Method::Transfer},
        {QStringLiteral("BANCOLOMBIA_QR"), Payment::Method::Transfer},
        {QStringLiteral("BANCOLOMBIA_BNPL"), Payment::Method::Transfer},
    };
    return table.value(type.trimmed().toUpper(), Payment::Method::Other);
}

Result<GatewayTransaction> WompiGateway::parseTransaction(const QJsonObject &o)
{
    GatewayTransaction t;
    t.id = o.value(QLatin1String("id")).toString();
    t.linkId = o.value(QLatin1String("payment_link_id")).toString();
    t.reference = o.value(QLatin1String("reference")).toString();
    t.currency = o.value(QLatin1String("currency")).toString(QStringLiteral("COP"));
    t.methodType = o.value(QLatin1String("payment_method_type")).toString();
    t.method = methodFor(t.methodType);
    const QJsonValue cents = o.value(QLatin1String("amount_in_cents"));
    const QString status = o.value(QLatin1String("status")).toString();
    if (t.id.isEmpty() || !cents.isDouble()
        || !GatewayTransaction::statusFromCode(status, &t.status))
        return Failure{
            tr("Wompi sent a transaction Cartera cannot read (id \"%1\", status \"%2\").")
                .arg(t.id, status),
            ErrorCode::Network};
    t.amount = Money::fromMinor(qint64(cents.toDouble()));
    const QString finished = o.value(QLatin1String("finalized_at")).toString();
    if (!finished.isEmpty())
        t.finishedAt = QDateTime::fromString(finished, Qt::ISODateWithMs).toUTC();
    return t;
}

QNetworkRequest WompiGateway::request(const QString &path) const
{
    QUrl url = apiUrl();
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest r(url);
    r.setTransferTimeout(m_settings.transferTimeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("Authorization", "Bearer " + m_settings.privateKey.trimmed().toUtf8());
    r.setHeader(QNetworkRequest::UserAgentHeader,
                QStringLiteral("Cartera/%1").arg(QStringLiteral(CARTERA_VERSION)));
    return r;
}

void WompiGateway::track(QNetworkReply *reply, std::function<void(const Answer &)> done)
{
    auto tls = std::make_shared<bool>(false);
    // TLS errors are recorded and never ignored: the request fails.
    connect(reply, &QNetworkReply::sslErrors, reply,
            [tls](const QList<QSslError> &) { *tls = true; });
    connect(reply, &QNetworkReply::finished, this, [reply, tls, done] {
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.error = reply->error();
        answer.tlsFailure = *tls || answer.error == QNetworkReply::SslHandshakeFailedError;
        reply->deleteLater();
        done(answer);
    });
}

QString WompiGateway::scrub(QString text) const
{
    const QString key = m_settings.privateKey.trimmed();
    if (key.size() >= 4)
        text.replace(key, QStringLiteral("[secret]"));
    return text;
}

Failure WompiGateway::failureFor(const Answer &answer, const QString &action) const
{
    if (answer.status == 0) {
        if (answer.tlsFailure)
            return Failure{tr("Wompi's secure connection could not be verified while %1. Check "
                              "the computer's date and time.")
                               .arg(action),
                           ErrorCode::Network};
        switch (answer.error) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return Failure{tr("Wompi did not answer within %n second(s) while %1; Cartera will "
                              "try again later.",
                              nullptr, qMax(1, m_settings.transferTimeoutMs / 1000))
                               .arg(action),
                           ErrorCode::Network};
        case QNetworkReply::HostNotFoundError:
            return Failure{tr("Wompi could not be reached while %1: check the Internet "
                              "connection.")
                               .arg(action),
                           ErrorCode::Network};
        default:
            return Failure{tr("Wompi could not be reached while %1 (network error %2); Cartera "
                              "will try again later.")
                               .arg(action)
                               .arg(int(answer.error)),
                           ErrorCode::Network};
        }
    }
    const QJsonObject error
        = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toObject();
    const QString type = error.value(QLatin1String("type")).toString();
    QString detail = error.value(QLatin1String("reason")).toString();
    const QJsonObject messages = error.value(QLatin1String("messages")).toObject();
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) + it.key()
                  + QStringLiteral(": ")
                  + (list.isEmpty() ? it.value().toString() : list.first().toString());
    }
    detail = scrub(detail.simplified()).left(200);

    const int status = answer.status;
    if (status == 401 || status == 403)
        return Failure{tr("Wompi rejected the private key (HTTP %1) while %2. Check the key in "
                          "Settings > Online payments and that sandbox or production matches "
                          "it.")
                           .arg(status)
                           .arg(action),
                       ErrorCode::Invalid};
    if (status == 404)
        return Failure{tr("Wompi does not know what Cartera asked for while %1 (HTTP 404). "
                          "Check the gateway address.")
                           .arg(action),
                       ErrorCode::NotFound};
    if (status == 429)
        return Failure{
            tr("Wompi asked to slow down while %1; Cartera will try again later.").arg(action),
            ErrorCode::Network};
    if (status >= 500)
        return Failure{tr("Wompi had an internal problem (HTTP %1) while %2; Cartera will try "
                          "again later.")
                           .arg(status)
                           .arg(action),
                       ErrorCode::Network};
    if (status >= 300 && status < 400)
        return Failure{tr("The Wompi address redirects elsewhere (HTTP %1). Check the gateway "
                          "address in the settings.")
                           .arg(status),
                       ErrorCode::Invalid};
    if (type == QLatin1String("INPUT_VALIDATION_ERROR") || status == 422 || status == 400)
        return Failure{
            detail.isEmpty()
                ? tr("Wompi refused the request while %1 (HTTP %2).").arg(action).arg(status)
                : tr("Wompi refused the request while %1: %2").arg(action, detail),
            ErrorCode::Invalid};
    return Failure{tr("Wompi answered HTTP %1 while %2, which Cartera did not expect.")
                       .arg(status)
                       .arg(action),
                   ErrorCode::Network};
}

void WompiGateway::createLink(const PaymentLinkRequest &linkRequest, LinkDone done)
{
    if (const auto configured = checkConfiguration(); !configured) {
        answerLater<GatewayLink>(this, done, configured.failure());
        return;
    }
    if (!linkRequest.amount.isPositive()) {
        answerLater<GatewayLink>(
            this, done,
            Failure{tr("A payment link needs an amount above zero."), ErrorCode::Invalid});
        return;
    }
    QNetworkRequest r = request(QLatin1String(kLinksPath));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    track(m_network->post(r, linkBody(linkRequest)), [this, done](const Answer &answer) {
        const QString action = tr("creating the payment link");
        if (answer.status != 200 && answer.status != 201) {
            done(failureFor(answer, action));
            return;
        }
        const QJsonObject data
            = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("data")).toObject();
        const QString id = data.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            done(Failure{tr("Wompi created the link but its answer could not be read; try "
                            "again."),
                         ErrorCode::Network});
            return;
        }
        done(GatewayLink{id, checkoutUrl(id)});
    });
}

void WompiGateway::transactionsForLink(const QString &linkId, TransactionsDone done)
{
    if (const auto configured = checkConfiguration(); !configured) {
        answerLater<QList<GatewayTransaction>>(this, done, configured.failure());
        return;
    }
    QUrlQuery query;
    query.addQueryItem(QLatin1String(kLinkFilter), linkId);
    const QString path
        = QLatin1String(kTransactionsPath) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    track(m_network->get(request(path)), [this, linkId, done](const Answer &answer) {
        if (answer.status != 200) {
            done(failureFor(answer, tr("reading the payments of link %1").arg(linkId)));
            return;
        }
        const QJsonArray data
            = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("data")).toArray();
        QList<GatewayTransaction> list;
        for (const QJsonValue &value : data) {
            auto t = parseTransaction(value.toObject());
            if (!t) {
                done(t.failure());
                return;
            }
            if (t->linkId.isEmpty())
                t.value().linkId = linkId;
            list.append(t.value());
        }
        done(list);
    });
}

void WompiGateway::transaction(const QString &transactionId, TransactionDone done)
{
    if (const auto configured = checkConfiguration(); !configured) {
        answerLater<GatewayTransaction>(this, done, configured.failure());
        return;
    }
    const QString path = QLatin1String(kTransactionsPath) + QLatin1Char('/')
                         + QString::fromLatin1(QUrl::toPercentEncoding(transactionId));
    track(m_network->get(request(path)), [this, transactionId, done](const Answer &answer) {
        if (answer.status != 200) {
            done(failureFor(answer, tr("reading transaction %1").arg(transactionId)));
            return;
        }
        done(parseTransaction(
            QJsonDocument::fromJson(answer.body).object().value(QLatin1String("data")).toObject()));
    });
}
