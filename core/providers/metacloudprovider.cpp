#include "metacloudprovider.h"

#include "graphapi.h"

#include <QJsonDocument>
#include <QUrlQuery>

using Outcome = SendResult::Outcome;

namespace {

bool isGraphId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

MetaCloudProvider::MetaCloudProvider(const MetaCloudSettings &settings, QObject *parent)
    : HttpProvider(parent), m_settings(settings)
{
}

Result<void> MetaCloudProvider::checkConfiguration() const
{
    const Result<QUrl> url = checkBaseUrl(m_settings.baseUrl);
    if (!url)
        return url.failure();
    if (!isGraphId(m_settings.phoneNumberId))
        return Failure{tr("Enter the WhatsApp phone number ID (digits only, from Meta's "
                          "WhatsApp Manager) in the settings."),
                       ErrorCode::Invalid};
    if (m_settings.accessToken.trimmed().isEmpty())
        return Failure{tr("Enter the WhatsApp Cloud API access token in the settings."),
                       ErrorCode::Invalid};
    if (!m_settings.apiVersion.startsWith(QLatin1Char('v')))
        return Failure{tr("The Graph API version must look like v21.0."), ErrorCode::Invalid};
    return {};
}

QNetworkRequest MetaCloudProvider::request(const QString &path) const
{
    QNetworkRequest r
        = makeRequest(m_settings.baseUrl, QLatin1Char('/') + m_settings.apiVersion + path);
    r.setRawHeader("Authorization", "Bearer " + m_settings.accessToken.trimmed().toUtf8());
    return r;
}

Result<HttpProvider::PreparedRequest>
MetaCloudProvider::buildSend(const OutgoingMessage &message) const
{
    if (message.to.isEmpty() || message.templateName.isEmpty() || message.language.isEmpty())
        return Failure{tr("The reminder has no number, template or language."), ErrorCode::Invalid};
    PreparedRequest prepared;
    prepared.request
        = request(QLatin1Char('/') + m_settings.phoneNumberId + QStringLiteral("/messages"));
    prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArrayLiteral("application/json"));
    prepared.body = GraphApi::templateMessageBody(message);
    return prepared;
}

SendResult MetaCloudProvider::classifyAnswer(const HttpAnswer &answer) const
{
    const QJsonObject root = QJsonDocument::fromJson(answer.body).object();
    const auto graph = GraphApi::classifySendAnswer(
        answer.status, root, [&](const QString &code, const QString &message) {
            return fallbackByStatus(answer, code, message);
        });
    if (graph)
        return *graph;
    return fallbackByStatus(answer, {}, {});
}

void MetaCloudProvider::testConnection(const QList<TemplateRef> &templates)
{
    const Result<void> configured = checkConfiguration();
    if (!configured) {
        ConnectionReport report;
        report.message = scrub(configured.error());
        QMetaObject::invokeMethod(
            this, [this, report] { emit connectionTested(report); }, Qt::QueuedConnection);
        return;
    }
    if (isGraphId(m_settings.businessAccountId)) {
        QNetworkRequest r = request(QLatin1Char('/') + m_settings.businessAccountId
                                    + QStringLiteral("/message_templates"));
        QUrl url = r.url();
        url.setQuery(QStringLiteral("fields=name,language,status&limit=200"));
        r.setUrl(url);
        fetchTemplates(r, templates, {}, 20);
        return;
    }
    // Without the WABA id only the token and the number can be checked.
    QNetworkRequest r = request(QLatin1Char('/') + m_settings.phoneNumberId);
    QUrl url = r.url();
    url.setQuery(QStringLiteral("fields=display_phone_number,verified_name"));
    r.setUrl(url);
    get(r, [this, templates](const HttpAnswer &a) {
        ConnectionReport report;
        report.reachable = a.status != 0;
        if (a.status == 200) {
            report.credentialsAccepted = true;
            for (const TemplateRef &ref : templates)
                report.templates.append(TemplateCheck{ref, TemplateCheck::State::Unchecked, {}});
            report.message = tr("Connected to the WhatsApp Cloud API. Enter the WhatsApp "
                                "Business Account ID to check the templates too.");
        } else if (a.status == 0) {
            report.message = unreachableText(a);
        } else {
            report.message = classifyAnswer(a).reason;
        }
        report.message = scrub(report.message);
        emit connectionTested(report);
    });
}

void MetaCloudProvider::fetchTemplates(const QNetworkRequest &pageRequest,
                                       const QList<TemplateRef> &templates, QJsonArray collected,
                                       int pagesLeft)
{
    get(pageRequest, [this, pageRequest, templates, collected, pagesLeft](const HttpAnswer &a) {
        ConnectionReport report;
        report.reachable = a.status != 0;
        const QJsonObject root = QJsonDocument::fromJson(a.body).object();
        if (a.status == 200 && root.value(QLatin1String("data")).isArray()) {
            QJsonArray all = collected;
            for (const QJsonValue &v : root.value(QLatin1String("data")).toArray())
                all.append(v);
            // Follow paging only on the configured host, so the token goes nowhere else.
            const QUrl next(root.value(QLatin1String("paging"))
                                .toObject()
                                .value(QLatin1String("next"))
                                .toString());
            if (next.isValid() && !next.isEmpty() && pagesLeft > 1
                && next.host() == m_settings.baseUrl.host()
                && next.port() == m_settings.baseUrl.port()
                && next.scheme() == m_settings.baseUrl.scheme()) {
                QNetworkRequest nextRequest = pageRequest;
                nextRequest.setUrl(next);
                fetchTemplates(nextRequest, templates, all, pagesLeft - 1);
                return;
            }
            report.credentialsAccepted = true;
            report.templates = GraphApi::checkTemplates(all, templates);
            report.message = report.readyToSend()
                                 ? tr("Connected to the WhatsApp Cloud API; every template is "
                                      "approved.")
                                 : tr("Connected to the WhatsApp Cloud API, but some templates "
                                      "cannot be used yet.");
        } else if (a.status == 0) {
            report.message = unreachableText(a);
        } else {
            report.message = classifyAnswer(a).reason;
        }
        report.message = scrub(report.message);
        emit connectionTested(report);
    });
}
