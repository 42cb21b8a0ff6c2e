#include "dialog360provider.h"

#include "graphapi.h"

#include <QJsonDocument>

using Outcome = SendResult::Outcome;

Dialog360Provider::Dialog360Provider(const Dialog360Settings &settings, QObject *parent)
    : HttpProvider(parent), m_settings(settings)
{
}

const ProviderErrorTable &Dialog360Provider::errorTable()
{
    // clang-format off
    static const ProviderErrorTable table{
        {QStringLiteral("401"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "360dialog rejected the API key. Enter a valid key in the settings; sending is paused.")},
        {QStringLiteral("403"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "The 360dialog API key may not send from this number. Check the key in the settings; sending is paused.")},
        {QStringLiteral("404"), Outcome::Fatal, QT_TRANSLATE_NOOP("ProviderErrors", "360dialog does not know this address. Check the provider address in the settings; sending is paused.")},
        {QStringLiteral("429"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "360dialog asked to slow down; the message will be tried again.")},
        {QStringLiteral("500"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "360dialog had an internal problem; the message will be tried again.")},
        {QStringLiteral("502"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "360dialog is temporarily unavailable; the message will be tried again.")},
        {QStringLiteral("503"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "360dialog is temporarily unavailable; the message will be tried again.")},
        {QStringLiteral("504"), Outcome::Transient, QT_TRANSLATE_NOOP("ProviderErrors", "360dialog is temporarily unavailable; the message will be tried again.")},
    };
    // clang-format on
    return table;
}

Result<void> Dialog360Provider::checkConfiguration() const
{
    const Result<QUrl> url = checkBaseUrl(m_settings.baseUrl);
    if (!url)
        return url.failure();
    if (m_settings.apiKey.trimmed().isEmpty())
        return Failure{tr("Enter the 360dialog API key in the settings."), ErrorCode::Invalid};
    return {};
}

QNetworkRequest Dialog360Provider::request(const QString &path) const
{
    QNetworkRequest r = makeRequest(m_settings.baseUrl, path);
    r.setRawHeader("D360-API-KEY", m_settings.apiKey.trimmed().toUtf8());
    return r;
}

Result<HttpProvider::PreparedRequest>
Dialog360Provider::buildSend(const OutgoingMessage &message) const
{
    if (message.to.isEmpty() || message.templateName.isEmpty() || message.language.isEmpty())
        return Failure{tr("The reminder has no number, template or language."), ErrorCode::Invalid};
    PreparedRequest prepared;
    prepared.request = request(QStringLiteral("/messages"));
    prepared.request.setHeader(QNetworkRequest::ContentTypeHeader,
                               QByteArrayLiteral("application/json"));
    prepared.body = GraphApi::templateMessageBody(message);
    return prepared;
}

SendResult Dialog360Provider::classifyAnswer(const HttpAnswer &answer) const
{
    const QJsonObject root = QJsonDocument::fromJson(answer.body).object();
    const auto graph = GraphApi::classifySendAnswer(
        answer.status, root, [&](const QString &code, const QString &message) {
            return fallbackByStatus(answer, code, message);
        });
    if (graph)
        return *graph;
    const QJsonObject meta = GraphApi::valueAnyCase(root, QStringLiteral("meta")).toObject();
    if (!meta.isEmpty()) {
        int httpCode
            = GraphApi::valueAnyCase(meta, QStringLiteral("http_code")).toVariant().toInt();
        if (httpCode == 0)
            httpCode = answer.status;
        const QString code = QString::number(httpCode);
        const QString message
            = GraphApi::valueAnyCase(meta, QStringLiteral("developer_message")).toString();
        const auto entry = errorTable().find(code);
        if (!entry)
            return fallbackByStatus(answer, code, message);
        SendResult result;
        result.outcome = entry->outcome;
        result.reason = ProviderErrorTable::translate(entry->reason);
        result.providerCode = code;
        return result;
    }
    // No body we understand (an HTML error page, malformed JSON): the status decides.
    const auto entry = errorTable().find(QString::number(answer.status));
    if (entry) {
        SendResult result;
        result.outcome = entry->outcome;
        result.reason = ProviderErrorTable::translate(entry->reason);
        result.providerCode = QString::number(answer.status);
        return result;
    }
    return fallbackByStatus(answer, {}, {});
}

void Dialog360Provider::testConnection(const QList<TemplateRef> &templates)
{
    const Result<void> configured = checkConfiguration();
    if (!configured) {
        ConnectionReport report;
        report.message = scrub(configured.error());
        QMetaObject::invokeMethod(
            this, [this, report] { emit connectionTested(report); }, Qt::QueuedConnection);
        return;
    }
    get(request(QStringLiteral("/v1/configs/templates")), [this, templates](const HttpAnswer &a) {
        ConnectionReport report;
        report.reachable = a.status != 0;
        const QJsonObject root = QJsonDocument::fromJson(a.body).object();
        if (a.status == 200 && root.value(QLatin1String("waba_templates")).isArray()) {
            report.credentialsAccepted = true;
            report.templates = GraphApi::checkTemplates(
                root.value(QLatin1String("waba_templates")).toArray(), templates);
            report.message = report.readyToSend()
                                 ? tr("Connected to 360dialog; every template is approved.")
                                 : tr("Connected to 360dialog, but some templates cannot be "
                                      "used yet.");
        } else if (a.status == 401 || a.status == 403) {
            report.message = tr("360dialog rejected the API key. Check it and try again.");
        } else if (a.status == 0) {
            report.message = unreachableText(a);
        } else {
            report.message
                = tr("360dialog answered with an unexpected reply (HTTP %1).").arg(a.status);
        }
        report.message = scrub(report.message);
        emit connectionTested(report);
    });
}
